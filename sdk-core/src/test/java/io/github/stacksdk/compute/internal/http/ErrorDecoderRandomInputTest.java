package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Feeds the decoder random bytes and real bodies that were cut, flipped and spliced, with random
 * statuses, headers and content types: it must never throw, and must always keep the status.
 */
final class ErrorDecoderRandomInputTest {
  private static final int CASES = 3000;
  private static final long SEED = 42;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final int[] STATUSES = {
    400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 418, 429, 500, 501, 502, 503, 504, 599
  };
  private static final MediaType[] TYPES = {
    MediaType.get("application/json; charset=UTF-8"),
    MediaType.get("text/html"),
    MediaType.get("text/plain"),
    MediaType.get("application/octet-stream"),
    MediaType.get("application/xhtml+xml"),
  };
  private static final String JSONISH = "{}[]\":,<>/&#;!- \n\t\\abcdefxyz0123456789.eE+";
  private static final String[] HEADER_NAMES = {
    "Retry-After", "OpenStack-API-Version", "X-OpenStack-Nova-API-Version",
    "X-OpenStack-Request-Id", "X-Compute-Request-Id", "Content-Type"
  };
  private static final String[] HEADER_VALUES = {
    "120", "-1", "0", "99999999999999999999999999", "1.5", "Mon, 23 Nov 2026 12:02:30 GMT",
    "Mon, 30 Feb 2026 12:00:00 GMT", "compute 2.79", "compute", "compute 2.79.1", "2.1", "latest",
    "req-4b1e2f3a", " ", ""
  };

  private static final List<byte[]> SEEDS = seeds();

  @Test
  void decode_randomAndMutatedBodies_neverThrowsAndKeepsTheStatus() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      int status =
          random.nextInt(5) == 0 ? random.nextInt(1000) : STATUSES[random.nextInt(STATUSES.length)];
      byte[] body =
          random.nextInt(3) == 0 ? randomBytes(random) : mutate(random, pick(random, SEEDS));
      String secret = null;
      if (random.nextBoolean() && body.length < 60_000) {
        secret = token(random);
        body =
            splice(body, random.nextInt(body.length + 1), secret.getBytes(StandardCharsets.UTF_8));
      }
      Headers headers = randomHeaders(random);
      MediaType type = random.nextInt(4) == 0 ? null : TYPES[random.nextInt(TYPES.length)];
      String reason = random.nextBoolean() ? "" : randomText(random, random.nextInt(40));
      List<String> secrets = secret == null ? List.of("", " ") : Arrays.asList(secret, "");
      byte[] input = body;
      boolean viaResponse = i % 10 == 0;
      String description =
          "case " + i + ": status " + status + ", body " + Arrays.toString(head(input));

      ComputeServiceException[] result = new ComputeServiceException[1];
      assertThatCode(
              () -> {
                result[0] =
                    viaResponse
                        ? ErrorDecoder.decode(
                            response(status, reason, headers, type, input), secrets)
                        : ErrorDecoder.decode(status, reason, headers, type, input, secrets, CLOCK);
              })
          .as(description)
          .doesNotThrowAnyException();
      ComputeServiceException e = result[0];

