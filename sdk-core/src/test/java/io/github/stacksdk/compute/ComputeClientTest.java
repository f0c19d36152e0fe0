package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.RateLimitedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ComputeClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/v2.1, /v2.1/servers/s1",
    "/v2.1/, /v2.1/servers/s1",
    "/v2.1/b322a855, /v2.1/b322a855/servers/s1",
    "/v2/b322a855/, /v2/b322a855/servers/s1",
    "/compute/v2.1, /compute/v2.1/servers/s1",
    "/compute/v2.1//, /compute/v2.1/servers/s1",
  })
  void getServer_endpointForms_joinPathsWithOneSlash(String endpoint, String expectedPath)
      throws Exception {
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute = client(server, endpoint).build()) {
      Server s = compute.getServer("s1");

      assertThat(s.id()).isEqualTo("0e44cc9c-e052-415d-afbf-469b0d384170");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(expectedPath);
  }

  @Test
  void everyRequest_sendsTokenAcceptUserAgentAndBothMicroversionHeaders() throws Exception {
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute =
        client(server, "/v2.1").microversion("2.79").userAgentSuffix("my-app/2.0").build()) {
      compute.getServer("s1");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .startsWith("stacksdk-compute/")
        .contains(" Java/")
        .contains(" okhttp/")
        .endsWith(" my-app/2.0")
        .doesNotContain("unknown");
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.79");
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isEqualTo("2.79");
  }

  @Test
  void noMicroversion_sendsNoMicroversionHeader() throws Exception {
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      compute.getServer("s1");
      assertThat(compute.microversion()).isEmpty();
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isNull();
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isNull();
  }

  @Test
  void tokenProvider_thatRenewsARefusedToken_getsOneRetry_aSupplierDoesNot() throws Exception {
    String unauthorized =
        "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"expired\"}}";
    server.enqueue(json(401, unauthorized));
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    server.enqueue(json(401, unauthorized));
    AtomicInteger generation = new AtomicInteger(1);
    List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
    TokenProvider renewing =
        new TokenProvider() {
          @Override
          public String token() {
            return "token-" + generation.get();
          }

          @Override
          public boolean refresh(String refusedToken) {
            refused.add(refusedToken);
            generation.incrementAndGet();
            return true;
          }
        };
    try (ComputeClient compute = client(server, "/v2.1").tokenProvider(renewing).build()) {
      compute.getServer("s1");
    }
    try (ComputeClient compute = client(server, "/v2.1").tokenProvider(() -> "fixed").build()) {
      assertThatThrownBy(() -> compute.getServer("s1")).isInstanceOf(AuthenticationException.class);
    }
    assertThat(refused).containsExactly("token-1");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-2");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("fixed");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void tokenProvider_isCalledForEveryRequest() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute =
        ComputeClient.builder()
            .endpoint(server.url("/v2.1").uri())
            .tokenProvider(() -> "token-" + calls.incrementAndGet())
            .build()) {
      compute.getServer("s1");
      compute.getServer("s1");
    }
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-2");
  }

  @Test
  void getServer_idWithSlash_isOnePathSegment() throws Exception {
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      compute.getServer("a/b?c");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2.1/servers/a%2Fb%3Fc");
  }

  @Test
  void getServer_404_throwsResourceNotFoundWithRequestId() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance s9 could not be found.\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.getServer("s9"))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.requestId()).contains("req-404");
                assertThat(e.faultName()).contains("itemNotFound");
              })
          .hasMessageContaining("Instance s9 could not be found.");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2.1/servers/s9");
  }

  @Test
  void builder_missingOrInvalidSettings_fail() {
    assertThatThrownBy(() -> ComputeClient.builder().token("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> ComputeClient.builder().endpoint("http://nova/v2.1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> ComputeClient.builder().endpoint("nova/v2.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComputeClient.builder().endpoint("http://nova/v2/%(tenant_id)s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template");
    assertThatThrownBy(() -> ComputeClient.builder().microversion("latest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latest");
    assertThatThrownBy(() -> ComputeClient.builder().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComputeClient.builder().token(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComputeClient.builder().endpoint((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endpoint == null");
  }

  @Test
  void toString_andToBuilder_neverShowTheToken() {
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.9").build()) {
      ComputeClient derived = compute.toBuilder().microversion("2.10").build();

      assertThat(compute.toString()).contains("2.9").doesNotContain(TOKEN);
      assertThat(derived.microversion()).contains("2.10");
      assertThat(derived.endpoint()).isEqualTo(compute.endpoint());
      derived.close();
    }
  }

  @Test
  void close_leavesACallersHttpClientRunning() {
    OkHttpClient mine = new OkHttpClient();
    ComputeClient compute = client(server, "/v2.1").httpClient(mine).build();

    compute.close();

    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void listVirtualInterfaces_rackspaceBody_parsed() throws Exception {
    server.enqueue(json(200, fixture("servers/os-virtual-interfacesv2-list-resp.json")));
    try (ComputeClient compute = client(server, "/v2/123456").build()) {
      List<VirtualInterface> vifs = compute.listVirtualInterfaces("s1");

      assertThat(vifs)
          .extracting(VirtualInterface::macAddress)
          .containsExactly("BC:76:4E:04:85:0C", "BC:76:4E:04:85:20", "BC:76:4E:04:81:55");
      assertThat(vifs.get(0).ipAddresses()).hasSize(2);
    }
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/v2/123456/servers/s1/os-virtual-interfacesv2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "410|{\"computeFault\": {\"code\": 410, \"message\": \"This resource is no longer available. No forwarding address is given.\"}}",
        "404|{\"itemNotFound\": {\"code\": 404, \"message\": \"The resource could not be found.\"}}",
        "400|{\"badRequest\": {\"code\": 400, \"message\": \"Listing virtual interfaces is not supported by this cloud.\"}}",
      })
  void listVirtualInterfaces_cloudWithoutExtension_saysSoAndNamesReplacement(
      int status, String body) throws Exception {
    server.enqueue(json(status, body));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listVirtualInterfaces("s1"))
          .isInstanceOfSatisfying(
              VirtualInterfacesUnsupportedException.class,
              e -> assertThat(e.statusCode()).isEqualTo(status))
          .hasMessageContaining("os-virtual-interfacesv2")
          .hasMessageContaining("os-interface")
          .hasMessageContaining("listInterfaceAttachments");
    }
    assertSentGet(server, "/v2.1/servers/s1/os-virtual-interfacesv2", null);
  }

  @Test
  void listVirtualInterfaces_unknownServer_isResourceNotFound() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance s1 could not be found.\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listVirtualInterfaces("s1"))
          .isExactlyInstanceOf(ResourceNotFoundException.class);
    }
    assertSentGet(server, "/v2.1/servers/s1/os-virtual-interfacesv2", null);
  }

  @Test
  void listInterfaceAttachments_novaBody_parsed() throws Exception {
    server.enqueue(json(200, fixture("servers/attach-interfaces-list-resp.json")));
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.70").build()) {
      List<InterfaceAttachment> ports = compute.listInterfaceAttachments("s1");

      assertThat(ports).hasSize(1);
      assertThat(ports.get(0).tag()).contains("public");
    }
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/v2.1/servers/s1/os-interface");
  }

  @Test
  void keystone401_becomesAuthenticationExceptionWithTheFaultButNotTheToken() throws Exception {
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\","
                + " \"message\": \"The request you have made requires authentication.\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.faultName()).contains("Unauthorized");
                assertThat(e.faultMessage())
                    .isEqualTo("The request you have made requires authentication.");
                assertThat(e.requestId()).contains("req-401");
              })
          .hasMessageNotContaining(TOKEN);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @ParameterizedTest(name = "{0} Retry-After: {1}")
  @CsvSource({"429, 30, PT30S", "413, 7, PT7S", "429, '', ''"})
  void rateLimited_keepsRetryAfterFromTheHeader(int status, String retryAfter, String expected)
      throws Exception {
    MockResponse.Builder response =
        json(status, "{\"overLimit\": {\"code\": " + status + ", \"message\": \"Over limit\"}}")
            .newBuilder();
    if (!retryAfter.isEmpty()) {
      response.setHeader("Retry-After", retryAfter);
    }
    server.enqueue(response.build());
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listServers().stream().count())
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.faultName()).contains("overLimit");
                assertThat(e.retryAfter())
                    .isEqualTo(
                        expected.isEmpty()
                            ? Optional.empty()
                            : Optional.of(Duration.parse(expected)));
              });
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
  }

  @Test
  void htmlErrorPage_becomesServiceErrorWithoutMarkupOrToken() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body("<html><body><h1>502 Bad Gateway</h1><p>token " + TOKEN + "</p></body></html>")
            .build());
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ServiceErrorException.class)
          .hasMessageContaining("502")
          .hasMessageNotContaining("<")
          .hasMessageNotContaining(TOKEN);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @Test
  void unreadable200_becomesComputeClientException() throws Exception {
    server.enqueue(json(200, "{\"servers\": [{\"id\": \"s1\", \"links\": {}}]}"));
    server.enqueue(json(200, "{\"servers\": [{\"id\": \"s1\""));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html")
            .setHeader("X-Compute-Request-Id", "req-200")
            .body("<html/>")
            .build());
    server.enqueue(json(200, "{\"servers\": {}}"));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      for (int i = 0; i < 5; i++) {
        assertThatThrownBy(() -> compute.listServers().stream().count())
            .isInstanceOf(ComputeClientException.class)
            .hasMessageContaining("Unreadable response to GET /v2.1/servers/detail?limit=1000")
            .hasMessageContaining("request req-200");
      }
    }
    for (int i = 0; i < 5; i++) {
      assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
    }
    assertThat(server.getRequestCount()).as("no page after an unreadable one").isEqualTo(5);
  }

  @Test
  void connectionDropped_becomesComputeClientExceptionWithCause() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("GET /v2.1/servers/s1 failed")
          .hasCauseInstanceOf(java.io.IOException.class);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bodyThatBreaksOffOrWillNotDecompress_namesItsResponse_andIsStillRetried() throws Exception {
    String body = fixture("servers/server-get-resp.json");
    server.enqueue(
        json(200, body)
            .newBuilder()
            .setHeader("Content-Length", body.length() + 100)
            .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(json(200, body));
    server.enqueue(json(200, body).newBuilder().setHeader("Content-Encoding", "gzip").build());
    RetryPolicy twoAttempts =
        RetryPolicy.builder()
            .maxAttempts(2)
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1))
            .build();
    try (ComputeClient compute = client(server, "/v2.1").retryPolicy(twoAttempts).build();
        ComputeClient once = client(server, "/v2.1").build()) {
      assertThat(compute.getServer("s1").id()).as("the cut body was retried").isNotBlank();
      assertThatThrownBy(() -> once.getServer("s2"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageStartingWith(
              "GET /v2.1/servers/s2 failed while reading the body of its response"
                  + " (status 200, request req-200, Content-Encoding gzip): IOException (ID1ID2: actual 0x")
          .hasCauseExactlyInstanceOf(java.io.IOException.class);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
  }

  @Test
  void stalledBody_endsWithinCallTimeout() throws Exception {
    server.enqueue(
        json(200, fixture("servers/server-get-resp.json"))
            .newBuilder()
            .bodyDelay(5, TimeUnit.SECONDS)
            .build());
    try (ComputeClient compute =
        client(server, "/v2.1").callTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("failed");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @Test
  void errorResponses_areClosed_soTheConnectionIsReused() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "{\"computeFault\": {\"code\": 500, \"message\": \"boom\"}}"));
    }
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> compute.getServer("s1")).isInstanceOf(ServiceErrorException.class);
      }
      compute.getServer("s1");
    }
    int first = server.takeRequest().getConnectionIndex();
    for (int i = 0; i < 3; i++) {
      assertThat(server.takeRequest().getConnectionIndex()).isEqualTo(first);
    }
  }
}
