package io.github.stacksdk.compute.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cloud's clock of {@link WatchCost}: this machine's clock plus an offset that the driver
 * only ever moves forward. It runs at the real rate, so that the watch's arithmetic on it ({@code
 * Date} less the request's measured duration) holds while a request is in flight; the driver jumps
 * it only between the watch's rounds, when nothing is in flight, to make a short real interval
 * stand for a long simulated one.
 */
final class CloudClock extends Clock {
  private final Clock machine = Clock.systemUTC();
  private final AtomicLong offsetNanos;

  /** A clock that reads {@code start} now. */
  CloudClock(Instant start) {
    this.offsetNanos = new AtomicLong(Duration.between(machine.instant(), start).toNanos());
  }

  /** Moves the clock forward by {@code step}. */
  void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("the cloud's clock only moves forward, not " + step);
    }
    offsetNanos.addAndGet(step.toNanos());
  }

  @Override
  public Instant instant() {
    return machine.instant().plusNanos(offsetNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    throw new UnsupportedOperationException("the cloud's clock is in UTC only");
  }
}
