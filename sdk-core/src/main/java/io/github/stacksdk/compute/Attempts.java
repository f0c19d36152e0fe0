package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.OutcomeUnknownException;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.SendCount;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Counts the attempts of one call and decides about the next, as the {@link RetryPolicy} says and
 * within its deadline: which failure is retried, how long to wait, and the exception to give up
 * with. An attempt that OkHttp sent more than once on its own (after a {@code 408}, or on a pooled
 * connection that was dead) counts as each of its sends. Used by one call at a time.
 */
final class Attempts {
  private final RetryPolicy retries;
  private final CallLogging.Sink log;
  private final long startNanos = System.nanoTime();

  /** The requests sent so far, as far as known: each attempt counts once until it is over. */
  int sent;

  private int failed;
  private boolean renewed;

  /** Whether an attempt before the current one was sent, so may have reached Nova. */
  private boolean sentBefore;

  private @Nullable SendCount current;

  Attempts(RetryPolicy retries, CallLogging.Sink log) {
    this.retries = retries;
    this.log = log;
  }

  /** A new count for the next attempt's request; the last attempt's extra sends are added. */
  SendCount next() {
    countExtraSends();
    SendCount count = new SendCount();
    current = count;
    return count;
  }

  private void countExtraSends() {
    SendCount last = current;
    if (last != null) {
      sent += Math.max(0, last.sends() - 1);
      current = null;
    }
  }

  /** Counts an attempt and cuts its time limit to what is left of the deadline. */
  Call start(Call call) {
    sent++;
    long left = retries.deadline().toNanos() - (System.nanoTime() - startNanos);
    long callTimeout = call.timeout().timeoutNanos();
    if (callTimeout == 0 || left < callTimeout) {
      call.timeout()
          .timeout(Math.max(left, TimeUnit.MILLISECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
    }
    return call;
  }

  /**
   * Whether the request may already have reached Nova before the send now answered: an earlier
   * attempt was sent, or OkHttp itself sent this one more than once.
   */
  boolean earlierSendMayHaveArrived() {
    SendCount now = current;
    return sentBefore || now != null && now.sends() > 1;
  }

  /** Whether a 401 may still be answered by renewing the token: once per call. */
  boolean mayRenew() {
    return !renewed;
  }

  void renewed() {
    renewed = true;
  }

  /**
   * The wait before sending again: the {@code Retry-After} the service asked for, else the
   * policy's back-off.
   *
   * @param call what the debug line names, such as {@code GET /servers/detail?limit=1000}
   * @throws ComputeException the failure, with the number of attempts, when there is no retry
   */
  Duration waitBeforeRetry(Transport.Exchange<?> call, ComputeException failure) {
    SendCount last = current;
    boolean neverSent = last != null && last.sends() == 0;
    sentBefore |= !neverSent;
    countExtraSends();
    failed++;
    if (!call.repeatable && !(neverSent && failure instanceof ComputeClientException)) {
      throw giveUpUnrepeatable(call, failure);
    }
    if (failed >= retries.maxAttempts()
        || !retries.isRetryable(failure)
        || Thread.currentThread().isInterrupted()) {
      throw giveUp(failure);
    }
    Duration wait =
        failure instanceof ComputeServiceException
            ? ((ComputeServiceException) failure).error().retryAfter().orElse(null)
            : null;
    if (wait == null) {
      wait = retries.backoff(failed, ThreadLocalRandom.current()::nextDouble);
    }
    long left = retries.deadline().toNanos() - (System.nanoTime() - startNanos);
    if (wait.toNanos() >= left) {
      throw giveUp(failure);
    }
    if (log.isDebugEnabled()) {
      log.debug(
          call.description()
              + " failed ("
              + reason(failure)
              + "); attempt "
              + (sent + 1)
              + " of "
              + retries.maxAttempts()
              + " in "
              + wait.toMillis()
              + " ms");
    }
    return wait;
  }

  /**
   * The failure of a request that is not sent again once it may have reached Nova: Nova's own
   * answer as it is, else an {@link OutcomeUnknownException}.
   */
  private ComputeException giveUpUnrepeatable(
      Transport.Exchange<?> call, ComputeException failure) {
    if (failure instanceof ComputeServiceException) {
      return giveUp(failure);
    }
    String message =
        Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    return new OutcomeUnknownException(
        message
            + ". The request may have reached Nova, so it was not sent again: find out whether "
            + call.method
            + " "
            + call.url.encodedPath()
            + " took effect before repeating it",
        failure.getCause(),
        Math.max(sent, 1));
  }

  /** The last failure, saying how many attempts were made when there were several. */
  private ComputeException giveUp(ComputeException failure) {
    if (sent <= 1) {
      return failure;
    }
    if (failure instanceof ComputeServiceException) {
      ComputeServiceException e = (ComputeServiceException) failure;
      return ComputeServiceException.from(e.error().toBuilder().attempts(sent).build());
    }
    String message =
        Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    return new ComputeClientException(message, failure.getCause(), sent);
  }

  private static String reason(ComputeException failure) {
    if (failure instanceof ComputeServiceException) {
      return "status " + ((ComputeServiceException) failure).statusCode();
    }
    Throwable cause = failure.getCause();
    return cause != null ? cause.getClass().getSimpleName() : "no usable response";
  }
}
