package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /os-services}, through raw HTTP. */
final class ServicesTest {
  private static final String MEMBER = "member-token";

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID).start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> hostsAndBinaries(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("services")
        .forEach(s -> out.add(s.get("host").asText() + "/" + s.get("binary").asText()));
    return out;
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_idsIntegersThenUuids() {
    RawHttp.Reply old = nova.get("2.1", "/v2.1/os-services");
    RawHttp.Reply forced = nova.get("2.11", "/v2.1/os-services");
    RawHttp.Reply uuids = nova.get("2.53", "/v2.1/os-services");

    assertSameKeys(old.json(), sample("os-services/services-list-get-resp.json"));
    assertSameKeys(forced.json(), sample("os-services/v2.11/services-list-get-resp.json"));
    assertSameKeys(uuids.json(), sample("os-services/v2.53/services-list-get-resp.json"));
    assertThat(hostsAndBinaries(old.json()))
        .containsExactly(
            "controller/nova-scheduler", "controller/nova-conductor", "compute-01/nova-compute");
    assertThat(old.json().at("/services/0/id").isInt()).isTrue();
    assertThat(old.json().at("/services/2/zone").asText()).isEqualTo("nova");
    assertThat(old.json().at("/services/0/zone").asText()).isEqualTo("internal");
    assertThat(uuids.json().at("/services/2/id").asText())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(forced.json().at("/services/2/forced_down").asBoolean()).isFalse();
  }

  @Test
  void filters_byHostAndBinary() {
    SampleCloud.populate(fake);

    assertThat(hostsAndBinaries(nova.get("2.1", "/v2.1/os-services?binary=nova-compute").json()))
        .containsExactly(
            "compute-01/nova-compute",
            "compute-02/nova-compute",
            "compute-03/nova-compute",
            "compute-04/nova-compute");
    assertThat(hostsAndBinaries(nova.get("2.1", "/v2.1/os-services?host=controller").json()))
        .containsExactly("controller/nova-scheduler", "controller/nova-conductor");
    assertThat(
            nova.get("2.1", "/v2.1/os-services?host=compute-02&binary=nova-compute")
                .json()
                .at("/services/0/zone")
                .asText())
        .isEqualTo("az-1");
  }

  @Test
  void members_getNovas403_andUnknownParameters400From275() {
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-services"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-services:list to be performed.",
        "2.1");
    assertFault(
        nova.get("2.75", "/v2.1/os-services?zone=nova"),
        400,
        "badRequest",
        "Additional properties are not allowed ('zone' was unexpected)",
        "2.75");
    assertThat(nova.get("2.74", "/v2.1/os-services?zone=internal").json().get("services"))
        .hasSize(3);
  }
}
