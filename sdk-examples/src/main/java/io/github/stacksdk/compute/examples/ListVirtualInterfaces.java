package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.model.FixedIp;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Lists a server's virtual interfaces (Rackspace's {@code os-virtual-interfacesv2}); on a cloud
 * without that extension, lists its port attachments ({@code os-interface}) instead.
 */
public final class ListVirtualInterfaces {
  private ListVirtualInterfaces() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args optionally the server id (default: the newest active server)
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      String id = args.length > 0 ? args[0] : Examples.newestActiveServerId(cloud.compute());
      run(cloud.compute(), System.out, id);
    }
  }

  static void run(ComputeClient compute, PrintStream out, String serverId) {
    // tag::virtual-interfaces[]
    try {
      Table table = new Table("INTERFACE", "MAC", "ADDRESS", "NETWORK");
      for (VirtualInterface vif : compute.listVirtualInterfaces(serverId)) {
        for (VirtualInterfaceAddress ip : vif.ipAddresses()) {
          table.row(vif.id(), vif.macAddress(), ip.address(), ip.networkLabel());
        }
      }
      table.print(out);
      out.printf("%d addresses on server %s%n", table.size(), serverId);
    } catch (VirtualInterfacesUnsupportedException e) {
      out.println(
          "No virtual interfaces API here ("
              + e.statusCode()
              + "); listing port attachments instead.");
      Table table = new Table("PORT", "NETWORK", "MAC", "STATE", "FIXED IPS");
      for (InterfaceAttachment port : compute.listInterfaceAttachments(serverId)) {
        table.row(
            port.portId(),
            port.networkId().orElse("-"),
            port.macAddress().orElse("-"),
            port.portState().orElse("-"),
            port.fixedIps().stream().map(FixedIp::ipAddress).collect(Collectors.joining(", ")));
      }
      table.print(out);
      out.printf("%d ports on server %s%n", table.size(), serverId);
    }
    // end::virtual-interfaces[]
  }
}
