package io.github.stacksdk.compute.internal.http;

import static java.time.temporal.ChronoField.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * How long a service asked to wait before a retry: a {@code Retry-After} header (delta-seconds,
 * possibly with a fraction, or an HTTP date in any of RFC 9110's three forms), or Nova's {@code
 * retryAfter} and Rackspace's {@code retryAt} in an error body. Absurd values are capped; garbage
 * is no delay.
 */
final class RetryAfter {
  /** The longest retry delay reported; longer (and absurd) requests are capped to this. */
  static final Duration MAX = Duration.ofDays(1);

  private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,30}(?:\\.\\d{1,30})?");

  /** RFC 9110's obsolete RFC 850 form: {@code Sunday, 06-Nov-94 08:49:37 GMT}. */
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US);

  /** RFC 9110's obsolete asctime form: {@code Sun Nov 6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEE MMM ppd HH:mm:ss uuuu")
          .toFormatter(Locale.US);

  private RetryAfter() {}

  /** The {@code Retry-After} header's delay, relative to {@code clock} for a date. */
  static Optional<Duration> fromHeader(Headers headers, Clock clock) {
    String value = headers.get("Retry-After");
    return Optional.ofNullable(value == null ? null : fromText(value, clock));
  }

  /** The delay an error body's fault object ({@code holder}) asks for. */
  static Optional<Duration> fromBody(JsonNode holder, Clock clock) {
    return Optional.ofNullable(fromBodyOrNull(holder, clock));
  }

  private static @Nullable Duration fromBodyOrNull(JsonNode holder, Clock clock) {
    JsonNode after = holder.get("retryAfter");
    if (after != null && after.isNumber()) {
      // 1e400 reads as an infinite double, which has no decimal value: it is just huge.
      return after.isFloatingPointNumber() && !Double.isFinite(after.doubleValue())
          ? MAX
          : seconds(after.decimalValue());
    }
    if (after != null && after.isTextual()) {
      Duration parsed = fromText(after.asText(), clock);
      if (parsed != null) {
        return parsed;
      }
    }
    JsonNode at = holder.get("retryAt");
    if (at != null && at.isTextual()) {
      try {
        // Rackspace: "2012-11-14T21:51:28UTC"
        return until(Timestamps.parse(at.asText()), clock);
      } catch (DateTimeException | ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  /** Delta-seconds or an HTTP date, as in {@code Retry-After}; null for anything else. */
  private static @Nullable Duration fromText(String value, Clock clock) {
    String text = value.strip();
    if (text.isEmpty() || text.length() > 64) {
      return null;
    }
    if (DELTA_SECONDS.matcher(text).matches()) {
      return seconds(new BigDecimal(text));
    }
    Instant date = httpDate(text);
    return date == null ? null : until(date, clock);
  }

  private static @Nullable Duration seconds(BigDecimal seconds) {
    if (seconds.signum() < 0) {
      return null;
    }
    if (seconds.compareTo(BigDecimal.valueOf(MAX.getSeconds())) >= 0) {
      return MAX;
    }
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Duration.ofSeconds(whole, nanos);
  }

  private static Duration until(Instant instant, Clock clock) {
    Duration wait = Duration.between(clock.instant(), instant);
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }

  private static @Nullable Instant httpDate(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      // try the obsolete forms
    }
    for (DateTimeFormatter obsolete : new DateTimeFormatter[] {RFC_850, ASCTIME}) {
      try {
        return LocalDateTime.parse(text, obsolete).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        // next
      }
    }
    return null;
  }
}
