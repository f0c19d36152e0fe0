package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * {@code GET /servers/{id}/diagnostics} ({@code server_diagnostics.py}, admin only): the numbers
 * of Nova's fake virt driver for a running server, its flat dictionary before 2.48 and the {@code
 * Diagnostics} object from 2.48; a server without a host or not running is a 409.
 */
final class DiagnosticsResource {
  /** {@code power_state.STATE_MAP}. */
  private static final Map<Integer, String> POWER_STATES =
      Map.of(0, "pending", 1, "running", 3, "paused", 4, "shutdown", 6, "crashed", 7, "suspended");

  private final ServerLookup servers;

  DiagnosticsResource(ServerLookup servers) {
    this.servers = servers;
  }

  MockResponse.Builder answer(ComputeRequest r, String serverId) {
    r.requireGet();
    Server s = servers.visible(serverId, r.caller).server;
    r.caller.requireAdmin("os_compute_api:os-server-diagnostics");
    if (s.host().filter(h -> !h.isEmpty()).isEmpty()) {
      throw NovaFault.conflict("Instance " + s.id() + " is not ready");
    }
    int power = s.powerStateCode().orElse(NovaStates.NOSTATE);
    if (power != NovaStates.RUNNING) {
      throw NovaFault.conflict(
          "Cannot 'get_diagnostics' instance "
              + s.id()
              + " while it is in power state "
              + POWER_STATES.getOrDefault(power, "pending"));
    }
    return Responses.json(200, r.atLeast(48) ? diagnostics() : flat());
  }

  /** {@code FakeDriver.get_diagnostics}. */
  private static ObjectNode flat() {
    return Responses.object()
        .put("cpu0_time", 17300000000L)
        .put("memory", 524288)
        .put("vda_errors", -1)
        .put("vda_read", 262144)
        .put("vda_read_req", 112)
        .put("vda_write", 5778432)
        .put("vda_write_req", 488)
        .put("vnet1_rx", 2070139)
        .put("vnet1_rx_drop", 0)
        .put("vnet1_rx_errors", 0)
        .put("vnet1_rx_packets", 26701)
        .put("vnet1_tx", 140208)
        .put("vnet1_tx_drop", 0)
        .put("vnet1_tx_errors", 0)
        .put("vnet1_tx_packets", 662);
  }

  /** {@code FakeDriver.get_instance_diagnostics} through {@code views/server_diagnostics.py}. */
  private static ObjectNode diagnostics() {
    ObjectNode out =
        Responses.object()
            .put("state", "running")
            .put("driver", "libvirt")
            .put("hypervisor", "kvm")
            .put("hypervisor_os", "ubuntu")
            .put("uptime", 46664)
            .put("config_drive", true)
            .put("num_cpus", 1)
            .put("num_nics", 1)
            .put("num_disks", 1);
    out.putArray("disk_details")
        .addObject()
        .put("read_bytes", 262144)
        .put("read_requests", 112)
        .put("write_bytes", 5778432)
        .put("write_requests", 488)
        .put("errors_count", 1);
    out.putArray("cpu_details")
        .addObject()
        .put("id", 0)
        .put("time", 17300000000L)
        .put("utilisation", 15);
    out.putArray("nic_details")
        .addObject()
        .put("mac_address", "01:23:45:67:89:ab")
        .put("rx_octets", 2070139)
        .put("rx_errors", 100)
        .put("rx_drop", 200)
        .put("rx_packets", 26701)
        .put("rx_rate", 300)
        .put("tx_octets", 140208)
        .put("tx_errors", 400)
        .put("tx_drop", 500)
        .put("tx_packets", 662)
        .put("tx_rate", 600);
    out.putObject("memory_details").put("maximum", 524288).put("used", 0);
    return out;
  }
}
