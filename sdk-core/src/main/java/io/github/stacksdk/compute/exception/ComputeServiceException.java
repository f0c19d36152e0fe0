package io.github.stacksdk.compute.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when Nova, or a proxy or middleware in front of it, answered with a status other than 2xx.
 * The {@link #error() error} holds what the response said.
 *
 * <p>The statuses a caller acts on differently have their own subclasses: {@link
 * InvalidRequestException} (400, with {@link MarkerNotFoundException}), {@link
 * AuthenticationException} (401), {@link PermissionDeniedException} (403), {@link
 * ResourceNotFoundException} (404), {@link MicroversionNotSupportedException} (406), {@link
 * ResourceConflictException} (409), {@link RateLimitedException} (413, 429) and {@link
 * ServiceErrorException} (5xx). Any other status, such as 405 or 410 (an API that Nova removed), is
 * this class itself. {@link #from(ServiceError)} picks the class for a status.
 *
 * <p>{@link #getMessage()} is the fault message followed by the status, fault name and request id,
 * for example {@code Instance 6a1f… could not be found. (status 404, fault itemNotFound, request
 * req-4b1e…)}. It never holds the token, headers or the request body.
 */
public class ComputeServiceException extends ComputeException {
  private static final long serialVersionUID = 1L;

  /** The error response; serializable, like the exception. */
  private final ServiceError error;

  /**
   * Creates an exception for an error response. Prefer {@link #from(ServiceError)}, which picks the
   * subclass that matches the status.
   *
   * @param error what the response said
   * @throws NullPointerException if {@code error} is null
   */
  public ComputeServiceException(ServiceError error) {
    super(describe(error));
    this.error = error;
  }

  /**
   * Returns the exception for an error response, of the subclass its status calls for: 400 {@link
   * InvalidRequestException} (or {@link MarkerNotFoundException} when the message is Nova's {@code
   * marker [X] not found}), 401 {@link AuthenticationException}, 403 {@link
   * PermissionDeniedException}, 404 {@link ResourceNotFoundException}, 406 {@link
   * MicroversionNotSupportedException}, 409 {@link
   * ResourceConflictException}, 413 and 429 {@link RateLimitedException}, 500 to 599 {@link
   * ServiceErrorException}, and a plain {@code ComputeServiceException} for any other status.
   *
   * @param error what the response said
   * @return a new exception for {@code error}
   * @throws NullPointerException if {@code error} is null
   */
  public static ComputeServiceException from(ServiceError error) {
    Objects.requireNonNull(error, "error == null");
    int status = error.statusCode();
    switch (status) {
      case 400:
        return MarkerNotFoundException.markerIn(error.message()).isPresent()
            ? new MarkerNotFoundException(error)
            : new InvalidRequestException(error);
      case 401:
        return new AuthenticationException(error);
      case 403:
        return new PermissionDeniedException(error);
      case 404:
        return new ResourceNotFoundException(error);
      case 406:
        return new MicroversionNotSupportedException(error);
      case 409:
        return new ResourceConflictException(error);
      case 413:
      case 429:
        return new RateLimitedException(error);
      default:
        return status >= 500 && status <= 599
            ? new ServiceErrorException(error)
            : new ComputeServiceException(error);
    }
  }

  /**
   * Returns the HTTP status code of the response.
   *
   * @return the status, for example 404
   */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * Returns the fault name of the body, such as {@code itemNotFound}; see {@link
   * ServiceError#faultName()}.
   *
   * @return the fault name, or empty when the body had none
   */
  public Optional<String> faultName() {
    return error.faultName();
  }

  /**
   * Returns the message of the response without the suffix that {@link #getMessage()} adds; see
   * {@link ServiceError#message()}.
   *
   * @return the fault message, never null
   */
  public String faultMessage() {
    return error.message();
  }

  /**
   * Returns the request id of the response, the id to quote to a cloud's operators.
   *
   * @return the request id, or empty when the response carried none
   */
  public Optional<String> requestId() {
    return error.requestId();
  }

  /**
   * Returns the compute microversion the response declared, such as {@code 2.79}.
   *
   * @return the microversion, or empty when the response declared none
   */
  public Optional<String> microversion() {
    return error.microversion();
  }

  /**
   * Returns how many times the client sent the request; the last attempt got this response.
   *
   * @return the number of attempts, at least 1
   */
  @Override
  public int attempts() {
    return error.attempts();
  }

  /**
   * Returns everything the SDK read from the error response.
   *
   * @return the error
   */
  public ServiceError error() {
    return error;
  }

  private static String describe(ServiceError error) {
    Objects.requireNonNull(error, "error == null");
    StringBuilder suffix = new StringBuilder("(status ").append(error.statusCode());
    error.faultName().ifPresent(name -> suffix.append(", fault ").append(name));
    error.requestId().ifPresent(id -> suffix.append(", request ").append(id));
    suffix.append(')');
    String message = error.message();
    return (message.isEmpty() ? suffix.toString() : message + ' ' + suffix)
        + attemptsSuffix(error.attempts());
  }
}
