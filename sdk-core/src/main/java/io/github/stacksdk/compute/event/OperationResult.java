package io.github.stacksdk.compute.event;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** How an operation ended. */
public interface OperationResult {

  /**
   * From the operation's start to its end.
   *
   * @return the duration
   */
  Duration duration();

  /**
   * The status of the operation's last response; for a listing, of its last page.
   *
   * @return the status, or empty when no response arrived
   */
  OptionalInt statusCode();

  /**
   * What the operation failed with: a {@link io.github.stacksdk.compute.exception.ComputeException}
   * as its caller got it.
   *
   * @return the failure, or empty when it succeeded or was cancelled
   */
  Optional<RuntimeException> failure();

  /**
   * Whether the caller cancelled the operation or closed the listing before its end.
   *
   * @return true when cancelled
   */
  boolean cancelled();
}
