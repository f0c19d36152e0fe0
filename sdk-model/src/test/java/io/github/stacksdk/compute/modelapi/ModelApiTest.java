package io.github.stacksdk.compute.modelapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.model.Server;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** What a caller outside the model package sees: the public types and builders, never ImmutableX. */
final class ModelApiTest {

  @Test
  void builder_fromAnotherPackage_buildsAServerWhoseClassIsHidden() throws Exception {
    Server.Builder builder = Server.builder().id("s1");
    Server server = builder.build();
    Server copy = server.toBuilder().name("web").build();

    assertThat(copy.name()).contains("web");
    assertThat(Modifier.isPublic(server.getClass().getModifiers())).isFalse();
    assertThat(server.getClass().getSimpleName()).isEqualTo("ImmutableServer");
    assertThat(
            Class.forName("io.github.stacksdk.compute.model.ImmutableServer").getModifiers()
                & Modifier.PUBLIC)
        .isZero();
  }

  @Test
  void server_normalizationThatBuildRuns_isNoPublicMethod() {
    assertThat(Server.class.getMethods()).extracting(Method::getName).doesNotContain("normalize");
  }

  @Test
  void plainObjectMapper_readsAndWritesAServerThroughTheModelsAnnotations() throws Exception {
    ObjectMapper plain = new ObjectMapper();

    Server server =
        plain.readValue("{\"id\": \"s1\", \"status\": \"ACTIVE\", \"unknown\": 1}", Server.class);

    assertThat(server.getClass().getSimpleName()).isEqualTo("ImmutableServer");
    assertThat(server.statusAsString()).contains("ACTIVE");
    assertThat(plain.readValue(plain.writeValueAsString(server), Server.class)).isEqualTo(server);
  }
}
