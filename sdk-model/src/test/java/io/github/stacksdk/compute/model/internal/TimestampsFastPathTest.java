package io.github.stacksdk.compute.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link Timestamps#parseCommon}: whatever it accepts, the lenient formatter
 * reads to the same instant, and whatever it declines still parses (or fails) as before.
 */
final class TimestampsFastPathTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2014-07-17T01:15:19Z",
        "2014-07-17t01:15:19z",
        "2014-07-17T01:15:24.000000",
        "2013-09-23T13:53:12.774549",
        "2015-11-07T02:58:43.5Z",
        "2015-11-07T02:58:43.123456789Z",
        "2015-11-07T04:58:43+02:00",
        "2015-11-06T21:28:43-05:30",
        "2015-11-07T02:58:43.5-00:00",
        "2016-02-29T23:59:59+18:00",
        "2000-02-29T00:00:00Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999999999Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-18:00"
      })
  void parseCommon_novaForms_sameInstantAsTheLenientFormatter(String text) {
    Instant fast = Timestamps.parseCommon(chars(text), 3, text.length());

    assertThat(fast).isNotNull().isEqualTo(Timestamps.parseLenient(text));
    assertThat(Timestamps.parse(text)).isEqualTo(fast);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "2014-07-17T01:15", "2014-07-17 01:15:19", " 2014-07-17T01:15:19Z", "2014-07-17T01:15:19Z ",
        "2012-11-14T21:51:28UTC", "2015-11-07T04:58:43+0200", "2015-11-07T04:58:43+02",
            "2014-07-17",
        "2014-07-17T01:15:19.Z", "2014-07-17T01:15:24.1234567890Z", "2014-02-30T00:00:00Z",
            "2015-02-29T00:00:00Z",
        "2014-13-01T00:00:00Z", "2014-07-17T24:00:00Z", "2014-07-17T01:60:00Z",
            "2014-07-17T01:15:60Z",
        "2014-07-17T01:15:24+18:01", "2014-07-17T01:15:24+02:60", "+2014-07-17T01:15:19Z",
            "2014-07-17T01:15:19X"
      })
  void parseCommon_otherForms_declinedForTheLenientFormatter(String text) {
    assertThat(Timestamps.parseCommon(chars(text), 3, text.length())).isNull();
  }

  @Test
  void parseCommon_randomTimestamps_agreeWithTheLenientFormatter() {
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      long seconds = random.nextLong() % 253_402_300_799L;
      if (seconds < -62_135_596_800L) {
        seconds = -seconds;
      }
      String text =
          Instant.ofEpochSecond(seconds, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))
              .toString();
      if (random.nextBoolean()) {
        int minutes = random.nextInt(18 * 60 + 1);
        text =
            text.substring(0, text.length() - 1)
                + String.format(
                    "%s%02d:%02d", random.nextBoolean() ? "+" : "-", minutes / 60, minutes % 60);
      } else if (random.nextBoolean()) {
        text = text.substring(0, text.length() - 1);
      }
      Instant fast = Timestamps.parseCommon(chars(text), 3, text.length());
      if (text.length() >= 19 && text.charAt(4) == '-') {
        assertThat(fast).as(text).isEqualTo(Timestamps.parseLenient(text));
      }
    }
  }

  @Test
  void parse_declinedGarbage_stillThrows() {
    assertThatThrownBy(() -> Timestamps.parse("2014-02-30T00:00:00Z"))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Timestamps.parse("2014-07-17T01:15:24+18:01"))
        .isInstanceOf(DateTimeException.class);
  }

  /** The text inside a larger buffer, as a JSON parser holds it. */
  private static char[] chars(String text) {
    return ("xyz" + text + "}}").toCharArray();
  }
}
