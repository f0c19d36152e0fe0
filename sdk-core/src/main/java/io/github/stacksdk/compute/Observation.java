package io.github.stacksdk.compute;

import io.github.stacksdk.compute.event.AttemptInfo;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.event.PageInfo;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.ServiceError;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * One operation as its listeners hear of it: its attempts, its pages and its end, told to each
 * listener's {@link OperationListener}, whatever a listener throws. Ends once; what comes after
 * (a page of a listing that has failed, say) is not told.
 */
final class Observation {
  /** The observation of a client without listeners: tells nothing. */
  static final Observation NONE = new Observation();

  private final @Nullable Observer observer;
  private final OperationListener[] listeners;
  private final @Nullable Observation parent;
  private final long startNanos = System.nanoTime();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();

  /** The status of the last response, of this operation's attempts or its children's; -1: none. */
  private volatile int lastStatus = -1;

  private Observation() {
    this.observer = null;
    this.listeners = new OperationListener[0];
    this.parent = null;
  }

  Observation(Observer observer, OperationListener[] listeners, @Nullable Observation parent) {
    this.observer = observer;
    this.listeners = listeners;
    this.parent = parent;
  }

  boolean isNone() {
    return observer == null;
  }

  /** What listener {@code i} of the client returned for this operation. */
  OperationListener listener(int i) {
    return listeners[i];
  }

  /** A request is about to be sent; what becomes of it is told to the attempt returned. */
  Attempt attemptStarted(Request request) {
    if (isNone()) {
      return Attempt.NONE;
    }
    Attempt attempt =
        new Attempt(this, attempts.incrementAndGet(), request.method(), request.url().toString());
    tell(l -> l.attemptStarted(attempt), "attemptStarted");
    return attempt;
  }

  /** A listing has a page for its caller. */
  void pageReceived(Page<?> page) {
    if (isNone() || ended.get()) {
      return;
    }
    int number = pages.incrementAndGet();
    PageInfo info = new PageData(number, page.items().size(), page.bodyBytes(), page.requestId());
    tell(l -> l.pageReceived(info), "pageReceived");
  }

  void succeeded() {
    end(null, false);
  }

  /** Ends with {@code failure}; a cancellation ends it as cancelled. */
  void failed(Throwable failure) {
    Throwable cause = Futures.unwrap(failure);
    if (cause instanceof CancellationException) {
      end(null, true);
    } else {
      end(
          cause instanceof RuntimeException
              ? (RuntimeException) cause
              : new RuntimeException(cause),
          false);
    }
  }

  void cancelled() {
    end(null, true);
  }

  /** Ends as {@code failure} says: null for a success. */
  void ended(@Nullable Throwable failure) {
    if (failure == null) {
      succeeded();
    } else {
      failed(failure);
    }
  }

  private void end(@Nullable RuntimeException failure, boolean cancelled) {
    if (isNone() || ended.getAndSet(true)) {
      return;
    }
    OperationResult result =
        new Result(
            Duration.ofNanos(System.nanoTime() - startNanos), lastStatus, failure, cancelled);
    tell(l -> l.operationEnded(result), "operationEnded");
  }

  private void status(int status) {
    for (Observation o = this; o != null; o = o.parent) {
      o.lastStatus = status;
    }
  }

