package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * {@code GET /limits} ({@code limits.py}, {@code views/limits.py}): the project's absolute limits
 * and what it uses, another project's for an admin with {@code tenant_id}; the network limits go
 * at 2.36, {@code maxImageMeta} at 2.39, the personality limits at 2.57. {@code rate} is always
 * empty.
 */
final class LimitsResource {
  /** The limit names of each quota resource, in the view's order. */
  private static final Map<String, List<String>> NAMES =
      Map.ofEntries(
          Map.entry("ram", List.of("maxTotalRAMSize")),
          Map.entry("instances", List.of("maxTotalInstances")),
          Map.entry("cores", List.of("maxTotalCores")),
          Map.entry("key_pairs", List.of("maxTotalKeypairs")),
          Map.entry("floating_ips", List.of("maxTotalFloatingIps")),
          Map.entry("metadata_items", List.of("maxServerMeta", "maxImageMeta")),
          Map.entry("injected_files", List.of("maxPersonality")),
          Map.entry("injected_file_content_bytes", List.of("maxPersonalitySize")),
          Map.entry("security_groups", List.of("maxSecurityGroups")),
          Map.entry("security_group_rules", List.of("maxSecurityGroupRules")),
          Map.entry("server_groups", List.of("maxServerGroups")),
          Map.entry("server_group_members", List.of("maxServerGroupMembers")));

  /** {@code _build_used_limits}'s map, in its order. */
  private static final List<List<String>> USED =
      List.of(
          List.of("totalRAMUsed", "ram"),
          List.of("totalCoresUsed", "cores"),
          List.of("totalInstancesUsed", "instances"),
          List.of("totalFloatingIpsUsed", "floating_ips"),
          List.of("totalSecurityGroupsUsed", "security_groups"),
          List.of("totalServerGroupsUsed", "server_groups"));

  private final ProjectUsage usage;

  LimitsResource(ProjectUsage usage) {
    this.usage = usage;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    if (r.path.size() > 1) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    QueryParams q = QuerySchema.known(r.query, Set.of("tenant_id"), r.atLeast(75));
    String project = r.caller.project;
    String tenant = q.last("tenant_id");
    if (tenant != null) {
      project = tenant;
      r.caller.requireAdmin("os_compute_api:limits:other_project");
    }
    Set<String> filtered =
        r.atLeast(57)
            ? Set.of(
                "floating_ips",
                "security_groups",
                "security_group_rules",
                "injected_files",
                "injected_file_content_bytes")
            : r.atLeast(36)
                ? Set.of("floating_ips", "security_groups", "security_group_rules")
                : Set.of();
    boolean imageMeta = !r.atLeast(39);
    Map<String, Integer> limits = usage.limits();
    Map<String, Integer> inUse = usage.inUse(project, null);
    ObjectNode body = Responses.object();
    ObjectNode out = body.putObject("limits");
    out.putArray("rate");
    ObjectNode absolute = out.putObject("absolute");
    for (Map.Entry<String, Integer> limit : limits.entrySet()) {
      List<String> names = NAMES.get(limit.getKey());
      if (names == null || filtered.contains(limit.getKey())) {
        continue;
      }
      for (String name : names) {
        if (imageMeta || !name.equals("maxImageMeta")) {
          absolute.put(name, limit.getValue());
        }
      }
    }
    for (List<String> used : USED) {
      if (!filtered.contains(used.get(1))) {
        absolute.put(used.get(0), inUse.get(used.get(1)));
      }
    }
    return Responses.json(200, body);
  }
}
