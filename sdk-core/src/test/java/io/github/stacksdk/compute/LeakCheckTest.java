package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
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
      Response response =
          leaks
              .httpClient()
              .newCall(new Request.Builder().url(server.url("/open")).build())
              .execute();

      assertThat(leaks.inUseConnections()).isEqualTo(1);
      assertThatThrownBy(leaks::assertNoLeak)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("held by a call");

      response.close();
      leaks.assertNoLeak();
      assertThat(leaks.pooledConnections()).as("the connection went back to the pool").isEqualTo(1);
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/open");
  }

  @Test
  void collectLeaks_responseCollectedUnclosed_returnsOkHttpsWarning() throws Exception {
    server.enqueue(TestSupport.json(200, "{}"));
    // The root logger's handlers are the console's: the expected warning must not reach them.
    List<String> console = new CopyOnWriteArrayList<>();
    Handler consoleWatch = recording(console);
    Logger.getLogger("").addHandler(consoleWatch);
    try (LeakCheck leaks = LeakCheck.start()) {
      executeAndForget(leaks, server.url("/forgotten"));
      assertThat(leaks.inUseConnections()).isEqualTo(1);

      assertThat(leaks.collectLeaks())
          .singleElement()
          .asString()
          .contains("was leaked. Did you forget to close a response body?");
      assertThat(leaks.inUseConnections())
          .as("OkHttp released the connection it found leaked")
          .isZero();
      assertThatThrownBy(leaks::assertNoLeak)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("leak warnings");
    } finally {
      Logger.getLogger("").removeHandler(consoleWatch);
    }
    assertThat(console).as("OkHttp's records that reached the console").isEmpty();
    assertThat(Logger.getLogger(OkHttpClient.class.getName()).getUseParentHandlers())
        .as("the console given back on close")
        .isTrue();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/forgotten");
  }

  /** A handler that keeps the messages of OkHttp's records. */
  private static Handler recording(List<String> messages) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLoggerName() != null && record.getLoggerName().startsWith("okhttp3")) {
          messages.add(String.valueOf(record.getMessage()));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** Executes a call and drops its response unclosed. */
  private static void executeAndForget(LeakCheck leaks, HttpUrl url) throws IOException {
    leaks.httpClient().newCall(new Request.Builder().url(url).build()).execute();
  }
}
