package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseHeadersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "compute 2.79                       | 2.79",
        "'  compute   2.79  '               | 2.79",
        "'volume 3.0, Compute 2.100'        | 2.100",
        "'COMPUTE 2.1,compute 2.5'          | 2.1",
        "'compute\t2.12'                    | 2.12",
        "compute latest                     | -",
        "compute 2.x                        | -",
        "compute 2.                         | -",
        "compute .1                         | -",
        "compute 123456.1                   | -",
        "compute 2.123456                   | -",
        "compute 2.1 extra                  | -",
        "computer 2.1                       | -",
        "'compute, 2.1'                     | -",
        "'volume 3.0'                       | -",
        "''                                 | -",
        "',,,'                              | -",
      })
  void microversion_openStackApiVersion(String value, @Nullable String expected) {
    assertThat(ResponseHeaders.microversion(Headers.of("OpenStack-API-Version", value)))
        .isEqualTo(expected);
  }

  @Test
  void microversion_legacyHeaderOnlyWhenTheStandardOneHasNoComputeEntry() {
    assertThat(ResponseHeaders.microversion(Headers.of("X-OpenStack-Nova-API-Version", " 2.12 ")))
        .isEqualTo("2.12");
    assertThat(ResponseHeaders.microversion(Headers.of("X-OpenStack-Nova-API-Version", "2.x")))
        .isNull();
    assertThat(
            ResponseHeaders.microversion(
                Headers.of(
                    "X-OpenStack-Nova-API-Version",
                    "2.1",
                    "OpenStack-API-Version",
                    "volume 3.0",
                    "openstack-api-version",
                    "compute 2.47")))
        .isEqualTo("2.47");
    assertThat(
            ResponseHeaders.microversion(
                Headers.of(
                    "OpenStack-API-Version",
                    "compute latest",
                    "X-OpenStack-Nova-API-Version",
                    "2.3")))
        .isEqualTo("2.3");
    assertThat(ResponseHeaders.microversion(Headers.of())).isNull();
  }

  /** The scanner answers as the split-and-match it replaced, over values built from the parts that matter. */
  @Test
  void microversion_sameAsSplittingWithRegularExpressions() {
    String[] pieces = {
      "compute",
      "Compute",
      "volume",
      "2.1",
      "2.79",
      "10.12345",
      "123456.1",
      "2.",
      ".3",
      "x",
      " ",
      "  ",
      "\t",
      ",",
      ", ",
      "\u2003",
      "\u001f",
      "\u00a0",
      "latest",
      "compute2.1"
    };
    Random random = new Random(8);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(7); n >= 0; n--) {
        value.append(pieces[random.nextInt(pieces.length)]);
      }
      String legacy =
          random.nextBoolean()
              ? null
              : pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
      Headers.Builder headers =
          new Headers.Builder().addUnsafeNonAscii("OpenStack-API-Version", value.toString());
      if (legacy != null) {
        headers.addUnsafeNonAscii("X-OpenStack-Nova-API-Version", legacy);
      }
      // Both read the values as OkHttp keeps them, which it has trimmed.
      Headers built = headers.build();
      assertThat(ResponseHeaders.microversion(built))
          .as("OpenStack-API-Version [%s], legacy [%s]", value, legacy)
          .isEqualTo(
              splitting(
                  built.get("OpenStack-API-Version"), built.get("X-OpenStack-Nova-API-Version")));
    }
  }

  private static final Pattern VERSION = Pattern.compile("\\d{1,5}\\.\\d{1,5}");

  /** The reading before the scanner. */
  private static @Nullable String splitting(String value, @Nullable String legacy) {
    for (String part : value.split(",")) {
      String[] words = part.strip().split("\\s+");
      if (words.length == 2
          && words[0].equalsIgnoreCase("compute")
          && VERSION.matcher(words[1]).matches()) {
        return words[1];
      }
    }
    return legacy != null && VERSION.matcher(legacy.strip()).matches() ? legacy.strip() : null;
  }

  @Test
  void requestId_openStacksElseComputes_blankIsNone() {
    assertThat(
            ResponseHeaders.requestId(
                Headers.of("X-OpenStack-Request-Id", " req-1 ", "X-Compute-Request-Id", "req-2")))
        .isEqualTo("req-1");
    assertThat(
            ResponseHeaders.requestId(
                Headers.of("X-OpenStack-Request-Id", " ", "X-Compute-Request-Id", "req-2")))
        .isEqualTo("req-2");
    assertThat(ResponseHeaders.requestId(Headers.of("x-compute-request-id", "req-3")))
        .isEqualTo("req-3");
    assertThat(ResponseHeaders.requestId(Headers.of("X-Compute-Request-Id", ""))).isNull();
    assertThat(ResponseHeaders.requestId(Headers.of())).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "application/json                   | false",
        "application/json; charset=utf-8    | false",
        "APPLICATION/JSON                   | false",
        "application/problem+json           | false",
        "text/json                          | false",
        "application/vnd.openstack+JSON     | false",
        "text/html                          | true",
        "text/html; charset=utf-8           | true",
        "text/html; charset                 | true",
        "text/plain                         | true",
        "application/xml                    | true",
        "application/octet-stream           | true",
        "json/html                          | true",
        "-                                  | false",
        "''                                 | false",
        "json                               | false",
        "text/                              | false",
        "/json                              | false",
        "'text /html'                       | false",
      })
  void isOtherThanJson(@Nullable String contentType, boolean expected) {
    assertThat(ResponseHeaders.isOtherThanJson(contentType)).isEqualTo(expected);
  }

  /** Where OkHttp parses a media type, the answer is the one its subtype gives. */
  @Test
  void isOtherThanJson_agreesWithOkHttpsMediaType() {
    String[] pieces = {
      "application",
      "text",
      "json",
      "JSON",
      "html",
      "problem+",
      "vnd.x",
      "/",
      "; charset=utf-8",
      ";q=1",
      " ",
      "{a}",
      "json-seq",
      "x-"
    };
    Random random = new Random(8);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(6); n >= 0; n--) {
        value.append(pieces[random.nextInt(pieces.length)]);
      }
      MediaType type = MediaType.parse(value.toString());
      if (type != null) {
        assertThat(ResponseHeaders.isOtherThanJson(value.toString()))
            .as(value.toString())
            .isEqualTo(!type.subtype().toLowerCase(Locale.ROOT).contains("json"));
      }
    }
  }
}
