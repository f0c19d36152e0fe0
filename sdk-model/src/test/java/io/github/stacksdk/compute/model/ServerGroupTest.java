package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.internal.ServerGroupJson;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-server-groups} bodies, before 2.13, from 2.13 and from 2.64. */
final class ServerGroupTest {
  private static final String DIR = "nova-api-samples/os-server-groups";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  private static List<ServerGroup> groups(String path) {
    String json = Fixtures.read(path);
    if (Fixtures.tree(path).has("server_groups")) {
      return NovaSamples.readBody(json, ServerGroupJson::readListBody);
    }
    return List.of(NovaSamples.readBody(json, ServerGroupJson::readBody));
  }

  private static List<JsonNode> nodes(String path) {
    JsonNode body = Fixtures.tree(path);
    List<JsonNode> nodes = new ArrayList<>();
    body.path("server_groups").forEach(nodes::add);
    if (body.has("server_group")) {
      nodes.add(body.get("server_group"));
    }
    return nodes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_readsEveryGroup_writtenBackAsSent_roundTripEqual(String path) throws Exception {
    List<JsonNode> sent = nodes(path);
    List<ServerGroup> groups = groups(path);

    assertThat(groups).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      ServerGroup group = groups.get(i);
      assertThat(group.id()).isEqualTo(sent.get(i).get("id").asText());
      assertThat(group.additionalProperties()).isEmpty();
      String json = Fixtures.MAPPER.writeValueAsString(group);
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent.get(i));
      assertThat(Fixtures.MAPPER.readValue(json, ServerGroup.class)).isEqualTo(group);
    }
  }

  @Test
  void sample21_everyField() {
    ServerGroup group = groups(DIR + "/server-groups-get-resp.json").get(0);

    assertThat(group.id()).isEqualTo("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9");
    assertThat(group.name()).contains("test");
    assertThat(group.policies()).containsExactly("anti-affinity");
    assertThat(group.policy()).isEmpty();
    assertThat(group.rules()).isEmpty();
    assertThat(group.maxServerPerHost()).isEmpty();
    assertThat(group.members()).isEmpty();
    assertThat(group.metadata()).isEmpty();
    assertThat(group.projectId()).isEmpty();
    assertThat(group.userId()).isEmpty();
  }

  @Test
  void sample213_projectAndUser() {
    ServerGroup group = groups(DIR + "/v2.13/server-groups-get-resp.json").get(0);

    assertThat(group.id()).isEqualTo("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9");
    assertThat(group.policies()).containsExactly("anti-affinity");
    assertThat(group.projectId()).contains("6f70656e737461636b20342065766572");
    assertThat(group.userId()).contains("fake");
  }

  @Test
  void sample264_policyAndRules() {
    ServerGroup group = groups(DIR + "/v2.64/server-groups-list-resp.json").get(0);

    assertThat(group.id()).isEqualTo("616fb98f-46ca-475e-917e-2563e5a8cd19");
    assertThat(group.name()).contains("test");
    assertThat(group.policy()).contains("anti-affinity");
    assertThat(group.policies()).isEmpty();
    assertThat(group.rules()).isEqualTo(Map.of("max_server_per_host", 3L));
    assertThat(group.maxServerPerHost()).hasValue(3);
    assertThat(group.members()).isEmpty();
    assertThat(group.metadata()).isEmpty();
    assertThat(group.projectId()).contains("6f70656e737461636b20342065766572");
    assertThat(group.userId()).contains("fake");
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"id\": \"g1\", \"policy\": \"affinity\", \"rules\": {}, \"members\": [\"s1\", \"s2\"],"
            + " \"FUTURE:extra\": {\"nested\": [1, {\"deep\": null}], \"flag\": true},"
            + " \"gone\": null}";

    ServerGroup group = Fixtures.MAPPER.readValue(json, ServerGroup.class);

    assertThat(group.members()).containsExactly("s1", "s2");
    assertThat(group.additionalProperties())
        .isEqualTo(Map.of("FUTURE:extra", Map.of("nested", List.of(1L, Map.of()), "flag", true)));
    assertThat(
            Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(group), ServerGroup.class))
        .isEqualTo(group);
  }

  @Test
  void read_onlyId_everythingElseAbsent() throws Exception {
    ServerGroup group =
        Fixtures.MAPPER.readValue("{\"id\": \"g1\", \"members\": null}", ServerGroup.class);

    assertThat(group.id()).isEqualTo("g1");
    assertThat(group.name()).isEmpty();
    assertThat(group.policies()).isEmpty();
    assertThat(group.policy()).isEmpty();
    assertThat(group.rules()).isEmpty();
    assertThat(group.members()).isEmpty();
    assertThat(group.metadata()).isEmpty();
    assertThat(group.projectId()).isEmpty();
    assertThat(group.userId()).isEmpty();
    assertThat(group.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingId_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"name\": \"x\"}", ServerGroup.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("id");
  }

  @Test
  void maxServerPerHost_textRule_read() {
    ServerGroup group =
        ServerGroup.builder().id("g1").putRule("max_server_per_host", " 2 ").build();

    assertThat(group.maxServerPerHost()).hasValue(2);
  }

  @Test
  void readBody_noServerGroup_fails() {
    assertThatThrownBy(() -> NovaSamples.readBody("{\"other\": 1}", ServerGroupJson::readBody))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("server_group");
  }
}
