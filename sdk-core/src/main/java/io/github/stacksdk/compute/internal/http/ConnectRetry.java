package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntFunction;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again when its connection could not be made, so the request surely never left:
 * the one retry that is safe even for a {@code POST}, such as an identity token request. Blocking;
 * for synchronous calls only.
 */
public final class ConnectRetry implements Interceptor {

  private final int maxAttempts;
  private final Duration deadline;
  private final IntFunction<Duration> backoff;
  private final Delays delays;

  /**
   * @param maxAttempts the most times a request is sent
   * @param deadline the time all attempts and waits may take together
   * @param backoff the wait after the given number of failed attempts
   * @param delays how to wait
   */
  public ConnectRetry(
      int maxAttempts, Duration deadline, IntFunction<Duration> backoff, Delays delays) {
    this.maxAttempts = maxAttempts;
    this.deadline = deadline;
    this.backoff = backoff;
    this.delays = delays;
  }

  /**
   * Hears of each attempt, when a request carries one as its tag: the operation's listeners.
   */
  public interface AttemptHook {
    /** A request is about to be sent; what is returned is given back when it is over. */
    Object started(Request request);

    /**
     * An attempt is over.
     *
     * @param response the response, or null when none arrived
     * @param failure what failed, or null
     * @param retryWait the wait before the next attempt, or null when none follows
     */
    void ended(
        Object attempt,
        @Nullable Response response,
        @Nullable IOException failure,
        @Nullable Duration retryWait);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long start = System.nanoTime();
    AttemptHook hook = chain.request().tag(AttemptHook.class);
    for (int failed = 0; ; ) {
      Object attempt = hook == null ? null : hook.started(chain.request());
      try {
        Response response = chain.proceed(chain.request());
        if (hook != null && attempt != null) {
          hook.ended(attempt, response, null, null);
        }
        return response;
      } catch (IOException e) {
        failed++;
        Duration wait = null;
        if (failed < maxAttempts && isConnectFailure(e) && !chain.call().isCanceled()) {
          wait = backoff.apply(failed);
          if (System.nanoTime() - start + wait.toNanos() >= deadline.toNanos()) {
            wait = null;
          }
        }
        if (hook != null && attempt != null) {
          hook.ended(attempt, null, e, wait);
        }
        if (wait == null) {
          throw e;
        }
        try {
          delays.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** True when no connection was made: refused, unreachable, or timed out while connecting. */
  static boolean isConnectFailure(IOException e) {
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return true;
    }
    String message = e.getMessage();
    return e instanceof SocketTimeoutException
        && message != null
        && message.toLowerCase(Locale.ROOT).contains("connect");
  }
}
