package io.github.stacksdk.compute.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ModelJsonTest {
  private static final String SECRET_BODY = "{\"token\": \"s3cr3t-token-value\", \"broken\": }";

  @Test
  void mapperAndFactory_parseError_neverEchoTheInput() {
    byte[] body = SECRET_BODY.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ModelJson.mapper().readTree(body))
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    assertThatThrownBy(() -> ModelJson.newMapper().readTree(body))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    assertThatThrownBy(
            () -> {
              try (JsonParser p = ModelJson.factory().createParser(body)) {
                while (p.nextToken() != null) {
                  p.getText();
                }
              }
            })
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t").contains("REDACTED"));
  }

  @Test
  void factory_hasNoCodec_mapperReadsTreesFromItsParsers() throws Exception {
    try (JsonParser p = ModelJson.factory().createParser("{\"a\": [1]}")) {
      assertThat(p.getCodec()).isNull();
      JsonNode tree = ModelJson.mapper().readTree(p);
      assertThat(tree.path("a").get(0).asInt()).isEqualTo(1);
    }
  }
}
