package io.github.stacksdk.compute.exception;

import org.jspecify.annotations.Nullable;

/**
 * The superclass of every exception this SDK throws, except the JDK's own precondition exceptions
 * ({@code NullPointerException}, {@code IllegalArgumentException}, {@code IllegalStateException})
 * for invalid arguments and state.
 *
 * <p>Unchecked. Catch {@link ComputeServiceException} (or one of its subclasses) for error
 * responses, and {@link ComputeClientException} for calls that got no usable response.
 */
public abstract class ComputeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public ComputeException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception, or null if there is none
   */
  public ComputeException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns how many times the client sent the request before giving up with this exception: 1
   * unless the {@linkplain io.github.stacksdk.compute.RetryPolicy retry policy} retried it.
   *
   * @return the number of attempts, at least 1
   */
  public int attempts() {
    return 1;
  }

  /** The end of a message about a call that was retried: empty after a single attempt. */
  static String attemptsSuffix(int attempts) {
    return attempts > 1 ? "; gave up after " + attempts + " attempts" : "";
  }
}
