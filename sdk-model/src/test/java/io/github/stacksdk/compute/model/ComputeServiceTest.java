package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.internal.ComputeServiceJson;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-services} api-samples (the responses), from 2.1 to 2.69. */
final class ComputeServiceTest {
  private static final String DIR = "nova-api-samples/os-services";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  static Stream<String> listSamples() {
    return samples().filter(path -> path.endsWith("/services-list-get-resp.json"));
  }

  static Stream<String> updateSamples() {
    return samples().filter(path -> path.endsWith("-put-resp.json"));
  }

  private static List<ComputeService> services(String path) {
    String json = Fixtures.read(path);
    if (Fixtures.tree(path).has("services")) {
      return NovaSamples.readBody(json, ComputeServiceJson::readList);
    }
    return List.of(NovaSamples.readBody(json, ComputeServiceJson::readBody));
  }

  private static List<JsonNode> nodes(String path) {
    return NovaSamples.nodes(path, "services", "service");
  }

  @Test
  void samples_allThere_noRequests() {
    assertThat(listSamples()).hasSize(4);
    assertThat(updateSamples()).hasSize(11);
    assertThat(samples()).hasSize(15).noneMatch(path -> path.endsWith("-req.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyFieldRead_writtenBackAsSentLessNulls_roundTripEqual(String path)
      throws Exception {
    List<JsonNode> sent = nodes(path);
    List<ComputeService> services = services(path);

    assertThat(services).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode node = sent.get(i);
      ComputeService service = services.get(i);
      assertThat(service.binary()).isEqualTo(node.get("binary").asText());
      assertThat(service.host()).isEqualTo(node.get("host").asText());
      assertThat(service.id()).isEqualTo(NovaSamples.optionalText(node, "id"));
      assertThat(service.zone()).isEqualTo(NovaSamples.optionalText(node, "zone"));
      assertThat(service.status()).isEqualTo(NovaSamples.optionalText(node, "status"));
      assertThat(service.state()).isEqualTo(NovaSamples.optionalText(node, "state"));
      assertThat(service.updatedAt())
          .isEqualTo(
              NovaSamples.optionalText(node, "updated_at").map(text -> Instant.parse(text + "Z")));
      assertThat(service.disabledReason())
          .isEqualTo(NovaSamples.optionalText(node, "disabled_reason"));
      assertThat(service.forcedDown())
          .isEqualTo(
              node.has("forced_down")
                  ? Optional.of(node.get("forced_down").asBoolean())
                  : Optional.empty());
      assertThat(service.additionalProperties()).isEmpty();

      String json = Fixtures.MAPPER.writeValueAsString(service);
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(NovaSamples.withoutNulls(node));
      assertThat(Fixtures.MAPPER.readValue(json, ComputeService.class)).isEqualTo(service);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listSamples")
  void list_fieldsComeAndGoWithTheMicroversion(String path) {
    int minor = NovaSamples.minor(path);
    List<ComputeService> services = services(path);
    List<JsonNode> sent = nodes(path);

    if (minor == 69) {
      // The sample shows the services of a cell Nova cannot reach.
      assertThat(services)
          .hasSize(2)
          .allSatisfy(
              s -> {
                assertThat(s.status()).contains("UNKNOWN");
                assertThat(s.id()).isEmpty();
                assertThat(s.state()).isEmpty();
                assertThat(s.zone()).isEmpty();
                assertThat(s.updatedAt()).isEmpty();
                assertThat(s.forcedDown()).isEmpty();
              });
      return;
    }
    assertThat(services).hasSize(4);
    for (int i = 0; i < services.size(); i++) {
      ComputeService service = services.get(i);
      assertThat(service.id().get()).matches(minor < 53 ? "[0-9]+" : UUID);
      assertThat(sent.get(i).get("id").isInt()).isEqualTo(minor < 53);
      assertThat(service.forcedDown().isPresent()).isEqualTo(minor >= 11);
      assertThat(service.zone())
          .contains(service.binary().equals("nova-compute") ? "nova" : "internal");
      assertThat(service.state()).isPresent();
      assertThat(service.updatedAt()).isPresent();
    }
    assertThat(services.get(2).disabledReason()).isEmpty();
    assertThat(services.get(2).status()).contains("enabled");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updateSamples")
  void update_before253OnlyWhatTheRequestSet_from253TheWholeService(String path) {
    ComputeService service = services(path).get(0);

    assertThat(service.binary()).isEqualTo("nova-compute");
    assertThat(service.host()).isEqualTo("host1");
    if (NovaSamples.minor(path) < 53) {
      assertThat(service.id()).isEmpty();
      assertThat(service.state()).isEmpty();
      assertThat(service.updatedAt()).isEmpty();
      assertThat(service.forcedDown().isPresent()).isEqualTo(path.contains("force-down"));
      assertThat(service.status().isPresent()).isEqualTo(!path.contains("force-down"));
    } else {
      assertThat(service.id()).contains("e81d66a4-ddd3-4aba-8a84-171d1cb4d339");
      assertThat(service.state()).isPresent();
      assertThat(service.forcedDown()).contains(path.contains("force-down"));
    }
  }

  @Test
  void sample253_list_everyFieldOfTheFirst() {
    ComputeService service = services(DIR + "/v2.53/services-list-get-resp.json").get(0);

    assertThat(service)
        .isEqualTo(
            ComputeService.builder()
                .id("c4726392-27de-4ff9-b2e0-5aa1d08a520f")
                .binary("nova-scheduler")
                .host("host1")
                .zone("internal")
                .status("disabled")
                .state("up")
                .updatedAt(Instant.parse("2012-10-29T13:42:02Z"))
                .disabledReason("test1")
                .forcedDown(false)
                .build());
  }

  @Test
  void sample211_forceDown_onlyHostBinaryAndForcedDown() {
    ComputeService service = services(DIR + "/v2.11/service-force-down-put-resp.json").get(0);

    assertThat(service)
        .isEqualTo(
            ComputeService.builder().binary("nova-compute").host("host1").forcedDown(true).build());
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"binary\": \"nova-compute\", \"host\": \"h\", \"vendor:tags\": [\"a\", null],"
            + " \"gone\": null, \"FUTURE:x\": {\"n\": 1}}";

    ComputeService service = Fixtures.MAPPER.readValue(json, ComputeService.class);

    assertThat(service.additionalProperties())
        .containsOnly(entry("vendor:tags", List.of("a")), entry("FUTURE:x", Map.of("n", 1L)));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(service), ComputeService.class))
        .isEqualTo(service);
  }

  @Test
  void read_onlyBinaryAndHost_everythingElseAbsent() throws Exception {
    ComputeService service =
        Fixtures.MAPPER.readValue(
            "{\"binary\": \"nova-compute\", \"host\": \"h\", \"id\": null, \"zone\": null,"
                + " \"updated_at\": null, \"disabled_reason\": null, \"forced_down\": null}",
            ComputeService.class);

    assertThat(service.binary()).isEqualTo("nova-compute");
    assertThat(service.host()).isEqualTo("h");
    assertThat(service.id()).isEmpty();
    assertThat(service.zone()).isEmpty();
    assertThat(service.status()).isEmpty();
    assertThat(service.state()).isEmpty();
    assertThat(service.updatedAt()).isEmpty();
    assertThat(service.disabledReason()).isEmpty();
    assertThat(service.forcedDown()).isEmpty();
    assertThat(service.additionalProperties()).isEmpty();
  }

  @Test
  void read_updatedAtWithAZone_readAsThatInstant() throws Exception {
    // The memcached service group driver hands Nova offset-aware times.
    ComputeService service =
        Fixtures.MAPPER.readValue(
            "{\"binary\": \"b\", \"host\": \"h\", \"updated_at\": \"2024-05-06T07:08:09+02:00\"}",
            ComputeService.class);

    assertThat(service.updatedAt()).contains(Instant.parse("2024-05-06T05:08:09Z"));
  }

  @Test
  void read_updatedAtBeyondTheYearsItCanBeWrittenIn_failsNamingTheField() {
    // -18:00 pushes the latest local time into a year that only an Instant has.
    for (String text :
        new String[] {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00+18:00"}) {
      assertThatThrownBy(
              () ->
                  Fixtures.MAPPER.readValue(
                      "{\"binary\": \"b\", \"host\": \"h\", \"updated_at\": \"" + text + "\"}",
                      ComputeService.class))
          .as(text)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("service.updated_at");
    }
  }

  @Test
  void read_missingHostOrBinary_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"binary\": \"b\", \"id\": 1}", ComputeService.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("host");
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"host\": \"h\", \"id\": 1}", ComputeService.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void read_fieldOfTheWrongKind_failsNamingTheField() {
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue(
                    "{\"binary\": \"b\", \"host\": \"h\", \"forced_down\": \"maybe\"}",
                    ComputeService.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("service.forced_down");
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue(
                    "{\"binary\": \"b\", \"host\": \"h\", \"updated_at\": \"yesterday\"}",
                    ComputeService.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("service.updated_at");
  }

  @Test
  void readBodies_wrongEnvelope_failNamingTheKey_nullEntriesLeftOut() {
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"services\": []}", ComputeServiceJson::readBody))
        .hasMessageContaining("service");
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"service\": {}}", ComputeServiceJson::readList))
        .hasMessageContaining("services");
    assertThat(
            NovaSamples.readBody(
                "{\"services\": [null, {\"binary\": \"b\", \"host\": \"h\"}]}",
                ComputeServiceJson::readList))
        .extracting(ComputeService::host)
        .containsExactly("h");
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    ComputeService service =
        ComputeService.builder()
            .id("42")
            .binary("nova-compute")
            .host("compute-1")
            .zone("az1")
            .status("disabled")
            .state("down")
            .updatedAt(Instant.parse("2024-01-02T03:04:05.123456Z"))
            .disabledReason("maintenance")
            .forcedDown(true)
            .putAdditionalProperty("vendor:flag", true)
            .build();

    String json = Fixtures.MAPPER.writeValueAsString(service);

    assertThat(Fixtures.MAPPER.readValue(json, ComputeService.class)).isEqualTo(service);
    assertThat(Fixtures.MAPPER.readTree(json).get("id").isInt()).isTrue();
    assertThat(Fixtures.MAPPER.readTree(json).get("updated_at").asText())
        .isEqualTo("2024-01-02T03:04:05.123456");
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    ComputeService service =
        ComputeService.builder().binary("b").host("h").putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(service.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }
}
