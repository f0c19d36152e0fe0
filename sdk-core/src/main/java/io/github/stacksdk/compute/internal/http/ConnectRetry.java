package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntFunction;
import okhttp3.Interceptor;
import okhttp3.Response;

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

  @Override
  public Response intercept(Chain chain) throws IOException {
    long start = System.nanoTime();
    for (int failed = 0; ; ) {
      try {
        return chain.proceed(chain.request());
      } catch (IOException e) {
        failed++;
        if (failed >= maxAttempts || !isConnectFailure(e) || chain.call().isCanceled()) {
          throw e;
        }
        Duration wait = backoff.apply(failed);
        if (System.nanoTime() - start + wait.toNanos() >= deadline.toNanos()) {
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
