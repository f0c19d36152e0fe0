package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token that HTTP cannot carry is refused where it enters, with a typed exception that never
 * quotes it; whitespace around it is dropped. Before, OkHttp threw an untyped {@code
 * IllegalArgumentException} quoting the whole token out of the first call.
 */
final class TokenInputTest {
  private static final String SECRET = "gAAAAABsecret-token-0123456789";

  @StartStop final MockWebServer server = new MockWebServer();

  private ComputeClient.Builder client() {
    return ComputeClient.builder()
        .endpoint(server.url("/v2.1").toString())
        .retryPolicy(RetryPolicy.none());
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(
      strings = {SECRET + "\n", SECRET + "\r\n", "  " + SECRET + "\t", "\n" + SECRET + " \n"})
  void tokenWithWhitespaceAround_isSentWithout(String token) throws Exception {
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient fixed = client().token(token).build();
        ComputeClient supplied = client().tokenProvider(() -> token).build()) {
      assertThat(fixed.getServer("s1").id()).isEqualTo("s1");
      assertThat(supplied.async().getServer("s1").get(10, TimeUnit.SECONDS).id()).isEqualTo("s1");
    }
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo(SECRET);
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo(SECRET);
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(
      strings = {
        SECRET + "\u00e9",
        "gAAAA\nB" + SECRET,
        "gAAAA B" + SECRET,
        SECRET + "\u0000x",
        "\u2028" + SECRET + "\u00a0x"
      })
  void unsendableToken_fromTheBuilder_isRefusedWithoutQuotingIt(String token) {
    assertRefused(() -> client().token(token), IllegalArgumentException.class);
    assertRefused(() -> TokenProvider.of(token), IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void blankToken_fromTheBuilder_isRefused() {
    assertThatThrownBy(() -> client().token(" \n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token is blank");
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {SECRET + "\u00e9", "gAAAA\nB" + SECRET, "gAAAA B" + SECRET, " ", ""})
  void unsendableToken_fromASupplier_failsTheCallTyped_syncAndAsync(String token) throws Exception {
    try (ComputeClient compute = client().tokenProvider(() -> token).build()) {
      assertRefused(() -> compute.getServer("s1"), ComputeClientException.class);
      ExecutionException async =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class,
              () -> compute.async().getServer("s1").get(10, TimeUnit.SECONDS));
      assertRefused(
          () -> {
            throw async.getCause();
          },
          ComputeClientException.class);
      assertRefused(() -> compute.listServers().iterator().hasNext(), ComputeClientException.class);
    }
    assertThat(server.getRequestCount()).as("nothing was sent").isZero();
  }

  @Test
  void supplierReturningNullOrThrowing_failsTheCallTyped() {
    TokenProvider none = () -> null;
    TokenProvider failing =
        () -> {
          throw new IllegalStateException("vault unreachable");
        };
    try (ComputeClient nothing = client().tokenProvider(none).build();
        ComputeClient broken = client().tokenProvider(failing).build()) {
      assertThatThrownBy(() -> nothing.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessage(
              "GET /v2.1/servers/s1 was not sent: the token from the token provider is missing");
      assertThatThrownBy(() -> broken.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("the token provider failed (java.lang.IllegalStateException)")
          .hasRootCauseMessage("vault unreachable");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  private static void assertRefused(
      ThrowableAssert.ThrowingCallable call, Class<? extends Throwable> type) {
    assertThatThrownBy(call)
        .isInstanceOf(type)
        .hasMessageContaining("token")
        .satisfies(
            e -> assertThat(ExceptionTexts.of(e)).doesNotContain(SECRET).doesNotContain("gAAAA"));
  }
}
