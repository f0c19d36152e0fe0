package io.github.stacksdk.compute.exception;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a call got no usable response: the connection failed, timed out or was interrupted,
 * TLS failed, or a success response's body could not be read or parsed. The underlying {@code
 * IOException} or parse exception is the {@linkplain #getCause() cause}.
 *
 * <p>Whether the request reached Nova is unknown, so retrying is safe only for idempotent calls.
 */
public class ComputeClientException extends ComputeException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public ComputeClientException(String message) {
    super(message);
    this.attempts = 1;
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public ComputeClientException(String message, Throwable cause) {
    super(message, cause);
    this.attempts = 1;
  }

  /**
   * Creates an exception for a call that was sent {@code attempts} times, the last time failing
   * with {@code cause}; the message then ends with the number of attempts.
   *
   * @param message what went wrong on the last attempt
   * @param cause the underlying exception of the last attempt, or null if there is none
   * @param attempts how many times the request was sent, at least 1
   * @throws IllegalArgumentException if {@code attempts} is less than 1
   */
  public ComputeClientException(String message, @Nullable Throwable cause, int attempts) {
    super(message + attemptsSuffix(checkAttempts(attempts)), cause);
    this.attempts = attempts;
  }

  @Override
  public int attempts() {
    return attempts;
  }

  private static int checkAttempts(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    return attempts;
  }
}