      assertThat(e).as(description).isNotNull();
      assertThat(e.statusCode()).as(description).isEqualTo(status);
      assertThat(e.getClass())
          .as(description)
          .isEqualTo(ComputeServiceException.from(e.error()).getClass());
      assertThat(e.getMessage()).as(description).isNotNull().contains("(status " + status);
      assertThat(e.faultMessage()).as(description).isNotNull();
      e.error()
          .retryAfter()
          .ifPresent(delay -> assertThat(delay).isBetween(Duration.ZERO, Duration.ofDays(1)));
      if (secret != null) {
        assertThat(e.getMessage()).as(description).doesNotContain(secret);
        assertThat(e.error().details().orElse("")).as(description).doesNotContain(secret);
      }
    }
  }

  private static Response response(
      int status, String reason, Headers headers, @Nullable MediaType type, byte[] body) {
    return ErrorDecoderTest.response(status, reason, headers, type, "")
        .newBuilder()
        .body(ResponseBody.create(body, type))
        .build();
  }

  private static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (String file : FixtureFiles.jsonFiles("errors")) {
      seeds.add(FixtureFiles.bytes("errors/" + file));
    }
    seeds.add(
        utf8(
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>p{}</style>",
            "<script>if(a<b){}</script></head><body><h1>Bad&nbsp;Gateway</h1><!-- x -->",
            "<p title=\"a>b\">nginx &amp; friends &#x2014; &#99999999; &bogus;</p></body></html>"));
    seeds.add(
        utf8(
            "{\"overLimit\": {\"message\": \"m\", \"retryAt\": \"2012-11-14T21:51:28UTC\",",
            " \"retryAfter\": 1e400}}"));
    seeds.add("[[[[[[[[[[".repeat(300).getBytes(StandardCharsets.UTF_8));
    seeds.add(("{\"a\":".repeat(1500) + "1" + "}".repeat(1500)).getBytes(StandardCharsets.UTF_8));
    seeds.add(("<p>" + "x".repeat(70_000) + "</p>").getBytes(StandardCharsets.UTF_8));
    seeds.add(new byte[0]);
    return seeds;
  }

  private static byte[] mutate(Random random, byte[] seed) {
    byte[] bytes = seed.clone();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      switch (random.nextInt(5)) {
        case 0: // truncate
          bytes = Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1));
          break;
        case 1: // flip bytes
          for (int f = 0; f < 1 + random.nextInt(5) && bytes.length > 0; f++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          }
          break;
        case 2: // insert JSON-ish or arbitrary bytes
          byte[] insert =
              random.nextBoolean()
                  ? randomText(random, 1 + random.nextInt(8)).getBytes(StandardCharsets.UTF_8)
                  : randomBytes(random, 1 + random.nextInt(8));
          bytes = splice(bytes, random.nextInt(bytes.length + 1), insert);
          break;
        case 3: // delete a slice
          if (bytes.length > 1) {
            int from = random.nextInt(bytes.length);
            int to = Math.min(bytes.length, from + 1 + random.nextInt(16));
            byte[] shorter = new byte[bytes.length - (to - from)];
            System.arraycopy(bytes, 0, shorter, 0, from);
            System.arraycopy(bytes, to, shorter, from, bytes.length - to);
            bytes = shorter;
          }
          break;
        default: // splice in part of another body
          byte[] other = pick(random, SEEDS);
          int from = other.length == 0 ? 0 : random.nextInt(other.length);
          byte[] part =
              Arrays.copyOfRange(other, from, Math.min(other.length, from + random.nextInt(64)));
          bytes = splice(bytes, random.nextInt(bytes.length + 1), part);
      }
    }
    return bytes;
  }

  private static byte[] randomBytes(Random random) {
    return random.nextBoolean()
        ? randomBytes(random, random.nextInt(2000))
        : randomText(random, random.nextInt(2000)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextInt(8) == 0
              ? (char) random.nextInt(0x3000)
              : JSONISH.charAt(random.nextInt(JSONISH.length())));
    }
    return text.toString();
  }

  private static Headers randomHeaders(Random random) {
    Headers.Builder headers = new Headers.Builder();
    for (int h = random.nextInt(5); h > 0; h--) {
      String value =
          random.nextBoolean()
              ? HEADER_VALUES[random.nextInt(HEADER_VALUES.length)]
              : randomText(random, random.nextInt(30)).replaceAll("[^ -~]", "");
      headers.add(HEADER_NAMES[random.nextInt(HEADER_NAMES.length)], value);
    }
    return headers.build();
  }

  /** A token-like secret that no template text contains. */
  private static String token(Random random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder token = new StringBuilder("tok");
    for (int i = 0; i < 29; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  private static byte[] utf8(String... parts) {
    return String.join("", parts).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] bytes, int at, byte[] insert) {
    byte[] result = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
    return result;
  }

  private static byte[] pick(Random random, List<byte[]> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] head(byte[] bytes) {
    return Arrays.copyOf(bytes, Math.min(bytes.length, 64));
  }
}
