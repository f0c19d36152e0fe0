package io.github.stacksdk.compute;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.internal.http.BodyLimit;
import io.github.stacksdk.compute.internal.http.SameOriginGuard;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * When the client sends a request again after a failure that is likely to pass: a connection
 * failure or timeout, {@code 429 Too Many Requests}, {@code 503 Service Unavailable} (and {@code
 * 502}/{@code 504} from a proxy in front of Nova), or {@code 413} with a {@code Retry-After}
 * (Nova's rate limit; without one, 413 means over quota and is final).
 *
 * <p>Only requests that are safe to repeat are retried: {@code GET}, {@code PUT} and {@code
 * DELETE}. A {@code POST} (a create, a server action, an identity token request) is sent again only
 * when its connection could not be made, so that it surely never left, or when Nova refused its
 * token and the provider renewed it; never once it may have reached Nova (see {@link
 * io.github.stacksdk.compute.exception.OutcomeUnknownException}).
 * The wait before attempt <i>n</i>+1 is the {@code Retry-After} the service asked for, else a
 * capped exponential back-off with jitter: a random time between half and all of {@code
 * initialBackoff × 2^(n-1)}, at most {@code maxBackoff}. No attempt starts, and no attempt runs,
 * past the {@linkplain #deadline() deadline}; a {@code Retry-After} beyond it ends the call at once
 * with the {@link io.github.stacksdk.compute.exception.RateLimitedException}, whose {@code
 * retryAfter()} the caller can still honour. The exception after the last attempt says how many
 * were made ({@link io.github.stacksdk.compute.exception.ComputeException#attempts()}).
 *
 * <p>A page of a listing is one call: a page that fails midway is retried on its own, and the
 * listing goes on from there. Values are immutable and thread-safe.
 *
 * <pre>{@code
 * ComputeClient.builder()
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(6).deadline(Duration.ofMinutes(10)).build())
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration deadline;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.deadline = b.deadline;
  }

  /**
   * Returns the default policy: 4 attempts, back-off from 500 ms up to 20 s, within 5 minutes.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries: each request is sent once (besides the one renewal of a
   * token that Nova refused), and OkHttp's own silent retry of a failed connection is turned off.
   *
   * @return a policy of one attempt
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .deadline(deadline);
  }

  /**
   * Returns the most times a request is sent, the first time included.
   *
   * @return at least 1; 1 means no retry
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the back-off before the second attempt, which doubles for each attempt after it.
   *
   * @return a positive duration
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the longest back-off between two attempts.
   *
   * @return a duration at least {@link #initialBackoff()}
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the time one call may take, all its attempts and waits together.
   *
   * @return a positive duration
   */
  public Duration deadline() {
    return deadline;
  }

  /**
   * The back-off before attempt {@code failed + 1}: a random time between half and all of the
   * capped exponential delay ("equal jitter").
   *
   * @param failed the attempts made so far, at least 1
   * @param random a uniform random number in {@code [0, 1)}
   */
  Duration backoff(int failed, DoubleSupplier random) {
    double exponential =
        Math.min(
            maxBackoff.toMillis(),
            initialBackoff.toMillis() * Math.pow(2, Math.max(0, failed - 1)));
    double half = exponential / 2;
    return Duration.ofMillis((long) (half + half * random.getAsDouble()));
  }

  /**
   * Whether a failed attempt may pass if sent again: a connection failure or timeout, 429, 502,
   * 503, 504, or 413 with a {@code Retry-After}. Not an unreadable body, one over its bound, a
   * request refused for another origin, an unknown host, a certificate that failed verification,
   * or an interrupted thread.
   */
  boolean isRetryable(ComputeException failure) {
    if (failure instanceof ComputeServiceException) {
      ComputeServiceException e = (ComputeServiceException) failure;
      switch (e.statusCode()) {
        case 429:
        case 502:
        case 503:
        case 504:
          return true;
        case 413:
          return e.error().retryAfter().isPresent();
        default:
          return false;
      }
    }
    Throwable cause = failure.getCause();
    if (!(cause instanceof IOException)
        || cause instanceof JsonProcessingException
        || cause instanceof BodyLimit.TooLarge
        || cause instanceof SameOriginGuard.OtherOriginRefused
        || cause instanceof UnknownHostException
        || cause instanceof SSLPeerUnverifiedException
        || cause instanceof SSLHandshakeException) {
      return false;
    }
    if (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)) {
      return "timeout"
          .equals(cause.getMessage()); // OkHttp's call timeout; else an interrupt or a cancel
    }
    return !"Canceled".equals(cause.getMessage());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy other = (RetryPolicy) o;
    return maxAttempts == other.maxAttempts
        && initialBackoff.equals(other.initialBackoff)
        && maxBackoff.equals(other.maxBackoff)
        && deadline.equals(other.deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, deadline);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", deadline="
        + deadline
        + "}";
  }

  /** Builds {@link RetryPolicy} values; every setting has a default. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private Duration deadline = Duration.ofMinutes(5);

    private Builder() {}

    /**
     * Sets the most times a request is sent, the first time included (4 by default).
     *
     * @param maxAttempts at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the back-off before the second attempt (500 ms by default); it doubles each time.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest back-off between two attempts (20 s by default).
     *
     * @param maxBackoff a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the time one call may take, all its attempts and waits together (5 minutes by
     * default). Each attempt's own time limit is cut to what is left of it.
     *
     * @param deadline a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is not positive
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return a new policy
     * @throws IllegalStateException when {@code maxBackoff} is shorter than {@code initialBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException(
            "maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
