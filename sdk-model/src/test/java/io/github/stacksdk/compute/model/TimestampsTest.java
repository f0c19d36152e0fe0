package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.model.internal.Timestamps;
import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every timestamp form Nova and its relatives send. */
final class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2013-09-03T04:01:32Z, 2013-09-03T04:01:32Z",
    "2013-09-03t04:01:32z, 2013-09-03T04:01:32Z",
    "2013-09-23T13:53:12.774549, 2013-09-23T13:53:12.774549Z",
    "2014-07-17T01:15:24.000000, 2014-07-17T01:15:24Z",
    "2013-09-23 13:53:12.774549, 2013-09-23T13:53:12.774549Z",
    "2013-09-23 13:53:12, 2013-09-23T13:53:12Z",
    "2015-11-07T02:58:43.578887Z, 2015-11-07T02:58:43.578887Z",
    "2015-11-07T02:58:43.5Z, 2015-11-07T02:58:43.500Z",
    "2015-11-07T02:58:43.123456789Z, 2015-11-07T02:58:43.123456789Z",
    "2015-11-07T04:58:43+02:00, 2015-11-07T02:58:43Z",
    "2015-11-07T04:58:43+0200, 2015-11-07T02:58:43Z",
    "2015-11-07T04:58:43+02, 2015-11-07T02:58:43Z",
    "2015-11-06T21:28:43-05:30, 2015-11-07T02:58:43Z",
    "2015-11-07T02:58:43.5-00:00, 2015-11-07T02:58:43.500Z",
    "2011-01-24T17:08Z, 2011-01-24T17:08:00Z",
    "2011-01-24T17:08, 2011-01-24T17:08:00Z",
    "2012-11-14T21:51:28UTC, 2012-11-14T21:51:28Z",
    "2012-11-14T21:51:28 UTC, 2012-11-14T21:51:28Z",
    "2014-07-17, 2014-07-17T00:00:00Z",
    "' 2014-07-17T01:15:19Z ', 2014-07-17T01:15:19Z",
  })
  void parse_lenientForms_giveTheInstant(String text, String expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2014-13-01T00:00:00Z",
        "2014-02-30T00:00:00Z",
        "2014-07-17T25:00Z",
        "2014-07-17T01:15:24.1234567890Z",
        "2014-07-17T01:15:24+25:00",
        "1405559724",
        "None"
      })
  void parse_garbage_throwsDateTimeException(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2013-09-23T13:53:12.774549Z, 2013-09-23T13:53:12.774549",
    "2014-07-17T01:15:24Z, 2014-07-17T01:15:24.000000",
    "2014-07-17T01:15:24.123456789Z, 2014-07-17T01:15:24.123456789",
  })
  void formatZoneless_rendersAsNovaRendersLaunchedAt(String instant, String expected) {
    assertThat(Timestamps.formatZoneless(Instant.parse(instant))).isEqualTo(expected);
    assertThat(Timestamps.parse(expected)).isEqualTo(Instant.parse(instant));
  }
}
