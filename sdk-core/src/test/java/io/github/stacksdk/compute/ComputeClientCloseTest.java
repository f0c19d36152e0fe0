package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.model.Server;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a client completes every future it returned: a call that waits to retry, one that waits
 * for its response, and a listing between pages all fail at once with a {@link
 * ComputeClientException} saying the client was closed. Before, a future that waited to retry
 * stayed pending forever, its retry rejected by the shut-down dispatcher on the JDK's delay thread.
 * With the real delays: the waits are what is under test.
 */
@Timeout(30)
final class ComputeClientCloseTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private ComputeClient client(boolean callersClient) {
    ComputeClient.Builder builder =
        TestSupport.client(server, "/v2.1")
            .retryPolicy(RetryPolicy.builder().maxAttempts(4).build());
    return callersClient ? builder.httpClient(new OkHttpClient()).build() : builder.build();
  }

  private static MockResponse unavailable(int retryAfterSeconds) {
    return json(503, "{\"computeFault\": {\"message\": \"busy\"}}")
        .newBuilder()
        .setHeader("Retry-After", Integer.toString(retryAfterSeconds))
        .build();
  }

  @ParameterizedTest(name = "caller''s client: {0}")
  @ValueSource(booleans = {false, true})
  void closeWhileARetryWaits_completesTheFuture(boolean callersClient) throws Exception {
    server.enqueue(unavailable(2));
    ComputeClient compute = client(callersClient);
    CompletableFuture<Server> server1 = compute.async().getServer("s1");
    assertSentGet(server, "/v2.1/servers/s1", null);
    Thread.sleep(200); // the 503 has been read: the retry waits its 2 s

    compute.close();

    assertThat(server1).as("complete once close() has returned").isDone();
    assertClosed(server1, "GET /v2.1/servers/s1");
    Thread.sleep(2500); // past the wait: no retry goes out after close
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "caller''s client: {0}")
  @ValueSource(booleans = {false, true})
  void closeWhileAResponseIsAwaited_completesTheFutureAndCancelsTheCall(boolean callersClient)
      throws Exception {
    server.enqueue(
        json(200, "{\"server\": {\"id\": \"s1\"}}")
            .newBuilder()
            .headersDelay(20, TimeUnit.SECONDS)
            .build());
    ComputeClient compute = client(callersClient);
    CompletableFuture<Server> server1 = compute.async().getServer("s1");
    assertSentGet(server, "/v2.1/servers/s1", null);

    compute.close();

    assertThat(server1).isDone();
    assertClosed(server1, "GET /v2.1/servers/s1");
  }

  @ParameterizedTest(name = "caller''s client: {0}")
  @ValueSource(booleans = {false, true})
  void closeBetweenPages_completesTheListing_andLaterCallsFailTyped(boolean callersClient)
      throws Exception {
    server.enqueue(
        TestSupport.serversPage(List.of("a", "b"), "http://nova/v2.1/servers/detail?marker=b"));
    server.enqueue(unavailable(3));
    ComputeClient compute = client(callersClient);
    CompletableFuture<List<Server>> all = compute.async().listServers(r -> r.pageSize(2)).toList();
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=b");
    Thread.sleep(200);

    compute.close();

    assertThat(all).isDone();
    assertClosed(all, "GET /v2.1/servers/detail?limit=2&marker=b");
    assertClosed(compute.async().getServer("s2"), "GET /v2.1/servers/s2");
    assertThatThrownBy(() -> compute.getServer("s3"))
        .isInstanceOf(ComputeClientException.class)
        .hasMessage("GET /v2.1/servers/s3 was not completed: the client was closed");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private static void assertClosed(CompletableFuture<?> future, String call) {
    assertThatThrownBy(() -> future.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ComputeClientException.class)
        .hasMessage(call + " was not completed: the client was closed");
  }
}
