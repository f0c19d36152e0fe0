package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads Rackspace's {@code os-virtual-interfacesv2} bodies and upstream Nova's VIF bodies. */
final class VirtualInterfaceTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "api-docs/os-virtual-interfacesv2-list-resp.json",
        "third-party/rackerlabs-docs-cloud-servers_os-virtual-interfacesv2-list-resp.json"
      })
  void rackspaceList_everyField(String path) {
    List<VirtualInterface> vifs = Fixtures.virtualInterfaces(path);

    assertThat(vifs)
        .extracting(VirtualInterface::id, VirtualInterface::macAddress, VirtualInterface::networkId)
        .containsExactly(
            tuple("a589b11b-cd51-4274-8ec0-832ce799d156", "BC:76:4E:04:85:0C", Optional.empty()),
            tuple("de7c6d53-b895-4b4a-963c-517ccb0f0775", "BC:76:4E:04:85:20", Optional.empty()),
            tuple("e14e789d-3b98-44a6-9c2d-c23eb1d1465c", "BC:76:4E:04:81:55", Optional.empty()));

    assertThat(vifs.get(0).ipAddresses())
        .extracting(
            VirtualInterfaceAddress::address,
            VirtualInterfaceAddress::networkId,
            VirtualInterfaceAddress::networkLabel)
        .containsExactly(
            tuple(
                "2001:4800:7810:0512:d87b:9cbc:ff04:850c",
                "ba122b32-dbcc-4c21-836e-b701996baeb3",
                "public"),
            tuple("64.49.226.149", "ba122b32-dbcc-4c21-836e-b701996baeb3", "public"));
    assertThat(vifs.get(1).ipAddresses())
        .extracting(
            VirtualInterfaceAddress::address,
            VirtualInterfaceAddress::networkId,
            VirtualInterfaceAddress::networkLabel)
        .containsExactly(
            tuple("192.168.0.2", "f212726e-6321-4210-9bae-a13f5a33f83f", "superprivate_xml"));
    assertThat(vifs.get(2).ipAddresses())
        .extracting(
            VirtualInterfaceAddress::address,
            VirtualInterfaceAddress::networkId,
            VirtualInterfaceAddress::networkLabel)
        .containsExactly(tuple("10.181.1.30", "3b324a1b-31b8-4db5-9fe5-4a2067f60297", "private"));
  }

  @Test
  void novaVifsList_idAndMacAddressOnly() {
    List<VirtualInterface> vifs =
        Fixtures.virtualInterfaces("nova-api-samples/os-virtual-interfaces/vifs-list-resp.json");

    assertThat(vifs).hasSize(1);
    VirtualInterface vif = vifs.get(0);
    assertThat(vif.id()).isEqualTo("cec8b9bb-5d22-4104-b3c8-4c35db3210a6");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:3c:ce:6f");
    assertThat(vif.ipAddresses()).isEmpty();
    assertThat(vif.networkId()).isEmpty();
  }

  @Test
  void novaVifsListLegacyV2_extensionNetIdIsNetworkId() {
    List<VirtualInterface> vifs =
        Fixtures.virtualInterfaces("nova-api-samples/os-virtual-interfaces/vifs-list-resp-v2.json");

    assertThat(vifs).hasSize(1);
    VirtualInterface vif = vifs.get(0);
    assertThat(vif.id()).isEqualTo("cec8b9bb-5d22-4104-b3c8-4c35db3210a6");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:3c:ce:6f");
    assertThat(vif.ipAddresses()).isEmpty();
    assertThat(vif.networkId()).contains("cec8b9bb-5d22-4104-b3c8-4c35db3210a7");
  }

  @Test
  void novaVifsList212_netIdIsNetworkId() {
    List<VirtualInterface> vifs =
        Fixtures.virtualInterfaces(
            "nova-api-samples/os-virtual-interfaces/v2.12/vifs-list-resp.json");

    assertThat(vifs).hasSize(1);
    VirtualInterface vif = vifs.get(0);
    assertThat(vif.id()).isEqualTo("cec8b9bb-5d22-4104-b3c8-4c35db3210a6");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:3c:ce:6f");
    assertThat(vif.ipAddresses()).isEmpty();
    assertThat(vif.networkId()).contains("cec8b9bb-5d22-4104-b3c8-4c35db3210a7");
  }

  @Test
  void jcloudsVifsList_upstreamShape() {
    List<VirtualInterface> vifs =
        Fixtures.virtualInterfaces("third-party/apache-jclouds_virtual-interfaces-list.json");

    assertThat(vifs).hasSize(1);
    VirtualInterface vif = vifs.get(0);
    assertThat(vif.id()).isEqualTo("02315827-b05c-4668-9c05-75c68838074a");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:09:71:34");
    assertThat(vif.ipAddresses()).isEmpty();
    assertThat(vif.networkId()).isEmpty();
  }

  static Stream<VirtualInterface> fixtureVifs() {
    List<VirtualInterface> vifs = new ArrayList<>();
    vifs.addAll(Fixtures.virtualInterfaces("api-docs/os-virtual-interfacesv2-list-resp.json"));
    vifs.addAll(
        Fixtures.virtualInterfaces("nova-api-samples/os-virtual-interfaces/vifs-list-resp.json"));
    vifs.addAll(
        Fixtures.virtualInterfaces(
            "nova-api-samples/os-virtual-interfaces/vifs-list-resp-v2.json"));
    vifs.addAll(
        Fixtures.virtualInterfaces(
            "nova-api-samples/os-virtual-interfaces/v2.12/vifs-list-resp.json"));
    vifs.addAll(
        Fixtures.virtualInterfaces(
            "third-party/rackerlabs-docs-cloud-servers_os-virtual-interfacesv2-list-resp.json"));
    vifs.addAll(
        Fixtures.virtualInterfaces("third-party/apache-jclouds_virtual-interfaces-list.json"));
    return vifs.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("fixtureVifs")
  void roundTrip_writtenAndReadBack_equal(VirtualInterface vif) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(vif);

    VirtualInterface back = Fixtures.MAPPER.readValue(json, VirtualInterface.class);

    assertThat(back).isEqualTo(vif);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    VirtualInterface vif =
        VirtualInterface.builder()
            .id("a589b11b-cd51-4274-8ec0-832ce799d156")
            .macAddress("BC:76:4E:04:85:0C")
            .addIpAddress(
                VirtualInterfaceAddress.builder()
                    .address("64.49.226.149")
                    .networkId("ba122b32-dbcc-4c21-836e-b701996baeb3")
                    .networkLabel("public")
                    .build())
            .networkId("cec8b9bb-5d22-4104-b3c8-4c35db3210a7")
            .build();

    String json = Fixtures.MAPPER.writeValueAsString(vif);
    VirtualInterface back = Fixtures.MAPPER.readValue(json, VirtualInterface.class);

    assertThat(back).isEqualTo(vif);
    assertThat(back.id()).isEqualTo("a589b11b-cd51-4274-8ec0-832ce799d156");
    assertThat(back.macAddress()).isEqualTo("BC:76:4E:04:85:0C");
    assertThat(back.ipAddresses())
        .extracting(
            VirtualInterfaceAddress::address,
            VirtualInterfaceAddress::networkId,
            VirtualInterfaceAddress::networkLabel)
        .containsExactly(tuple("64.49.226.149", "ba122b32-dbcc-4c21-836e-b701996baeb3", "public"));
    assertThat(back.networkId()).contains("cec8b9bb-5d22-4104-b3c8-4c35db3210a7");
  }

  @Test
  void read_unknownFields_ignored() throws Exception {
    String json =
        "{\"id\": \"vif-1\", \"mac_address\": \"fa:16:3e:00:00:01\","
            + " \"RAX-FUTURE:extra\": {\"nested\": [1, {\"deep\": null}], \"flag\": true},"
            + " \"ip_addresses\": [{\"address\": \"10.0.0.5\", \"network_id\": \"net-1\","
            + " \"network_label\": \"private\", \"subnet\": [\"x\"]}],"
            + " \"tag\": \"unknown\"}";

    VirtualInterface vif = Fixtures.MAPPER.readValue(json, VirtualInterface.class);

    assertThat(vif.id()).isEqualTo("vif-1");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:00:00:01");
    assertThat(vif.ipAddresses())
        .extracting(
            VirtualInterfaceAddress::address,
            VirtualInterfaceAddress::networkId,
            VirtualInterfaceAddress::networkLabel)
        .containsExactly(tuple("10.0.0.5", "net-1", "private"));
    assertThat(vif.networkId()).isEmpty();
  }

  @Test
  void read_ipAddressesNull_emptyList() throws Exception {
    String json =
        "{\"id\": \"vif-1\", \"mac_address\": \"fa:16:3e:00:00:01\", \"ip_addresses\": null}";

    VirtualInterface vif = Fixtures.MAPPER.readValue(json, VirtualInterface.class);

    assertThat(vif.ipAddresses()).isNotNull().isEmpty();
    assertThat(vif.id()).isEqualTo("vif-1");
    assertThat(vif.macAddress()).isEqualTo("fa:16:3e:00:00:01");
    assertThat(vif.networkId()).isEmpty();
  }

  @Test
  void read_missingMacAddress_failsNamingTheField() {
    String json = "{\"id\": \"vif-1\", \"ip_addresses\": [], \"net_id\": \"net-1\"}";

    assertThatThrownBy(() -> Fixtures.MAPPER.readValue(json, VirtualInterface.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("macAddress", "mac_address"));
  }
}
