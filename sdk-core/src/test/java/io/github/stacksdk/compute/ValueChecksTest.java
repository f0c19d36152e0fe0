package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.exception.ServiceError;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks that {@code build()} runs on a value are no part of the value's public methods. */
final class ValueChecksTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      classes = {
        ListServersRequest.class,
        ServerSort.class,
        ServiceError.class,
        KeystoneAuth.class,
        RackspaceAuth.class
      })
  void publicMethods_includeNoInvariantCheck(Class<?> type) {
    assertThat(type.getMethods())
        .extracting(Method::getName)
        .doesNotContain(
            "validate", "check", "checkAttempts", "isApplicationCredential", "normalize");
  }

  @Test
  void build_stillRunsTheChecks() {
    assertThatThrownBy(() -> ServerSort.of(" ", SortDirection.ASC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ServiceError.builder().statusCode(500).message("m").attempts(0).build())
        .hasMessageContaining("attempts");
    assertThatThrownBy(() -> RackspaceAuth.builder().username(" ").apiKey("k").build())
        .hasMessageContaining("username");
    assertThatThrownBy(() -> KeystoneAuth.builder().authUrl("https://keystone.example.org").build())
        .hasMessageContaining("password");
  }
}
