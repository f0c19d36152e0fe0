package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.internal.RemoteConsoleJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-remote-consoles} and {@code os-console-output} api-samples. */
final class RemoteConsoleTest {
  private static final String DIR = "nova-api-samples/os-remote-consoles";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  private static RemoteConsole console(String path) {
    String json = Fixtures.read(path);
    return Fixtures.tree(path).has("remote_console")
        ? NovaSamples.readBody(json, RemoteConsoleJson::readBody)
        : NovaSamples.readBody(json, RemoteConsoleJson::readActionBody);
  }

  private static JsonNode node(String path) {
    JsonNode body = Fixtures.tree(path);
    return body.has("remote_console") ? body.get("remote_console") : body.get("console");
  }

  @Test
  void samples_allThere() {
    assertThat(samples()).hasSize(7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyFieldRead_writtenBackAsSent_roundTripEqual(String path) throws Exception {
    JsonNode sent = node(path);
    RemoteConsole console = console(path);

    assertThat(console.url()).isEqualTo(sent.get("url").asText());
    assertThat(console.type()).contains(sent.get("type").asText());
    if (path.contains("/v2.")) {
      assertThat(console.protocol()).contains(sent.get("protocol").asText());
    } else {
      assertThat(console.protocol()).isEmpty();
    }
    assertThat(console.additionalProperties()).isEmpty();
    String json = Fixtures.MAPPER.writeValueAsString(console);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, RemoteConsole.class)).isEqualTo(console);
  }

  @Test
  void sample26_vnc_everyField() {
    RemoteConsole console = console(DIR + "/v2.6/create-vnc-console-resp.json");

    assertThat(console.protocol()).contains("vnc");
    assertThat(console.type()).contains("novnc");
    assertThat(console.url())
        .isEqualTo(
            "http://example.com:6080/vnc_auto.html"
                + "?path=%3Ftoken%3Db60bcfc3-5fd4-4d21-986c-e83379107819");
  }

  @Test
  void sample28_mks_everyField() {
    RemoteConsole console = console(DIR + "/v2.8/create-mks-console-resp.json");

    assertThat(console.protocol()).contains("mks");
    assertThat(console.type()).contains("webmks");
    assertThat(console.url())
        .isEqualTo("http://example.com:6090/mks.html?token=b60bcfc3-5fd4-4d21-986c-e83379107819");
  }

  @Test
  void sample21_serialAction_everyField() {
    RemoteConsole console = console(DIR + "/get-serial-console-post-resp.json");

    assertThat(console.protocol()).isEmpty();
    assertThat(console.type()).contains("serial");
    assertThat(console.url())
        .isEqualTo("ws://127.0.0.1:6083/?token=f9906a48-b71e-4f18-baca-c987da3ebdb3");
  }

  @Test
  void toString_hidesTheUrlAndItsToken() {
    RemoteConsole console = console(DIR + "/v2.6/create-vnc-console-resp.json");

    assertThat(console.toString())
        .doesNotContain("b60bcfc3")
        .doesNotContain("example.com")
        .contains("****")
        .contains("novnc");
  }

  @Test
  void consoleOutput_sample_text() {
    String output =
        NovaSamples.readBody(
            Fixtures.read("nova-api-samples/os-console-output/console-output-post-resp.json"),
            RemoteConsoleJson::readOutputBody);

    assertThat(output).isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
  }

  @Test
  void consoleOutput_emptyTextRead_otherKeysSkipped() {
    assertThat(
            NovaSamples.readBody(
                "{\"other\": {\"a\": 1}, \"output\": \"\"}", RemoteConsoleJson::readOutputBody))
        .isEmpty();
  }

  @Test
  void consoleOutput_noText_fails() {
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"output\": null}", RemoteConsoleJson::readOutputBody))
        .hasMessageContaining("output");
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"output\": [\"x\"]}", RemoteConsoleJson::readOutputBody))
        .hasMessageContaining("output");
    assertThatThrownBy(() -> NovaSamples.readBody("{}", RemoteConsoleJson::readOutputBody))
        .hasMessageContaining("output");
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"url\": \"u\", \"vendor:tags\": [\"a\", null], \"gone\": null, \"expires\": 30}";

    RemoteConsole console = Fixtures.MAPPER.readValue(json, RemoteConsole.class);

    assertThat(console.additionalProperties())
        .containsOnly(entry("vendor:tags", List.of("a")), entry("expires", 30L));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(console), RemoteConsole.class))
        .isEqualTo(console);
  }

  @Test
  void read_onlyUrl_everythingElseAbsent() throws Exception {
    RemoteConsole console =
        Fixtures.MAPPER.readValue("{\"url\": \"u\", \"type\": null}", RemoteConsole.class);

    assertThat(console.url()).isEqualTo("u");
    assertThat(console.protocol()).isEmpty();
    assertThat(console.type()).isEmpty();
    assertThat(console.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingUrl_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"type\": \"novnc\"}", RemoteConsole.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("url");
  }

  @Test
  void readBody_legacyBody_fails() {
    assertThatThrownBy(
            () ->
                NovaSamples.readBody(
                    Fixtures.read(DIR + "/get-vnc-console-post-resp.json"),
                    RemoteConsoleJson::readBody))
        .hasMessageContaining("remote_console");
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    RemoteConsole console =
        RemoteConsole.builder()
            .protocol("spice")
            .type("spice-direct")
            .url("http://h:13002/nova?token=t")
            .putAdditionalProperty("vendor:flag", true)
            .build();

    RemoteConsole back =
        Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(console), RemoteConsole.class);

    assertThat(back).isEqualTo(console);
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    RemoteConsole console =
        RemoteConsole.builder().url("u").putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(console.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }
}
