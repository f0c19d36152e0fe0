package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /os-quota-sets/{project}}, {@code …/detail} and {@code …/defaults} ({@code
 * quota_sets.py}): the fake's quotas for every project, with what the project (or, with {@code
 * user_id}, one of its users) uses in the detail; the network quotas go at 2.36, the personality
 * ones at 2.57.
 */
final class QuotaSetResources {
  private static final List<String> FILTERED_2_36 =
      List.of("fixed_ips", "floating_ips", "security_group_rules", "security_groups");

  private static final List<String> FILTERED_2_57 =
      List.of(
          "fixed_ips",
          "floating_ips",
          "security_group_rules",
          "security_groups",
          "injected_files",
          "injected_file_content_bytes",
          "injected_file_path_bytes");

  private final ProjectUsage usage;
  private final FakeSettings settings;

  QuotaSetResources(ProjectUsage usage, FakeSettings settings) {
    this.usage = usage;
    this.settings = settings;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    String project = r.segment(1);
    String sub = r.segment(2);
    if (project == null
        || r.path.size() > 3
        || (sub != null && !sub.equals("detail") && !sub.equals("defaults"))) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    List<String> filtered =
        r.atLeast(57) ? FILTERED_2_57 : r.atLeast(36) ? FILTERED_2_36 : List.of();
    if ("defaults".equals(sub)) {
      // os_compute_api:os-quota-sets:defaults is open to anyone.
      verifyProject(r, project);
      return Responses.json(200, quotaSet(project, usage.limits(), null, filtered));
    }
    QueryParams q = QuerySchema.known(r.query, Set.of("user_id"), r.atLeast(75));
    boolean detail = sub != null;
    r.caller.requireReader("os_compute_api:os-quota-sets:" + (detail ? "detail" : "show"), project);
    verifyProject(r, project);
    // Only the detail counts per user; it reads the last user_id (the show, the first).
    Map<String, Integer> inUse = detail ? usage.inUse(project, q.last("user_id")) : null;
    return Responses.json(200, quotaSet(project, usage.limits(), inUse, filtered));
  }

  /**
   * {@code identity.verify_project_id}: Keystone answers an admin that a project does not exist,
   * and a member that it may not look, which Nova then lets pass.
   */
  private void verifyProject(ComputeRequest r, String project) {
    if (r.caller.admin && !usage.isKnownProject(project, settings)) {
      throw NovaFault.badRequest("Project ID " + project + " is not a valid project.");
    }
  }

  /** {@code _format_quota_set}: the id, then the resources sorted by name. */
  private static ObjectNode quotaSet(
      String project,
      Map<String, Integer> limits,
      @Nullable Map<String, Integer> inUse,
      List<String> filtered) {
    ObjectNode body = Responses.object();
    ObjectNode set = body.putObject("quota_set").put("id", project);
    for (Map.Entry<String, Integer> limit : new TreeMap<>(limits).entrySet()) {
      if (filtered.contains(limit.getKey())) {
        continue;
      }
      if (inUse == null) {
        set.put(limit.getKey(), limit.getValue());
      } else {
        set.putObject(limit.getKey())
            .put("limit", limit.getValue())
            .put("in_use", inUse.getOrDefault(limit.getKey(), 0))
            .put("reserved", 0);
      }
    }
    return body;
  }
}
