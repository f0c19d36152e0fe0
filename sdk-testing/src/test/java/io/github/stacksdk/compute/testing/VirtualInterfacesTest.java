package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rackspace's virtual interfaces and upstream's port attachments, through the SDK. */
@ExtendWith(FakeComputeExtension.class)
final class VirtualInterfacesTest {
  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void withoutTheExtension_likeUpstreamNova_theSdkNamesTheReplacement() {
    try (FakeCompute upstream = FakeCompute.builder().virtualInterfacesExtension(false).start()) {
      upstream.addServer(Server.builder().id("s1").name("one").build());
      try (ComputeClient compute = upstream.clientBuilder().build()) {
        assertThatThrownBy(() -> compute.listVirtualInterfaces("s1"))
            .isInstanceOf(
                io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException.class)
            .hasMessageContaining("listInterfaceAttachments");
      }
      assertThat(upstream.takeRequest().path())
          .isEqualTo("/v2.1/servers/s1/os-virtual-interfacesv2");
    }
  }

  @Test
  void everySampleServer_hasInterfacesHoldingExactlyItsAddresses() {
    List<Server> servers;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      servers = compute.listServers(r -> r.allTenants(true)).stream().collect(Collectors.toList());
      fake.takeRequest();
      for (Server server : servers) {
        List<VirtualInterface> vifs = compute.listVirtualInterfaces(server.id());
        RawHttp.assertGet(fake, "/v2.1/servers/" + server.id() + "/os-virtual-interfacesv2");

        assertThat(vifs).as(server.name().orElseThrow()).hasSize(server.addresses().size());
        for (VirtualInterface vif : vifs) {
          String label = vif.ipAddresses().get(0).networkLabel();
          List<Address> addresses = server.addresses().get(label);
          assertThat(vif.ipAddresses())
              .extracting(VirtualInterfaceAddress::address)
              .containsExactlyElementsOf(
                  addresses.stream().map(Address::addr).collect(Collectors.toList()));
          assertThat(vif.macAddress()).isEqualTo(addresses.get(0).macAddress().orElseThrow());
          assertThat(vif.ipAddresses())
              .extracting(VirtualInterfaceAddress::networkId)
              .containsOnly(
                  label.equals("public")
                      ? SampleCloud.NETWORK_PUBLIC
                      : SampleCloud.NETWORK_PRIVATE);
        }
      }
    }
    assertThat(servers).hasSize(36);
  }

  @Test
  void webServer_hasAPublicAndAPrivateInterface_inRackspacesShape() {
    Server web = byName("web-01");

    RawHttp.Reply reply =
        RawHttp.get(fake, "/v2.1/servers/" + web.id() + "/os-virtual-interfacesv2");

    RawHttp.assertGet(fake, "/v2.1/servers/" + web.id() + "/os-virtual-interfacesv2");
    assertThat(RawHttp.keys(reply.json())).containsExactly("virtual_interfaces");
    assertThat(RawHttp.keys(reply.json().at("/virtual_interfaces/0")))
        .containsExactly("id", "mac_address", "ip_addresses");
    assertThat(RawHttp.keys(reply.json().at("/virtual_interfaces/0/ip_addresses/0")))
        .containsExactly("address", "network_id", "network_label");
    assertThat(reply.json().findValuesAsText("network_label"))
        .containsExactly("public", "public", "private", "private");
    assertThat(reply.json().findValuesAsText("address"))
        .containsExactly("203.0.113.21", "2001:db8:0:1::15", "10.0.0.21", "198.51.100.21");
  }

  @Test
  void interfaceAttachments_arePortsWithTheFixedAddressesOnly() {
    Server web = byName("web-01");
    List<InterfaceAttachment> ports;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      ports = compute.listInterfaceAttachments(web.id());
    }

    RawHttp.assertGet(fake, "/v2.1/servers/" + web.id() + "/os-interface");
    assertThat(ports).hasSize(2);
    assertThat(ports)
        .extracting(p -> p.networkId().orElseThrow())
        .containsExactly(SampleCloud.NETWORK_PUBLIC, SampleCloud.NETWORK_PRIVATE);
    assertThat(ports).extracting(p -> p.portState().orElseThrow()).containsOnly("ACTIVE");
    Set<String> fixed =
        ports.stream()
            .flatMap(p -> p.fixedIps().stream())
            .map(f -> f.ipAddress())
            .collect(Collectors.toSet());
    assertThat(fixed).containsExactlyInAnyOrder("203.0.113.21", "2001:db8:0:1::15", "10.0.0.21");
    assertThat(ports.get(0).fixedIps()).allSatisfy(f -> assertThat(f.subnetId()).isPresent());
  }

  @Test
  void unknownServer_isNotFound_andUpstreamsExtensionIsGone() {
    String unknown = "00000000-0000-0000-0000-000000000000";
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThatThrownBy(() -> compute.listVirtualInterfaces(unknown))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e ->
                  assertThat(e.faultMessage())
                      .isEqualTo("Instance " + unknown + " could not be found."));
      assertThatThrownBy(() -> compute.listInterfaceAttachments(unknown))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/" + unknown + "/os-virtual-interfacesv2");
    RawHttp.assertGet(fake, "/v2.1/servers/" + unknown + "/os-interface");

    RawHttp.Reply gone = RawHttp.get(fake, "/v2.1/servers/" + unknown + "/os-virtual-interfaces");
    RawHttp.assertGet(fake, "/v2.1/servers/" + unknown + "/os-virtual-interfaces");
    assertThat(gone.status).isEqualTo(410);
    assertThat(gone.json().at("/computeFault/message").asText())
        .isEqualTo("This resource is no longer available. No forwarding address is given.");
  }

  @Test
  void addedInterfaces_areAppended_andAServerWithoutAnyHasAnEmptyList() {
    Server batch = byName("batch-08");
    VirtualInterface extra =
        VirtualInterface.builder()
            .id("vif-extra")
            .macAddress("BC:76:4E:04:85:0C")
            .addIpAddress(
                VirtualInterfaceAddress.builder()
                    .address("64.49.226.149")
                    .networkId("n1")
                    .networkLabel("isolated")
                    .build())
            .build();
    List<VirtualInterface> before;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      before = compute.listVirtualInterfaces(batch.id());
      fake.addVirtualInterfaces(batch.id(), List.of(extra));
      assertThat(compute.listVirtualInterfaces(batch.id())).containsExactly(extra);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/" + batch.id() + "/os-virtual-interfacesv2");
    RawHttp.assertGet(fake, "/v2.1/servers/" + batch.id() + "/os-virtual-interfacesv2");
    assertThat(before).isEmpty();
    assertThat(fake.virtualInterfaces(batch.id())).containsExactly(extra);
  }

  private Server byName(String name) {
    return fake.servers().stream()
        .filter(s -> s.name().orElse("").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
