package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.AvailabilityZoneJson;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /os-availability-zone} and its detail, through raw HTTP. */
final class AvailabilityZonesTest {
  private static final String MEMBER = "member-token";

  private final FakeCompute fake =
      FakeCompute.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC))
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> zones(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("availabilityZoneInfo").forEach(z -> names.add(z.get("zoneName").asText()));
    return names;
  }

  @Test
  void emptyCloud_hasTheBuildHostInNova_andTheControlServicesInternal() {
    RawHttp.Reply list = nova.get(MEMBER, "2.1", "/v2.1/os-availability-zone");
    RawHttp.Reply detail = nova.get("2.1", "/v2.1/os-availability-zone/detail");

    assertSameKeys(list.json(), sample("os-availability-zone/availability-zone-list-resp.json"));
    assertThat(list.json().toString())
        .isEqualTo(
            "{\"availabilityZoneInfo\":[{\"zoneName\":\"nova\",\"zoneState\":{\"available\":true},"
                + "\"hosts\":null}]}");
    assertSameKeys(
        detail.json(), sample("os-availability-zone/availability-zone-detail-resp.json"), "hosts");
    assertThat(zones(detail.json())).containsExactly("internal", "nova");
    JsonNode internal = detail.json().at("/availabilityZoneInfo/0/hosts/controller");
    assertThat(RawHttp.keys(internal)).containsExactly("nova-scheduler", "nova-conductor");
    assertThat(internal.get("nova-scheduler").toString())
        .isEqualTo(
            "{\"available\":true,\"active\":true,\"updated_at\":\"2026-11-02T12:00:00.000000\"}");
    assertThat(RawHttp.keys(detail.json().at("/availabilityZoneInfo/1/hosts/compute-01")))
        .containsExactly("nova-compute");
  }

  @Test
  void sampleCloud_zonesAreThoseOfItsServers_readByTheModelReader() {
    SampleCloud.populate(fake);
    RawHttp.Reply list = nova.get("2.1", "/v2.1/os-availability-zone");
    RawHttp.Reply detail = nova.get("2.1", "/v2.1/os-availability-zone/detail");

    List<AvailabilityZone> read = NovaCalls.read(list, AvailabilityZoneJson::readList);
    assertThat(read).extracting(AvailabilityZone::name).containsExactly("az-1", "az-2");
    assertThat(zones(detail.json())).containsExactly("az-1", "az-2", "internal");
    // A host is in one zone in Nova: the one most of its sample servers name.
    assertThat(RawHttp.keys(detail.json().at("/availabilityZoneInfo/0/hosts")))
        .containsExactly("compute-02", "compute-04");
    assertThat(RawHttp.keys(detail.json().at("/availabilityZoneInfo/1/hosts")))
        .containsExactly("compute-01", "compute-03");
  }

  @Test
  void detail_isForAdmins() {
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-availability-zone/detail"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed.",
        "2.1");
  }
}
