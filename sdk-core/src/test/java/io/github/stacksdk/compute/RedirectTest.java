package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No credential follows a redirect: a {@code 3xx} to another host, another port or from https to
 * http ends in a {@link ComputeServiceException} naming the status and where it pointed (without
 * its query), and the other origin receives nothing: not with the SDK's own OkHttp client, not with
 * a caller's client that follows redirects, not with a caller's interceptor that sends the request
 * elsewhere.
 */
final class RedirectTest {
  private static final int[] REDIRECTS = {301, 302, 303, 307, 308};

  @StartStop final MockWebServer origin = new MockWebServer();
  @StartStop final MockWebServer other = new MockWebServer();

  /** Where a redirect points: the other server (another port), or this one by another host name. */
  enum Target {
    OTHER_PORT,
    OTHER_HOST;

    HttpUrl url(MockWebServer origin, MockWebServer other) {
      if (this == OTHER_PORT) {
        return other.url("/steal/servers?token=stolen");
      }
      HttpUrl same = origin.url("/steal/servers?token=stolen");
      return same.newBuilder()
          .host(same.host().equals("127.0.0.1") ? "localhost" : "127.0.0.1")
          .build();
    }
  }

  static Stream<Arguments> redirects() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (int status : REDIRECTS) {
      for (Target target : Target.values()) {
        for (boolean callersClient : new boolean[] {false, true}) {
          all.add(Arguments.of(status, target, callersClient));
        }
      }
    }
    return all.build();
  }

  /** A caller's client that follows every redirect, https to http included. */
  private static OkHttpClient following() {
    return new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
  }

  private static MockResponse redirect(int status, HttpUrl to) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Location", to.toString())
        .body("moved")
        .build();
  }

  private ComputeClient.Builder client(boolean callersClient) {
    ComputeClient.Builder client =
        ComputeClient.builder()
            .endpoint(origin.url("/v2.1").toString())
            .token(TOKEN)
            .retryPolicy(RetryPolicy.none());
    return callersClient ? client.httpClient(following()) : client;
  }

  @ParameterizedTest(name = "{0} to {1}, caller''s client {2}")
  @MethodSource("redirects")
  void getServer_redirected_failsNamingTheRedirect_andSendsNothingElsewhere(
      int status, Target target, boolean callersClient) throws Exception {
    HttpUrl to = target.url(origin, other);
    origin.enqueue(redirect(status, to));
    origin.enqueue(TestSupport.json(200, "{\"server\": {\"id\": \"stolen\"}}"));
    other.enqueue(TestSupport.json(200, "{\"server\": {\"id\": \"stolen\"}}"));

    try (ComputeClient compute = client(callersClient).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.attempts()).isEqualTo(1);
              })
          .hasMessageContaining("HTTP " + status)
          .hasMessageContaining(
              " to " + to.scheme() + "://" + to.host() + ":" + to.port() + "/steal/servers")
          .hasMessageContaining("does not follow redirects")
          .hasMessageNotContaining("stolen");
    }
    assertSentGet(origin, "/v2.1/servers/s1", null);
    assertThat(origin.getRequestCount()).as("requests to the origin").isEqualTo(1);
    assertThat(other.getRequestCount()).as("requests to the other port").isZero();
  }

  @ParameterizedTest(name = "{0} to {1}, caller''s client {2}")
  @MethodSource("redirects")
  void asyncGetServer_redirected_failsTheSameWay(int status, Target target, boolean callersClient)
      throws Exception {
    origin.enqueue(redirect(status, target.url(origin, other)));
    origin.enqueue(TestSupport.json(200, "{\"server\": {\"id\": \"stolen\"}}"));

    try (ComputeClient compute = client(callersClient).build()) {
      assertThatThrownBy(() -> compute.async().getServer("s1").get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(status));
    }
    assertSentGet(origin, "/v2.1/servers/s1", null);
    assertThat(origin.getRequestCount() + other.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listServers_secondPageRedirected_stopsThereWithTheServersBefore() throws Exception {
    origin.enqueue(
        TestSupport.serversPage(
            TestSupport.ids("s", 2), "http://nova/v2.1/servers/detail?marker=s2"));
    origin.enqueue(redirect(302, other.url("/v2.1/servers/detail?marker=s2")));

    int listed = 0;
    try (ComputeClient compute = client(true).build()) {
      var servers = compute.listServers(r -> r.pageSize(2)).iterator();
      while (listed < 2) {
        servers.next();
        listed++;
      }
      assertThatThrownBy(servers::hasNext)
          .isInstanceOfSatisfying(
              ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
    }
    assertThat(listed).isEqualTo(2);
    assertSentGet(origin, "/v2.1/servers/detail", "limit=2");
    assertSentGet(origin, "/v2.1/servers/detail", "limit=2&marker=s2");
    assertThat(other.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void httpsRedirectedToHttp_theTokenIsNeverSentInClearText(int status) throws Exception {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate host =
        new HeldCertificate.Builder()
            .signedBy(ca)
            .addSubjectAlternativeName(origin.getHostName())
            .build();
    origin.useHttps(
        new HandshakeCertificates.Builder()
            .heldCertificate(host, ca.certificate())
            .build()
            .sslSocketFactory());
    HandshakeCertificates trust =
        new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
    OkHttpClient callers =
        following()
            .newBuilder()
            .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
            .build();
    HttpUrl plain = other.url("/v2.1/servers/s1");
    origin.enqueue(redirect(status, plain));
    other.enqueue(TestSupport.json(200, "{\"server\": {\"id\": \"stolen\"}}"));

    try (ComputeClient compute =
        ComputeClient.builder()
            .endpoint(origin.url("/v2.1").toString())
            .token(TOKEN)
            .httpClient(callers)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThat(compute.endpoint().getScheme()).isEqualTo("https");
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(status))
          .hasMessageContaining(" to http://");
    }
    assertThat(origin.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(other.getRequestCount()).as("plain-http requests").isZero();
  }

  static Stream<Integer> statuses() {
    return java.util.Arrays.stream(REDIRECTS).boxed();
  }

  @Test
  void callersInterceptorSendingElsewhere_isRefusedBeforeTheWire() throws Exception {
    HttpUrl elsewhere = other.url("/");
    OkHttpClient rerouting =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .url(
                                chain
                                    .request()
                                    .url()
                                    .newBuilder()
                                    .host(elsewhere.host())
                                    .port(elsewhere.port())
                                    .build())
                            .build()))
            .build();
    other.enqueue(TestSupport.json(200, "{\"server\": {\"id\": \"stolen\"}}"));

    try (ComputeClient compute = client(false).httpClient(rerouting).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("another origin than http://")
          .hasMessageNotContaining(TOKEN)
          .satisfies(e -> assertThat(((ComputeClientException) e).attempts()).isEqualTo(1));
      // Refused, and so not retried under a retrying policy either.
      try (ComputeClient retrying =
          compute.toBuilder().retryPolicy(RetryPolicy.defaults()).build()) {
        assertThatThrownBy(() -> retrying.getServer("s1"))
            .isInstanceOf(ComputeClientException.class);
      }
    }
    assertThat(other.getRequestCount()).isZero();
    assertThat(origin.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0} to {1}, caller''s client {2}")
  @MethodSource("redirects")
  void keystonePost_redirected_thePasswordGoesNowhereElse(
      int status, Target target, boolean callersClient) throws Exception {
    origin.enqueue(redirect(status, target.url(origin, other)));
    origin.enqueue(
        KeystoneResponses.token("other-token", java.time.Instant.now().plusSeconds(3600)));
    other.enqueue(
        KeystoneResponses.token("other-token", java.time.Instant.now().plusSeconds(3600)));
    KeystoneAuth auth =
        KeystoneAuth.builder()
            .authUrl(origin.url("/identity/v3").toString())
            .username("alice")
            .userDomainName("Default")
            .password(KeystoneResponses.PASSWORD)
            .projectName("web")
            .projectDomainName("Default")
            .build();
    ComputeClient.Builder builder =
        ComputeClient.builder().keystone(auth).retryPolicy(RetryPolicy.none());
    if (callersClient) {
      builder.httpClient(following());
    }

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(status))
        .hasMessageContaining("does not follow redirects")
        .hasMessageNotContaining(KeystoneResponses.PASSWORD);

    RecordedRequest post = origin.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(origin.getRequestCount()).isEqualTo(1);
    assertThat(other.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void rackspacePost_redirected_theApiKeyGoesNowhereElse(int status) throws Exception {
    origin.enqueue(redirect(status, other.url("/v2.0/tokens")));
    RackspaceAuth auth =
        RackspaceAuth.builder()
            .authUrl(origin.url("/v2.0").toString())
            .username("alice")
            .apiKey("rax-api-key-123")
            .region("DFW")
            .build();

    assertThatThrownBy(
            () -> ComputeClient.builder().rackspace(auth).httpClient(following()).build())
        .isInstanceOfSatisfying(
            ComputeServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(status))
        .hasMessageNotContaining("rax-api-key-123");

    assertThat(origin.takeRequest().getUrl().encodedPath()).isEqualTo("/v2.0/tokens");
    assertThat(other.getRequestCount()).isZero();
  }

  @Test
  void redirectMessage_hidesTheTargetsUserAndQuery() {
    origin.enqueue(
        redirect(
            307, HttpUrl.get("http://user:pw@evil.example:8443/path/x?token=" + TOKEN + "#frag")));

    try (ComputeClient compute = client(false).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeServiceException.class)
          .hasMessageContaining("HTTP 307")
          .hasMessageContaining(" to http://evil.example:8443/path/x:")
          .hasMessageNotContaining("pw")
          .hasMessageNotContaining(TOKEN)
          .hasMessageNotContaining("frag");
    }
    assertThat(origin.getRequestCount()).isEqualTo(1);
  }
}
