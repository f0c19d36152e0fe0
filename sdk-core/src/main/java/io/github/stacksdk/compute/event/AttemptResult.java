package io.github.stacksdk.compute.event;

import io.github.stacksdk.compute.exception.ComputeException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** What came of one attempt, and what the client does next. */
public interface AttemptResult {

  /**
   * The attempt this is the result of.
   *
   * @return its number, URL and method
   */
  AttemptInfo attempt();

  /**
   * The response's status.
   *
   * @return the status, or empty when no response arrived
   */
  OptionalInt statusCode();

  /**
   * The fault name of an error answer: the key of Nova's fault body, such as {@code
   * itemNotFound}.
   *
   * @return the fault name, or empty
   */
  Optional<String> faultName();

  /**
   * The request id the cloud gave the request.
   *
   * @return the request id, or empty when the response had none
   */
  Optional<String> requestId();

  /**
   * The microversion the response was rendered at.
   *
   * @return the microversion, or empty when the response did not say
   */
  Optional<String> microversion();

  /**
   * From just before the request was sent to the end of reading its answer.
   *
   * @return the attempt's duration
   */
  Duration duration();

  /**
   * The bytes of a successful response's body that the SDK read, after any decompression.
   *
   * @return the bytes read; 0 when no body was read, and for an error answer (whose body the
   *     exception holds)
   */
  long bytesRead();

  /**
   * Why the attempt failed.
   *
   * @return the failure, or empty when it succeeded
   */
  Optional<ComputeException> failure();

  /**
   * The wait before the next attempt, when there is one: the retry policy's back-off, the
   * service's {@code Retry-After}, or zero after a token renewed on a {@code 401}.
   *
   * @return the wait, or empty when this was the last attempt
   */
  Optional<Duration> retryWait();
}
