package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.AddressType;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.internal.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /servers} and {@code GET /servers/detail}, with Nova's semantics
 * (Zed: {@code nova/api/openstack/compute/servers.py} and the database filters). The token of the
 * fake is an administrator's, so the admin-only filters are honoured rather than dropped.
 */
final class ServerFilters {
  /** Nova's twenty statuses, the values {@code status} knows. */
  private static final Set<String> STATUSES =
      Set.of(
          "ACTIVE",
          "BUILD",
          "DELETED",
          "ERROR",
          "HARD_REBOOT",
          "MIGRATING",
          "PASSWORD",
          "PAUSED",
          "REBOOT",
          "REBUILD",
          "RESCUE",
          "RESIZE",
          "REVERT_RESIZE",
          "SHELVED",
          "SHELVED_OFFLOADED",
          "SHUTOFF",
          "SOFT_DELETED",
          "SUSPENDED",
          "UNKNOWN",
          "VERIFY_RESIZE");

  private static final List<String> TRUE = List.of("1", "t", "true", "on", "y", "yes");
  private static final List<String> FALSE = List.of("0", "f", "false", "off", "n", "no");

  private ServerFilters() {}

  /**
   * The predicate a request's query makes: which servers, of all seeded ones, it lists.
   *
   * @param project the token's project
   * @param tenantOf the project of a seeded server
   * @throws NovaFault 400 for a value Nova rejects
   */
  static Predicate<Server> of(
      QueryParams q, Microversion v, String project, Function<Server, String> tenantOf) {
    List<Predicate<Server>> all = new ArrayList<>();

    if (allTenants(q)) {
      String tenant = q.has("project_id") ? q.last("project_id") : q.last("tenant_id");
      if (tenant != null) {
        all.add(s -> tenantOf.apply(s).equals(tenant));
      }
    } else {
      all.add(s -> tenantOf.apply(s).equals(project));
    }

    Instant since = timestamp(q, "changes-since");
    Instant before = atLeast(v, 66) ? timestamp(q, "changes-before") : null;
    if (since != null && before != null && since.isAfter(before)) {
      throw NovaFault.badRequest(
          "The value of changes-since must be less than or equal to changes-before.");
    }
    if (since != null) {
      all.add(s -> s.updated().map(t -> !t.isBefore(since)).orElse(false));
    }
    if (before != null) {
      all.add(s -> s.updated().map(t -> !t.isAfter(before)).orElse(false));
    }

    Boolean deleted = null;
    boolean deletedByStatus = false;
    List<String> statuses = q.all("status");
    if (!statuses.isEmpty()) {
      Set<String> wanted =
          statuses.stream()
              .map(st -> st.trim().toUpperCase(Locale.ROOT))
              .collect(Collectors.toSet());
      if (wanted.stream().noneMatch(STATUSES::contains)) {
        if (atLeast(v, 38)) {
          throw NovaFault.badRequest("Invalid status value");
        }
        return s -> false;
      }
      all.add(s -> wanted.contains(s.statusAsString().orElse("").toUpperCase(Locale.ROOT)));
      // Nova maps the statuses to vm states; DELETED alone (unknown ones map to nothing) is
      // vm_state ['deleted'], which lists deleted servers whatever deleted says.
      deletedByStatus =
          wanted.contains("DELETED")
              && wanted.stream().allMatch(st -> st.equals("DELETED") || !isStatus(st));
    }
    // servers.py _get_servers: without deleted, deleted servers are hidden unless changes-since
    // or changes-before is given (then the database returns both), for members too.
    if (q.has("deleted")) {
      String value = q.last("deleted");
      deleted = value != null && TRUE.contains(value.toLowerCase(Locale.ROOT));
    } else if (since == null && before == null) {
      deleted = false;
    }
    if (deletedByStatus) {
      deleted = true;
    }
    if (deleted != null) {
      // soft_deleted is read as Python reads a string: any text but the empty one is true. It
      // defaults to the deleted filter's value (nova/db/main/api.py
      // instance_get_all_by_filters_sort), and is ignored when Nova leaves deleted unset.
      String softDeleted = q.last("soft_deleted");
      boolean wantDeleted = deleted;
      boolean withSoft = softDeleted != null ? !softDeleted.isEmpty() : wantDeleted;
      all.add(
          s ->
              wantDeleted
                  ? isDeleted(s) || (withSoft && isSoftDeleted(s))
                  : !isDeleted(s) && (withSoft || !isSoftDeleted(s)));
    }

    regex(q, "name").ifPresent(p -> all.add(s -> find(p, s.name())));
    exact(q, "flavor")
        .ifPresent(
            id -> all.add(s -> s.flavor().flatMap(f -> f.id()).map(id::equals).orElse(false)));
    exact(q, "image")
        .ifPresent(id -> all.add(s -> s.image().map(i -> i.id().equals(id)).orElse(false)));
    Optional<Pattern> ip = regex(q, "ip");
    Optional<Pattern> ip6 = regex(q, "ip6");
    if (ip.isPresent() || ip6.isPresent()) {
      all.add(s -> matchesIp(s, ip.orElse(null), ip6.orElse(null)));
    }
    if (atLeast(v, 26)) {
      tags(q, "tags").ifPresent(t -> all.add(s -> s.tags().containsAll(t)));
      tags(q, "tags-any").ifPresent(t -> all.add(s -> t.stream().anyMatch(s.tags()::contains)));
      tags(q, "not-tags").ifPresent(t -> all.add(s -> !s.tags().containsAll(t)));
      tags(q, "not-tags-any")
          .ifPresent(t -> all.add(s -> t.stream().noneMatch(s.tags()::contains)));
    }
    if (atLeast(v, 73) && q.has("locked")) {
      boolean locked = strictBoolean(q.last("locked"));
      all.add(s -> s.locked().orElse(false) == locked);
    }
    regex(q, "availability_zone").ifPresent(p -> all.add(s -> find(p, s.availabilityZone())));
    regex(q, "key_name").ifPresent(p -> all.add(s -> find(p, s.keyName())));
    regex(q, "hostname").ifPresent(p -> all.add(s -> find(p, s.hostname())));
    regex(q, "node").ifPresent(p -> all.add(s -> find(p, s.hypervisorHostname())));
    regex(q, "reservation_id").ifPresent(p -> all.add(s -> find(p, s.reservationId())));
    columnFilters(q, all);
    exact(q, "host").ifPresent(h -> all.add(s -> s.host().map(h::equals).orElse(false)));
    exact(q, "user_id").ifPresent(u -> all.add(s -> s.userId().map(u::equals).orElse(false)));
    exact(q, "uuid").ifPresent(id -> all.add(s -> s.id().equals(id)));
    exact(q, "power_state")
        .ifPresent(
            p ->
                all.add(
                    s ->
                        s.powerStateCode().isPresent()
                            && Integer.toString(s.powerStateCode().getAsInt()).equals(p.trim())));
    anyOf(q, "vm_state")
        .ifPresent(states -> all.add(s -> s.vmStateAsString().map(states::contains).orElse(false)));
    anyOf(q, "task_state")
        .ifPresent(
            states -> all.add(s -> s.taskStateAsString().map(states::contains).orElse(false)));

    return s -> all.stream().allMatch(p -> p.test(s));
  }

