package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the token in a header the SDK prints: the request id or the Content-Type of
 * a 200, the request id of an error. The token is masked in the exception's message and in every
 * log line, as it is in error bodies.
 */
final class SecretEchoTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogSink log = new RecordingLogSink();

  private ComputeClient client() {
    return TestSupport.client(server, "/v2.1").logSink(log).build();
  }

  @Test
  void tokenEchoedInTheRequestIdAndContentTypeOfA200_maskedInMessageAndLog() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html; echo=" + TOKEN)
            .setHeader("X-OpenStack-Request-Id", "req-" + TOKEN)
            .body("<html>login</html>")
            .build());

    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("request req-****")
          .hasMessageContaining("Content-Type text/html; echo=**** is not JSON")
          .hasMessageNotContaining(TOKEN);
    }
    TestSupport.assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(log.debug).singleElement().asString().contains("request req-****");
    assertThat(log.trace)
        .anySatisfy(line -> assertThat(line).contains("Content-Type: text/html; echo=****"));
    assertThat(log.all()).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
  }

  @Test
  void tokenEchoedInTheRequestIdOfAnError_maskedInMessageAndLog() throws Exception {
    server.enqueue(
        TestSupport.json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"no\"}}")
            .newBuilder()
            .setHeader("X-OpenStack-Request-Id", TOKEN)
            .build());

    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeServiceException.class, e -> assertThat(e.requestId()).contains("****"))
          .hasMessageNotContaining(TOKEN);
    }
    TestSupport.assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(log.all()).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
  }
}
