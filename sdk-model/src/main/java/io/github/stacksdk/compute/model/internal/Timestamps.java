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
import org.jspecify.annotations.Nullable;

/**
 * The timestamp formats of Nova and its relatives: lenient parsing, and Nova's own renderings.
 *
 * <p>Nova sends {@code created} as {@code 2013-09-03T04:01:32Z} but {@code OS-SRV-USG:launched_at}
 * as {@code 2013-09-23T13:53:12.774549}, with no zone, meaning UTC. Other clouds and releases send
 * offsets with or without a colon, a space instead of {@code T}, up to nine fraction digits, or a
 * {@code UTC} suffix. All of them parse here.
 */
public final class Timestamps {
  /** Days from 0000-01-01 to 1970-01-01, as in {@code LocalDate.toEpochDay}. */
  private static final long DAYS_0000_TO_1970 = 719_528L;

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private Timestamps() {}

  /**
   * Parses any of the timestamp forms above; a timestamp without a zone is UTC.
   *
   * @throws DateTimeParseException when the text is no timestamp
   */
  public static Instant parse(String text) {
    int length = text.length();
    Instant common =
        length >= 19 && length <= 36 ? parseCommon(text.toCharArray(), 0, length) : null;
    return common != null ? common : Lenient.parse(text);
  }

  /** Every form through the lenient formatter alone, as {@link #parse} did before its fast path. */
  static Instant parseLenient(String text) {
    return Lenient.parse(text);
  }

  /**
   * The forms Nova sends, read straight from characters (a JSON parser's buffer) with no object
   * but the {@code Instant}: {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits,
   * then {@code Z}, {@code ±hh:mm} or nothing (UTC). Returns null for anything else, valid or not,
   * which {@link #parse(String)} then reads with the lenient formatter; whatever this method
   * accepts, the lenient formatter reads to the same instant.
   */
  public static @Nullable Instant parseCommon(char[] t, int offset, int length) {
    int start = offset;
    int end = offset + length;
    if (length < 19
        || t[start + 4] != '-'
        || t[start + 7] != '-'
        || (t[start + 10] != 'T' && t[start + 10] != 't')
        || t[start + 13] != ':'
        || t[start + 16] != ':') {
      return null;
    }
    int year = digits(t, start, 4);
    int month = digits(t, start + 5, 2);
    int day = digits(t, start + 8, 2);
    int hour = digits(t, start + 11, 2);
    int minute = digits(t, start + 14, 2);
    int second = digits(t, start + 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = start + 19;
    int nanos = 0;
    if (i < end && t[i] == '.') {
      int fractionStart = ++i;
      while (i < end && isDigit(t[i])) {
        i++;
      }
      int count = i - fractionStart;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(t, fractionStart, count) * POWERS_OF_TEN[9 - count];
    }
    int offsetSeconds;
    if (i == end) {
      offsetSeconds = 0;
    } else if (i + 1 == end && (t[i] == 'Z' || t[i] == 'z')) {
      offsetSeconds = 0;
    } else if (i + 6 == end && (t[i] == '+' || t[i] == '-') && t[i + 3] == ':') {
      int hours = digits(t, i + 1, 2);
      int minutes = digits(t, i + 4, 2);
      if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
        return null;
      }
      offsetSeconds = (t[i] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    long seconds =
        epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The value of {@code count} ASCII digits, or -1. */
  private static int digits(char[] t, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = t[i];
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** {@code LocalDate.of(year, month, day).toEpochDay()} for years 0 to 9999, with no object. */
  private static long epochDay(long year, int month, int day) {
    long total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /**
   * Every other form. A holder of its own, so that the formatter (and java.time's formatting
   * classes) load only when a cloud sends one of them.
   */
  private static final class Lenient {
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

    private Lenient() {}

    static Instant parse(String text) {
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
    return (utc.getNano() % 1000 == 0 ? Zoneless.MICROS : Zoneless.NANOS).format(utc);
  }

  /** Nova's renderings of zoneless timestamps, loaded only when one is written. */
  private static final class Zoneless {
    static final DateTimeFormatter MICROS =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT);
    static final DateTimeFormatter NANOS =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS", Locale.ROOT);

    private Zoneless() {}
  }
}
