package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.KeystoneResponses.PASSWORD;
import static io.github.stacksdk.compute.KeystoneResponses.endpoint;
import static io.github.stacksdk.compute.KeystoneResponses.service;
import static io.github.stacksdk.compute.KeystoneResponses.token;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client with Keystone v3: token, catalog, renewal after a 401, errors and redaction. */
final class ComputeClientKeystoneTest {
  private static final Instant IN_AN_HOUR =
      Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop final MockWebServer server = new MockWebServer();

  private String url(String path) {
    return server.url(path).toString().replaceAll("/$", "");
  }

  private KeystoneAuth.Builder password() {
    return KeystoneAuth.builder()
        .authUrl(url("/identity"))
        .username("alice")
        .userDomainName("Default")
        .password(PASSWORD)
        .projectName("web")
        .projectDomainName("Default");
  }

  private String compute(String region) {
    return service(
        "compute",
        "nova",
        endpoint("public", region, url("/compute/v2.1")),
        endpoint("internal", region, url("/internal/v2.1")));
  }

  private RecordedRequest takeTokenRequest() throws InterruptedException {
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(post.getHeaders().get("X-Auth-Token")).isNull();
    return post;
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void password_projectScope_tokenAndCatalogEndpointAreUsed() throws Exception {
    server.enqueue(
        token(
            "tok-1",
            IN_AN_HOUR,
            service("identity", "keystone", endpoint("public", "RegionOne", url("/identity"))),
            compute("RegionOne")));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute = ComputeClient.builder().keystone(password().build()).build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/compute/v2.1"));
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    JsonNode auth = body(takeTokenRequest()).path("auth");
    assertThat(auth.toString())
        .isEqualTo(
            "{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"alice\","
                + "\"domain\":{\"name\":\"Default\"},\"password\":\""
                + PASSWORD
                + "\"}}},"
                + "\"scope\":{\"project\":{\"name\":\"web\",\"domain\":{\"name\":\"Default\"}}}}");
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/identity", "/identity/", "/identity/v3", "/identity/v3/"})
  void authUrl_withOrWithoutV3(String path) throws Exception {
    server.enqueue(token("tok-1", IN_AN_HOUR, compute("RegionOne")));
    try (ComputeClient compute =
        ComputeClient.builder()
            .keystone(password().authUrl(server.url(path).toString()).build())
            .build()) {
      assertThat(compute.endpoint().toString()).endsWith("/compute/v2.1");
    }
    takeTokenRequest();
  }

  @Test
  void idsAndDomainScope_andApplicationCredentials_sendTheirOwnBodies() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(token("tok-" + i, IN_AN_HOUR, compute("RegionOne")));
    }
    KeystoneAuth byIds =
        KeystoneAuth.builder()
            .authUrl(url("/identity"))
            .userId("u1")
            .password(PASSWORD)
            .projectId("8f3a9c")
            .build();
    KeystoneAuth appCredById =
        KeystoneAuth.builder()
            .authUrl(url("/identity"))
            .applicationCredentialId("ac1")
            .applicationCredentialSecret("sec")
            .build();
    KeystoneAuth appCredByName =
        KeystoneAuth.builder()
            .authUrl(url("/identity"))
            .applicationCredentialName("ci")
            .username("alice")
            .userDomainId("default")
            .applicationCredentialSecret("sec")
            .build();
    for (KeystoneAuth auth : List.of(byIds, appCredById, appCredByName)) {
      ComputeClient.builder().keystone(auth).build().close();
    }
    assertThat(body(takeTokenRequest()).path("auth").toString())
        .isEqualTo(
            "{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"id\":\"u1\",\"password\":\""
                + PASSWORD
                + "\"}}},\"scope\":{\"project\":{\"id\":\"8f3a9c\"}}}");
    assertThat(body(takeTokenRequest()).path("auth").toString())
        .as("an application credential carries its own scope")
        .isEqualTo(
            "{\"identity\":{\"methods\":[\"application_credential\"],"
                + "\"application_credential\":{\"id\":\"ac1\",\"secret\":\"sec\"}}}");
    assertThat(body(takeTokenRequest()).path("auth").toString())
        .isEqualTo(
            "{\"identity\":{\"methods\":[\"application_credential\"],\"application_credential\":{\"name\":\"ci\","
                + "\"user\":{\"name\":\"alice\",\"domain\":{\"id\":\"default\"}},\"secret\":\"sec\"}}}");
  }

