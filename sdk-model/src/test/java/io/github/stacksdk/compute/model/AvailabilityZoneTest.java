package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.internal.AvailabilityZoneJson;
import io.github.stacksdk.compute.model.internal.ModelJson;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import io.github.stacksdk.compute.model.zone.AvailabilityZoneHost;
import io.github.stacksdk.compute.model.zone.AvailabilityZoneService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's os-availability-zone api-samples. */
final class AvailabilityZoneTest {
  private static final String LIST =
      "nova-api-samples/os-availability-zone/availability-zone-list-resp.json";
  private static final String DETAIL =
      "nova-api-samples/os-availability-zone/availability-zone-detail-resp.json";

  static Stream<AvailabilityZone> sampleZones() {
    List<AvailabilityZone> zones = new ArrayList<>(parse(LIST));
    zones.addAll(parse(DETAIL));
    return zones.stream();
  }

  @Test
  void novaSample_list_everyField() {
    List<AvailabilityZone> zones = parse(LIST);

    assertThat(zones).hasSize(1);
    AvailabilityZone zone = zones.get(0);
    assertThat(zone.name()).isEqualTo("nova");
    assertThat(zone.available()).contains(true);
    assertThat(zone.hosts()).isEmpty(); // "hosts": null
    assertThat(zone.additionalProperties()).isEmpty();
  }

  @Test
  void novaSample_detail_everyField() {
    List<AvailabilityZone> zones = parse(DETAIL);

    assertThat(zones).extracting(AvailabilityZone::name).containsExactly("internal", "nova");
    AvailabilityZone internal = zones.get(0);
    assertThat(internal.available()).contains(true);
    assertThat(internal.hosts()).containsOnlyKeys("conductor", "scheduler");
    assertThat(internal.hosts().get("conductor").services()).containsOnlyKeys("nova-conductor");
    assertThat(internal.hosts().get("scheduler").services()).containsOnlyKeys("nova-scheduler");
    AvailabilityZone nova = zones.get(1);
    assertThat(nova.available()).contains(true);
    assertThat(nova.hosts()).containsOnlyKeys("compute");
    AvailabilityZoneService compute = nova.hosts().get("compute").services().get("nova-compute");
    assertThat(compute.available()).contains(true);
    assertThat(compute.active()).contains(true);
    assertThat(compute.updatedAt()).isEmpty(); // null in the sample
    assertThat(nova.additionalProperties()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sampleZones")
  void roundTrip_writtenAndReadBack_equal(AvailabilityZone zone) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(zone);

    assertThat(Fixtures.MAPPER.readValue(json, AvailabilityZone.class)).isEqualTo(zone);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    AvailabilityZone zone =
        AvailabilityZone.builder()
            .name("az1")
            .available(false)
            .putHost(
                "c1",
                AvailabilityZoneHost.builder()
                    .putService(
                        "nova-compute",
                        AvailabilityZoneService.builder()
                            .available(false)
                            .active(true)
                            .updatedAt(Instant.parse("2024-05-06T07:08:09.100Z"))
                            .build())
                    .build())
            .putAdditionalProperty("vendor:x", 1L)
            .build();

    AvailabilityZone back =
        Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(zone), AvailabilityZone.class);

    assertThat(back).isEqualTo(zone);
    assertThat(back.hosts().get("c1").services().get("nova-compute").updatedAt())
        .contains(Instant.parse("2024-05-06T07:08:09.100Z"));
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"zoneName\": \"az\", \"zoneState\": {\"available\": false, \"why\": \"x\"},"
            + " \"hosts\": {\"h\": {\"s\": {\"active\": false, \"extra\": 1,"
            + " \"updated_at\": \"2012-12-26T14:45:25.000000\"}}}, \"vendor:region\": \"r1\"}";

    AvailabilityZone zone = Fixtures.MAPPER.readValue(json, AvailabilityZone.class);

    assertThat(zone.additionalProperties()).containsExactly(entry("vendor:region", "r1"));
    assertThat(zone.available()).contains(false);
    AvailabilityZoneService service = zone.hosts().get("h").services().get("s");
    assertThat(service.active()).contains(false);
    assertThat(service.available()).isEmpty();
    assertThat(service.updatedAt()).contains(Instant.parse("2012-12-26T14:45:25Z"));
  }

  @Test
  void read_onlyName_everythingElseAbsent() throws Exception {
    AvailabilityZone zone =
        Fixtures.MAPPER.readValue("{\"zoneName\": \"az\"}", AvailabilityZone.class);

    assertThat(zone.name()).isEqualTo("az");
    assertThat(zone.available()).isEmpty();
    assertThat(zone.hosts()).isEmpty();
    assertThat(zone.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingName_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"hosts\": null}", AvailabilityZone.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("name");
  }

  private static List<AvailabilityZone> parse(String path) {
    try (JsonParser p = ModelJson.factory().createParser(Fixtures.read(path))) {
      return AvailabilityZoneJson.readList(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
