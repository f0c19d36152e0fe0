package io.github.stacksdk.compute.exception;

/**
 * Thrown for statuses 500 to 599: Nova failed (500 {@code computeFault}, 501 {@code
 * notImplemented}, 503 {@code serviceUnavailable}), or a proxy or load balancer in front of it did
 * (502, 503, 504), often with an HTML body whose text the {@linkplain #faultMessage() message}
 * quotes. A later retry may succeed; {@link ServiceError#retryAfter()} holds any delay the response
 * asked for.
 */
public class ServiceErrorException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an error response with a status from 500 to 599.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public ServiceErrorException(ServiceError error) {
    super(error);
  }
}