  @Test
  void catalog_choosesByInterfaceRegionAndName_substitutesTheProject_andVersionsABareUrl()
      throws Exception {
    String catalog =
        service(
            "compute",
            "nova",
            endpoint("public", "RegionOne", url("/one/v2.1")),
            endpoint("public", "RegionTwo", url("/two/v2.1/%(tenant_id)s")),
            endpoint("internal", "RegionTwo", url("/two-internal/compute")));
    String legacy =
        service(
            "compute",
            "cloudServersOpenStack",
            endpoint("public", "RegionTwo", url("/legacy/v2/$(project_id)s")));
    for (int i = 0; i < 4; i++) {
      server.enqueue(token("tok", IN_AN_HOUR, catalog, legacy));
    }
    assertThat(endpointFor(password().region("RegionOne"))).isEqualTo(url("/one/v2.1"));
    assertThat(endpointFor(password().region("RegionTwo").serviceName("nova")))
        .isEqualTo(url("/two/v2.1/8f3a9c"));
    assertThat(endpointFor(password().region("RegionTwo").interfaceType("internal")))
        .isEqualTo(url("/two-internal/compute/v2.1"));
    assertThat(endpointFor(password().region("RegionTwo").serviceName("cloudServersOpenStack")))
        .isEqualTo(url("/legacy/v2/8f3a9c"));
  }

  private String endpointFor(KeystoneAuth.Builder auth) throws InterruptedException {
    try (ComputeClient compute = ComputeClient.builder().keystone(auth.build()).build()) {
      takeTokenRequest();
      return compute.endpoint().toString();
    }
  }

