package io.github.stacksdk.compute.exception;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an error response said: its status, the fault name and message from the body, and the
 * request id, microversion and retry delay from its headers.
 *
 * <p>The SDK reads Nova's fault body {@code {"<faultName>": {"code": …, "message": …}}}, Keystone's
 * {@code {"error": {"code": …, "title": …, "message": …}}} (as sent by the token middleware in
 * front of Nova), and WebOb's flat {@code {"message": …, "code": …, "title": …}}. For any other
 * body, such as a proxy's HTML page, the message is the status line followed by a short excerpt of
 * the body's text. Secrets the SDK knows (the token) never appear in the message or details.
 *
 * <p>Values are immutable and serializable. Build one with {@link #builder()}, for example to throw
 * a {@link ComputeServiceException} from a test double.
 */
@Value.Immutable
@ValueStyle
public abstract class ServiceError implements Serializable {
  /** Only the generated implementation extends it. */
  ServiceError() {}

  /** The HTTP status code of the response, for example 404. */
  public abstract int statusCode();

  /**
   * The fault name: the key of Nova's fault body ({@code badRequest}, {@code itemNotFound}, {@code
   * computeFault}…), or the {@code title} of a Keystone or WebOb error body ({@code Unauthorized});
   * absent when the body was not one of these.
   */
  public abstract Optional<String> faultName();

  /**
   * The error message: the body's {@code message}, or, when the body had none (an HTML page, plain
   * text, nothing), the status line such as {@code HTTP 502 Bad Gateway} followed by a short
   * excerpt of the body's text. Never null.
   */
  public abstract String message();

  /** The body's {@code details}, which Nova adds to a few faults. */
  public abstract Optional<String> details();

  /**
   * The request id from the {@code X-OpenStack-Request-Id} header, or else from {@code
   * X-Compute-Request-Id}; the id to quote to a cloud's operators.
   */
  public abstract Optional<String> requestId();

  /**
   * The compute microversion the response declared, from {@code OpenStack-API-Version: compute
   * 2.79} or else {@code X-OpenStack-Nova-API-Version}; for example {@code 2.79}.
   */
  public abstract Optional<String> microversion();

  /**
   * How long the service asked the caller to wait before retrying: the {@code Retry-After} header
   * (seconds or an HTTP date), or else the body's {@code retryAfter} or {@code retryAt}. Never
   * negative; at most one day.
   */
  public abstract Optional<Duration> retryAfter();

  /**
   * How many times the client sent the request before giving up with this answer: 1 unless the
   * {@linkplain io.github.stacksdk.compute.RetryPolicy retry policy} retried it.
   */
  @Value.Default
  public int attempts() {
    return 1;
  }

  /** Checks that {@link #attempts()} is at least 1; {@code build()} calls it. */
  @Value.Check
  void checkAttempts() {
    if (attempts() < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this error's values.
   *
   * @return a builder holding a copy of this error
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ServiceError} values; {@code statusCode} and {@code message} are required. */
  public static final class Builder extends ImmutableServiceError.Builder {
    Builder() {}
  }
}