  /**
   * The admin filters that the database matches with a regular expression against a column's text
   * (nova/db/main/api.py {@code _regex_instance_filter}), with the text {@link ColumnText} gives.
   */
  private static void columnFilters(QueryParams q, List<Predicate<Server>> all) {
    regex(q, "display_description").ifPresent(p -> all.add(s -> find(p, s.description())));
    // The schema checks description's pattern, but the database has no column of that name, so
    // Nova drops the filter.
    regex(q, "description");
    regex(q, "access_ip_v4").ifPresent(p -> all.add(s -> find(p, s.accessIPv4())));
    regex(q, "access_ip_v6").ifPresent(p -> all.add(s -> find(p, s.accessIPv6())));
    regex(q, "config_drive").ifPresent(p -> all.add(s -> find(p, ColumnText.configDrive(s))));
    regex(q, "auto_disk_config")
        .ifPresent(p -> all.add(s -> find(p, ColumnText.autoDiskConfig(s))));
    regex(q, "created_at").ifPresent(p -> all.add(s -> find(p, ColumnText.time(s.created()))));
    regex(q, "launched_at").ifPresent(p -> all.add(s -> find(p, ColumnText.time(s.launchedAt()))));
    regex(q, "terminated_at")
        .ifPresent(p -> all.add(s -> find(p, ColumnText.time(s.terminatedAt()))));
    regex(q, "kernel_id").ifPresent(p -> all.add(s -> find(p, ColumnText.imageId(s.kernelId()))));
    regex(q, "ramdisk_id").ifPresent(p -> all.add(s -> find(p, ColumnText.imageId(s.ramdiskId()))));
    regex(q, "root_device_name").ifPresent(p -> all.add(s -> find(p, s.rootDeviceName())));
    regex(q, "progress").ifPresent(p -> all.add(s -> find(p, ColumnText.progress(s))));
    regex(q, "locked_by").ifPresent(p -> all.add(s -> find(p, ColumnText.lockedBy(s))));
    unvalidatedRegex(q, "launch_index")
        .ifPresent(p -> all.add(s -> find(p, ColumnText.integer(s.launchIndex()))));
  }

