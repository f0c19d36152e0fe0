package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /servers/{id}/os-instance-actions[/{request_id}]} ({@code instance_actions.py}):
 * newest first; from 2.21 a deleted server's too; {@code updated_at}, marker paging, {@code
 * changes-since} and links from 2.58 ({@code changes-before} from 2.66). An action's events are
 * the admin's before 2.51 and everyone's from 2.51, {@code traceback} only for admins; from 2.62
 * {@code hostId} for everyone and {@code host} for admins; {@code details} for admins from 2.84.
 */
final class InstanceActionResources {
  private final InstanceActions actions;
  private final ServerLookup servers;

  InstanceActionResources(InstanceActions actions, ServerLookup servers) {
    this.actions = actions;
    this.servers = servers;
  }

  MockResponse.Builder answer(ComputeRequest r, String serverId, @Nullable String requestId) {
    r.requireGet();
    return requestId == null ? list(r, serverId) : show(r, serverId, requestId);
  }

  /** {@code _get_instance}: from 2.21 with {@code read_deleted='yes'}. */
  private String projectOf(ComputeRequest r, String serverId) {
    ServerStore.Stored stored =
        r.atLeast(21)
            ? servers.visibleOrDeleted(serverId, r.caller)
            : servers.visible(serverId, r.caller);
    return servers.tenantOf(stored.server);
  }

  private MockResponse.Builder list(ComputeRequest r, String serverId) {
    QueryParams q = r.query;
    Instant since = null;
    Instant before = null;
    if (r.atLeast(58)) {
      QuerySchema.nonNegativeInteger(q, "limit");
      QuerySchema.single(q, "limit");
      QuerySchema.single(q, "marker");
      since = QuerySchema.dateTime(q, "changes-since");
      QuerySchema.single(q, "changes-since");
      List<String> allowed = new ArrayList<>(List.of("limit", "marker", "changes-since"));
      if (r.atLeast(66)) {
        before = QuerySchema.dateTime(q, "changes-before");
        QuerySchema.single(q, "changes-before");
        allowed.add("changes-before");
      }
      q = QuerySchema.known(q, Set.copyOf(allowed), true);
    }
    String project = projectOf(r, serverId);
    r.caller.requireReader("os_compute_api:os-instance-actions:list", project);
    if (since != null && before != null && before.isBefore(since)) {
      throw NovaFault.badRequest(
          "The value of changes-since must be less than or equal to changes-before.");
    }
    List<InstanceActions.Action> all = actions.of(serverId);
    List<InstanceActions.Action> page = new ArrayList<>();
    int limit = Paging.MAX_LIMIT;
    if (r.atLeast(58)) {
      limit = Paging.limitOrZero(q);
      String marker = q.last("marker");
      List<InstanceActions.Action> matching = new ArrayList<>();
      for (InstanceActions.Action a : all) {
        if ((since == null || !a.updatedAt.isBefore(since))
            && (before == null || !a.updatedAt.isAfter(before))) {
          matching.add(a);
        }
      }
      int start = 0;
      if (marker != null) {
        InstanceActions.Action at =
            all.stream().filter(a -> a.requestId.equals(marker)).findFirst().orElse(null);
        if (at == null) {
          // actions_get reuses its marker variable for the row it did not find.
          throw NovaFault.badRequest("Marker None could not be found.");
        }
        start = matching.size();
        for (int i = 0; i < matching.size(); i++) {
          if (InstanceActions.NEWEST_FIRST.compare(matching.get(i), at) > 0) {
            start = i;
            break;
          }
        }
      }
      page.addAll(matching.subList(start, Math.min(matching.size(), start + limit)));
    } else {
      page.addAll(all);
    }
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("instanceActions");
    for (InstanceActions.Action a : page) {
      list.add(action(r, a));
    }
    if (r.atLeast(58) && Paging.isFull(limit, page.size())) {
      body.putArray("links")
          .add(
              ServerRenderer.link(
                  "next",
                  Paging.nextHref(
                      r.url("servers/" + serverId + "/os-instance-actions"),
                      q,
                      page.get(page.size() - 1).requestId)));
    }
    return Responses.json(200, body);
  }

  private MockResponse.Builder show(ComputeRequest r, String serverId, String requestId) {
    String project = projectOf(r, serverId);
    r.caller.requireReader("os_compute_api:os-instance-actions:show", project);
    InstanceActions.Action a =
        actions
            .get(serverId, requestId)
            .orElseThrow(() -> NovaFault.notFound("Action " + requestId + " not found"));
    ObjectNode out = action(r, a);
    boolean admin = r.caller.admin;
    if (admin || r.atLeast(51)) {
      boolean hostId = r.atLeast(62);
      boolean details = admin && r.atLeast(84);
      ArrayNode events = out.putArray("events");
      for (InstanceActions.Event e : a.eventsNewestFirst()) {
        ObjectNode event = events.addObject();
        event
            .put("event", e.name)
            .put("start_time", Responses.pythonTime(e.startTime))
            .put("finish_time", e.finishTime == null ? null : Responses.pythonTime(e.finishTime))
            .put("result", e.result);
        if (admin) {
          event.put("traceback", e.traceback);
        }
        if (admin && r.atLeast(62)) {
          event.put("host", e.host);
        }
        if (hostId) {
          event.put("hostId", hostId(e.host, a.projectId));
        }
        if (details) {
          event.put("details", e.details);
        }
      }
    }
    ObjectNode body = Responses.object();
    body.set("instanceAction", out);
    return Responses.json(200, body);
  }

  /** {@code _format_action}: {@code ACTION_KEYS}, with {@code updated_at} from 2.58. */
  private static ObjectNode action(ComputeRequest r, InstanceActions.Action a) {
    ObjectNode out = Responses.object();
    out.put("action", a.action)
        .put("instance_uuid", a.serverId)
        .put("request_id", a.requestId)
        .put("user_id", a.userId)
        .put("project_id", a.projectId)
        .put("start_time", Responses.pythonTime(a.startTime))
        .put("message", a.message);
    if (r.atLeast(58)) {
      out.put("updated_at", Responses.pythonTime(a.updatedAt));
    }
    return out;
  }

  /** {@code utils.generate_hostid}: the SHA-224 of the project and the host, or {@code ""}. */
  static String hostId(@Nullable String host, String project) {
    if (host == null || host.isEmpty()) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-224")
              .digest((project + host).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-224 is missing from the JDK", e);
    }
  }
}
