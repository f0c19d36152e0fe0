package io.github.stacksdk.compute.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown for status 429 (Too Many Requests) and 413 (Request Entity Too Large, which Nova and
 * Rackspace used for rate limits before 429): the cloud asks the caller to slow down. Wait for
 * {@link #retryAfter()}, when present, before retrying.
 *
 * <p>A 413 is also what a request body over the size limit gets; the {@linkplain #faultMessage()
 * message} tells the two apart.
 */
public class RateLimitedException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 413 or 429.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public RateLimitedException(ServiceError error) {
    super(error);
  }

  /**
   * Returns how long the cloud asked the caller to wait; see {@link ServiceError#retryAfter()}.
   *
   * @return the delay, or empty when the response named none
   */
  public Optional<Duration> retryAfter() {
    return error().retryAfter();
  }
}
