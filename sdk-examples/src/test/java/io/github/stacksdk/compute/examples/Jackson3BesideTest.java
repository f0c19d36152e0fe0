package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application with Jackson 3 ({@code tools.jackson}) on its class path uses the SDK unchanged:
 * the SDK reads Nova's bodies with its Jackson 2 ({@code com.fasterxml.jackson}), the application
 * its own JSON with Jackson 3, in one JVM. Jackson 3 keeps Jackson 2's annotations ({@code
 * com.fasterxml.jackson.annotation}), so both read the one jackson-annotations 2.x jar.
 */
final class Jackson3BesideTest {

  /** An application's own value, which Jackson 3 writes and reads with the shared annotations. */
  static final class Inventory {
    final int count;
    final List<String> names;

    @JsonCreator
    Inventory(@JsonProperty("server_count") int count, @JsonProperty("names") List<String> names) {
      this.count = count;
      this.names = List.copyOf(names);
    }

    @JsonProperty("server_count")
    int count() {
      return count;
    }

    @JsonProperty("names")
    List<String> names() {
      return names;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inventory
          && ((Inventory) o).count == count
          && ((Inventory) o).names.equals(names);
    }

    @Override
    public int hashCode() {
      return Objects.hash(count, names);
    }
  }

  @Test
  void sdkAndJackson3_inOneJvm_bothWork() throws Exception {
    JsonMapper jackson3 = JsonMapper.builder().build();
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      List<Server> servers;
      Server shown;
      try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
        servers = compute.listServers(r -> r.pageSize(10)).stream().collect(Collectors.toList());
        shown = compute.getServer(servers.get(0).id());
      }

      // The SDK listed and showed the sample cloud, through the requests it always sends.
      assertThat(servers).hasSize(34);
      assertThat(shown).isEqualTo(servers.get(0));
      for (String marker :
          new String[] {null, servers.get(9).id(), servers.get(19).id(), servers.get(29).id()}) {
        FakeRequest page = fake.takeRequest();
        assertThat(page.path()).isEqualTo("/v2.1/servers/detail");
        assertThat(page.queryParameter("limit")).contains("10");
        assertThat(page.queryParameter("marker")).isEqualTo(Optional.ofNullable(marker));
        assertThat(page.header("OpenStack-API-Version")).contains("compute 2.79");
      }
      FakeRequest show = fake.takeRequest();
      assertThat(show.method()).isEqualTo("GET");
      assertThat(show.path()).isEqualTo("/v2.1/servers/" + shown.id());
      assertThat(show.header("X-Auth-Token")).contains(fake.token());
      assertThat(fake.pollRequest(Duration.ofMillis(100))).isEmpty();

      // The application's Jackson 3 writes and reads its own value, annotations included.
      Inventory inventory =
          new Inventory(
              servers.size(),
              servers.stream().map(s -> s.name().orElse("")).collect(Collectors.toList()));
      String json = jackson3.writeValueAsString(inventory);
      assertThat(json).contains("\"server_count\":34").contains("\"" + shown.name().get() + "\"");
      assertThat(jackson3.readValue(json, Inventory.class)).isEqualTo(inventory);
      // and reads what the SDK's models write with Jackson 2: Nova's wire shape.
      JsonNode server =
          jackson3.readTree(
              new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(shown));
      assertThat(server.get("id").asString()).isEqualTo(shown.id());
      assertThat(server.get("status").asString()).isEqualTo(shown.statusAsString().get());
      assertThat(server.has("statusAsString")).isFalse();
    }
  }

  @Test
  void sdkModels_bindToJackson2_besideJackson3() {
    // The SDK's models carry Jackson 2's databind annotations and (de)serializers,
    JsonDeserialize deserialize = Server.class.getAnnotation(JsonDeserialize.class);
    assertThat(deserialize).isNotNull();
    assertThat(deserialize.using()).isAssignableTo(JsonDeserializer.class);
    // two Jackson databinds load side by side, a 2.x and a 3.x,
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion())
        .isEqualTo(2);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    assertThat(JsonMapper.builder().build().version().getMajorVersion()).isEqualTo(3);
    // and one jackson-annotations 2.x jar serves both.
    assertThat(JsonProperty.class.getPackage().getImplementationVersion()).startsWith("2.");
  }
}
