package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.OutcomeUnknownException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.model.CreatedServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A {@code POST} is sent again only when its connection could not be made: a second create could
 * make a second server. The {@code PUT}s and {@code DELETE}s are retried as reads are.
 */
final class NoDuplicatePostTest {
  private static final String ID = "4f3d2c1b-0000-4000-8000-00000000aaaa";
  private static final String CREATED = "{\"server\": {\"id\": \"" + ID + "\", \"links\": []}}";
  private static final RetryPolicy FOUR_ATTEMPTS =
      RetryPolicy.builder()
          .maxAttempts(4)
          .initialBackoff(Duration.ofMillis(200))
          .maxBackoff(Duration.ofSeconds(1))
          .build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingDelays delays = new RecordingDelays();

  private ComputeClient client() {
    return TestSupport.client(server, "/v2.1").retryPolicy(FOUR_ATTEMPTS).delays(delays).build();
  }

  @Test
  void create_connectionDroppedAfterSending_isNotSentAgain() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(202, CREATED));
    try (ComputeClient compute = client()) {
      assertThatThrownBy(
              () -> compute.servers().create(r -> r.name("a").imageRef("img").flavorRef("1")))
          .isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("POST /v2.1/servers")
          .hasMessageContaining("may have reached Nova")
          .satisfies(e -> assertThat(((ComputeClientException) e).attempts()).isEqualTo(1));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void asyncAction_connectionDroppedAfterSending_isNotSentAgain() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(202).build());
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.async().servers().stop(ID).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getUrl().encodedPath()).endsWith("/action");
  }

  @Test
  void create_serviceUnavailable_isNovasAnswerAndNotSentAgain() throws Exception {
    server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}"));
    server.enqueue(json(202, CREATED));
    try (ComputeClient compute = client()) {
      assertThatThrownBy(
              () -> compute.servers().create(r -> r.name("a").imageRef("img").flavorRef("1")))
          .isInstanceOf(ServiceErrorException.class)
          .isNotInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_connectionRefusedFirst_isSentAgainAndCreatesOnce() throws Exception {
    server.enqueue(json(202, CREATED));
    AtomicInteger connects = new AtomicInteger();
    OkHttpClient http =
        new OkHttpClient.Builder().socketFactory(new RefuseFirstConnect(connects)).build();
    CreatedServer created;
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1", http)
            .retryPolicy(FOUR_ATTEMPTS)
            .delays(delays)
            .build()) {
      created = compute.servers().create(r -> r.name("a").imageRef("img").flavorRef("1"));
    }
    assertThat(created.id()).contains(ID);
    assertThat(connects.get()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
  }

  @Test
  void update_andDelete_areRetriedAfterADroppedConnection() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"server\": {\"id\": \"" + ID + "\", \"name\": \"b\"}}"));
    server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (ComputeClient compute = client()) {
      assertThat(
              compute
                  .servers()
                  .update(
                      ID,
                      io.github.stacksdk.compute.lifecycle.UpdateServerRequest.builder()
                          .name("b")
                          .build())
                  .name())
          .contains("b");
      compute.servers().delete(ID);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    for (String method : new String[] {"PUT", "PUT", "DELETE", "DELETE"}) {
      assertThat(server.takeRequest().getMethod()).isEqualTo(method);
    }
    assertThat(delays.waits).hasSize(2);
  }

  @Test
  void delete_answered404AfterASendThatMayHaveDeletedIt_isDone() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance could not be found.\"}}"));
    try (ComputeClient compute = client()) {
      compute.servers().delete(ID);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
  }

  @Test
  void delete_answered404AtOnce_isNotFound() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance could not be found.\"}}"));
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.servers().delete(ID))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /** Refuses the first connection, as a host that is down does; connects normally after. */
  private static final class RefuseFirstConnect extends SocketFactory {
    private final AtomicInteger connects;

    RefuseFirstConnect(AtomicInteger connects) {
      this.connects = connects;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (connects.incrementAndGet() == 1) {
            throw new ConnectException("Connection refused");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
