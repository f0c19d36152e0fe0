package io.github.stacksdk.compute.exception;

/**
 * Thrown for status 400 (Bad Request): Nova rejected the request as invalid, for example a
 * malformed filter value, an unknown query parameter from microversion 2.75, or a malformed
 * microversion. The {@linkplain #faultMessage() message} says what was wrong. Retrying the same
 * request fails again.
 */
public class InvalidRequestException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 400.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public InvalidRequestException(ServiceError error) {
    super(error);
  }
}
