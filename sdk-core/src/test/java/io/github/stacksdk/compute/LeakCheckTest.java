package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** {@link LeakCheck} finds what it is for: a response left open, and one left to the collector. */
final class LeakCheckTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void assertNoLeak_openResponse_failsUntilItIsClosed() throws Exception {
    server.enqueue(TestSupport.json(200, "{}"));
    try (LeakCheck leaks = LeakCheck.start()) {
      Response response = leaks.httpClient().newCall(new Request.Builder().url(server.url("/open")).build()).execute();

      assertThat(leaks.inUseConnections()).isEqualTo(1);
      assertThatThrownBy(leaks::assertNoLeak).isInstanceOf(AssertionError.class).hasMessageContaining("held by a call");

      response.close();
      leaks.assertNoLeak();
      assertThat(leaks.pooledConnections()).as("the connection went back to the pool").isEqualTo(1);
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/open");
  }

  @Test
  void collectLeaks_responseCollectedUnclosed_returnsOkHttpsWarning() throws Exception {
    server.enqueue(TestSupport.json(200, "{}"));
    try (LeakCheck leaks = LeakCheck.start()) {
      executeAndForget(leaks, server.url("/forgotten"));
      assertThat(leaks.inUseConnections()).isEqualTo(1);

      assertThat(leaks.collectLeaks())
          .singleElement()
          .asString()
          .contains("was leaked. Did you forget to close a response body?");
      assertThat(leaks.inUseConnections()).as("OkHttp released the connection it found leaked").isZero();
      assertThatThrownBy(leaks::assertNoLeak).isInstanceOf(AssertionError.class).hasMessageContaining("leak warnings");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/forgotten");
  }

  /** Executes a call and drops its response unclosed. */
  private static void executeAndForget(LeakCheck leaks, HttpUrl url) throws IOException {
    leaks.httpClient().newCall(new Request.Builder().url(url).build()).execute();
  }
}
