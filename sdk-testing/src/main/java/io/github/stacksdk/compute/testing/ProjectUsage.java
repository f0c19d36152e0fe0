package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a project uses and may use, for {@code /limits} and {@code /os-quota-sets}: the fake's
 * quotas (Nova's defaults for what the fake does not set), and the counts of {@code
 * QUOTAS.get_project_quotas(usages=True)}: its servers, their vCPUs and RAM, its server groups;
 * the per-user key pairs and group members, and the resources Nova no longer counts, are 0.
 */
final class ProjectUsage {
  private final ServerStore store;
  private final ServerRenderer renderer;
  private final ServerGroups groups;
  private final Supplier<Quotas> quotas;

  ProjectUsage(
      ServerStore store, ServerRenderer renderer, ServerGroups groups, Supplier<Quotas> quotas) {
    this.store = store;
    this.renderer = renderer;
    this.groups = groups;
    this.quotas = quotas;
  }

  Map<String, Integer> limits() {
    return quotas.get().limits();
  }

  /**
   * The in-use count of each resource for a project, or for one user of it.
   *
   * @param userId null for the whole project
   */
  Map<String, Integer> inUse(String project, @Nullable String userId) {
    List<Server> servers = new ArrayList<>();
    for (ServerStore.Stored stored : store.all()) {
      Server s = stored.server;
      if (renderer.tenantOf(s).equals(project)
          && (userId == null || userId.equals(s.userId().orElse(null)))) {
        servers.add(s);
      }
    }
    int[] usage = Quotas.usage(servers);
    int serverGroups = 0;
    for (ServerGroups.Group g : groups.all()) {
      if (g.projectId.equals(project) && (userId == null || userId.equals(g.userId))) {
        serverGroups++;
      }
    }
    Map<String, Integer> inUse = new java.util.LinkedHashMap<>();
    for (String resource : limits().keySet()) {
      inUse.put(resource, 0);
    }
    inUse.put("instances", usage[0]);
    inUse.put("cores", usage[1]);
    inUse.put("ram", usage[2]);
    inUse.put("server_groups", serverGroups);
    return inUse;
  }

  /** The projects Keystone would know: the tokens', the servers', the groups'. */
  boolean isKnownProject(String project, FakeSettings settings) {
    if (settings.tokenProjects().contains(project)) {
      return true;
    }
    for (ServerStore.Stored stored : store.all()) {
      if (renderer.tenantOf(stored.server).equals(project)) {
        return true;
      }
    }
    for (ServerGroups.Group g : groups.all()) {
      if (g.projectId.equals(project)) {
        return true;
      }
    }
    return false;
  }
}
