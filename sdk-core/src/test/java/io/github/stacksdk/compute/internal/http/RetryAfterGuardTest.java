package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OkHttp neither resends nor throws on a {@code Retry-After} once the guard has rewritten it. */
final class RetryAfterGuardTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final OkHttpClient http =
      new OkHttpClient.Builder().addNetworkInterceptor(new RetryAfterGuard()).build();

  @AfterEach
  void shutDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @ParameterizedTest(name = "{0} Retry-After: {1}")
  @CsvSource({
    "503, 0, 0.0",
    "503, 000, 000.0",
    "503, 2147483648, 2147483648.0",
    "503, 999999999999999999999999999999, 999999999999999999999999999999.0",
    "408, 0, 0.0",
    "408, 99999999999, 99999999999.0",
  })
  void valueOkHttpWouldActOn_isSentOnceAndGetsAFraction(
      int status, String retryAfter, String rewritten) throws IOException {
    server.enqueue(response(status, retryAfter));
    server.enqueue(response(status, retryAfter));

    assertThat(call()).as("Retry-After the caller sees").isEqualTo(rewritten);
    assertThat(server.getRequestCount()).as("requests sent").isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} Retry-After: {1}")
  @CsvSource({
    "503, 1",
    "503, 2147483647",
    "503, 0.5",
    "503, soon",
    "503, 'Wed, 21 Oct 2037 07:28:00 GMT'",
    "429, 0",
    "429, 999999999999999999999999999999",
    "500, 0",
  })
  void otherValuesAndStatuses_passUnchanged(int status, String retryAfter) throws IOException {
    server.enqueue(response(status, retryAfter));

    assertThat(call()).isEqualTo(retryAfter);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static MockResponse response(int status, String retryAfter) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Retry-After", retryAfter)
        .body("{}")
        .build();
  }

  /** Makes a call and returns the Retry-After of its response. */
  private String call() throws IOException {
    try (Response response =
        http.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      return response.header("Retry-After");
    }
  }
}
