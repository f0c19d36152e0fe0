package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.RateLimitedException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken responses, sent by a MockWebServer to every face of the client that reads
 * servers: broken, empty and foreign-shaped JSON, proxy pages, compressed bodies, resets and
 * stalls, unknown statuses, and absurd or garbage {@code Retry-After}s. Each case ends in the SDK's
 * own exception, with a message that says what was wrong, or in the right result: never in a
 * hang, an unchecked Jackson or OkHttp exception, or a connection left held (checked after every
 * case). {@link HostileSocketTest} sends what a MockWebServer cannot; next-page links that lie are
 * tested with the listings, in {@link ComputeClientListServersTest} and {@link
 * ComputeAsyncClientTest}.
 */
@Timeout(30)
final class HostileResponsesTest {
  private static final String SERVER = ServerCall.Fixture.SERVER;
  private static final String SERVERS = ServerCall.Fixture.SERVERS;
  private static final Map<Integer, String> REASONS =
      Map.of(
          400,
          "Bad Request",
          418,
          "I'm a teapot",
          429,
          "Too Many Requests",
          500,
          "Internal Server Error",
          502,
          "Bad Gateway",
          503,
          "Service Unavailable",
          504,
          "Gateway Timeout",
          599,
          "Network Connect Timeout Error");
  private static final RetryPolicy THREE_ATTEMPTS =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(200))
          .maxBackoff(Duration.ofSeconds(1))
          .build();

  @StartStop final MockWebServer server = TestSupport.noDelayServer();
  private final LeakCheck leaks = LeakCheck.start();
  private final RecordingLogSink log = new RecordingLogSink();
  private final RecordingDelays delays = new RecordingDelays();

  @AfterEach
  void noConnectionLeftHeld() throws InterruptedException {
    leaks.finish();
  }

  // Broken JSON on 200.

  /** A real body broken in one way, and what the exception must say about it. */
  enum BrokenBody {
    MALFORMED("Unrecognized token 'ACTIVE'") {
      @Override
      String of(String body) {
        return body.replace("\"status\": \"ACTIVE\"", "\"status\": ACTIVE");
      }
    },
    TRUNCATED("Unexpected end-of-input") {
      @Override
      String of(String body) {
        return body.substring(0, body.length() / 2);
      }
    },
    EMPTY("Cannot read 'body': expected a JSON object, found the end of the input") {
      @Override
      String of(String body) {
        return "";
      }
    },
    CONCATENATED("Cannot read 'body': expected the end of the body") {
      @Override
      String of(String body) {
        return body + body;
      }
    };

    final String says;

    BrokenBody(String says) {
      this.says = says;
    }

    abstract String of(String body);
  }

  static Stream<Arguments> brokenBodies() {
    return ServerCall.every(BrokenBody.values());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("brokenBodies")
  void ok_brokenJson_isUnreadableWithStatusAndParseError(ServerCall call, BrokenBody broken)
      throws Exception {
    server.enqueue(json(200, broken.of(call.okBody)));

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Unreadable response to " + call.request() + " (status 200, request req-200): ")
        .hasMessageContaining(broken.says)
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  // Broken JSON, other JSON, and nothing, on error statuses.

  static Stream<Arguments> brokenErrorBodies() {
    return ServerCall.every(
        new ErrorCase(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid key_name provided.\"",
            InvalidRequestException.class,
            "HTTP 400 Bad Request: {\"badRequest\": {\"code\": 400, \"message\": \"Invalid key_name provided.\""),
        new ErrorCase(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid key_name provided.\",}}",
            InvalidRequestException.class,
            "\"message\": \"Invalid key_name provided.\",}}"),
        new ErrorCase(
            500,
            "",
            ServiceErrorException.class,
            "HTTP 500 Internal Server Error (status 500, request req-500)"),
        new ErrorCase(
            500,
            "{\"computeFault\": {\"code\": 500, \"message\": \"Unexpected API Err",
            ServiceErrorException.class,
            "HTTP 500 Internal Server Error: {\"computeFault\": {\"code\": 500, \"message\": \"Unexpected API Err"),
        new ErrorCase(
            500,
            "{\"servers\": []}",
            ServiceErrorException.class,
            "HTTP 500 Internal Server Error: {\"servers\": []}"),
        new ErrorCase(
            500,
            "[\"computeFault\"]",
            ServiceErrorException.class,
            "HTTP 500 Internal Server Error: [\"computeFault\"]"));
  }

  /** An error response and what it must end in. */
  static final class ErrorCase {
    final int status;
    final String body;
    final Class<? extends ComputeServiceException> type;
    final String says;

    ErrorCase(int status, String body, Class<? extends ComputeServiceException> type, String says) {
      this.status = status;
      this.body = body;
      this.type = type;
      this.says = says;
    }

    @Override
    public String toString() {
      return status + " " + (body.isEmpty() ? "(empty)" : body);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("brokenErrorBodies")
  void errorStatus_brokenOrForeignJson_isTheStatusExceptionQuotingTheBody(
      ServerCall call, ErrorCase error) throws Exception {
    server.enqueue(reply(error.status, "application/json", error.body));

    assertServiceError(failure(call), error.type, error.status).hasMessageContaining(error.says);
  }

  // Proxy pages: HTML and plain text.

  static Stream<Arguments> proxyPages() {
    return ServerCall.every(
        new ProxyPage(
            502,
            "text/html",
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                + "<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n",
            "HTTP 502 Bad Gateway: 502 Bad Gateway",
            "nginx/1.18.0 (Ubuntu)"),
        new ProxyPage(
            503,
            "text/html; charset=iso-8859-1",
            "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>503 Service Unavailable</title>\n"
                + "<style>body { color: red }</style></head><body>\n<h1>Service Unavailable</h1>\n<p>The server is temporarily unable"
                + " to service your request due to maintenance downtime or capacity problems. Please try again later.</p>\n"
                + "<script>track()</script><hr>\n<address>Apache/2.4.52 (Ubuntu) Server at nova.example.org Port 8774</address>\n"
                + "</body></html>\n",
            "HTTP 503 Service Unavailable: Service Unavailable The server is temporarily unable to service your request",
            "Apache/2.4.52 (Ubuntu)"),
        new ProxyPage(
            504,
            "text/plain",
            "upstream request timeout",
            "HTTP 504 Gateway Timeout: upstream request timeout",
            null),
        new ProxyPage(
            500,
            "text/plain; charset=utf-8",
            "Internal Server Error\n\n   Traceback (most recent call last) &lt;hidden&gt;\n",
            "HTTP 500 Internal Server Error: Internal Server Error Traceback (most recent call last) &lt;hidden&gt;",
            null));
  }

  /** A page that a proxy in front of Nova answers with, and what the message must quote of it. */
  static final class ProxyPage {
    final int status;
    final String contentType;
    final String body;
    final String says;
    final @Nullable String alsoSays;

    ProxyPage(int status, String contentType, String body, String says, @Nullable String alsoSays) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.says = says;
      this.alsoSays = alsoSays;
    }

    @Override
    public String toString() {
      return status + " " + contentType;
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("proxyPages")
  void errorStatus_proxyPage_isServiceErrorWithThePagesTextNotItsMarkup(
      ServerCall call, ProxyPage page) throws Exception {
    server.enqueue(reply(page.status, page.contentType, page.body));

    Throwable thrown = failure(call);

    assertServiceError(thrown, ServiceErrorException.class, page.status)
        .hasMessageContaining(page.says)
        .hasMessageEndingWith("(status " + page.status + ", request req-" + page.status + ")")
        .hasMessageNotContaining("<")
        .hasMessageNotContaining("track()")
        .hasMessageNotContaining("color: red");
    if (page.alsoSays != null) {
      assertThat(thrown.getMessage()).contains(page.alsoSays);
    }
    assertThat(((ComputeServiceException) thrown).faultName()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_htmlLoginPage_isUnreadableNamingTheContentType(ServerCall call) throws Exception {
    server.enqueue(
        json(
                200,
                "<html><head><title>Sign in</title></head><body><form action=\"/login\"></form></body></html>")
            .newBuilder()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .build());

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessage(
            "Unreadable response to "
                + call.request()
                + " (status 200, request req-200): Content-Type text/html; charset=utf-8 is not JSON");
  }

  // Compressed bodies.

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_gzipContentEncoding_isDecompressedIntoTheRightResult(ServerCall call) throws Exception {
    server.enqueue(
        gzipped(call.okBody, false).newBuilder().setHeader("Content-Encoding", "gzip").build());

    try (ComputeClient compute = client().build()) {
      assertThat(call.run(compute)).containsExactly(call.okId);
    }
    RecordedRequest request = assertSentGet(server, call.path, call.query);
    assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
  }

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_gzipBytesWithoutContentEncoding_isUnreadable(ServerCall call) throws Exception {
    server.enqueue(gzipped(call.okBody, false));

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Unreadable response to " + call.request() + " (status 200, request req-200): ")
        .hasMessageContaining("Illegal character ((CTRL-CHAR, code 31))")
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_gzipWithBadChecksum_failsTheCall(ServerCall call) throws Exception {
    server.enqueue(
        gzipped(call.okBody, true).newBuilder().setHeader("Content-Encoding", "gzip").build());

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            call.request()
                + " failed while reading the body of its response"
                + " (status 200, request req-200, Content-Encoding gzip): IOException (CRC: actual 0x")
        .hasCauseExactlyInstanceOf(IOException.class);
  }

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_plainJsonDeclaredGzip_failsTheCall(ServerCall call) throws Exception {
    server.enqueue(
        json(200, call.okBody).newBuilder().setHeader("Content-Encoding", "gzip").build());

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            call.request()
                + " failed while reading the body of its response"
                + " (status 200, request req-200, Content-Encoding gzip): IOException (ID1ID2: actual 0x")
        .hasCauseExactlyInstanceOf(IOException.class);
  }

  // The connection: reset mid-body, a body that never ends.

  @ParameterizedTest
  @EnumSource(ServerCall.class)
  void ok_connectionResetMidBody_failsTheCall(ServerCall call) throws Exception {
    server.enqueue(
        json(200, call.okBody)
            .newBuilder()
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            call.request()
                + " failed while reading the body of its response (status 200, request req-200): ")
        .hasCauseInstanceOf(IOException.class);
  }

  static Stream<Arguments> stalls() {
    return ServerCall.every("headers then silence", "half a body then silence");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("stalls")
  void ok_bodyThatNeverEnds_failsWithinTheReadTimeout(ServerCall call, String stall)
      throws Exception {
    MockResponse.Builder response = json(200, call.okBody).newBuilder();
    if (stall.startsWith("headers")) {
      response.bodyDelay(1, TimeUnit.HOURS);
    } else {
      response.throttleBody(call.okBody.length() / 2, 1, TimeUnit.HOURS);
    }
    server.enqueue(response.build());

    long start = System.nanoTime();
    Throwable thrown = failure(call, client().readTimeout(Duration.ofMillis(500)));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(thrown)
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            call.request()
                + " failed while reading the body of its response (status 200, request req-200): ")
        .hasMessageContaining("SocketTimeoutException")
        .hasCauseInstanceOf(SocketTimeoutException.class);
  }

  // Statuses nobody expects.

  static Stream<Arguments> unknownStatuses() {
    return ServerCall.every(
        new ErrorCase(
            418,
            "I'm a teapot",
            ComputeServiceException.class,
            "HTTP 418 I'm a teapot: I'm a teapot (status 418, request req-418)"),
        new ErrorCase(
            599,
            "",
            ServiceErrorException.class,
            "HTTP 599 Network Connect Timeout Error (status 599, request req-599)"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unknownStatuses")
  void unknownStatus_isAComputeServiceExceptionKeepingTheStatus(ServerCall call, ErrorCase error)
      throws Exception {
    server.enqueue(reply(error.status, "text/plain", error.body));

    assertServiceError(failure(call), error.type, error.status).hasMessage(error.says);
  }

  // Bodies of another shape.

  static Stream<Arguments> foreignShapes() {
    return Stream.of(
            shapes(
                List.of(ServerCall.GET_SERVER, ServerCall.ASYNC_GET_SERVER),
                "{\"server\": []}",
                "Cannot read 'server': expected an object, found an array",
                "{\"server\": null}",
                "Cannot read 'server': expected an object, found null",
                "{}",
                "Missing required field 'server'",
                "[" + SERVER + "]",
                "Cannot read 'body': expected a JSON object, found an array",
                SERVERS,
                "Missing required field 'server'",
                "\"ACTIVE\"",
                "Cannot read 'body': expected a JSON object, found a string",
                "{\"server\": {\"name\": \"no id\"}}",
                "Invalid server body: Cannot build Server, some of required attributes are not set [id]"),
            shapes(
                List.of(
                    ServerCall.LIST_SERVERS,
                    ServerCall.LIST_SERVERS_PAGE,
                    ServerCall.ASYNC_LIST_SERVERS),
                "{\"servers\": {}}",
                "Cannot read 'servers': expected an array, found an object",
                "{\"servers\": \"none\"}",
                "Cannot read 'servers': expected an array, found a string",
                "{}",
                "Missing required field 'servers'",
                "[" + SERVERS + "]",
                "Cannot read 'body': expected a JSON object, found an array",
                SERVER,
                "Missing required field 'servers'",
                "{\"servers\": [42]}",
                "Cannot read 'server': expected an object, found a number",
                "{\"servers\": [{\"name\": \"no id\"}]}",
                "Invalid server body: Cannot build Server, some of required attributes are not set [id]"))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> shapes(List<ServerCall> calls, String... bodiesAndMessages) {
    List<Arguments> shapes = new ArrayList<>();
    for (ServerCall call : calls) {
      for (int i = 0; i < bodiesAndMessages.length; i += 2) {
        shapes.add(Arguments.of(call, bodiesAndMessages[i], bodiesAndMessages[i + 1]));
      }
    }
    return shapes.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("foreignShapes")
  void ok_bodyOfAnotherShape_isUnreadableNamingWhatWasWrong(
      ServerCall call, String body, String says) throws Exception {
    server.enqueue(json(200, body));

    assertThat(failure(call))
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            "Unreadable response to " + call.request() + " (status 200, request req-200): ")
        .hasMessageContaining(says)
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = ServerCall.class,
      names = {"LIST_SERVERS", "LIST_SERVERS_PAGE", "ASYNC_LIST_SERVERS"})
  void ok_nullServers_areAnEmptyListing(ServerCall call) throws Exception {
    server.enqueue(json(200, "{\"servers\": [null, null]}"));
    server.enqueue(json(200, "{\"servers\": null}"));

    try (ComputeClient compute = client().build()) {
      assertThat(call.run(compute)).isEmpty();
      assertThat(call.run(compute)).isEmpty();
    }
    assertSentGet(server, call.path, call.query);
    assertSentGet(server, call.path, call.query);
    assertThat(server.getRequestCount()).as("an empty page ends the listing").isEqualTo(2);
  }

  // Retry-After that is absurd or garbage, with a client that retries.

  static Stream<Arguments> hugeRetryAfters() {
    String yearsAhead =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusYears(7));
    List<Arguments> cases = new ArrayList<>();
    for (ServerCall call :
        List.of(ServerCall.GET_SERVER, ServerCall.LIST_SERVERS_PAGE, ServerCall.ASYNC_GET_SERVER)) {
      for (int status : new int[] {429, 503}) {
        for (String retryAfter :
            List.of("999999999", "999999999999999999999999999999", yearsAhead)) {
          cases.add(Arguments.of(call, status, retryAfter));
        }
      }
    }
    return cases.stream();
  }

  /**
   * With the real clock: a client that slept as asked would hit the class's time limit. The wait
   * is capped at a day, which is past the policy's deadline, so the call ends at once.
   */
  @ParameterizedTest(name = "{0} {1} Retry-After: {2}")
  @MethodSource("hugeRetryAfters")
  void hugeRetryAfter_givesUpAtOnceWithTheCappedDelay(
      ServerCall call, int status, String retryAfter) throws Exception {
    server.enqueue(fault(status, retryAfter));

    long start = System.nanoTime();
    Throwable thrown = failure(call, client().retryPolicy(THREE_ATTEMPTS));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertServiceError(
            thrown,
            status == 429 ? RateLimitedException.class : ServiceErrorException.class,
            status)
        .hasMessage(
            "try later (status " + status + ", fault overLimit, request req-" + status + ")");
    ComputeServiceException e = (ComputeServiceException) thrown;
    assertThat(e.attempts()).as("attempts").isEqualTo(1);
    assertThat(e.error().retryAfter()).contains(Duration.ofDays(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  static Stream<Arguments> garbageRetryAfters() {
    List<Arguments> cases = new ArrayList<>();
    for (ServerCall call :
        List.of(ServerCall.GET_SERVER, ServerCall.LIST_SERVERS, ServerCall.ASYNC_GET_SERVER)) {
      for (int status : new int[] {429, 503}) {
        for (String retryAfter :
            List.of("soon", "-5", "1e9", "1" + "0".repeat(40), "Fri, 32 Foo 2025 99:99:99 GMT")) {
          cases.add(Arguments.of(call, status, retryAfter));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} Retry-After: {2}")
  @MethodSource("garbageRetryAfters")
  void garbageRetryAfter_fallsBackToTheBackoff_andTheLastExceptionCountsTheAttempts(
      ServerCall call, int status, String retryAfter) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(fault(status, retryAfter));
    }

    Throwable thrown = failure(call, client().retryPolicy(THREE_ATTEMPTS).delays(delays));

    assertServiceError(
            thrown,
            status == 429 ? RateLimitedException.class : ServiceErrorException.class,
            status)
        .hasMessage(
            "try later (status "
                + status
                + ", fault overLimit, request req-"
                + status
                + "); gave up after 3 attempts");
    ComputeServiceException e = (ComputeServiceException) thrown;
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.error().retryAfter()).isEmpty();
    assertThat(delays.waits).hasSize(2);
    assertThat(delays.waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(delays.waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertSentGet(server, call.path, call.query);
    assertSentGet(server, call.path, call.query);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // Helpers.

  private ComputeClient.Builder client() {
    return TestSupport.client(server, "/v2.1", leaks.httpClient()).logSink(log);
  }

  /** Makes the call with a default test client; see {@link #failure(ServerCall, ComputeClient.Builder)}. */
  private Throwable failure(ServerCall call) throws InterruptedException {
    return failure(call, client());
  }

  /**
   * Makes the call, asserts that it failed with one of the SDK's exceptions and that the request
   * went out as it should, and returns the exception.
   */
  private Throwable failure(ServerCall call, ComputeClient.Builder client)
      throws InterruptedException {
    Throwable thrown = call.failure(client);
    assertSentGet(server, call.path, call.query);
    return thrown;
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable>
      assertServiceError(
          Throwable thrown, Class<? extends ComputeServiceException> type, int status) {
    assertThat(thrown).isExactlyInstanceOf(type);
    assertThat(((ComputeServiceException) thrown).statusCode()).as("status").isEqualTo(status);
    assertThat(((ComputeServiceException) thrown).requestId()).contains("req-" + status);
    return assertThat(thrown);
  }

  /** An error response with the status line a real server sends, not MockWebServer's "Client Error". */
  private static MockResponse reply(int status, String contentType, String body) {
    return json(status, body)
        .newBuilder()
        .status("HTTP/1.1 " + status + " " + REASONS.get(status))
        .setHeader("Content-Type", contentType)
        .build();
  }

  private static MockResponse fault(int status, String retryAfter) {
    String body = "{\"overLimit\": {\"code\": " + status + ", \"message\": \"try later\"}}";
    return reply(status, "application/json", body)
        .newBuilder()
        .setHeader("Retry-After", retryAfter)
        .build();
  }

  /** A 200 whose body is {@code text} gzipped, without Content-Encoding; optionally with a bad CRC. */
  private static MockResponse gzipped(String text, boolean badChecksum) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = bytes.toByteArray();
    if (badChecksum) {
      body[body.length - 8] ^= 0x5a; // the CRC-32 is the trailer's first four bytes
    }
    return json(200, "").newBuilder().body(new Buffer().write(body)).build();
  }
}
