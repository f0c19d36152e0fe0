package io.github.stacksdk.compute.exception;

/**
 * Thrown when a call got no usable response: the connection failed, timed out or was interrupted,
 * TLS failed, or a success response's body could not be read or parsed. The underlying {@code
 * IOException} or parse exception is the {@linkplain #getCause() cause}.
 *
 * <p>Whether the request reached Nova is unknown, so retrying is safe only for idempotent calls.
 */
public class ComputeClientException extends ComputeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public ComputeClientException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying exception
   */
  public ComputeClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
