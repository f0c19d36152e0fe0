package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rackspace's legacy identity: API key, v2.0 token, cloudServersOpenStack by region. */
final class ComputeClientRackspaceTest {
  private static final String API_KEY = "0123456789abcdef-api-key";
  private static final Instant IN_A_DAY =
      Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  @StartStop final MockWebServer server = new MockWebServer();

  private String url(String path) {
    return server.url(path).toString().replaceAll("/$", "");
  }

  /** The shape of Rackspace's v2.0 answer: access.token and access.serviceCatalog. */
  private MockResponse access(String token) {
    return access(token, "\"" + IN_A_DAY + "\"");
  }

  /** {@code token} and {@code expires} as JSON text, written into the body as they are. */
  private MockResponse access(String token, String expires) {
    String servers =
        "{\"name\": \"cloudServersOpenStack\", \"type\": \"compute\", \"endpoints\": ["
            + "{\"region\": \"DFW\", \"tenantId\": \"123456\", \"publicURL\": \""
            + url("/dfw/v2/123456")
            + "\","
            + " \"internalURL\": \""
            + url("/dfw-snet/v2/123456")
            + "\"},"
            + "{\"region\": \"ORD\", \"tenantId\": \"123456\", \"publicURL\": \""
            + url("/ord/v2/123456")
            + "\"}]}";
    String files =
        "{\"name\": \"cloudFiles\", \"type\": \"object-store\", \"endpoints\": [{\"region\": \"DFW\", \"publicURL\": \""
            + url("/files")
            + "\"}]}";
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(
            "{\"access\": {\"token\": {\"id\": \""
                + token
                + "\", \"expires\": "
                + expires
                + ","
                + " \"tenant\": {\"id\": \"123456\", \"name\": \"123456\"}},"
                + " \"serviceCatalog\": ["
                + servers
                + ", "
                + files
                + "], \"user\": {\"id\": \"u1\", \"name\": \"alice\"}}}")
        .build();
  }

  private RackspaceAuth.Builder account() {
    return RackspaceAuth.builder().authUrl(url("/v2.0")).username("alice").apiKey(API_KEY);
  }

  private RecordedRequest takeTokenRequest() throws InterruptedException {
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2.0/tokens");
    return post;
  }

  @Test
  void apiKey_tokenAndRegionalEndpointAreUsed() throws Exception {
    server.enqueue(access("rax-token-1"));
    server.enqueue(json(200, "{\"virtual_interfaces\": []}"));
    try (ComputeClient compute =
        ComputeClient.builder().rackspace(account().region("ORD").build()).build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/ord/v2/123456"));
      assertThat(compute.listVirtualInterfaces("s1")).isEmpty();
    }
    assertThat(takeTokenRequest().getBody().utf8())
        .isEqualTo(
            "{\"auth\":{\"RAX-KSKEY:apiKeyCredentials\":{\"username\":\"alice\",\"apiKey\":\""
                + API_KEY
                + "\"}}}");
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath())
        .isEqualTo("/ord/v2/123456/servers/s1/os-virtual-interfacesv2");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("rax-token-1");
    assertThat(get.getHeaders().get("OpenStack-API-Version"))
        .as("the legacy API takes no microversion")
        .isNull();
  }

  @Test
  void internalUrl_andTheRegionCaseInsensitive() throws Exception {
    server.enqueue(access("t"));
    try (ComputeClient compute =
        ComputeClient.builder()
            .rackspace(account().region("dfw").urlType("internalURL").build())
            .build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/dfw-snet/v2/123456"));
    }
    takeTokenRequest();
  }

  @Test
  void noRegion_withSeveral_isAClearErrorListingTheOffers() throws Exception {
    server.enqueue(access("t"));
    assertThatThrownBy(() -> ComputeClient.builder().rackspace(account().build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Several (2) cloudServersOpenStack publicURL")
        .hasMessageContaining("cloudServersOpenStack ORD " + url("/ord/v2/123456"))
        .hasMessageContaining("Set the region");
    takeTokenRequest();
  }

  @Test
  void nova401_renewsTheToken_andWrongKeyIsAnAuthenticationErrorWithoutTheKey() throws Exception {
    server.enqueue(access("rax-token-1"));
    server.enqueue(json(401, "{\"unauthorized\": {\"code\": 401, \"message\": \"expired\"}}"));
    server.enqueue(access("rax-token-2"));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    server.enqueue(
        json(
            401,
            "{\"unauthorized\": {\"code\": 401, \"message\": \"Username or api key is invalid: "
                + API_KEY
                + "\"}}"));
    try (ComputeClient compute =
        ComputeClient.builder().rackspace(account().region("DFW").build()).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    assertThatThrownBy(
            () -> ComputeClient.builder().rackspace(account().region("DFW").build()).build())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("api key is invalid")
        .hasMessageNotContaining(API_KEY);
    assertThat(account().build().toString()).doesNotContain(API_KEY);
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("rax-token-1");
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("rax-token-2");
    takeTokenRequest();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rax-t\\u00f6ken-secret", "rax-t\\u0000ken-secret", "rax-t ken-secret"})
  void tokenId_thatAHeaderCannotCarry_failsAtBuild_withoutQuotingIt(String jsonToken)
      throws Exception {
    server.enqueue(access(jsonToken));

    Throwable thrown =
        catchThrowable(
            () -> ComputeClient.builder().rackspace(account().region("DFW").build()).build());

    assertThat(thrown)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Rackspace identity answered POST /v2.0/tokens with an access.token.id that has a character");
    assertThat(ExceptionTexts.of(thrown))
        .doesNotContain("ken-secret")
        .doesNotContain("rax-t")
        .doesNotContain(API_KEY);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tokenId_withWhitespaceAround_isSentTrimmed() throws Exception {
    server.enqueue(access("\\n rax-token-1 \\t\\r\\n"));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute =
        ComputeClient.builder().rackspace(account().region("DFW").build()).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    takeTokenRequest();
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/dfw/v2/123456/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("rax-token-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void expires_thatIsNoTimestamp_failsTyped() throws Exception {
    server.enqueue(access("rax-token-1", "\"not-a-date\""));
    Throwable thrown =
        catchThrowable(
            () -> ComputeClient.builder().rackspace(account().region("DFW").build()).build());
    assertThat(thrown)
        .isInstanceOf(ComputeClientException.class)
        .hasMessage(
            "Rackspace identity answered POST /v2.0/tokens with an expires that is not a timestamp: \"not-a-date\"");
    assertThat(ExceptionTexts.of(thrown))
        .doesNotContain("DateTimeParseException")
        .doesNotContain(API_KEY);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apiKeyEchoedInAPrintedHeader_isMaskedAtDebugAndTrace() throws Exception {
    server.enqueue(
        access("rax-token-1")
            .newBuilder()
            .setHeader("X-Compute-Request-Id", "req-" + API_KEY)
            .build());
    RecordingLogSink sink = new RecordingLogSink();

    ComputeClient.builder()
        .rackspace(account().region("DFW").build())
        .logSink(sink)
        .build()
        .close();

    assertThat(sink.debug)
        .anyMatch(
            line ->
                line.startsWith("POST /v2.0/tokens -> 200") && line.contains("request req-****"));
    assertThat(sink.trace).anyMatch(line -> line.contains("< X-Compute-Request-Id: req-****;"));
    assertThat(sink.all()).noneMatch(line -> line.contains(API_KEY));
    assertThat(takeTokenRequest().getBody().utf8()).contains(API_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
