package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.RealNovaResponses.captured;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays requests captured from a real Nova 26 against a fake seeded with the servers of that
 * Nova, and expects the same answers: status, content type, microversion headers and the body
 * byte for byte in its compact form (key order included), with only the links' host and port
 * changed. See {@code src/test/resources/real-nova/README.md}.
 */
final class RealNovaReplayTest {
  private static final String REAL_BASE = "http://127.0.0.1:8774";
  private static final Pattern CURL = Pattern.compile("^# curl (.*?)\\s*'(http://[^']+)'$");
  private static final Pattern HEADER = Pattern.compile("-H ([^:]+): (.*?)(?= -H |$)");

  private static FakeCompute fake;

  /**
   * The servers of project {@code admin}: the 2.1 bodies of the full listing, completed with what
   * the 2.79 bodies add (the 2.3 attributes and the embedded flavor), added oldest first.
   */
  @BeforeAll
  static void seedTheRealServers() {
    fake =
        FakeCompute.builder()
            .projectId("admin")
            .maxMicroversion("2.93")
            .token("admin:admin")
            .start();
    Map<String, ObjectNode> servers = new LinkedHashMap<>();
    for (JsonNode server : captured("04-servers-detail.txt").json.get("servers")) {
      servers.put(server.get("id").asText(), (ObjectNode) server.deepCopy());
    }
    List<JsonNode> newer = new ArrayList<>();
    newer.add(captured("27-server-show-v2.79-new-header.txt").json.get("server"));
    captured("28-servers-detail-limit2-v2.79.txt").json.get("servers").forEach(newer::add);
    for (JsonNode later : newer) {
      ObjectNode base = servers.get(later.get("id").asText());
      for (Map.Entry<String, JsonNode> field : later.properties()) {
        if (field.getKey().equals("flavor")) {
          ((ObjectNode) base.get("flavor")).setAll((ObjectNode) field.getValue());
        } else {
          base.set(field.getKey(), field.getValue());
        }
      }
    }
    List<ObjectNode> oldestFirst = new ArrayList<>(servers.values());
    java.util.Collections.reverse(oldestFirst);
    for (ObjectNode server : oldestFirst) {
      fake.addServer(ModelJson.mapper().convertValue(server, Server.class));
    }
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @Test
  void seed_holdsTheRealProjectsServers() {
    assertThat(fake.servers()).hasSize(31);
    assertThat(
            fake.servers().stream()
                .map(s -> s.statusAsString().orElse(""))
                .collect(Collectors.toList()))
        .containsOnly("ACTIVE", "SHUTOFF", "PAUSED", "ERROR");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "04-servers-detail.txt",
        "05-servers-index.txt",
        "06-servers-detail-limit5.txt",
        "07-servers-detail-limit5-next-page.txt",
        "09-servers-detail-last-page.txt",
        "10-filter-status-ACTIVE.txt",
        "11-filter-status-SHUTOFF.txt",
        "12-filter-name-regex.txt",
        "13-filter-changes-since.txt",
        "14-filter-flavor-2.txt",
        "15-filter-image.txt",
        "18-err-invalid-marker.txt",
        "19-err-limit-abc.txt",
        "20-err-limit-negative.txt",
        "21-err-server-not-found.txt",
        "22-err-bad-status-admin.txt",
        "25-server-show-v2.1.txt",
        "27-server-show-v2.79-new-header.txt",
        "28-servers-detail-limit2-v2.79.txt",
        "29-server-show-latest.txt",
        "30-err-microversion-too-high.txt",
        "31-virtual-interfaces-v2.1.txt",
        "39-sort-by-display-name.txt"
      })
  void capturedRequest_answersAsTheRealNova(String file) throws IOException {
    String first = firstLine(file);
    Matcher curl = CURL.matcher(first);
    assertThat(curl.matches()).as(first).isTrue();
    List<String> headers = new ArrayList<>();
    Matcher header = HEADER.matcher(curl.group(1));
    while (header.find()) {
      headers.add(header.group(1));
      headers.add(header.group(2));
    }
    String target = curl.group(2).substring(REAL_BASE.length());
    RealNovaResponses.Captured expected = captured(file);

    RawHttp.Reply reply = RawHttp.send(fake, "GET", target, null, headers.toArray(new String[0]));
    FakeRequest received = fake.takeRequest();

    assertThat(received.toString()).isEqualTo("GET " + target);
    assertThat(received.header("X-Auth-Token")).contains("admin:admin");

    assertThat(reply.status).isEqualTo(expected.status);
    assertThat(reply.header("Content-Type")).isEqualTo(expected.headers.get("Content-Type"));
    assertThat(reply.header("OpenStack-API-Version"))
        .isEqualTo(expected.headers.get("OpenStack-API-Version"));
    assertThat(reply.header("X-OpenStack-Nova-API-Version"))
        .isEqualTo(expected.headers.get("X-OpenStack-Nova-API-Version"));
    assertThat(varyTokens(reply.headers.values("Vary")))
        .isEqualTo(varyTokens(expected.headers.values("Vary")));
    assertThat(reply.header("X-OpenStack-Request-Id")).matches("req-[0-9a-f-]{36}");
    String expectedBody =
        compact(
            RawHttp.readJson(
                ModelJson.mapper()
                    .writeValueAsString(expected.json)
                    .replace(REAL_BASE, fake.endpoint().replace("/v2.1", ""))));
    assertThat(compact(reply.json())).isEqualTo(expectedBody);
  }

  private static String firstLine(String file) throws IOException {
    try (InputStream in = RealNovaReplayTest.class.getResourceAsStream("/real-nova/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", 2)[0];
    }
  }

  private static Set<String> varyTokens(List<String> values) {
    return values.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String compact(JsonNode json) throws IOException {
    return ModelJson.mapper().writeValueAsString(json);
  }
}