  /** Whether Nova knows a status (upper case). */
  static boolean isStatus(String status) {
    return STATUSES.contains(status);
  }

  /** A server Nova would hide unless asked for deleted ones. */
  static boolean isDeleted(Server s) {
    return s.statusAsString().map("DELETED"::equalsIgnoreCase).orElse(false)
        || s.vmStateAsString().map("deleted"::equals).orElse(false);
  }

  /** A server in the state of a deferred delete, which Nova lists only when asked. */
  static boolean isSoftDeleted(Server s) {
    return s.statusAsString().map("SOFT_DELETED"::equalsIgnoreCase).orElse(false)
        || s.vmStateAsString().map("soft-delete"::equals).orElse(false);
  }

  /** Nova's {@code is_all_tenants}: a bare key is true; otherwise a strict boolean. */
  private static boolean allTenants(QueryParams q) {
    if (!q.has("all_tenants")) {
      return false;
    }
    String value = q.last("all_tenants");
    return value == null || value.isEmpty() || strictBoolean(value);
  }

  /** oslo's {@code bool_from_string(strict=True)}. */
  static boolean strictBoolean(@Nullable String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (TRUE.contains(v)) {
      return true;
    }
    if (FALSE.contains(v)) {
      return false;
    }
    throw NovaFault.invalidInput(
        "Unrecognized value '"
            + value
            + "', acceptable values are: '0', '1', 'f', 'false', 'n', 'no', "
            + "'off', 'on', 't', 'true', 'y', 'yes'");
  }

  private static @Nullable Instant timestamp(QueryParams q, String name) {
    String value = q.last(name);
    if (value == null) {
      return null;
    }
    try {
      return Timestamps.parse(value);
    } catch (DateTimeParseException e) {
      throw NovaFault.invalidQuery(name, value, "'" + value + "' is not a 'date-time'");
    }
  }

  /** A regular-expression filter; like Nova's schema, a value that does not compile is a 400. */
  private static Optional<Pattern> regex(QueryParams q, String name) {
    String value = q.last(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(value));
    } catch (PatternSyntaxException e) {
      throw NovaFault.invalidQuery(name, value, "'" + value + "' is not a 'regex'");
    }
  }

  /**
   * A filter whose schema type is a plain string but that the database still matches as a
   * regular expression: a pattern that does not compile fails in the database, which Nova
   * answers with a 500.
   */
  private static Optional<Pattern> unvalidatedRegex(QueryParams q, String name) {
    String value = q.last(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(value));
    } catch (PatternSyntaxException e) {
      throw NovaFault.unexpected(e);
    }
  }

  private static Optional<String> exact(QueryParams q, String name) {
    return Optional.ofNullable(q.last(name));
  }

  private static Optional<Set<String>> anyOf(QueryParams q, String name) {
    List<String> values = q.all(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(new HashSet<>(values));
  }

  private static Optional<List<String>> tags(QueryParams q, String name) {
    String value = q.last(name);
    return value == null ? Optional.empty() : Optional.of(Arrays.asList(value.split(",")));
  }

  /** Python's {@code re.search} (and MySQL's REGEXP): a match anywhere in the value. */
  private static boolean find(Pattern pattern, Optional<String> value) {
    return value.isPresent() && pattern.matcher(value.get()).find();
  }

  /**
   * Nova's {@code _ip_filter}: {@code re.match} (anchored at the start) against the server's fixed
   * addresses, {@code ip} on IPv4 and {@code ip6} on IPv6; either one matching is enough.
   */
  private static boolean matchesIp(Server s, @Nullable Pattern ip, @Nullable Pattern ip6) {
    for (List<Address> network : s.addresses().values()) {
      for (Address address : network) {
        if (address.type().orElse(AddressType.FIXED) != AddressType.FIXED) {
          continue;
        }
        Pattern pattern = address.version() == 6 ? ip6 : ip;
        if (pattern != null && pattern.matcher(address.addr()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }
}
