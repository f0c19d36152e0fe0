package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class RetryPolicyTest {

  @Test
  void defaults_areFourAttemptsWithinFiveMinutes() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(4);
    assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.deadline()).isEqualTo(Duration.ofMinutes(5));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void backoff_doublesWithEqualJitter_upToTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000))
            .build();
    assertThat(policy.backoff(1, () -> 0.0)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.backoff(1, () -> 0.999999)).isEqualTo(Duration.ofMillis(99));
    assertThat(policy.backoff(2, () -> 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(4, () -> 0.5)).isEqualTo(Duration.ofMillis(600));
    assertThat(policy.backoff(5, () -> 0.0)).as("capped").isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(5000, () -> 0.999999))
        .as("no overflow")
        .isEqualTo(Duration.ofMillis(999));
  }

  @Test
  void builder_rejectsWhatCannotWork() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deadline must be positive, was PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("initialBackoff == null");
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(5))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxBackoff PT1S is shorter than initialBackoff PT5S");
  }

  @Test
  void toBuilder_equalsAndToString_holdEveryValue() {
    RetryPolicy policy =
        RetryPolicy.builder().maxAttempts(7).deadline(Duration.ofMinutes(1)).build();
    assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(policy).isNotEqualTo(RetryPolicy.defaults());
    assertThat(policy.toString())
        .isEqualTo(
            "RetryPolicy{maxAttempts=7, initialBackoff=PT0.5S, maxBackoff=PT20S, deadline=PT1M}");
  }
}
