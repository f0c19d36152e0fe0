package io.github.stacksdk.compute.exception;

/**
 * Thrown for status 401 (Unauthorized): the token is missing, expired, revoked or invalid. The body
 * usually comes from Keystone's token middleware in front of Nova, so the {@linkplain #faultName()
 * fault name} is {@code Unauthorized}. Obtain a new token and retry.
 */
public class AuthenticationException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 401.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public AuthenticationException(ServiceError error) {
    super(error);
  }
}
