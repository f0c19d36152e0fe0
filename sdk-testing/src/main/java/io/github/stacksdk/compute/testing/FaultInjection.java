package io.github.stacksdk.compute.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The failures, delays and dropped connections a test asked for, consumed one per request in
 * arrival order. Each kind is a queue, so {@code failNext(1, 503, …)} then {@code failNext(1, 500,
 * …)} answers 503 and then 500.
 */
final class FaultInjection {
  /** What to do to one response. */
  static final class Plan {
    final @Nullable Failure failure;
    final @Nullable Duration delay;
    final boolean drop;

    Plan(@Nullable Failure failure, @Nullable Duration delay, boolean drop) {
      this.failure = failure;
      this.delay = delay;
      this.drop = drop;
    }
  }

  /** A canned answer that replaces the real one. */
  static final class Failure {
    final int status;
    final String body;

    Failure(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  private static final class Repeat<T> {
    final T value;
    int remaining;

    Repeat(T value, int remaining) {
      this.value = value;
      this.remaining = remaining;
    }
  }

  private final Deque<Repeat<Failure>> failures = new ArrayDeque<>();
  private final Deque<Repeat<Duration>> delays = new ArrayDeque<>();
  private int drops;

  synchronized void failNext(int times, int status, String body) {
    requirePositive(times);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    failures.addLast(new Repeat<>(new Failure(status, body), times));
  }

  synchronized void delayNext(int times, Duration delay) {
    requirePositive(times);
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    delays.addLast(new Repeat<>(delay, times));
  }

  synchronized void dropNext(int times) {
    requirePositive(times);
    drops += times;
  }

  private static void requirePositive(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
  }

  /** Takes what applies to the next response. */
  synchronized Plan next() {
    boolean drop = drops > 0;
    if (drop) {
      drops--;
    }
    return new Plan(take(failures), take(delays), drop);
  }

  synchronized void clear() {
    failures.clear();
    delays.clear();
    drops = 0;
  }

  private static <T> @Nullable T take(Deque<Repeat<T>> queue) {
    Repeat<T> head = queue.peekFirst();
    if (head == null) {
      return null;
    }
    if (--head.remaining <= 0) {
      queue.removeFirst();
    }
    return head.value;
  }
}
