package io.github.stacksdk.compute.opentelemetry;

import io.github.stacksdk.compute.event.AttemptInfo;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.event.PageInfo;
import io.github.stacksdk.compute.exception.ComputeException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Traces a {@link io.github.stacksdk.compute.ComputeClient} with OpenTelemetry: a span of each
 * operation, with a client span of each HTTP request it makes.
 *
 * <pre>{@code
 * ComputeClient compute = ComputeClient.builder()
 *     .endpoint("https://compute.example.org/v2.1")
 *     .token(token)
 *     .addListener(ComputeTracing.create(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <p><b>Operation spans</b> are named after the operation ({@code servers.get}, {@code
 * servers.list}, {@code servers.list.page}, {@code identity.token}; the names are listed on {@link
 * ComputeListener}) and are of kind {@link SpanKind#INTERNAL}: an operation is a call of this SDK,
 * which may make several requests (retries, a listing's pages), not a request itself. Their
 * attributes: {@code openstack.compute.operation} (the name), {@code server.address}, {@code
 * server.port}, {@code openstack.compute.requested_microversion} (the microversion the client
 * pins, when it does and the operation sends it), {@code openstack.compute.concurrency} (a
 * concurrent listing's requests in flight, when more than one), and at the end {@code
 * http.response.status_code} (of the last response), {@code openstack.request_id} and {@code
 * openstack.compute.microversion} (of the operation's last response, when it had them), {@code
 * openstack.compute.pages} and {@code openstack.compute.items} (a listing's pages and their items,
 * repeats included), {@code openstack.compute.cancelled} (true when the caller cancelled the call
 * or closed the listing early). A failed operation has status {@link StatusCode#ERROR}, {@code
 * error.type} set to the exception's class name and the exception recorded as an event.
 *
 * <p><b>Attempt spans</b>, one per HTTP request and children of their operation's span, follow
 * OpenTelemetry's stable HTTP client span conventions (semantic conventions 1.23 and later): kind
 * {@link SpanKind#CLIENT}, named after the method ({@code GET}), with {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code url.full} (the SDK's URLs hold no
 * credentials), {@code http.response.status_code}, {@code http.request.resend_count} (from the
 * second attempt on), and for a failed attempt status {@link StatusCode#ERROR} and {@code
 * error.type}: the status code for an answer of 400 or more, else the class name of what failed
 * (the I/O exception of a request that got no answer). They also carry Nova's {@code
 * openstack.request_id}, the response's {@code openstack.compute.microversion}, the fault name
 * {@code openstack.compute.fault} of an error answer, and {@code openstack.compute.retry_wait_ms},
 * the wait before the next attempt when the client retries.
 *
 * <p><b>Parents.</b> An operation of its own is a child of the {@link Context#current() current
 * context} of the thread that starts it, which is the caller's, also for asynchronous calls: a
 * call made inside the application's span is a child of that span. The parts of an operation (a
 * listing's pages, a concurrent listing's id pages and detail pages, which run on OkHttp's
 * threads) are children of the operation's span, whatever thread they run on. Attempt spans are
 * never made current; another instrumentation of OkHttp (such as the Java agent's) would add spans
 * of its own for the same requests, parented elsewhere: turn one of the two off.
 *
 * <p>Nothing a span holds comes from a header other than the request id and the microversion;
 * tokens and passwords never reach the listener. Instances are immutable and thread-safe; one may
 * be added to any number of clients. A listing that its caller neither reads to its end nor closes
 * never ends, and neither does its span.
 */
public final class ComputeTracing implements ComputeListener {

  /** The instrumentation scope's name. */
  static final String INSTRUMENTATION_NAME = "io.github.stacksdk.compute";

  // HTTP and network attributes of the stable semantic conventions.
  static final AttributeKey<String> HTTP_REQUEST_METHOD =
      AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  // This SDK's own attributes.
  static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("openstack.compute.operation");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("openstack.request_id");
  static final AttributeKey<String> MICROVERSION =
      AttributeKey.stringKey("openstack.compute.microversion");
  static final AttributeKey<String> REQUESTED_MICROVERSION =
      AttributeKey.stringKey("openstack.compute.requested_microversion");
  static final AttributeKey<String> FAULT = AttributeKey.stringKey("openstack.compute.fault");
  static final AttributeKey<Long> CONCURRENCY =
      AttributeKey.longKey("openstack.compute.concurrency");
  static final AttributeKey<Long> PAGES = AttributeKey.longKey("openstack.compute.pages");
  static final AttributeKey<Long> ITEMS = AttributeKey.longKey("openstack.compute.items");
  static final AttributeKey<Boolean> CANCELLED =
      AttributeKey.booleanKey("openstack.compute.cancelled");
  static final AttributeKey<Long> RETRY_WAIT_MS =
      AttributeKey.longKey("openstack.compute.retry_wait_ms");

  private final Tracer tracer;

  private ComputeTracing(Tracer tracer) {
    this.tracer = tracer;
  }

  /**
   * Returns a listener that traces with {@code openTelemetry}'s tracer provider, under the
   * instrumentation scope {@code io.github.stacksdk.compute}.
   *
   * @param openTelemetry the application's OpenTelemetry, such as {@code
   *     GlobalOpenTelemetry.get()}
   * @return the listener, for {@link
   *     io.github.stacksdk.compute.ComputeClient.Builder#addListener}
   */
  public static ComputeTracing create(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry == null");
    return new ComputeTracing(openTelemetry.getTracer(INSTRUMENTATION_NAME));
  }

  /**
   * Starts the operation's span, as a child of its parent operation's span, else of the current
   * context.
   */
  @Override
  public OperationListener operationStarted(
      OperationInfo operation, @Nullable OperationListener parent) {
    Context parentContext =
        parent instanceof OperationSpan ? ((OperationSpan) parent).context : Context.current();
    Span span =
        tracer
            .spanBuilder(operation.name())
            .setParent(parentContext)
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(OPERATION, operation.name())
            .setAttribute(SERVER_ADDRESS, operation.serverAddress())
            .setAttribute(SERVER_PORT, (long) operation.serverPort())
            .startSpan();
    if (span.isRecording()) {
      operation.microversion().ifPresent(v -> span.setAttribute(REQUESTED_MICROVERSION, v));
      if (operation.concurrency() > 1) {
        span.setAttribute(CONCURRENCY, (long) operation.concurrency());
      }
    }
    return new OperationSpan(tracer, operation, span, parentContext.with(span));
  }

  @Override
  public String toString() {
    return "ComputeTracing";
  }

  /** One operation's span, and the span of its attempt in flight. */
  private static final class OperationSpan implements OperationListener {
    private final Tracer tracer;
    private final OperationInfo operation;
    private final Span span;

    /** The operation's span in its parent's context: the parent of its attempts and its parts. */
    final Context context;

    /** The attempt in flight: attempts of one operation come one after another. */
    private final AtomicReference<@Nullable Span> attempt = new AtomicReference<>();

    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong items = new AtomicLong();
    private volatile @Nullable String requestId;
    private volatile @Nullable String microversion;

    OperationSpan(Tracer tracer, OperationInfo operation, Span span, Context context) {
      this.tracer = tracer;
      this.operation = operation;
      this.span = span;
      this.context = context;
    }

    @Override
    public void attemptStarted(AttemptInfo info) {
      Span started =
          tracer
              .spanBuilder(info.method())
              .setParent(context)
              .setSpanKind(SpanKind.CLIENT)
              .setAttribute(HTTP_REQUEST_METHOD, info.method())
              .setAttribute(SERVER_ADDRESS, operation.serverAddress())
              .setAttribute(SERVER_PORT, (long) operation.serverPort())
              .setAttribute(URL_FULL, info.url())
              .startSpan();
      if (info.number() > 1) {
        started.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) info.number() - 1);
      }
      Span previous = attempt.getAndSet(started);
      if (previous != null) { // never told of its end
        previous.end();
      }
    }

    @Override
    public void attemptEnded(AttemptResult result) {
      result.requestId().ifPresent(id -> requestId = id);
      result.microversion().ifPresent(v -> microversion = v);
      Span ended = attempt.getAndSet(null);
      if (ended == null) {
        return;
      }
      if (ended.isRecording()) {
        int status = result.statusCode().orElse(-1);
        if (status >= 0) {
          ended.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) status);
        }
        result.requestId().ifPresent(id -> ended.setAttribute(REQUEST_ID, id));
        result.microversion().ifPresent(v -> ended.setAttribute(MICROVERSION, v));
        result.faultName().ifPresent(f -> ended.setAttribute(FAULT, f));
        Optional<ComputeException> failure = result.failure();
        if (status >= 400) {
          ended.setAttribute(ERROR_TYPE, Integer.toString(status));
          ended.setStatus(StatusCode.ERROR);
        } else if (failure.isPresent()) {
          Throwable cause = failure.get().getCause();
          Throwable failed = cause != null ? cause : failure.get();
          ended.setAttribute(ERROR_TYPE, failed.getClass().getName());
          ended.setStatus(StatusCode.ERROR);
          if (status < 0) {
            ended.recordException(failure.get());
          }
        }
        result
            .retryWait()
            .map(Duration::toMillis)
            .ifPresent(w -> ended.setAttribute(RETRY_WAIT_MS, w));
      }
      ended.end();
    }

    @Override
    public void pageReceived(PageInfo page) {
      pages.incrementAndGet();
      items.addAndGet(page.items());
    }

    @Override
    public void operationEnded(OperationResult result) {
      Span unfinished = attempt.getAndSet(null);
      if (unfinished != null) { // cancelled while in flight
        unfinished.setAttribute(CANCELLED, true);
        unfinished.end();
      }
      if (span.isRecording()) {
        result.statusCode().ifPresent(s -> span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) s));
        String id = requestId;
        if (id != null) {
          span.setAttribute(REQUEST_ID, id);
        }
        String version = microversion;
        if (version != null) {
          span.setAttribute(MICROVERSION, version);
        }
        int pageCount = pages.get();
        if (pageCount > 0) {
          span.setAttribute(PAGES, (long) pageCount);
          span.setAttribute(ITEMS, items.get());
        }
        if (result.cancelled()) {
          span.setAttribute(CANCELLED, true);
        }
        result
            .failure()
            .ifPresent(
                failure -> {
                  span.setAttribute(ERROR_TYPE, failure.getClass().getName());
                  span.setStatus(StatusCode.ERROR);
                  span.recordException(failure);
                });
      }
      span.end();
    }
  }
}
