package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import io.github.stacksdk.compute.internal.http.Microversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Nova's default policy lets a project member (a token without the admin role) ask of a
 * server listing (Zed, {@code nova/api/openstack/compute/servers.py}).
 */
final class MemberPolicy {
  /** What {@code _get_servers} reads from the request itself, never a filter. */
  private static final Set<String> PAGING_AND_SORTING =
      Set.of("limit", "marker", "sort_key", "sort_dir");

  private MemberPolicy() {}

  /**
   * The query a member's listing is filtered with: {@code remove_invalid_options} silently drops
   * every filter not in {@code _get_server_search_options}, {@code deleted} and {@code
   * soft_deleted} included; what is left may still be refused with a 403.
   *
   * @param detail whether the route is {@code /servers/detail}, which names the policy
   * @throws NovaFault 403, in Nova's order, for {@code status=DELETED}, {@code all_tenants} or a
   *     sort by host or node
   */
  static QueryParams restrict(QueryParams q, Microversion v, boolean detail) {
    Set<String> allowed = searchOptions(v);
    QueryParams kept =
        q.retain(name -> allowed.contains(name) || PAGING_AND_SORTING.contains(name));
    List<String> statuses = new ArrayList<>();
    for (String status : kept.all("status")) {
      statuses.add(status.trim().toUpperCase(Locale.ROOT));
    }
    // A status that maps to vm_state ['deleted'] alone (and unknown statuses map to nothing).
    if (statuses.contains("DELETED")
        && statuses.stream().allMatch(s -> s.equals("DELETED") || !ServerFilters.isStatus(s))) {
      throw NovaFault.forbidden("Only administrators may list deleted instances");
    }
    if (isAllTenants(kept)) {
      throw NovaFault.forbidden(
          "Policy doesn't allow os_compute_api:servers:"
              + (detail ? "detail" : "index")
              + ":get_all_tenants to be performed.");
    }
    for (String key : kept.all("sort_key")) {
      if (key.equals("host") || key.equals("node")) {
        throw NovaFault.forbidden("Only administrators can sort servers by " + key);
      }
    }
    return kept;
  }

  /** {@code _get_server_search_options}: the filters a member may use at a microversion. */
  private static Set<String> searchOptions(Microversion v) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "reservation_id",
                "name",
                "status",
                "image",
                "flavor",
                "ip",
                "changes-since",
                "all_tenants"));
    if (atLeast(v, 5)) {
      options.add("ip6");
    }
    if (atLeast(v, 26)) {
      options.addAll(List.of("tags", "tags-any", "not-tags", "not-tags-any"));
    }
    if (atLeast(v, 66)) {
      options.add("changes-before");
    }
    if (atLeast(v, 73)) {
      options.add("locked");
    }
    if (atLeast(v, 83)) {
      options.addAll(
          List.of(
              "availability_zone",
              "config_drive",
              "key_name",
              "created_at",
              "launched_at",
              "terminated_at",
              "power_state",
              "task_state",
              "vm_state",
              "progress",
              "user_id"));
    }
    if (atLeast(v, 90)) {
      options.add("hostname");
    }
    return Set.copyOf(options);
  }

  /** Nova's {@code is_all_tenants}, without its 400 for a value that is not a boolean. */
  private static boolean isAllTenants(QueryParams q) {
    if (!q.has("all_tenants")) {
      return false;
    }
    String value = q.last("all_tenants");
    return value == null || value.isEmpty() || ServerFilters.strictBoolean(value);
  }
}
