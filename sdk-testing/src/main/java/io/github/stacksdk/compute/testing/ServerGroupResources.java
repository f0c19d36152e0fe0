package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /os-server-groups} and {@code GET /os-server-groups/{id}} ({@code
 * server_groups.py}): the project's groups (every project's for an admin with {@code
 * all_projects}), cut by {@code limit} and {@code offset} without links; {@code policies} and
 * {@code metadata} before 2.64, {@code policy} and {@code rules} from 2.64, {@code project_id} and
 * {@code user_id} from 2.13. Members are the servers of the group that exist and are not deleted.
 */
final class ServerGroupResources {
  private final ServerGroups groups;
  private final ServerStore store;

  ServerGroupResources(ServerGroups groups, ServerStore store) {
    this.groups = groups;
    this.store = store;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    if (r.path.size() > 2) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    String id = r.segment(1);
    return id == null ? list(r) : show(r, id);
  }

  private MockResponse.Builder list(ComputeRequest r) {
    QuerySchema.nonNegativeInteger(r.query, "limit");
    QuerySchema.nonNegativeInteger(r.query, "offset");
    QueryParams q =
        QuerySchema.known(r.query, Set.of("all_projects", "limit", "offset"), r.atLeast(75));
    // Only the presence of all_projects counts, and a member silently gets its own groups.
    boolean all = q.has("all_projects") && r.caller.admin;
    List<ServerGroups.Group> mine = new ArrayList<>();
    for (ServerGroups.Group g : groups.all()) {
      if (all || g.projectId.equals(r.caller.project)) {
        mine.add(g);
      }
    }
    // common.limited: a limit of 0 (or none) is max_limit.
    int limit = intOf(q.last("limit"));
    limit = limit == 0 ? Paging.MAX_LIMIT : Math.min(limit, Paging.MAX_LIMIT);
    int offset = intOf(q.last("offset"));
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("server_groups");
    for (int i = offset; i < mine.size() && i - offset < limit; i++) {
      list.add(view(r, mine.get(i)));
    }
    return Responses.json(200, body);
  }

  private static int intOf(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    String digits = value.replaceFirst("^0+(?=.)", "");
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  private MockResponse.Builder show(ComputeRequest r, String id) {
    // A member's lookup is scoped to its project, so another project's group is not found (404)
    // before the policy could refuse it (403).
    ServerGroups.Group g =
        groups
            .get(id)
            .filter(group -> r.caller.admin || group.projectId.equals(r.caller.project))
            .orElseThrow(() -> NovaFault.notFound("Instance group " + id + " could not be found."));
    r.caller.requireReader("os_compute_api:os-server-groups:show", g.projectId);
    ObjectNode body = Responses.object();
    body.set("server_group", view(r, g));
    return Responses.json(200, body);
  }

  /** {@code _format_server_group}. */
  private ObjectNode view(ComputeRequest r, ServerGroups.Group g) {
    ObjectNode out = Responses.object();
    out.put("id", g.id).put("name", g.name);
    if (r.atLeast(64)) {
      out.put("policy", g.policy);
      ObjectNode rules = out.putObject("rules");
      for (Map.Entry<String, Object> rule : g.rules.entrySet()) {
        rules.set(rule.getKey(), ModelJson.mapper().valueToTree(rule.getValue()));
      }
    } else {
      out.putArray("policies").add(g.policy);
      out.putObject("metadata");
    }
    ArrayNode members = out.putArray("members");
    for (String member : g.members) {
      Optional<Server> server = store.get(member).map(s -> s.server);
      if (server.isPresent() && !ServerFilters.isDeleted(server.get())) {
        members.add(member);
      }
    }
    if (r.atLeast(13)) {
      out.put("project_id", g.projectId).put("user_id", g.userId);
    }
    return out;
  }
}
