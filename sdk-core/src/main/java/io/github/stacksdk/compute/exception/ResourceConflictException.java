package io.github.stacksdk.compute.exception;

/**
 * Thrown for status 409 (Conflict): the resource is in the wrong state for this action, for example
 * a server that is locked or not in the required {@code vm_state}.
 */
public class ResourceConflictException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with status 409.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public ResourceConflictException(ServiceError error) {
    super(error);
  }
}
