package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /servers/{id}/ips}, metadata and tags reads, through raw HTTP. */
final class ServerAddressesTest {
  private static final String OTHER = "other-member-token";
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(OTHER, "0ee40000000040008000000000000002").start();
  private final NovaCalls nova = new NovaCalls(fake);

  @BeforeEach
  void seed() {
    Map<String, List<Address>> addresses = new LinkedHashMap<>();
    addresses.put(
        "private",
        List.of(
            Address.builder().addr("198.51.100.7").typeAsString("floating").build(),
            Address.builder()
                .addr("10.0.0.7")
                .typeAsString("fixed")
                .macAddress("fa:16:3e:00:00:07")
                .build(),
            Address.builder().addr("fd00::7").typeAsString("fixed").build()));
    addresses.put(
        "public", List.of(Address.builder().addr("203.0.113.7").typeAsString("fixed").build()));
    fake.addServer(
        Server.builder()
            .id(ID)
            .name("web-01")
            .statusAsString("ACTIVE")
            .addresses(addresses)
            .metadata(Map.of("group", "web"))
            .addTag("frontend")
            .build());
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void ips_perNetwork_fixedBeforeFloating_withVersionAndAddressOnly() {
    RawHttp.Reply all = nova.get("2.1", "/v2.1/servers/" + ID + "/ips");
    RawHttp.Reply one = nova.get("2.79", "/v2.1/servers/" + ID + "/ips/private");

    assertSameKeys(all.json(), sample("server-ips/server-ips-resp.json"), "addresses");
    assertSameKeys(
        one.json().get("private").get(0),
        sample("server-ips/server-ips-network-resp.json").at("/private/0"));
    assertThat(RawHttp.keys(all.json().get("addresses"))).containsExactly("private", "public");
    assertThat(one.json().toString())
        .isEqualTo(
            "{\"private\":[{\"version\":4,\"addr\":\"10.0.0.7\"},{\"version\":6,\"addr\":\"fd00::7\"},"
                + "{\"version\":4,\"addr\":\"198.51.100.7\"}]}");
  }

  @Test
  void ips_unknownNetworkOrServer_areNovas404s() {
    assertFault(
        nova.get("2.1", "/v2.1/servers/" + ID + "/ips/nowhere"),
        404,
        "itemNotFound",
        "Instance is not a member of specified network",
        "2.1");
    assertFault(
        nova.get(OTHER, "2.1", "/v2.1/servers/" + ID + "/ips"),
        404,
        "itemNotFound",
        "Instance " + ID + " could not be found.",
        "2.1");
  }

  @Test
  void metadataAndTags_theReadsTheFakeAlreadyAnswered_stillDo() {
    JsonNode metadata = nova.get("2.1", "/v2.1/servers/" + ID + "/metadata").json();
    JsonNode item = nova.get("2.1", "/v2.1/servers/" + ID + "/metadata/group").json();
    RawHttp.Reply tag = nova.get("2.26", "/v2.1/servers/" + ID + "/tags/frontend");

    assertThat(metadata.toString()).isEqualTo("{\"metadata\":{\"group\":\"web\"}}");
    assertThat(item.toString()).isEqualTo("{\"meta\":{\"group\":\"web\"}}");
    assertThat(tag.status).isEqualTo(204);
    assertThat(nova.get("2.26", "/v2.1/servers/" + ID + "/tags").json().toString())
        .isEqualTo("{\"tags\":[\"frontend\"]}");
    assertFault(
        nova.get("2.1", "/v2.1/servers/" + ID + "/metadata/none"),
        404,
        "itemNotFound",
        "Metadata item was not found",
        "2.1");
    assertFault(
        nova.get("2.26", "/v2.1/servers/" + ID + "/tags/backend"),
        404,
        "itemNotFound",
        "Server " + ID + " has no tag 'backend'",
        "2.26");
  }

  @Test
  void tags_ofAServerThatNeverWas_sayItHasNoCellMapping_asNovaReadsTheMappingFirst() {
    String never = "00000000-0000-4000-8000-000000000000";
    assertFault(
        nova.get("2.26", "/v2.1/servers/" + never + "/tags/frontend"),
        404,
        "itemNotFound",
        "Instance " + never + " has no mapping to a cell.",
        "2.26");
    assertFault(
        nova.get("2.26", "/v2.1/servers/" + never + "/tags"),
        404,
        "itemNotFound",
        "Instance " + never + " has no mapping to a cell.",
        "2.26");
    // A deleted server keeps its mapping until it is archived: its tags are not found.
    fake.deleteServer(ID);
    assertFault(
        nova.get("2.26", "/v2.1/servers/" + ID + "/tags"),
        404,
        "itemNotFound",
        "Instance " + ID + " could not be found.",
        "2.26");
    fake.purgeDeletedServers();
    assertFault(
        nova.get("2.26", "/v2.1/servers/" + ID + "/tags"),
        404,
        "itemNotFound",
        "Instance " + ID + " has no mapping to a cell.",
        "2.26");
  }
}
