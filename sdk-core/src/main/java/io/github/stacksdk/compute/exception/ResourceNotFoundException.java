package io.github.stacksdk.compute.exception;

/**
 * Thrown for status 404 (Not Found): the server (or other resource) does not exist or is not
 * visible to the token's project. Nova also answers 404 for a method that the requested
 * microversion does not offer.
 */
public class ResourceNotFoundException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 404.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public ResourceNotFoundException(ServiceError error) {
    super(error);
  }
}
