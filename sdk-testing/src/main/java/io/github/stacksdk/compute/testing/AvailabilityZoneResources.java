package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import mockwebserver3.MockResponse;

/**
 * {@code GET /os-availability-zone} (anyone: the zones of the enabled services, without the
 * internal one) and {@code GET /os-availability-zone/detail} (admin: every zone, internal too,
 * with its hosts and their services), as {@code availability_zone.py} answers them.
 */
final class AvailabilityZoneResources {
  private final ComputeHosts hosts;

  AvailabilityZoneResources(ComputeHosts hosts) {
    this.hosts = hosts;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    String sub = r.segment(1);
    if (r.path.size() > 2 || (sub != null && !sub.equals("detail"))) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    return sub == null ? summary() : detail(r);
  }

  /** Zone name to host name to the host's services, from the services and their zones. */
  private Map<String, Map<String, List<ComputeHosts.Service>>> zones() {
    Map<String, Map<String, List<ComputeHosts.Service>>> zones = new TreeMap<>();
    for (ComputeHosts.Service service : hosts.services()) {
      zones
          .computeIfAbsent(service.zone, z -> new TreeMap<>())
          .computeIfAbsent(service.host, h -> new ArrayList<>())
          .add(service);
    }
    return zones;
  }

  private MockResponse.Builder summary() {
    SortedSet<String> names = new TreeSet<>(zones().keySet());
    names.remove(ComputeHosts.INTERNAL_ZONE);
    ObjectNode body = Responses.object();
    ArrayNode info = body.putArray("availabilityZoneInfo");
    for (String name : names) {
      ObjectNode zone = info.addObject().put("zoneName", name);
      zone.putObject("zoneState").put("available", true);
      zone.putNull("hosts");
    }
    return Responses.json(200, body);
  }

  private MockResponse.Builder detail(ComputeRequest r) {
    r.caller.requireAdmin("os_compute_api:os-availability-zone:detail");
    String updatedAt = Responses.pythonTime(hosts.updatedAt());
    ObjectNode body = Responses.object();
    ArrayNode info = body.putArray("availabilityZoneInfo");
    for (Map.Entry<String, Map<String, List<ComputeHosts.Service>>> zone : zones().entrySet()) {
      ObjectNode entry = info.addObject().put("zoneName", zone.getKey());
      entry.putObject("zoneState").put("available", true);
      ObjectNode hostsNode = entry.putObject("hosts");
      for (Map.Entry<String, List<ComputeHosts.Service>> host : zone.getValue().entrySet()) {
        ObjectNode services = hostsNode.putObject(host.getKey());
        for (ComputeHosts.Service service : host.getValue()) {
          services
              .putObject(service.binary)
              .put("available", true)
              .put("active", true)
              .put("updated_at", updatedAt);
        }
      }
    }
    return Responses.json(200, body);
  }
}
