package io.github.stacksdk.compute;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.ErrorDecoder;
import io.github.stacksdk.compute.internal.http.SendCount;
import io.github.stacksdk.compute.internal.http.TokenValues;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Sends the client's requests, for the synchronous and the asynchronous client alike: each attempt with
 * the provider's current token, one more after Nova refuses a token the provider then renews, the
 * retries the {@link RetryPolicy} allows within its deadline, and each body streamed straight into
 * the models, up to the call's bound on its decompressed bytes. Every response is closed, whatever
 * happens to it. Once {@linkplain #close() closed}, it sends nothing more, and every future it
 * returned is complete.
 */
final class Transport {
  private final OkHttpClient http;
  private final TokenProvider tokens;
  private final RetryPolicy retries;
  private final Delays delays;
  private final CallLogging.Sink log;
  private final String userAgent;
  private final @Nullable String microversion;
  private final JsonFactory json;
  private final Observer observer;

  /** The asynchronous calls not yet complete, which {@link #close()} completes. */
  private final Set<AsyncCall<?>> pending = ConcurrentHashMap.newKeySet();

  private volatile boolean closed;

  Transport(
      OkHttpClient http,
      TokenProvider tokens,
      RetryPolicy retries,
      Delays delays,
      CallLogging.Sink log,
      String userAgent,
      @Nullable String microversion,
      JsonFactory json,
      Observer observer) {
    this.http = http;
    this.tokens = tokens;
    this.retries = retries;
    this.delays = delays;
    this.log = log;
    this.userAgent = userAgent;
    this.microversion = microversion;
    this.json = json;
    this.observer = observer;
  }

  /** The client's listeners. */
  Observer observer() {
    return observer;
  }

  /** How the client waits: between retries, and between a waiter's polls. */
  Delays delays() {
    return delays;
  }

  /** Reads a response body from a parser that has not yet read its first token. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(JsonParser parser) throws IOException;
  }

  /**
   * A request to make: its method, where, its body, how to read its answer, whether to send the
   * microversion, the most bytes of its body (after decompression) that are read, and whether it
   * may be sent again once it may have reached Nova.
   */
  static final class Exchange<T> {
    /** The JSON media type of request bodies. */
    private static final MediaType JSON = MediaType.get("application/json");

    final String method;
    final HttpUrl url;
    final byte @Nullable [] body;

    /** Reads the answer's body; null when the body is not read, and the answer is {@link #fixed}. */
    final @Nullable BodyReader<T> reader;

    /** What the call answers when its body is not read (a 202 or 204 with nothing to say). */
    final @Nullable T fixed;

    final boolean withMicroversion;
    final long maxBodyBytes;

    /**
     * Whether the request may be sent again after it may have reached Nova: true for what is safe
     * to repeat (a GET, a PUT, a DELETE); false for a POST, which is then sent again only when its
     * connection could not be made, or when Nova refused its token.
     */
    final boolean repeatable;

    private Exchange(
        String method,
        HttpUrl url,
        byte @Nullable [] body,
        @Nullable BodyReader<T> reader,
        @Nullable T fixed,
        boolean withMicroversion,
        long maxBodyBytes,
        boolean repeatable) {
      this.method = method;
      this.url = url;
      this.body = body;
      this.reader = reader;
      this.fixed = fixed;
      this.withMicroversion = withMicroversion;
      this.maxBodyBytes = maxBodyBytes;
      this.repeatable = repeatable;
    }

    /** A GET whose answer {@code reader} reads. */
    static <T> Exchange<T> get(
        HttpUrl url, BodyReader<T> reader, boolean withMicroversion, long maxBodyBytes) {
      return new Exchange<>("GET", url, null, reader, null, withMicroversion, maxBodyBytes, true);
    }

    /**
     * A request with the client's microversion that changes something, and whose answer {@code
     * reader} reads.
     *
     * @param body the JSON body, or null for none
     * @param repeatable whether it is safe to send again (PUT, DELETE), not a POST
     */
    static <T> Exchange<T> change(
        String method,
        HttpUrl url,
        byte @Nullable [] body,
        BodyReader<T> reader,
        boolean repeatable) {
      return new Exchange<>(
          method, url, body, reader, null, true, ComputeOperations.MAX_BODY_BYTES, repeatable);
    }

    /** A request like {@link #change}, whose answer's body is not read: it answers true. */
    static Exchange<Boolean> changeWithoutAnswer(
        String method, HttpUrl url, byte @Nullable [] body, boolean repeatable) {
      return new Exchange<>(
          method,
          url,
          body,
          null,
          Boolean.TRUE,
          true,
          ComputeOperations.MAX_BODY_BYTES,
          repeatable);
    }

    /** The request body: one-shot, so that OkHttp itself never sends a POST again. */
    @Nullable RequestBody requestBody() {
      if (body == null && (method.equals("GET") || method.equals("DELETE"))) {
        return null;
      }
      byte[] bytes = body != null ? body : new byte[0]; // OkHttp wants one for a PUT or a POST
      RequestBody content = RequestBody.create(bytes, JSON);
      if (repeatable) {
        return content;
      }
      return new RequestBody() {
        @Override
        public MediaType contentType() {
          return JSON;
        }

        @Override
        public long contentLength() {
          return bytes.length;
        }

        @Override
        public boolean isOneShot() {
          return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
          sink.write(bytes);
        }
      };
    }

    /** {@code METHOD /path?query}, for messages; made only when one is written. */
    String description() {
      return method + " " + Endpoints.pathAndQuery(url);
    }
  }

  /** A decoded body with the headers the caller keeps. */
  static final class Result<T> {
    final T body;

    /** The response's status. */
    final int status;

    final @Nullable String requestId;
    final @Nullable String microversion;

    /** The cloud's clock: the answer's {@code Date} header, when it had a valid one. */
    final @Nullable Instant date;

    /** The answer's {@code Location} header, when it had one. */
    final @Nullable String location;

    /** The body's bytes, as read (after any decompression). */
    final long bodyBytes;

    Result(
        T body,
        int status,
        @Nullable String requestId,
        @Nullable String microversion,
        @Nullable Instant date,
        @Nullable String location,
        long bodyBytes) {
      this.body = body;
      this.status = status;
      this.requestId = requestId;
      this.microversion = microversion;
      this.date = date;
      this.location = location;
      this.bodyBytes = bodyBytes;
    }
  }

  /**
   * Makes the call on this thread, waiting between attempts.
   *
   * @param observed the operation whose attempts these are
   */
  <T> Result<T> execute(Exchange<T> exchange, Observation observed) {
    Attempts attempts = new Attempts(retries, log);
    while (true) {
      checkOpen(exchange);
      ComputeException failure;
      Request request = newRequest(exchange, attempts.next());
      Call call = attempts.start(http.newCall(request));
      Observation.Attempt attempt = observed.attemptStarted(request);
      try {
        Result<T> result = receive(exchange, request, call.execute(), attempts);
        attempt.succeeded(result);
        return result;
      } catch (TokenRefused refused) {
        attempt.tokenRefused();
        attempts.renewed();
        continue;
      } catch (IOException e) {
        failure = ioFailure(exchange, e);
      } catch (ComputeException e) {
        failure = e;
      }
      Duration wait = decide(attempts, exchange, failure, attempt);
      try {
        delays.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ComputeClientException(
            exchange.description() + " was interrupted while waiting to retry", e, attempts.sent);
      }
    }
  }

  /**
   * Sends nothing more, and completes every asynchronous call still under way, whether it waits
   * for a response or for a retry, with a {@link ComputeClientException} saying the client was
   * closed. A synchronous call fails the same way at its next attempt.
   */
  void close() {
    closed = true;
    for (AsyncCall<?> call : pending) {
      call.closed();
    }
  }

  private void checkOpen(Exchange<?> exchange) {
    if (closed) {
      throw clientClosed(exchange);
    }
  }

  private static ComputeClientException clientClosed(Exchange<?> exchange) {
    return new ComputeClientException(
        exchange.description() + " was not completed: the client was closed");
  }

  /**
   * Makes the call on OkHttp's dispatcher. Cancelling the returned future cancels the HTTP call in
   * flight, or the retry that waits.
   *
   * @param observed the operation whose attempts these are
   */
  <T> CompletableFuture<Result<T>> enqueue(Exchange<T> exchange, Observation observed) {
    AsyncCall<T> call = new AsyncCall<>(exchange, observed);
    pending.add(call);
    if (closed) {
      call.closed(); // close() may have run before the call was added
    } else {
      call.next(null);
    }
    return call;
  }

  /**
   * The request of one attempt, with the provider's current token, checked: the provider's own
   * failure, no token, or a token that HTTP cannot carry end in a {@link ComputeClientException}
   * that never quotes it.
   */
  private Request newRequest(Exchange<?> exchange, SendCount sends) {
    String token;
    try {
      token = tokens.token();
    } catch (ComputeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ComputeClientException(
          exchange.description()
              + " was not sent: the token provider failed ("
              + e.getClass().getName()
              + ")",
          e);
    }
    String problem =
        token == null ? "is missing" : TokenValues.problem(token = TokenValues.strip(token));
    if (problem != null) {
      throw new ComputeClientException(
          exchange.description() + " was not sent: the token from the token provider " + problem);
    }
    Request.Builder request =
        new Request.Builder()
            .url(exchange.url)
            .method(exchange.method, exchange.requestBody())
            .tag(SendCount.class, sends)
            .header("X-Auth-Token", token)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    if (microversion != null && exchange.withMicroversion) {
      request.header("OpenStack-API-Version", "compute " + microversion);
      request.header("X-OpenStack-Nova-API-Version", microversion);
    }
    return request.build();
  }

  /**
   * Decodes one response and closes it.
   *
   * @throws TokenRefused when Nova answered 401 and the provider renewed the token
   */
  private <T> Result<T> receive(
      Exchange<T> exchange, Request request, Response response, Attempts attempts) {
    try (Response closed = response) {
      String token = Objects.requireNonNull(request.header("X-Auth-Token"));
      if (response.code() == 401 && attempts.mayRenew() && tokens.refresh(token)) {
        throw new TokenRefused();
      }
      if (response.code() == 404
          && exchange.method.equals("DELETE")
          && exchange.reader == null
          && attempts.earlierSendMayHaveArrived()) {
        // An earlier send may have deleted it, and its answer was lost: what was asked is done.
        return ResponseReader.read(exchange, response, json); // the fixed answer, body unread
      }
      if (!response.isSuccessful()) {
        throw ErrorDecoder.decode(response, List.of(token));
      }
      return ResponseReader.read(exchange, response, json);
    }
  }

  /**
   * The wait before the next attempt, told to the attempt's listeners with the failure.
   *
   * @throws ComputeException when no attempt follows
   */
  private static Duration decide(
      Attempts attempts,
      Exchange<?> exchange,
      ComputeException failure,
      Observation.Attempt attempt) {
    Duration wait;
    try {
      wait = attempts.waitBeforeRetry(exchange, failure);
    } catch (ComputeException last) {
      attempt.failed(failure, null);
      throw last;
    }
    attempt.failed(failure, wait);
    return wait;
  }

  private static ComputeClientException ioFailure(Exchange<?> exchange, IOException e) {
    return new ComputeClientException(
        exchange.description() + " failed: " + ResponseReader.describe(e), e);
  }

  /** Nova answered 401 to a token that the provider has renewed: send once more. */
  private static final class TokenRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenRefused() {
      super(null, null, false, false);
    }
  }

  /** One asynchronous call: its attempts run on OkHttp's dispatcher, one after the other. */
  private final class AsyncCall<T> extends CompletableFuture<Result<T>> implements Callback {
    private final Exchange<T> exchange;
    private final Observation observed;
    private final Attempts attempts = new Attempts(retries, log);
    private volatile @Nullable Call current;
    private volatile Observation.Attempt currentAttempt = Observation.Attempt.NONE;

    AsyncCall(Exchange<T> exchange, Observation observed) {
      this.exchange = exchange;
      this.observed = observed;
    }

    /**
     * Starts the next attempt after {@code wait}, on the dispatcher's threads: the token provider
     * may block while it renews a token, and the caller's thread must not.
     */
    void next(@Nullable Duration wait) {
      if (wait == null) {
        dispatch();
      } else {
        // The dispatcher may be shut down by the time the wait is over: dispatch() then says so,
        // rather than the delay thread swallowing the rejection.
        delays.after(wait, Runnable::run).execute(this::dispatch);
      }
    }

    private void dispatch() {
      if (isDone()) {
        return;
      }
      try {
        http.dispatcher().executorService().execute(this::attempt);
      } catch (RejectedExecutionException e) {
        closed();
      }
    }

    /** Completes this call, unless already complete, as one the client's closing cut short. */
    void closed() {
      if (completeExceptionally(clientClosed(exchange))) {
        Call call = current;
        if (call != null) {
          call.cancel();
        }
      }
    }

    @Override
    public boolean complete(Result<T> value) {
      pending.remove(this);
      return super.complete(value);
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      pending.remove(this);
      return super.completeExceptionally(failure);
    }

    private void attempt() {
      if (isDone()) {
        return;
      }
      if (closed) {
        closed();
        return;
      }
      try {
        Request request = newRequest(exchange, attempts.next());
        Call call = attempts.start(http.newCall(request));
        current = call;
        currentAttempt = observed.attemptStarted(request);
        if (isCancelled()) {
          call.cancel();
          return;
        }
        call.enqueue(this);
      } catch (RuntimeException e) {
        completeExceptionally(e);
      }
    }

    @Override
    public void onResponse(Call call, Response response) {
      try {
        Result<T> result = receive(exchange, call.request(), response, attempts);
        currentAttempt.succeeded(result);
        complete(result);
      } catch (TokenRefused refused) {
        currentAttempt.tokenRefused();
        attempts.renewed();
        attempt();
      } catch (ComputeException e) {
        failed(e);
      } catch (RuntimeException e) {
        completeExceptionally(e);
      }
    }

    @Override
    public void onFailure(Call call, IOException e) {
      failed(ioFailure(exchange, e));
    }

    private void failed(ComputeException failure) {
      if (isDone()) { // cancelled, or the client closed: the attempt ends without a retry
        currentAttempt.failed(failure, null);
        return;
      }
      try {
        next(decide(attempts, exchange, failure, currentAttempt));
      } catch (ComputeException last) {
        completeExceptionally(last);
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      pending.remove(this);
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Call call = current;
      if (call != null) {
        call.cancel();
      }
      return cancelled;
    }
  }
}
