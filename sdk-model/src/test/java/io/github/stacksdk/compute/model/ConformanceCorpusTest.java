package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every server and virtual-interface body of the corpus parses, loses nothing and round-trips. */
final class ConformanceCorpusTest {

  /** Keys whose Nova value means "none" and so, by design, reads as absent. */
  private static final Set<String> EMPTY_MEANS_ABSENT =
      Set.of(
          "accessIPv4",
          "accessIPv6",
          "image",
          "hostId",
          "key_name",
          "OS-EXT-SRV-ATTR:kernel_id",
          "OS-EXT-SRV-ATTR:ramdisk_id",
          "description",
          "locked_reason",
          "host_status");

  static Stream<String> serverBodies() throws IOException, URISyntaxException {
    return bodiesWith("servers", "server");
  }

  static Stream<String> virtualInterfaceBodies() throws IOException, URISyntaxException {
    return bodiesWith("virtual_interfaces");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverBodies")
  void serverBody_parsesEveryServerWithItsId(String path) {
    List<JsonNode> sent = serverNodes(path);
    List<Server> servers = Fixtures.servers(path);

    assertThat(servers).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      assertThat(servers.get(i).id()).isEqualTo(sent.get(i).get("id").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverBodies")
  void serverBody_writtenBack_keepsEveryKeyNovaSent(String path) throws IOException {
    List<JsonNode> sent = serverNodes(path);
    List<Server> servers = Fixtures.servers(path);

    for (int i = 0; i < sent.size(); i++) {
      JsonNode written = Fixtures.MAPPER.valueToTree(servers.get(i));
      Iterator<Map.Entry<String, JsonNode>> fields = sent.get(i).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()
            || (EMPTY_MEANS_ABSENT.contains(field.getKey())
                && field.getValue().asText().isEmpty()
                && field.getValue().isTextual())) {
          continue;
        }
        assertThat(written.has(field.getKey()))
            .as("%s server %d key %s", path, i, field.getKey())
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverBodies")
  void serverBody_roundTrip_isEqual(String path) {
    for (Server server : Fixtures.servers(path)) {
      assertThat(Fixtures.roundTrip(server)).isEqualTo(server);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("virtualInterfaceBodies")
  void virtualInterfaceBody_parsesEveryInterface(String path) throws IOException {
    JsonNode sent = Fixtures.tree(path).get("virtual_interfaces");
    List<VirtualInterface> vifs = Fixtures.virtualInterfaces(path);

    assertThat(vifs).hasSize(sent.size()).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      VirtualInterface vif = vifs.get(i);
      assertThat(vif.id()).isEqualTo(sent.get(i).get("id").asText());
      assertThat(vif.macAddress()).isEqualTo(sent.get(i).get("mac_address").asText());
      assertThat(vif.ipAddresses()).hasSize(sent.get(i).path("ip_addresses").size());
      String json = Fixtures.MAPPER.writeValueAsString(vif);
      assertThat(Fixtures.MAPPER.readValue(json, VirtualInterface.class)).isEqualTo(vif);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverBodies")
  void serverBody_unknownKeys_keptInAdditionalProperties(String path) {
    List<JsonNode> sent = serverNodes(path);
    List<Server> servers = Fixtures.servers(path);
    for (int i = 0; i < sent.size(); i++) {
      for (Map.Entry<String, Object> extra : servers.get(i).additionalProperties().entrySet()) {
        assertThat(sent.get(i).has(extra.getKey())).isTrue();
        assertThat(Fixtures.MAPPER.valueToTree(extra.getValue()).toString())
            .isEqualTo(sortedKeys(sent.get(i).get(extra.getKey())).toString());
      }
    }
  }

  private static JsonNode sortedKeys(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode sorted = Fixtures.MAPPER.createObjectNode();
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    for (String name : names) {
      sorted.set(name, sortedKeys(node.get(name)));
    }
    return sorted;
  }

  private static List<JsonNode> serverNodes(String path) {
    JsonNode body = Fixtures.tree(path);
    List<JsonNode> nodes = new ArrayList<>();
    body.path("servers").forEach(nodes::add);
    if (body.has("server")) {
      nodes.add(body.get("server"));
    }
    return nodes;
  }

  private static Stream<String> bodiesWith(String... topLevelKeys)
      throws IOException, URISyntaxException {
    Path root = Paths.get(Fixtures.class.getResource("/fixtures").toURI());
    List<String> paths;
    try (Stream<Path> files = Files.walk(root)) {
      paths =
          files
              .filter(f -> f.toString().endsWith(".json"))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
    }
    List<String> matching = new ArrayList<>();
    for (String path : paths) {
      if (Fixtures.isCreateResponse(path) || Fixtures.isOtherResource(path)) {
        continue;
      }
      JsonNode body = Fixtures.tree(path);
      for (String key : topLevelKeys) {
        if (body.has(key)) {
          matching.add(path);
          break;
        }
      }
    }
    return matching.stream();
  }
}
