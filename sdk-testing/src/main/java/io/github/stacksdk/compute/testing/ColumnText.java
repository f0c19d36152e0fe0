package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The text of a column of Nova's {@code instances} table, as the database hands it to a
 * regular-expression filter ({@code REGEXP} on MySQL, Python's {@code re.search} on SQLite): the
 * admin filters {@code created_at}, {@code progress}, {@code auto_disk_config} and the like match
 * this text, not the value the API shows. Empty means SQL {@code NULL}, which no pattern matches
 * (on MySQL; SQLite would match the text {@code None}).
 */
final class ColumnText {
  private ColumnText() {}

  /**
   * A {@code DATETIME} column: {@code 2026-01-02 03:04:05} in UTC, as MySQL keeps it, plus {@code
   * .ffffff} when the time has a fraction of a second, which only a database that keeps fractions
   * (SQLite, for one) can have given the API.
   */
  static Optional<String> time(Optional<Instant> time) {
    if (time.isEmpty()) {
      return Optional.empty();
    }
    Instant t = time.get();
    LocalDateTime local = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    String text =
        String.format(
            Locale.ROOT,
            "%04d-%02d-%02d %02d:%02d:%02d",
            local.getYear(),
            local.getMonthValue(),
            local.getDayOfMonth(),
            local.getHour(),
            local.getMinute(),
            local.getSecond());
    if (t.getNano() != 0) {
      text += String.format(Locale.ROOT, ".%06d", t.getNano() / 1000);
    }
    return Optional.of(text);
  }

  /** An integer column: its decimal digits. */
  static Optional<String> integer(OptionalInt value) {
    return value.isPresent() ? Optional.of(Integer.toString(value.getAsInt())) : Optional.empty();
  }

  /** {@code progress}: Nova sets 0 when it creates a server, and the fake shows 0 when unset. */
  static Optional<String> progress(Server s) {
    return Optional.of(Integer.toString(s.progress().orElse(0)));
  }

  /** {@code config_drive}: Nova stores {@code True}, or {@code ""} for none. */
  static Optional<String> configDrive(Server s) {
    return Optional.of(s.configDrive().orElse(false) ? "True" : "");
  }

  /** The boolean {@code auto_disk_config}: {@code 1} for {@code AUTO}, else {@code 0}. */
  static Optional<String> autoDiskConfig(Server s) {
    return Optional.of("AUTO".equals(s.diskConfig().orElse("MANUAL")) ? "1" : "0");
  }

  /** {@code kernel_id} and {@code ramdisk_id}: Nova stores {@code ""} for a server without one. */
  static Optional<String> imageId(Optional<String> id) {
    return Optional.of(id.orElse(""));
  }

  /**
   * {@code locked_by}: {@code owner} when the server's own project locked it, {@code admin} when
   * another project's administrator did. The API does not show it, so the fake takes every locked
   * server as locked by its owner, as a server is that its own project locks.
   */
  static Optional<String> lockedBy(Server s) {
    return s.locked().orElse(false) ? Optional.of("owner") : Optional.empty();
  }
}
