package io.github.stacksdk.compute.model.internal;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The timestamp formats of Nova and its relatives: lenient parsing, and Nova's own renderings.
 *
 * <p>Nova sends {@code created} as {@code 2013-09-03T04:01:32Z} but {@code OS-SRV-USG:launched_at}
 * as {@code 2013-09-23T13:53:12.774549}, with no zone, meaning UTC. Other clouds and releases send
 * offsets with or without a colon, a space instead of {@code T}, up to nine fraction digits, or a
 * {@code UTC} suffix. All of them parse here.
 */
public final class Timestamps {
  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          // Offsets as +hhmm, +hh:mm or +hh; the longest form is tried first.
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ZONELESS_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
  private static final DateTimeFormatter ZONELESS_NANOS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS", Locale.ROOT);

  private Timestamps() {}

  /**
   * Parses any of the timestamp forms above; a timestamp without a zone is UTC.
   *
   * @throws DateTimeParseException when the text is no timestamp
   */
  public static Instant parse(String text) {
    String normalized = text.trim();
    if (normalized.length() > 10 && normalized.charAt(10) == ' ') {
      normalized = normalized.substring(0, 10) + 'T' + normalized.substring(11).trim();
    }
    if (normalized.regionMatches(true, Math.max(0, normalized.length() - 3), "UTC", 0, 3)) {
      normalized = normalized.substring(0, normalized.length() - 3).trim() + 'Z';
    }
    if (normalized.length() == 10) {
      normalized = normalized + "T00:00";
    }
    TemporalAccessor parsed = LENIENT.parse(normalized);
    if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
      return OffsetDateTime.from(parsed).toInstant();
    }
    return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
  }

  /**
   * Renders an instant as Nova renders {@code created}: UTC with {@code Z}, seconds precision
   * unless the instant has a fraction.
   */
  public static String formatZoned(Instant instant) {
    return instant.toString();
  }

  /**
   * Renders an instant as Nova renders {@code launched_at}: UTC without a zone, six fraction
   * digits (nine when the instant needs them).
   */
  public static String formatZoneless(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    return (utc.getNano() % 1000 == 0 ? ZONELESS_MICROS : ZONELESS_NANOS).format(utc);
  }
}
