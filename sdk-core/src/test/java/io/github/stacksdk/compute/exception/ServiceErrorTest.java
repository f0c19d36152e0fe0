package io.github.stacksdk.compute.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class ServiceErrorTest {

  @Test
  void builder_requiredOnly_optionalPartsEmpty() {
    ServiceError error = ServiceError.builder().statusCode(503).message("HTTP 503").build();

    assertThat(error.statusCode()).isEqualTo(503);
    assertThat(error.message()).isEqualTo("HTTP 503");
    assertThat(error.faultName()).isEmpty();
    assertThat(error.details()).isEmpty();
    assertThat(error.requestId()).isEmpty();
    assertThat(error.microversion()).isEmpty();
    assertThat(error.retryAfter()).isEmpty();
  }

  @Test
  void builder_missingStatusOrMessage_illegalState() {
    assertThatThrownBy(() -> ServiceError.builder().message("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("statusCode");
    assertThatThrownBy(() -> ServiceError.builder().statusCode(500).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("message");
  }

  @Test
  void toBuilder_copiesEveryValue() {
    ServiceError error =
        ServiceError.builder()
            .statusCode(413)
            .faultName("overLimit")
            .message("This request was rate-limited.")
            .details("Only 1 GET request(s) can be made to * every minute.")
            .requestId("req-1")
            .microversion("2.1")
            .retryAfter(Duration.ofSeconds(60))
            .build();

    ServiceError copy = error.toBuilder().build();
    ServiceError changed = error.toBuilder().statusCode(429).build();

    assertThat(copy).isEqualTo(error).hasSameHashCodeAs(error);
    assertThat(changed.statusCode()).isEqualTo(429);
    assertThat(changed.toBuilder().statusCode(413).build()).isEqualTo(error);
  }
}