  @Test
  void catalog_noneOrSeveral_isAClearErrorListingTheOffers() throws Exception {
    server.enqueue(
        token(
            "tok",
            IN_AN_HOUR,
            compute("RegionOne"),
            service("compute", "nova", endpoint("public", "RegionTwo", url("/two/v2.1")))));
    server.enqueue(token("tok", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(
        token(
            "tok",
            IN_AN_HOUR,
            service("identity", "keystone", endpoint("public", "RegionOne", url("/id")))));

    assertThatThrownBy(() -> ComputeClient.builder().keystone(password().build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Several compute endpoints (2)")
        .hasMessageContaining("nova public RegionTwo " + url("/two/v2.1"))
        .hasMessageContaining("Set the region or the service name");
    assertThatThrownBy(
            () -> ComputeClient.builder().keystone(password().region("RegionNine").build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No compute endpoint")
        .hasMessageContaining("region RegionNine")
        .hasMessageContaining("nova internal RegionOne " + url("/internal/v2.1"));
    assertThatThrownBy(() -> ComputeClient.builder().keystone(password().build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the catalog has no compute service");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void explicitEndpoint_overridesTheCatalog() throws Exception {
    server.enqueue(token("tok-1", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute =
        ComputeClient.builder()
            .keystone(password().build())
            .endpoint(url("/elsewhere/v2.1"))
            .build()) {
      compute.getServer("s1");
    }
    takeTokenRequest();
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/elsewhere/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
  }

  @Test
  void nova401_renewsTheTokenOnce_andAsksAgain() throws Exception {
    server.enqueue(token("tok-1", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"revoked\"}}"));
    server.enqueue(token("tok-2", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"revoked\"}}"));
    server.enqueue(token("tok-3", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"still no\"}}"));
    try (ComputeClient compute = ComputeClient.builder().keystone(password().build()).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("still no");
    }
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok-2");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok-2");
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok-3");
    assertThat(server.getRequestCount()).as("one renewal per refused call, no loop").isEqualTo(7);
  }

  @Test
  void badCredentials_failAtBuild_withKeystonesMessage_andNoSecretAnywhere() throws Exception {
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"The password "
                + PASSWORD
                + " is wrong.\"}}"));
    RecordingLogSink sink = new RecordingLogSink();
    KeystoneAuth auth = password().build();

    assertThatThrownBy(() -> ComputeClient.builder().keystone(auth).logSink(sink).build())
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401))
        .hasMessageContaining("is wrong")
        .hasMessageNotContaining(PASSWORD);
    assertThat(auth.toString()).doesNotContain(PASSWORD).contains("password=****");
    assertThat(sink.all()).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
    takeTokenRequest();
  }

  @Test
  void subjectToken_neverLogged() throws Exception {
    server.enqueue(token("gAAAA-subject-token-secret", IN_AN_HOUR, compute("RegionOne")));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    RecordingLogSink sink = new RecordingLogSink();
    try (ComputeClient compute =
        ComputeClient.builder().keystone(password().build()).logSink(sink).build()) {
      compute.getServer("s1");
      assertThat(compute.toString()).doesNotContain("gAAAA-subject-token-secret");
    }
    assertThat(sink.all())
        .anyMatch(line -> line.startsWith("POST /identity/v3/auth/tokens -> 201"));
    assertThat(sink.all())
        .noneMatch(line -> line.contains("gAAAA-subject-token-secret") || line.contains(PASSWORD));
    takeTokenRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token"))
        .isEqualTo("gAAAA-subject-token-secret");
  }

  @Test
  void settings_thatCannotWork_failAtBuild() {
    assertThatThrownBy(
            () -> KeystoneAuth.builder().authUrl("http://k").username("a").password("p").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userDomainName");
    assertThatThrownBy(() -> KeystoneAuth.builder().authUrl("http://k").userId("u").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(
            () ->
                KeystoneAuth.builder()
                    .authUrl("http://k")
                    .userId("u")
                    .password("p")
                    .projectName("p")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projectDomain");
    assertThatThrownBy(
            () ->
                KeystoneAuth.builder()
                    .authUrl("http://k")
                    .applicationCredentialId("a")
                    .applicationCredentialSecret("s")
                    .projectId("p")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("own scope");
    assertThatThrownBy(
            () ->
                KeystoneAuth.builder()
                    .authUrl("http://k")
                    .userId("u")
                    .password("p")
                    .interfaceType("private")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interfaceType");
    assertThatThrownBy(
            () -> ComputeClient.builder().keystone(password().build()).token("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set one of keystone(..), rackspace(..) or a token");
    assertThat(server.getRequestCount()).isZero();
  }

  /** {@link KeystoneResponses#token} with this X-Subject-Token, written as is (any character). */
  private MockResponse tokenWithRawHeader(String subjectToken) {
    return token("placeholder", IN_AN_HOUR, compute("RegionOne"))
        .newBuilder()
        .removeHeader("X-Subject-Token")
        .addHeaderLenient("X-Subject-Token", subjectToken)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "gAAAA-s\u00e9cret-subject-token",
        "gAAAA-s\u0007cret-subject-token",
        "gAAAA-s cret-subject-token"
      })
  void subjectToken_thatAHeaderCannotCarry_failsAtBuild_withoutQuotingIt(String subjectToken)
      throws Exception {
    server.enqueue(tokenWithRawHeader(subjectToken));

    Throwable thrown =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());

    assertThat(thrown)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Keystone answered POST /identity/v3/auth/tokens with an X-Subject-Token that has a character");
    assertThat(ExceptionTexts.of(thrown))
        .doesNotContain(subjectToken)
        .doesNotContain("cret-subject-token")
        .doesNotContain("gAAAA");
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void subjectToken_withSpaceAndTabAround_isSentTrimmed() throws Exception {
    server.enqueue(tokenWithRawHeader(" \ttok-1 \t"));
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute = ComputeClient.builder().keystone(password().build()).build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    takeTokenRequest();
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("tok-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tokenAnswer_inflatingFarPastTheCap_failsTyped_afterOnePost() throws Exception {
    // 64 MB of catalog once inflated, less than 1 MB on the wire.
    Buffer gzipped = new Buffer();
    try (OutputStream out = new GZIPOutputStream(gzipped.outputStream())) {
      out.write(
          ("{\"token\": {\"expires_at\": \"" + IN_AN_HOUR + "\", \"catalog\": [")
              .getBytes(StandardCharsets.UTF_8));
      // 4,000,000 entries of 16 bytes.
      byte[] entries = "{},             ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40; i++) {
        out.write(entries);
      }
      out.write("{}]}}".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(gzipped.size()).isLessThan(1024 * 1024);
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("Content-Type", "application/json")
            .setHeader("Content-Encoding", "gzip")
            .setHeader("X-Subject-Token", "tok-1")
            .body(gzipped)
            .build());

    assertThatThrownBy(() -> ComputeClient.builder().keystone(password().build()).build())
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Keystone answered POST /identity/v3/auth/tokens with more than 8388608 bytes")
        .hasMessageNotContaining(PASSWORD);
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private MockResponse tokenBody(String tokenJson) {
    return new MockResponse.Builder()
        .code(201)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Subject-Token", "tok-1")
        .body("{\"token\": " + tokenJson + "}")
        .build();
  }

  @Test
  void expiresAt_thatIsNoTimestamp_failsTyped_withAShortPrintableExcerpt() throws Exception {
    String catalog = "\"catalog\": [" + compute("RegionOne") + "]";
    server.enqueue(tokenBody("{\"expires_at\": \"not-a-date\", " + catalog + "}"));
    server.enqueue(
        tokenBody(
            "{\"expires_at\": \"2026-01-01T00:00:00Z \\u0007 "
                + PASSWORD
                + " "
                + "x".repeat(500)
                + "\", "
                + catalog
                + "}"));
    server.enqueue(tokenBody("{\"expires_at\": 1767225600, " + catalog + "}"));
    server.enqueue(
        tokenBody(
            "{\"expires_at\": \""
                + IN_AN_HOUR
                + "\", \"issued_at\": \"yesterday\", "
                + catalog
                + "}"));

    Throwable notADate =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());
    Throwable long_ =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());
    Throwable number =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());
    Throwable issued =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());

    assertThat(notADate)
        .isInstanceOf(ComputeClientException.class)
        .hasMessage(
            "Keystone answered POST /identity/v3/auth/tokens with an expires_at that is not a timestamp: \"not-a-date\"");
    assertThat(long_)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Keystone answered POST /identity/v3/auth/tokens with an expires_at that is not a timestamp: \"2026-01-01T00:00:00Z ? ****");
    assertThat(long_.getMessage())
        .hasSizeLessThan(200)
        .doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    assertThat(number)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageEndingWith("with an expires_at that is not a timestamp: a number");
    assertThat(issued)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageEndingWith("with an issued_at that is not a timestamp: \"yesterday\"");
    for (Throwable thrown : List.of(notADate, long_, number, issued)) {
      assertThat(ExceptionTexts.of(thrown))
          .doesNotContain(PASSWORD)
          .doesNotContain("DateTimeParseException");
    }
    for (int i = 0; i < 4; i++) {
      takeTokenRequest();
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void tokenAnswer_thatIsNotJson_failsTyped_withoutQuotingTheBody() throws Exception {
    server.enqueue(tokenBody("{\"expires_at\": " + PASSWORD + "}"));
    Throwable thrown =
        catchThrowable(() -> ComputeClient.builder().keystone(password().build()).build());
    assertThat(thrown)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Keystone answered POST /identity/v3/auth/tokens with a body that is not JSON");
    assertThat(ExceptionTexts.of(thrown)).doesNotContain(PASSWORD).doesNotContain("pa55word");
    takeTokenRequest();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "application credential: {0}")
  @ValueSource(booleans = {false, true})
  void secretEchoedInAPrintedHeader_isMaskedAtDebugAndTrace(boolean applicationCredential)
      throws Exception {
    String secret = applicationCredential ? "app-cred-s3cret-value" : PASSWORD;
    KeystoneAuth auth =
        applicationCredential
            ? KeystoneAuth.builder()
                .authUrl(url("/identity"))
                .applicationCredentialId("ac1")
                .applicationCredentialSecret(secret)
                .build()
            : password().build();
    server.enqueue(
        token("tok-1", IN_AN_HOUR, compute("RegionOne"))
            .newBuilder()
            .setHeader("X-Openstack-Request-Id", "req-" + secret)
            .setHeader("Content-Type", "application/json; echo=" + secret)
            .build());
    RecordingLogSink sink = new RecordingLogSink();

    ComputeClient.builder().keystone(auth).logSink(sink).build().close();

    assertThat(sink.debug)
        .anyMatch(
            line ->
                line.startsWith("POST /identity/v3/auth/tokens -> 201")
                    && line.contains("request req-****"));
    assertThat(sink.trace).anyMatch(line -> line.contains("< X-Openstack-Request-Id: req-****;"));
    assertThat(sink.trace)
        .anyMatch(line -> line.contains("< Content-Type: application/json; echo=****;"));
    assertThat(sink.all()).noneMatch(line -> line.contains(secret));
    RecordedRequest post = takeTokenRequest();
    assertThat(post.getBody().utf8()).contains(secret);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