  private void tell(Consumer<OperationListener> event, String name) {
    for (OperationListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        if (observer != null) {
          observer.threw(e, name);
        }
      }
    }
  }

  /** One attempt of an observed operation. */
  static final class Attempt implements AttemptInfo {
    static final Attempt NONE = new Attempt(Observation.NONE, 0, "GET", "");

    private final Observation operation;
    private final int number;
    private final String method;
    private final String url;
    private final long startNanos = System.nanoTime();

    Attempt(Observation operation, int number, String method, String url) {
      this.operation = operation;
      this.number = number;
      this.method = method;
      this.url = url;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String url() {
      return url;
    }

    /** The response was read. */
    void succeeded(Transport.Result<?> result) {
      ended(
          result.status, null, result.requestId, result.microversion, result.bodyBytes, null, null);
    }

    /**
     * The attempt failed.
     *
     * @param retryWait the wait before the next attempt, or null when none follows
     */
    void failed(ComputeException failure, @Nullable Duration retryWait) {
      if (failure instanceof ComputeServiceException) {
        ServiceError error = ((ComputeServiceException) failure).error();
        ended(
            error.statusCode(),
            error.faultName().orElse(null),
            error.requestId().orElse(null),
            error.microversion().orElse(null),
            0,
            failure,
            retryWait);
      } else {
        ended(-1, null, null, null, 0, failure, retryWait);
      }
    }

    /** Nova refused the token, which the provider renewed: the next attempt follows at once. */
    void tokenRefused() {
      ended(401, null, null, null, 0, null, Duration.ZERO);
    }

    /** Told by an HTTP client that only sees the status and headers (the identity calls). */
    void ended(
        int status,
        @Nullable String requestId,
        @Nullable ComputeException failure,
        @Nullable Duration retryWait) {
      ended(status, null, requestId, null, 0, failure, retryWait);
    }

    private void ended(
        int status,
        @Nullable String fault,
        @Nullable String requestId,
        @Nullable String microversion,
        long bytes,
        @Nullable ComputeException failure,
        @Nullable Duration retryWait) {
      if (operation.isNone()) {
        return;
      }
      if (status >= 0) {
        operation.status(status);
      }
      AttemptResult result =
          new AttemptData(
              this,
              status,
              fault,
              requestId,
              microversion,
              Duration.ofNanos(System.nanoTime() - startNanos),
              bytes,
              failure,
              retryWait);
      operation.tell(l -> l.attemptEnded(result), "attemptEnded");
    }

    @Override
    public String toString() {
      return "AttemptInfo{" + number + " " + method + " " + url + "}";
    }
  }

  private static final class AttemptData implements AttemptResult {
    private final AttemptInfo attempt;
    private final int status;
    private final @Nullable String fault;
    private final @Nullable String requestId;
    private final @Nullable String microversion;
    private final Duration duration;
    private final long bytes;
    private final @Nullable ComputeException failure;
    private final @Nullable Duration retryWait;

    AttemptData(
        AttemptInfo attempt,
        int status,
        @Nullable String fault,
        @Nullable String requestId,
        @Nullable String microversion,
        Duration duration,
        long bytes,
        @Nullable ComputeException failure,
        @Nullable Duration retryWait) {
      this.attempt = attempt;
      this.status = status;
      this.fault = fault;
      this.requestId = requestId;
      this.microversion = microversion;
      this.duration = duration;
      this.bytes = bytes;
      this.failure = failure;
      this.retryWait = retryWait;
    }

    @Override
    public AttemptInfo attempt() {
      return attempt;
    }

    @Override
    public OptionalInt statusCode() {
      return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    @Override
    public Optional<String> faultName() {
      return Optional.ofNullable(fault);
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(requestId);
    }

    @Override
    public Optional<String> microversion() {
      return Optional.ofNullable(microversion);
    }

    @Override
    public Duration duration() {
      return duration;
    }

    @Override
    public long bytesRead() {
      return bytes;
    }

    @Override
    public Optional<ComputeException> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public Optional<Duration> retryWait() {
      return Optional.ofNullable(retryWait);
    }

    @Override
    public String toString() {
      return "AttemptResult{"
          + attempt
          + " -> "
          + (status < 0 ? "no response" : String.valueOf(status))
          + (retryWait != null ? ", retry in " + retryWait.toMillis() + " ms" : "")
          + "}";
    }
  }

  private static final class PageData implements PageInfo {
    private final int number;
    private final int items;
    private final long bytes;
    private final Optional<String> requestId;

    PageData(int number, int items, long bytes, Optional<String> requestId) {
      this.number = number;
      this.items = items;
      this.bytes = bytes;
      this.requestId = requestId;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int items() {
      return items;
    }

    @Override
    public long bytesRead() {
      return bytes;
    }

    @Override
    public Optional<String> requestId() {
      return requestId;
    }

    @Override
    public String toString() {
      return "PageInfo{" + number + ", " + items + " items}";
    }
  }

  private static final class Result implements OperationResult {
    private final Duration duration;
    private final int status;
    private final @Nullable RuntimeException failure;
    private final boolean cancelled;

    Result(Duration duration, int status, @Nullable RuntimeException failure, boolean cancelled) {
      this.duration = duration;
      this.status = status;
      this.failure = failure;
      this.cancelled = cancelled;
    }

    @Override
    public Duration duration() {
      return duration;
    }

    @Override
    public OptionalInt statusCode() {
      return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    @Override
    public Optional<RuntimeException> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public boolean cancelled() {
      return cancelled;
    }

    @Override
    public String toString() {
      return "OperationResult{"
          + (cancelled ? "cancelled" : failure != null ? failure.getClass().getSimpleName() : "ok")
          + ", "
          + duration.toMillis()
          + " ms}";
    }
  }
}
