package io.github.stacksdk.compute.exception;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request that is not safe to repeat, such as {@code POST /servers} or a server
 * action, may have reached Nova but got no usable answer: the connection broke or timed out after
 * the request was sent, or the answer could not be read. Whether Nova acted on it is unknown, so
 * the SDK did not send it again: a second create could make a second server.
 *
 * <p>Such a request is sent again only when its connection could not be made (the request surely
 * never left), or when Nova refused its token ({@code 401}, which Nova answers before acting) and
 * the token provider renewed it. Before repeating it, find out what happened: list the servers by
 * name, or by the reservation id that the create asked for, and read the server's status.
 */
public class OutcomeUnknownException extends ComputeClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a request sent {@code attempts} times.
   *
   * @param message what went wrong on the last attempt
   * @param cause the underlying exception, or null if there is none
   * @param attempts how many times the request was sent, at least 1
   */
  public OutcomeUnknownException(String message, @Nullable Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
