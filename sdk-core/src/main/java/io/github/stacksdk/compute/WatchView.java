package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The servers a {@link ServerWatch} keeps: a listing request split into what every request sends
 * (the scope: whose servers, which no change of a server moves it out of) and the filters the
 * watch applies itself to the answers of its polls, since a poll that sent them would never see a
 * server leave them.
 *
 * <p>The filters are evaluated with Nova's semantics as its usual MySQL database applies them:
 * {@code name}, {@code availability_zone} and {@code key_name} are regular expressions searched
 * anywhere in the value, case-insensitively; the others compare exactly. A filter the watch cannot
 * evaluate from a server's body is refused when the watch is built.
 */
final class WatchView {
  private final ListServersRequest listing;
  private final ListServersRequest scope;
  private final List<Predicate<Server>> filters = new ArrayList<>();

  private WatchView(ListServersRequest listing, ListServersRequest scope) {
    this.listing = listing;
    this.scope = scope;
  }

  /**
   * @throws IllegalArgumentException when the request sets a marker, a time window, a sort, or a
   *     filter the watch cannot evaluate
   */
  static WatchView of(ListServersRequest view) {
    List<String> refused = refusedParameters(view);
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException(
          "a watch cannot follow "
              + String.join(", ", refused)
              + ": it evaluates its filters on each changed server, and can do so for status,"
              + " name, image, tags, tags-any, not-tags, not-tags-any, locked, availability_zone,"
              + " key_name, host, vm_state, task_state and power_state (all_tenants, project_id"
              + " and user_id are sent with every request)");
    }
    ListServersRequest.Builder scope = ListServersRequest.builder().allTenants(view.allTenants());
    view.projectId().ifPresent(scope::projectId);
    view.userId().ifPresent(scope::userId);
    if (view.pageSize().isPresent()) {
      scope.pageSize(view.pageSize().getAsInt());
    }
    WatchView w = new WatchView(view, scope.build());
    w.addFilters(view);
    return w;
  }

  /** The request of a full listing: every filter, evaluated by Nova. */
  ListServersRequest listing() {
    return listing;
  }

  /** The request of a poll: the scope, and the changes since {@code since}. */
  ListServersRequest poll(Instant since) {
    return scope.toBuilder().changesSince(since).build();
  }

  /** The cheapest request in the scope: one server of the id listing, to read the cloud's clock. */
  ListServersRequest probe() {
    return scope.toBuilder().pageSize(1).build();
  }

  /** Whether a server Nova did not report deleted belongs in the view. */
  boolean matches(Server server) {
    for (Predicate<Server> filter : filters) {
      if (!filter.test(server)) {
        return false;
      }
    }
    return true;
  }

  private void addFilters(ListServersRequest v) {
    if (!v.statuses().isEmpty()) {
      Set<ServerStatus> statuses = Set.copyOf(v.statuses());
      filters.add(s -> statuses.contains(s.status()));
    } else {
      // Nova hides soft-deleted servers from a listing that does not ask for them.
      filters.add(s -> s.status() != ServerStatus.SOFT_DELETED);
    }
    v.name().ifPresent(re -> filters.add(searches(re, Server::name)));
    v.availabilityZone().ifPresent(re -> filters.add(searches(re, Server::availabilityZone)));
    v.keyName().ifPresent(re -> filters.add(searches(re, Server::keyName)));
    v.image()
        .ifPresent(id -> filters.add(s -> s.image().map(ServerImage::id).equals(Optional.of(id))));
    v.host().ifPresent(host -> filters.add(s -> s.host().equals(Optional.of(host))));
    v.locked()
        .ifPresent(locked -> filters.add(s -> s.locked().orElse(false) == locked.booleanValue()));
    v.vmState().ifPresent(state -> filters.add(s -> s.vmState().equals(Optional.of(state))));
    v.taskState().ifPresent(state -> filters.add(s -> s.taskState().equals(Optional.of(state))));
    v.powerState().ifPresent(state -> filters.add(s -> s.powerState().equals(Optional.of(state))));
    if (!v.tags().isEmpty()) {
      Set<String> all = lower(v.tags());
      filters.add(s -> lower(s.tags()).containsAll(all));
    }
    if (!v.tagsAny().isEmpty()) {
      Set<String> any = lower(v.tagsAny());
      filters.add(s -> intersects(lower(s.tags()), any));
    }
    if (!v.notTags().isEmpty()) {
      Set<String> all = lower(v.notTags());
      filters.add(s -> !lower(s.tags()).containsAll(all));
    }
    if (!v.notTagsAny().isEmpty()) {
      Set<String> any = lower(v.notTagsAny());
      filters.add(s -> !intersects(lower(s.tags()), any));
    }
  }

  /** MySQL's {@code REGEXP} under its usual collation: found anywhere, case-insensitively. */
  private static Predicate<Server> searches(
      String regex, java.util.function.Function<Server, Optional<String>> field) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return s -> field.apply(s).map(value -> pattern.matcher(value).find()).orElse(false);
  }

  /** Tags compare as MySQL's collation compares them: without regard to case. */
  private static Set<String> lower(List<String> tags) {
    Set<String> set = new HashSet<>();
    for (String tag : tags) {
      set.add(tag.toLowerCase(Locale.ROOT));
    }
    return set;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : b) {
      if (a.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** The query parameters of what the request sets beyond what a watch can follow. */
  private static List<String> refusedParameters(ListServersRequest v) {
    ListServersRequest rest =
        v.toBuilder()
            .statuses(List.of())
            .name(Optional.empty())
            .availabilityZone(Optional.empty())
            .keyName(Optional.empty())
            .image(Optional.empty())
            .host(Optional.empty())
            .locked(Optional.empty())
            .vmState(Optional.empty())
            .taskState(Optional.empty())
            .powerState(Optional.empty())
            .tags(List.of())
            .tagsAny(List.of())
            .notTags(List.of())
            .notTagsAny(List.of())
            .allTenants(false)
            .projectId(Optional.empty())
            .userId(Optional.empty())
            .pageSize(OptionalInt.empty())
            .build();
    HttpUrl url = ServersQuery.url(HttpUrl.get("http://watch/"), rest, null);
    Set<String> names = new TreeSet<>(url.queryParameterNames());
    names.remove("limit");
    return new ArrayList<>(names);
  }

  @Override
  public String toString() {
    return "WatchView{" + listing + "}";
  }
}
