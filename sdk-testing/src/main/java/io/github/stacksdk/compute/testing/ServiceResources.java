package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * {@code GET /os-services} ({@code services.py}, admin only): every service but the API's, with
 * the {@code host} and {@code binary} filters; ids are integers before 2.53 and uuids from 2.53,
 * {@code forced_down} from 2.11.
 */
final class ServiceResources {
  private final ComputeHosts hosts;

  ServiceResources(ComputeHosts hosts) {
    this.hosts = hosts;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    if (r.path.size() > 1) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    QueryParams q = QuerySchema.known(r.query, Set.of("host", "binary"), r.atLeast(75));
    r.caller.requireAdmin("os_compute_api:os-services:list");
    String host = q.last("host");
    String binary = q.last("binary");
    String updatedAt = Responses.pythonTime(hosts.updatedAt());
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("services");
    for (ComputeHosts.Service s : hosts.services()) {
      if ((host != null && !host.isEmpty() && !host.equals(s.host))
          || (binary != null && !binary.isEmpty() && !binary.equals(s.binary))) {
        continue;
      }
      ObjectNode entry = list.addObject().put("binary", s.binary).put("host", s.host);
      if (r.atLeast(53)) {
        entry.put("id", s.uuid);
      } else {
        entry.put("id", s.id);
      }
      entry
          .put("zone", s.zone)
          .put("status", "enabled")
          .put("state", "up")
          .put("updated_at", updatedAt)
          .putNull("disabled_reason");
      if (r.atLeast(11)) {
        entry.put("forced_down", false);
      }
    }
    return Responses.json(200, body);
  }
}
