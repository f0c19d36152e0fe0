package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the servers of Nova's id listing, {@code GET /servers}, in every microversion's sample. */
final class ServerSummaryTest {

  /** Every {@code servers-list-resp.json} of Nova's api-samples, one per microversion that has it. */
  static Stream<String> listSamples() throws IOException {
    Path root = Path.of("src/test/resources/fixtures");
    try (Stream<Path> files = Files.walk(root.resolve("nova-api-samples/servers"))) {
      List<String> samples =
          files
              .filter(p -> p.getFileName().toString().equals("servers-list-resp.json"))
              .map(p -> root.relativize(p).toString())
              .sorted()
              .collect(Collectors.toList());
      assertThat(samples).hasSizeGreaterThan(10);
      return samples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listSamples")
  void novaSample_everyServer_idNameAndLinksAsSent(String path) {
    JsonNode sent = Fixtures.tree(path).get("servers");
    List<ServerSummary> servers = summaries(path);

    assertThat(servers).hasSize(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      ServerSummary server = servers.get(i);
      assertThat(server.id()).isEqualTo(sent.get(i).get("id").asText());
      JsonNode name = sent.get(i).get("name");
      assertThat(server.name()).isEqualTo(Optional.ofNullable(name).map(JsonNode::asText));
      JsonNode status = sent.get(i).get("status");
      assertThat(server.statusAsString())
          .isEqualTo(Optional.ofNullable(status).map(JsonNode::asText));
      assertThat(server.links())
          .extracting(Link::rel, Link::href)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("self", sent.get(i).at("/links/0/href").asText()),
              org.assertj.core.groups.Tuple.tuple(
                  "bookmark", sent.get(i).at("/links/1/href").asText()));
    }
  }

  @Test
  void downCellRecord_statusUnknown_noName() {
    ServerSummary server =
        summaries("nova-api-samples/servers/v2.69/servers-list-resp.json").get(0);
    assertThat(server.statusAsString()).contains("UNKNOWN");
    assertThat(server.name()).isEmpty();
  }

  @Test
  void writeThenRead_isTheSameValue() throws IOException {
    ServerSummary server =
        summaries("nova-api-samples/servers/v2.98/servers-list-resp.json").get(0);

    String json = Fixtures.MAPPER.writeValueAsString(server);
    assertThat(Fixtures.MAPPER.readValue(json, ServerSummary.class)).isEqualTo(server);
    assertThat(Fixtures.MAPPER.readTree(json).fieldNames())
        .toIterable()
        .containsExactly("id", "name", "links");
  }

  @Test
  void unknownKeys_skipped_andMissingId_refusedNamingIt() throws IOException {
    ServerSummary server =
        Fixtures.MAPPER.readValue(
            "{\"id\": \"a\", \"extra\": {\"x\": [1]}, \"name\": \"\"}", ServerSummary.class);
    assertThat(server.id()).isEqualTo("a");
    assertThat(server.name()).contains("");
    assertThat(server.links()).isEmpty();

    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"name\": \"x\"}", ServerSummary.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("id");
  }

  private static List<ServerSummary> summaries(String path) {
    try {
      List<ServerSummary> servers = new ArrayList<>();
      for (JsonNode server : Fixtures.tree(path).get("servers")) {
        servers.add(Fixtures.MAPPER.treeToValue(server, ServerSummary.class));
      }
      return servers;
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }
}
