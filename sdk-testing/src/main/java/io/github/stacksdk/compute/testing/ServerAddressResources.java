package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /servers/{id}/ips} and {@code /ips/{network}} ({@code ips.py}, {@code
 * views/addresses.py}): the server's addresses per network, fixed ones before floating ones, each
 * with only its version and address.
 */
final class ServerAddressResources {
  private final ServerLookup servers;

  ServerAddressResources(ServerLookup servers) {
    this.servers = servers;
  }

  MockResponse.Builder answer(ComputeRequest r, String serverId, @Nullable String network) {
    r.requireGet();
    Server s = servers.visible(serverId, r.caller).server;
    String project = servers.tenantOf(s);
    r.caller.requireReader("os_compute_api:ips:" + (network == null ? "index" : "show"), project);
    ObjectNode body = Responses.object();
    if (network == null) {
      ObjectNode addresses = body.putObject("addresses");
      for (Map.Entry<String, List<Address>> entry : s.addresses().entrySet()) {
        addresses.set(entry.getKey(), ips(entry.getValue()));
      }
      return Responses.json(200, body);
    }
    List<Address> ips = s.addresses().get(network);
    if (ips == null) {
      throw NovaFault.notFound("Instance is not a member of specified network");
    }
    body.set(network, ips(ips));
    return Responses.json(200, body);
  }

  private static ArrayNode ips(List<Address> addresses) {
    List<Address> ordered = new ArrayList<>();
    for (Address a : addresses) {
      if (!"floating".equals(a.typeAsString().orElse(""))) {
        ordered.add(a);
      }
    }
    for (Address a : addresses) {
      if ("floating".equals(a.typeAsString().orElse(""))) {
        ordered.add(a);
      }
    }
    ArrayNode out = Responses.object().arrayNode();
    for (Address a : ordered) {
      out.addObject().put("version", a.version()).put("addr", a.addr());
    }
    return out;
  }
}
