package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** One DEBUG line per call, allow-listed headers at TRACE, and never the token. */
final class CallLoggingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingLogSink sink = new RecordingLogSink();
  private final List<String> debug = sink.debug;
  private final List<String> trace = sink.trace;

  @Test
  void successfulCall_logsOneDebugLineWithStatusRequestIdAndMicroversion() throws Exception {
    server.enqueue(
        json(200, fixture("servers/server-get-resp.json"))
            .newBuilder()
            .setHeader("OpenStack-API-Version", "compute 2.79")
            .build());
    try (ComputeClient compute =
        client(server, "/v2.1").microversion("2.79").logSink(sink).build()) {
      compute.getServer("s1");
    }
    assertThat(debug).hasSize(1);
    assertThat(debug.get(0))
        .matches("GET /v2.1/servers/s1 -> 200 \\(\\d+ ms, request req-200, microversion 2.79\\)");
    assertThat(trace).anySatisfy(line -> assertThat(line).contains("> X-Auth-Token: ****"));
    assertThat(trace)
        .anySatisfy(line -> assertThat(line).contains("< X-OpenStack-Request-Id: req-200"));
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
  }

  @Test
  void noLineAtAnyLevel_evenOnErrorsAndEchoes_containsTheToken() throws Exception {
    // The dropped connection comes first: on a fresh connection OkHttp does not retry silently.
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(
        json(
                401,
                "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"bad "
                    + TOKEN
                    + "\"}}")
            .newBuilder()
            .setHeader("X-Echo-Token", TOKEN)
            .build());
    server.enqueue(serversPageEchoingToken());
    try (ComputeClient compute = client(server, "/v2.1").logSink(sink).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeException.class)
          .hasMessageNotContaining(TOKEN);
      assertThatThrownBy(() -> compute.getServer("s2"))
          .isInstanceOf(ComputeException.class)
          .hasMessageNotContaining(TOKEN);
      compute.listServers().stream().count();
    }
    assertThat(debug).hasSize(3);
    assertThat(trace).isNotEmpty();
    assertThat(debug).noneMatch(line -> line.contains(TOKEN));
    assertThat(trace).noneMatch(line -> line.contains(TOKEN));
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  private static MockResponse serversPageEchoingToken() {
    return json(200, "{\"servers\": []}")
        .newBuilder()
        .setHeader("Set-Cookie", "t=" + TOKEN)
        .build();
  }
}
