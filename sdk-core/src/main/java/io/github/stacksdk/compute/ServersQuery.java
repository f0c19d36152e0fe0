package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.Endpoints;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Turns a {@link ListServersRequest} into the query of {@code GET /servers/detail}. */
final class ServersQuery {
  /** Nova's default {@code [api] max_limit}: the most one page can hold on most clouds. */
  static final int DEFAULT_PAGE_SIZE = 1000;

  private ServersQuery() {}

  /** The URL of the page after {@code marker} (null: the request's own marker, if any). */
  static HttpUrl url(HttpUrl endpoint, ListServersRequest r, @Nullable String marker) {
    HttpUrl.Builder url = Endpoints.resolve(endpoint, "servers", "detail");
    url.addQueryParameter("limit", Integer.toString(r.pageSize().orElse(DEFAULT_PAGE_SIZE)));
    String start = marker != null ? marker : r.marker().orElse(null);
    if (start != null) {
      url.addQueryParameter("marker", start);
    }
    r.changesSince().ifPresent(t -> url.addQueryParameter("changes-since", utc(t)));
    r.changesBefore().ifPresent(t -> url.addQueryParameter("changes-before", utc(t)));
    r.statuses().forEach(s -> url.addQueryParameter("status", s.value()));
    r.name().ifPresent(v -> url.addQueryParameter("name", v));
    r.flavor().ifPresent(v -> url.addQueryParameter("flavor", v));
    r.image().ifPresent(v -> url.addQueryParameter("image", v));
    r.ip().ifPresent(v -> url.addQueryParameter("ip", v));
    r.ip6().ifPresent(v -> url.addQueryParameter("ip6", v));
    addList(url, "tags", r.tags());
    addList(url, "tags-any", r.tagsAny());
    addList(url, "not-tags", r.notTags());
    addList(url, "not-tags-any", r.notTagsAny());
    r.locked().ifPresent(v -> url.addQueryParameter("locked", v.toString()));
    r.availabilityZone().ifPresent(v -> url.addQueryParameter("availability_zone", v));
    r.keyName().ifPresent(v -> url.addQueryParameter("key_name", v));
    r.host().ifPresent(v -> url.addQueryParameter("host", v));
    r.node().ifPresent(v -> url.addQueryParameter("node", v));
    r.hostname().ifPresent(v -> url.addQueryParameter("hostname", v));
    r.userId().ifPresent(v -> url.addQueryParameter("user_id", v));
    r.projectId().ifPresent(v -> url.addQueryParameter("project_id", v));
    if (r.allTenants()) {
      url.addQueryParameter("all_tenants", "true");
    }
    r.deleted().ifPresent(v -> url.addQueryParameter("deleted", v.toString()));
    r.powerState().ifPresent(v -> url.addQueryParameter("power_state", Integer.toString(v.code())));
    r.vmState().ifPresent(v -> url.addQueryParameter("vm_state", v.value()));
    r.taskState().ifPresent(v -> url.addQueryParameter("task_state", v.value()));
    r.reservationId().ifPresent(v -> url.addQueryParameter("reservation_id", v));
    for (ServerSort sort : r.sorts()) {
      url.addQueryParameter("sort_key", sort.key());
      url.addQueryParameter("sort_dir", sort.direction().value());
    }
    for (Map.Entry<String, String> extra : r.additionalQueryParameters().entrySet()) {
      url.addQueryParameter(extra.getKey(), extra.getValue());
    }
    return url.build();
  }

  /** Rejects filters the client's microversion does not have, naming the one that needs more. */
  static void checkMicroversion(ListServersRequest r, Microversion client) {
    require(client, r.changesBefore().isPresent(), "changesBefore (changes-before)", "2.66");
    require(
        client,
        !(r.tags().isEmpty() && r.tagsAny().isEmpty() && r.notTags().isEmpty() && r.notTagsAny().isEmpty()),
        "tags, tagsAny, notTags and notTagsAny",
        "2.26");
    require(client, r.locked().isPresent(), "locked", "2.73");
    require(
        client,
        r.sorts().stream().anyMatch(s -> s.key().equals("locked")),
        "sort key locked",
        "2.73");
  }

  private static void require(Microversion client, boolean used, String parameter, String minimum) {
    if (used && client.isLowerThan(Microversion.parse(minimum))) {
      throw new IllegalArgumentException(
          parameter + " needs microversion " + minimum + " or later; the client uses " + client);
    }
  }

  private static void addList(HttpUrl.Builder url, String name, List<String> values) {
    if (!values.isEmpty()) {
      url.addQueryParameter(name, String.join(",", values));
    }
  }

  /** UTC with {@code Z}, the safest form for Nova (a {@code +} offset is easily mangled). */
  private static String utc(Instant instant) {
    return instant.toString();
  }
}
