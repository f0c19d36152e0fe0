package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.KeystoneResponses.PASSWORD;
import static io.github.stacksdk.compute.KeystoneResponses.endpoint;
import static io.github.stacksdk.compute.KeystoneResponses.service;
import static io.github.stacksdk.compute.KeystoneResponses.token;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The identity token request is sent again only when its connection could not be made. */
final class ComputeClientIdentityRetryTest {
  private static final Instant IN_AN_HOUR = Instant.now().plus(1, ChronoUnit.HOURS);

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingDelays delays = new RecordingDelays();
  private final AtomicInteger refusals = new AtomicInteger();
  private final OkHttpClient http =
      new OkHttpClient.Builder().socketFactory(new RefusingSocketFactory()).build();

  private ComputeClient.Builder keystoneClient() {
    String base = server.url("/").toString().replaceAll("/$", "");
    KeystoneAuth auth =
        KeystoneAuth.builder()
            .authUrl(base + "/identity")
            .username("alice")
            .userDomainName("Default")
            .password(PASSWORD)
            .projectName("web")
            .projectDomainName("Default")
            .build();
    return ComputeClient.builder().keystone(auth).httpClient(http).delays(delays);
  }

  private String computeService() {
    return service(
        "compute", "nova", endpoint("public", "RegionOne", server.url("/compute/v2.1").toString()));
  }

  private RecordedRequest takeTokenRequest() throws InterruptedException {
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(post.getBody().utf8()).contains("\"password\":\"" + PASSWORD + "\"");
    return post;
  }

  @Test
  void tokenRequest_connectionRefusedTwice_isSentAgainAfterABackoff() throws Exception {
    refusals.set(2);
    server.enqueue(token("tok-1", IN_AN_HOUR, computeService()));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute = keystoneClient().build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    assertThat(refusals.get()).as("both refusals were used").isLessThanOrEqualTo(0);
    assertThat(delays.waits).hasSize(2);
    takeTokenRequest();
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
  }

  @Test
  void tokenRequest_answered503_isNotSentAgain() throws Exception {
    server.enqueue(
        json(
            503,
            "{\"error\": {\"code\": 503, \"title\": \"Service Unavailable\", \"message\": \"busy\"}}"));
    assertThatThrownBy(() -> keystoneClient().build())
        .isInstanceOf(ServiceErrorException.class)
        .hasMessageNotContaining(PASSWORD);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void tokenRequest_refusedMoreOftenThanThePolicyAllows_fails() {
    refusals.set(10);
    assertThatThrownBy(
            () ->
                keystoneClient().retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build())
        .hasMessageContaining("POST")
        .hasRootCauseInstanceOf(ConnectException.class);
    assertThat(delays.waits).hasSize(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokenRequest_answered408_isNotSentAgain() throws Exception {
    server.enqueue(
        json(
            408,
            "{\"error\": {\"code\": 408, \"title\": \"Request Timeout\", \"message\": \"too slow\"}}"));
    server.enqueue(token("tok-1", IN_AN_HOUR, computeService()));
    assertThatThrownBy(() -> keystoneClient().build())
        .isInstanceOfSatisfying(
            ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(408))
        .hasMessageContaining("too slow")
        .hasMessageNotContaining(PASSWORD);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void tokenRequest_whoseConnectionDropsAfterItWasRead_isNotSentAgain() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(token("tok-1", IN_AN_HOUR, computeService()));
    assertThatThrownBy(() -> keystoneClient().build())
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith("POST " + server.url("/identity/v3/auth/tokens") + " failed")
        .hasMessageNotContaining(PASSWORD);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void tokenRenewal_overAConnectionThatDropsAfterReadingIt_isNotSentAgain() throws Exception {
    server.enqueue(token("tok-1", IN_AN_HOUR, computeService()));
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"revoked\"}}"));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(token("tok-2", IN_AN_HOUR, computeService()));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute = keystoneClient().build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageStartingWith("POST " + server.url("/identity/v3/auth/tokens") + " failed")
          .hasMessageNotContaining(PASSWORD);
    }
    takeTokenRequest();
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
    takeTokenRequest();
    assertThat(server.getRequestCount()).as("the renewal was sent once").isEqualTo(3);
    assertThat(delays.waits).isEmpty();
  }

  /** Refuses the first {@code refusals} connections, as a restarting identity service would. */
  private final class RefusingSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (refusals.getAndDecrement() > 0) {
            throw new ConnectException("Connection refused (test)");
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
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
