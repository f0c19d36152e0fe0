package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.RateLimitedException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ErrorDecoderTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final MediaType HTML = MediaType.get("text/html; charset=iso-8859-1");
  private static final String TOKEN = "gAAAAABnQk2-Zx8_secret-token-4f1d9c2b7e6a";
  private static final String REQUEST_ID = "req-4b1e2f3a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";
  private static final String COMPUTE_REQUEST_ID = "req-9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

  /**
   * What each fixture decodes to: the exception type (without "Exception") and the fault name.
   * Every file in the folder must have a row, so that a new fixture cannot go unchecked.
   */
  private static final String[] FIXTURE_TABLE = {
    "400-badRequest-invalid-api-version-string.json      | InvalidRequest   | badRequest",
    "400-badRequest-invalid-limit.json                   | InvalidRequest   | badRequest",
    "400-badRequest-malformed-request-body.json          | InvalidRequest   | badRequest",
    "400-badRequest-marker-not-found.json                | MarkerNotFound   | badRequest",
    "401-keystonemiddleware-error-unauthorized.json      | Authentication   | Unauthorized",
    "401-unauthorized-image-not-authorized.json          | Authentication   | unauthorized",
    "403-forbidden-policy-not-authorized.json            | PermissionDenied | forbidden",
    "403-forbidden-quota-exceeded.json                   | PermissionDenied | forbidden",
    "404-itemNotFound-instance-not-found.json            | ResourceNotFound | itemNotFound",
    "404-itemNotFound-microversion-too-low.json          | ResourceNotFound | itemNotFound",
    "404-webob-unmatched-route.json                      | ResourceNotFound | Not Found",
    "405-badMethod-legacy-v2-images-create.json          | ComputeService   | badMethod",
    "406-computeFault-microversion-not-supported.json    | MicroversionNotSupported | computeFault",
    "409-conflictingRequest-instance-invalid-state.json  | ResourceConflict | conflictingRequest",
    "409-conflictingRequest-instance-locked.json         | ResourceConflict | conflictingRequest",
    "413-oslo-sizelimit-webob-format.json                | RateLimited      | Request Entity Too Large",
    "413-overLimit-rate-limited-pre-havana.json          | RateLimited      | overLimit",
    "413-overLimit-retryAfter-fault-class.json           | RateLimited      | overLimit",
    "415-badMediaType-unsupported-content-type.json      | ComputeService   | badMediaType",
    "429-overLimit-rate-limited-legacy-v2.json           | RateLimited      | overLimit",
    "500-computeFault-unexpected-api-error-pre-2025.json | ServiceError     | computeFault",
    "500-computeFault-unexpected-api-error.json          | ServiceError     | computeFault",
    "501-notImplemented-feature-not-supported.json       | ServiceError     | notImplemented",
    "501-notImplemented-set-password.json                | ServiceError     | notImplemented",
    "503-serviceUnavailable-fping-not-found.json         | ServiceError     | serviceUnavailable",
  };

  private static final Map<String, Expected> FIXTURES = parse(FIXTURE_TABLE);

  static Stream<String> errorFixtures() {
    return FixtureFiles.jsonFiles("errors").stream();
  }

  @Test
  void fixtureTable_namesEveryErrorFixture() {
    assertThat(FixtureFiles.jsonFiles("errors"))
        .hasSize(25)
        .containsExactlyInAnyOrderElementsOf(FIXTURES.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorFixtures")
  void decode_conformanceFixture_typeStatusFaultMessageAndRequestId(String file)
      throws IOException {
    Expected expected = FIXTURES.get(file);
    assertThat(expected).as("expectation for %s", file).isNotNull();
    int status = Integer.parseInt(file.substring(0, 3));
    String body = FixtureFiles.read("errors/" + file);
    JsonNode tree = ModelJson.mapper().readTree(body);
    JsonNode fault = faultObject(tree);
    Headers headers =
        Headers.of("X-OpenStack-Request-Id", REQUEST_ID, "OpenStack-API-Version", "compute 2.79");

    ComputeServiceException e =
        ErrorDecoder.decode(response(status, "", headers, JSON, body), List.of(TOKEN));

    assertThat(e).isExactlyInstanceOf(expected.type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.faultName()).contains(expected.faultName);
    assertThat(e.faultMessage()).isEqualTo(bodyMessage(tree));
    assertThat(e.requestId()).contains(REQUEST_ID);
    assertThat(e.microversion()).contains("2.79");
    assertThat(e.error().details())
        .isEqualTo(Optional.ofNullable(fault.get("details")).map(JsonNode::asText));
    assertThat(e.error().retryAfter())
        .isEqualTo(
            Optional.ofNullable(fault.get("retryAfter"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.asText()))));
    assertThat(e.getMessage())
        .startsWith(bodyMessage(tree))
        .endsWith(
            " (status "
                + status
                + ", fault "
                + expected.faultName
                + ", request "
                + REQUEST_ID
                + ")");
  }

  @Test
  void decode_keystone401_authenticationExceptionWithKeystoneMessage() {
    String body =
        "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", "
            + "\"message\": \"The request you have made requires authentication.\"}}";
    Headers headers =
        Headers.of(
            "WWW-Authenticate",
            "Keystone uri=\"https://keystone.example.org/v3\"",
            "X-OpenStack-Request-Id",
            REQUEST_ID);

    ComputeServiceException e = decode(401, "Unauthorized", headers, JSON, body);

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.faultName()).contains("Unauthorized");
    assertThat(e.faultMessage()).isEqualTo("The request you have made requires authentication.");
    assertThat(e.getMessage())
        .isEqualTo(
            "The request you have made requires authentication. "
                + "(status 401, fault Unauthorized, request "
                + REQUEST_ID
                + ")");
  }

  @Test
  void decode_keystoneErrorWithoutTitle_faultNameIsErrorKey() {
    ComputeServiceException e =
        decode(
            401, "", Headers.of(), JSON, "{\"error\": {\"code\": 401, \"message\": \"Expired.\"}}");

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.faultName()).contains("error");
    assertThat(e.faultMessage()).isEqualTo("Expired.");
  }

  @Test
  void decode_webobFlat404_messageWithoutMarkupAndTitleAsFaultName() {
    String body =
        "{\"message\": \"The resource could not be found.<br /><br />\\n\\n\\n\", "
            + "\"code\": \"404 Not Found\", \"title\": \"Not Found\"}";

    ComputeServiceException e = decode(404, "Not Found", Headers.of(), JSON, body);

    assertThat(e).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(e.faultName()).contains("Not Found");
    assertThat(e.faultMessage()).isEqualTo("The resource could not be found.");
    assertThat(e.getMessage())
        .isEqualTo("The resource could not be found. (status 404, fault Not Found)");
  }

  @Test
  void decode_webobFlatWithDetail_keepsDetailAfterBreaks() {
    String body =
        "{\"message\": \"Request is too large.<br /><br />\\nLarger than 114688.\\n\\n\", "
            + "\"code\": \"413 Request Entity Too Large\"}";

    ComputeServiceException e = decode(413, "", Headers.of(), JSON, body);

    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(e.faultName()).isEmpty();
    assertThat(e.faultMessage()).isEqualTo("Request is too large. Larger than 114688.");
  }

  @Test
  void decode_html502Page_serviceErrorWithCleanExcerpt() {
    String page =
        "<!DOCTYPE html>\n"
            + "<html><head><title>502 Bad Gateway</title>\n"
            + "<meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/errors.css\">\n"
            + "<style>\n"
            + "body { font-family: sans-serif; } h1 > span { color: red; }\n"
            + "</style>\n"
            + "<script type=\"text/javascript\">\n"
            + "  if (a < b && c > d) { document.write(\"<p>hidden</p>\"); }\n"
            + "</SCRIPT>\n"
            + "</head>\n"
            + "<body>\n"
            + "<h1 class=\"error\">Bad Gateway</h1>\n"
            + "<!-- upstream nova-api-01 -->\n"
            + "<p>The proxy server received an invalid response from an upstream server.<br/>\n"
            + "Sorry&nbsp;for the inconvenience &amp; please retry &#8212; or contact"
            + " &quot;ops&quot; at <a href=\"mailto:ops@example.org\" title=\"a >"
            + " b\">ops@example.org</a>.</p>\n"
            + "<hr>\n"
            + "<address>Apache/2.4.57 (Debian) Server at compute.example.org Port 443</address>\n"
            + "</body></html>\n";

    ComputeServiceException e =
        decode(
            502, "Bad Gateway", Headers.of("X-Compute-Request-Id", COMPUTE_REQUEST_ID), HTML, page);

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.faultName()).isEmpty();
    assertThat(e.requestId()).contains(COMPUTE_REQUEST_ID);
    assertThat(e.faultMessage())
        .isEqualTo(
            "HTTP 502 Bad Gateway: Bad Gateway The proxy server received an invalid response from"
                + " an upstream server. Sorry for the inconvenience & please retry \u2014 or"
                + " contact \"ops\" at ops@example.org . Apache/2.4.57 (Debian) Server at\u2026")
        .doesNotContain(
            "<", ">", "hidden", "font-family", "upstream nova-api-01", "&amp;", "&nbsp;");
    assertThat(e.faultMessage().length() - "HTTP 502 Bad Gateway: ".length())
        .isLessThanOrEqualTo(ErrorDecoder.MAX_EXCERPT);
    assertThat(e.getMessage())
        .isEqualTo(e.faultMessage() + " (status 502, request " + COMPUTE_REQUEST_ID + ")");
  }

  @Test
  void decode_htmlPageWithOnlyTitle_titleIsTheExcerpt() {
    String page = "<html><head><title>504 Gateway Time-out</title></head><body></body></html>";

    ComputeServiceException e = decode(504, "Gateway Time-out", Headers.of(), HTML, page);

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.faultMessage()).isEqualTo("HTTP 504 Gateway Time-out: 504 Gateway Time-out");
  }

  @Test
  void decode_htmlWithoutContentType_recognisedByItsFirstTag() {
    ComputeServiceException e =
        decode(
            503,
            "Service Unavailable",
            Headers.of(),
            null,
            "  <html><body><h1>503</h1> No server is available.</body></html>");

    assertThat(e.faultMessage())
        .isEqualTo("HTTP 503 Service Unavailable: 503 No server is available.");
  }

  @Test
  void decode_plainText_keepsAngleBracketsAndEntitiesVerbatim() {
    ComputeServiceException e =
        decode(
            500,
            "Internal Server Error",
            Headers.of(),
            MediaType.get("text/plain"),
            "<class 'Exception'>\n\tvalue &lt; 5\n");

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.faultMessage())
        .isEqualTo("HTTP 500 Internal Server Error: <class 'Exception'> value &lt; 5");
  }

  @Test
  void decode_emptyBody_statusLineOnly() {
    ComputeServiceException e = decode(503, "Service Unavailable", Headers.of(), null, "");

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.faultName()).isEmpty();
    assertThat(e.faultMessage()).isEqualTo("HTTP 503 Service Unavailable");
    assertThat(e.getMessage()).isEqualTo("HTTP 503 Service Unavailable (status 503)");
  }

  @Test
  void decode_emptyBodyAndReason_standardReasonOrStatusAlone() {
    assertThat(decode(429, "", Headers.of(), null, " \r\n ").faultMessage())
        .isEqualTo("HTTP 429 Too Many Requests");
    assertThat(decode(599, "", Headers.of(), null, "").faultMessage()).isEqualTo("HTTP 599");
  }

  @Test
  void decode_truncatedJson_readAsText() {
    String body =
        FixtureFiles.read("errors/404-itemNotFound-instance-not-found.json").substring(0, 50);

    ComputeServiceException e = decode(404, "Not Found", Headers.of(), JSON, body);

    assertThat(e).isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(e.faultName()).isEmpty();
    assertThat(e.faultMessage()).isEqualTo("HTTP 404 Not Found: " + body);
  }

  @Test
  void decode_jsonWithTrailingGarbage_readAsText() {
    ComputeServiceException e =
        decode(400, "Bad Request", Headers.of(), JSON, "{\"badRequest\": {\"message\": \"x\"}} }");

    assertThat(e.faultName()).isEmpty();
    assertThat(e.faultMessage()).startsWith("HTTP 400 Bad Request: {");
  }

  @Test
  void decode_otherJsonShape500_readAsText() {
    ComputeServiceException e =
        decode(500, "Internal Server Error", Headers.of(), JSON, "{\"servers\": []}");

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.faultName()).isEmpty();
    assertThat(e.faultMessage()).isEqualTo("HTTP 500 Internal Server Error: {\"servers\": []}");
  }

  @Test
  void decode_faultWithTwoKeysOrNoMessage_readAsText() {
    assertThat(
            decode(409, "Conflict", Headers.of(), JSON, "{\"a\": {\"message\": \"x\"}, \"b\": {}}")
                .faultName())
        .isEmpty();
    assertThat(
            decode(409, "Conflict", Headers.of(), JSON, "{\"conflictingRequest\": {\"code\": 409}}")
                .faultMessage())
        .isEqualTo("HTTP 409 Conflict: {\"conflictingRequest\": {\"code\": 409}}");
  }

  @Test
  void decode_faultWithBlankMessage_statusLineAsMessage() {
    ComputeServiceException e =
        decode(
            500,
            "Internal Server Error",
            Headers.of(),
            JSON,
            "{\"computeFault\": {\"code\": 500, \"message\": \"\"}}");

    assertThat(e.faultName()).contains("computeFault");
    assertThat(e.faultMessage()).isEqualTo("HTTP 500 Internal Server Error");
  }

  @Test
  void decode_faultWithObjectDetails_detailsAsJson() {
    ComputeServiceException e =
        decode(
            500,
            "",
            Headers.of(),
            JSON,
            "{\"computeFault\": {\"message\": \"m\", \"details\": {\"a\": [1]}}}");

    assertThat(e.error().details()).contains("{\"a\":[1]}");
  }

  @Test
  void decode_marker400_markerNotFoundWithMarker() {
    String body = FixtureFiles.read("errors/400-badRequest-marker-not-found.json");

    ComputeServiceException e =
        decode(400, "Bad Request", Headers.of("X-OpenStack-Request-Id", REQUEST_ID), JSON, body);

    assertThat(e)
        .isExactlyInstanceOf(MarkerNotFoundException.class)
        .isInstanceOf(InvalidRequestException.class);
    assertThat(((MarkerNotFoundException) e).marker())
        .isEqualTo("8a1c6f0e-3b2d-4e5f-9a7b-6c5d4e3f2a1b");
    assertThat(e.requestId()).contains(REQUEST_ID);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, InvalidRequestException",
    "401, AuthenticationException",
    "403, PermissionDeniedException",
    "404, ResourceNotFoundException",
    "409, ResourceConflictException",
    "413, RateLimitedException",
    "429, RateLimitedException",
    "500, ServiceErrorException",
    "502, ServiceErrorException",
    "503, ServiceErrorException",
    "599, ServiceErrorException",
    "405, ComputeServiceException",
    "406, MicroversionNotSupportedException",
    "410, ComputeServiceException",
    "415, ComputeServiceException",
    "418, ComputeServiceException",
    "600, ComputeServiceException"
  })
  void decode_eachStatus_exceptionOfItsType(int status, String type) throws ClassNotFoundException {
    String body =
        "{\"computeFault\": {\"code\": " + status + ", \"message\": \"Failure " + status + ".\"}}";

    ComputeServiceException e =
        decode(status, "", Headers.of("X-OpenStack-Request-Id", REQUEST_ID), JSON, body);

    assertThat(e)
        .isExactlyInstanceOf(Class.forName("io.github.stacksdk.compute.exception." + type));
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).contains(REQUEST_ID);
    assertThat(e.getMessage()).contains("Failure " + status + ".", "(status " + status + ",");
  }

  @Test
  void decode_retryAfterSeconds_delay() {
    ComputeServiceException e = decode(429, "", Headers.of("Retry-After", " 120 "), null, "");

    assertThat(e).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(120));
  }

  @Test
  void decode_retryAfterHttpDate_delayFromClock() {
    assertThat(retryAfterHeader("Mon, 23 Nov 2026 12:02:30 GMT")).contains(Duration.ofSeconds(150));
    assertThat(retryAfterHeader("Monday, 23-Nov-26 12:00:10 GMT")).contains(Duration.ofSeconds(10));
    assertThat(retryAfterHeader("Mon Nov 23 12:00:20 2026")).contains(Duration.ofSeconds(20));
  }

  @Test
  void decode_retryAfterDateInThePast_zero() {
    assertThat(retryAfterHeader("Sun, 22 Nov 2026 12:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void decode_retryAfterBodyString_delay() {
    String body = FixtureFiles.read("errors/413-overLimit-retryAfter-fault-class.json");

    assertThat(decode(413, "", Headers.of(), JSON, body).error().retryAfter())
        .contains(Duration.ofSeconds(4));
  }

  @Test
  void decode_retryAfterBodyNumber_delay() {
    String body =
        "{\"overLimit\": {\"code\": 429, \"message\": \"slow down\", \"retryAfter\": 2.5}}";

    assertThat(decode(429, "", Headers.of(), JSON, body).error().retryAfter())
        .contains(Duration.ofMillis(2500));
  }

  @Test
  void decode_retryAtRackspace_delayUntilThen() {
    String body =
        "{\"overLimit\": {\"code\": 413, \"message\": \"This request was rate-limited.\", "
            + "\"retryAt\": \"2026-11-23T12:05:00UTC\"}}";

    assertThat(decode(413, "", Headers.of(), JSON, body).error().retryAfter())
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void decode_retryAfterHeader_winsOverBody() {
    String body = FixtureFiles.read("errors/429-overLimit-rate-limited-legacy-v2.json");

    assertThat(decode(429, "", Headers.of("Retry-After", "7"), JSON, body).error().retryAfter())
        .contains(Duration.ofSeconds(7));
  }

  @Test
  void decode_retryAfterGarbage_absent() {
    for (String garbage :
        List.of("soon", "-5", "1e3", "0x10", "12 s", "", "Mon, 99 Nov 2026 12:00:00 GMT")) {
      assertThat(retryAfterHeader(garbage)).as(garbage).isEmpty();
    }
    String body =
        "{\"overLimit\": {\"message\": \"m\", \"retryAfter\": -1, \"retryAt\": \"tomorrow\"}}";
    assertThat(decode(429, "", Headers.of(), JSON, body).error().retryAfter()).isEmpty();
  }

  @Test
  void decode_retryAfterGarbageHeader_fallsBackToBody() {
    String body = FixtureFiles.read("errors/413-overLimit-retryAfter-fault-class.json");

    assertThat(decode(413, "", Headers.of("Retry-After", "later"), JSON, body).error().retryAfter())
        .contains(Duration.ofSeconds(4));
  }

  @Test
  void decode_retryAfterHuge_cappedAtOneDay() {
    assertThat(retryAfterHeader("999999999999999999999999")).contains(Duration.ofDays(1));
    assertThat(retryAfterHeader("86401")).contains(Duration.ofDays(1));
    assertThat(retryAfterHeader("Fri, 31 Dec 9999 23:59:59 GMT")).contains(Duration.ofDays(1));
    String body = "{\"overLimit\": {\"message\": \"m\", \"retryAt\": \"2999-01-01T00:00:00UTC\"}}";
    assertThat(decode(413, "", Headers.of(), JSON, body).error().retryAfter())
        .contains(Duration.ofDays(1));
    String infinite = "{\"overLimit\": {\"message\": \"m\", \"retryAfter\": 1e400}}";
    assertThat(decode(429, "", Headers.of(), JSON, infinite).error().retryAfter())
        .contains(Duration.ofDays(1));
  }

  @Test
  void decode_onlyComputeRequestId_usedAsRequestId() {
    ComputeServiceException e =
        decode(404, "", Headers.of("X-Compute-Request-Id", COMPUTE_REQUEST_ID), JSON, "{}");

    assertThat(e.requestId()).contains(COMPUTE_REQUEST_ID);
  }

  @Test
  void decode_bothRequestIds_openStackRequestIdWins() {
    Headers headers =
        Headers.of(
            "x-compute-request-id", COMPUTE_REQUEST_ID, "x-openstack-request-id", REQUEST_ID);

    assertThat(decode(404, "", headers, JSON, "").requestId()).contains(REQUEST_ID);
  }

  @Test
  void decode_noRequestId_absent() {
    assertThat(decode(404, "", Headers.of("X-OpenStack-Request-Id", " "), JSON, "").requestId())
        .isEmpty();
  }

  @Test
  void decode_microversionHeaders_compute2dot79() {
    assertThat(
            decode(404, "", Headers.of("OpenStack-API-Version", "compute 2.79"), null, "")
                .microversion())
        .contains("2.79");
    assertThat(
            decode(
                    404,
                    "",
                    Headers.of("openstack-api-version", "volume 3.0, Compute 2.100"),
                    null,
                    "")
                .microversion())
        .contains("2.100");
    assertThat(
            decode(404, "", Headers.of("X-OpenStack-Nova-API-Version", "2.12"), null, "")
                .microversion())
        .contains("2.12");
    Headers both =
        Headers.of("X-OpenStack-Nova-API-Version", "2.1", "OpenStack-API-Version", "compute 2.47");
    assertThat(decode(406, "", both, null, "").microversion()).contains("2.47");
  }

  @Test
  void decode_microversionGarbage_absent() {
    Headers headers =
        Headers.of(
            "OpenStack-API-Version", "compute latest", "X-OpenStack-Nova-API-Version", "2.x");

    assertThat(decode(404, "", headers, null, "").microversion()).isEmpty();
  }

  @Test
  void decode_secretInFaultMessageAndDetails_masked() {
    String body =
        "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid token "
            + TOKEN
            + "\", "
            + "\"details\": \"X-Auth-Token: "
            + TOKEN
            + "\"}}";

    ComputeServiceException e = decode(400, "", Headers.of(), JSON, body);

    assertThat(e.faultMessage()).isEqualTo("Invalid token ****");
    assertThat(e.error().details()).contains("X-Auth-Token: ****");
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.error().toString()).doesNotContain(TOKEN);
  }

  @Test
  void decode_secretInHtmlPage_maskedInMessage() {
    String page =
        "<html><body><h1>401 Authorization Required</h1><pre>X-Auth-Token: "
            + TOKEN
            + "\nHost: compute.example.org</pre></body></html>";

    ComputeServiceException e = decode(401, "Unauthorized", Headers.of(), HTML, page);

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 401 Unauthorized: 401 Authorization Required X-Auth-Token: ****"
                + " Host: compute.example.org (status 401)");
  }

  @Test
  void decode_secretSpelledWithEntitiesOrCutByTheExcerpt_neverPartlyShown() {
    String encoded = TOKEN.replace("-", "&#45;");
    ComputeServiceException entities =
        decode(502, "", Headers.of(), HTML, "<p>token " + encoded + "</p>");
    assertThat(entities.getMessage()).doesNotContain(TOKEN).contains("token ****");

    String padding = "x".repeat(ErrorDecoder.MAX_EXCERPT - 10) + ' ';
    ComputeServiceException cut =
        decode(502, "", Headers.of(), MediaType.get("text/plain"), padding + TOKEN);
    assertThat(cut.getMessage()).doesNotContain(TOKEN.substring(0, 8)).contains("****");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {300, 301, 302, 303, 304, 307, 308, 399})
  void decode_redirect_namesStatusAndTarget_withoutUserQueryOrFragment(int status) {
    Headers headers =
        Headers.of(
            "Location",
            "https://alice:pw@other.example:8443/v2.1/servers?token=" + TOKEN + "#f",
            "X-OpenStack-Request-Id",
            REQUEST_ID);

    ComputeServiceException e =
        decode(status, "", headers, JSON, "{\"computeFault\": {\"message\": \"ignored\"}}");

    assertThat(e).isExactlyInstanceOf(ComputeServiceException.class);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).contains(REQUEST_ID);
    assertThat(e.faultMessage())
        .startsWith("HTTP " + status)
        .endsWith(
            " to https://other.example:8443/v2.1/servers: the SDK does not follow redirects"
                + " (Nova and Keystone never redirect their API calls)")
        .doesNotContain("alice", "pw", "token", "#f", "ignored");
  }

  @Test
  void decode_redirect_relativeUnprintableOrMissingLocation() {
    assertThat(
            decode(302, "Found", Headers.of("Location", "/v2.1/x?marker=1#y"), null, "")
                .faultMessage())
        .startsWith("HTTP 302 Found to /v2.1/x: ");
    assertThat(
            decode(302, "", Headers.of("Location", "//u:p@evil.example/x?q"), null, "")
                .faultMessage())
        .startsWith("HTTP 302 Found to evil.example/x: ");
    assertThat(decode(301, "", Headers.of(), null, "").faultMessage())
        .isEqualTo(
            "HTTP 301 Moved Permanently: the SDK does not follow redirects"
                + " (Nova and Keystone never redirect their API calls)");
    assertThat(decode(307, "", Headers.of("Location", "/a b"), null, "").faultMessage())
        .startsWith("HTTP 307 Temporary Redirect: ");
    assertThat(
            decode(308, "", Headers.of("Location", "https://h.example/" + TOKEN), null, "")
                .faultMessage())
        .contains("https://h.example:443/****")
        .doesNotContain(TOKEN);
  }

  /**
   * A secret that a long body echoes across the 64 KiB the decoder reads is cut there; what is left
   * of it, at the very end of what was read, must not show either.
   */
  @ParameterizedTest(name = "{0} characters of the token before the cut")
  @ValueSource(ints = {1, 4, 20, 41})
  void decode_secretCutAtTheReadBound_itsStartMaskedToo(int shown) throws IOException {
    // The page's visible text is at its end, where the cut falls: all before it is a script.
    String open = "<html><script>";
    String close = "</script><p>token: ";
    int padding = ErrorDecoder.MAX_BODY_BYTES - shown - open.length() - close.length();
    String body =
        open + "x".repeat(padding) + close + TOKEN + "</p>" + "y".repeat(1000) + "</html>";
    assertThat(body.substring(0, ErrorDecoder.MAX_BODY_BYTES))
        .endsWith("token: " + TOKEN.substring(0, shown));

    try (Response response = response(502, "", Headers.of(), HTML, body)) {
      ComputeServiceException e = ErrorDecoder.decode(response, List.of(TOKEN));

      assertThat(e.getMessage())
          .contains("token: ****")
          .doesNotContain("token: " + TOKEN.charAt(0));
    }
  }

  @Test
  void decode_textCutElsewhere_keepsItsEnd() throws IOException {
    String body = "<html><script>" + "x".repeat(ErrorDecoder.MAX_BODY_BYTES) + "</script>";
    String cut = body.substring(0, ErrorDecoder.MAX_BODY_BYTES - 30) + "</script><p>the end gA</p>";
    try (Response response = response(502, "", Headers.of(), HTML, cut + "z".repeat(100))) {
      // "gA" is the start of the token, but the body was not cut there: it stays.
      assertThat(ErrorDecoder.decode(response, List.of(TOKEN)).getMessage()).contains("the end gA");
    }
  }

  @Test
  void decode_blankOrNullSecrets_ignored() {
    Collection<String> secrets = Arrays.asList("", " ", null);
    String body = "{\"badRequest\": {\"message\": \"a b\"}}";

    ComputeServiceException e =
        ErrorDecoder.decode(400, "", Headers.of(), JSON, bytes(body), secrets, CLOCK);

    assertThat(e.faultMessage()).isEqualTo("a b");
  }

  @Test
  void decode_malformedUtf8_replacedNotFailed() {
    byte[] body =
        "{\"itemNotFound\": {\"message\": \"caf\u00e9 X\"}}".getBytes(StandardCharsets.ISO_8859_1);

    ComputeServiceException e =
        ErrorDecoder.decode(404, "", Headers.of(), JSON, body, Set.of(), CLOCK);

    assertThat(e.faultName()).contains("itemNotFound");
    assertThat(e.faultMessage()).isEqualTo("caf\ufffd X");
  }

  @Test
  void decode_getMessage_faultMessageStatusFaultAndRequest() {
    String body = FixtureFiles.read("errors/404-itemNotFound-instance-not-found.json");

    ComputeServiceException e =
        decode(404, "Not Found", Headers.of("X-OpenStack-Request-Id", REQUEST_ID), JSON, body);

    assertThat(e.getMessage())
        .isEqualTo(
            "Instance 1e6d2a3c-9b8f-4c7d-a5e4-3f2b1c0d9e8a could not be found."
                + " (status 404, fault itemNotFound, request "
                + REQUEST_ID
                + ")");
  }

  @Test
  void decode_response_leavesBodyUnread() throws IOException {
    String body = FixtureFiles.read("errors/409-conflictingRequest-instance-locked.json");
    try (Response response = response(409, "Conflict", Headers.of(), JSON, body)) {
      ComputeServiceException e = ErrorDecoder.decode(response, List.of(TOKEN));

      assertThat(e).isExactlyInstanceOf(ResourceConflictException.class);
      assertThat(response.body().string()).isEqualTo(body);
    }
  }

  @Test
  void decode_responseOverLimit_readsOnlyTheFirstBytes() throws IOException {
    String body =
        "{\"computeFault\": {\"message\": \"big\"}}"
            + " ".repeat(2 * ErrorDecoder.MAX_BODY_BYTES)
            + "x";
    try (Response response = response(500, "", Headers.of(), JSON, body)) {
      // The whole body has trailing garbage; its first 64 KiB are a complete fault.
      assertThat(ErrorDecoder.decode(response, List.of()).faultMessage()).isEqualTo("big");
      assertThat(response.body().string()).hasSize(body.length());
    }
  }

  @Test
  void decode_responseWhoseBodyFailsToRead_statusLineStillReported() {
    ResponseBody failing =
        new ResponseBody() {
          @Override
          public MediaType contentType() {
            return JSON;
          }

          @Override
          public long contentLength() {
            return -1;
          }

          @Override
          public BufferedSource source() {
            return Okio.buffer(
                new Source() {
                  @Override
                  public long read(Buffer sink, long byteCount) throws IOException {
                    throw new IOException("connection reset");
                  }

                  @Override
                  public Timeout timeout() {
                    return Timeout.NONE;
                  }

                  @Override
                  public void close() {}
                });
          }
        };
    Response response =
        response(503, "Service Unavailable", Headers.of(), JSON, "")
            .newBuilder()
            .body(failing)
            .build();

    ComputeServiceException e = ErrorDecoder.decode(response, List.of());

    assertThat(e).isExactlyInstanceOf(ServiceErrorException.class);
    assertThat(e.faultMessage()).isEqualTo("HTTP 503 Service Unavailable");
  }

  @Test
  void decode_responseLongerThanTheBound_closingDropsTheConnectionInsteadOfDrainingIt()
      throws IOException {
    Timeout socketTimeout = new Timeout();
    Buffer body =
        new Buffer().writeUtf8("<p>" + "x".repeat(2 * ErrorDecoder.MAX_BODY_BYTES) + "</p>");
    try (Response response =
        response(500, "", Headers.of(), HTML, "")
            .newBuilder()
            .body(bodyWithTimeout(body, socketTimeout, -1))
            .build()) {
      assertThat(ErrorDecoder.decode(response, List.of()))
          .isExactlyInstanceOf(ServiceErrorException.class);

      assertThat(socketTimeout.hasDeadline())
          .as("a deadline that makes discarding the rest fail")
          .isTrue();
      assertThat(socketTimeout.deadlineNanoTime()).isLessThanOrEqualTo(System.nanoTime());
    }
  }

  @Test
  void decode_responseWithinTheBound_leftToBeDrainedForReuse() throws IOException {
    Timeout socketTimeout = new Timeout();
    String text = "x".repeat(ErrorDecoder.MAX_BODY_BYTES);
    try (Response response =
        response(500, "", Headers.of(), HTML, "")
            .newBuilder()
            .body(bodyWithTimeout(new Buffer().writeUtf8(text), socketTimeout, text.length()))
            .build()) {
      ErrorDecoder.decode(response, List.of());

      assertThat(socketTimeout.hasDeadline()).isFalse();
    }
  }

  @Test
  void decode_binaryBody_notQuoted() {
    byte[] gzip = {
      0x1f,
      (byte) 0x8b,
      8,
      0,
      0,
      0,
      0,
      0,
      0,
      3,
      (byte) 0xab,
      0x56,
      (byte) 0xca,
      (byte) 0xcc,
      0x2f,
      (byte) 0xc9
    };

    ComputeServiceException e =
        ErrorDecoder.decode(
            500, "Internal Server Error", Headers.of(), JSON, gzip, List.of(), CLOCK);

    assertThat(e.faultMessage())
        .isEqualTo("HTTP 500 Internal Server Error: (a body that is not text)");
  }

  /** A body over {@code content} whose source reports {@code timeout}, as a socket's would. */
  private static ResponseBody bodyWithTimeout(Buffer content, Timeout timeout, long length) {
    return new ResponseBody() {
      private final BufferedSource source =
          Okio.buffer(
              new Source() {
                @Override
                public long read(Buffer sink, long byteCount) {
                  return content.read(sink, byteCount);
                }

                @Override
                public Timeout timeout() {
                  return timeout;
                }

                @Override
                public void close() {}
              });

      @Override
      public MediaType contentType() {
        return HTML;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public BufferedSource source() {
        return source;
      }
    };
  }

  @Test
  void decode_http2ResponseWithoutReason_standardReason() {
    Response response =
        new Response.Builder()
            .request(
                new Request.Builder().url("https://compute.example.org/v2.1/servers/x").build())
            .protocol(Protocol.HTTP_2)
            .code(404)
            .message("")
            .body(ResponseBody.create("", null))
            .build();

    assertThat(ErrorDecoder.decode(response, List.of()).faultMessage())
        .isEqualTo("HTTP 404 Not Found");
  }

  private static Optional<Duration> retryAfterHeader(String value) {
    return decode(429, "", Headers.of("Retry-After", value), null, "").error().retryAfter();
  }

  private static ComputeServiceException decode(
      int status, String reason, Headers headers, @Nullable MediaType type, String body) {
    return ErrorDecoder.decode(status, reason, headers, type, bytes(body), List.of(TOKEN), CLOCK);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Response response(
      int status, String reason, Headers headers, @Nullable MediaType type, String body) {
    return new Response.Builder()
        .request(
            new Request.Builder().url("https://compute.example.org/v2.1/servers/detail").build())
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message(reason)
        .headers(headers)
        .body(ResponseBody.create(body, type))
        .build();
  }

  /** The object holding the message: the fault body's only value, or WebOb's flat body itself. */
  private static JsonNode faultObject(JsonNode body) {
    return body.path("message").isTextual() ? body : body.properties().iterator().next().getValue();
  }

  /**
   * The message text of a fixture; WebOb's {@code <br />} markup and trailing newlines are not
   * text.
   */
  private static String bodyMessage(JsonNode body) {
    String message = faultObject(body).get("message").asText();
    return body.path("message").isTextual() ? message.replace("<br />", "").strip() : message;
  }

  private static Map<String, Expected> parse(String[] table) {
    Map<String, Expected> expectations = new LinkedHashMap<>();
    for (String row : table) {
      String[] cells = row.split("\\|");
      String type = "io.github.stacksdk.compute.exception." + cells[1].strip() + "Exception";
      try {
        expectations.put(
            cells[0].strip(),
            new Expected(
                Class.forName(type).asSubclass(ComputeServiceException.class), cells[2].strip()));
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(row, e);
      }
    }
    return expectations;
  }

  private static final class Expected {
    final Class<? extends ComputeServiceException> type;
    final String faultName;

    Expected(Class<? extends ComputeServiceException> type, String faultName) {
      this.type = type;
      this.faultName = faultName;
    }
  }
}
