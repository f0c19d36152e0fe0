package io.github.stacksdk.compute.exception;

/**
 * Thrown for status 403 (Forbidden): the token is valid, but policy forbids this call, or the
 * request would exceed a quota (which current Nova reports as 403, not 413).
 */
public class PermissionDeniedException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 403.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public PermissionDeniedException(ServiceError error) {
    super(error);
  }
}
