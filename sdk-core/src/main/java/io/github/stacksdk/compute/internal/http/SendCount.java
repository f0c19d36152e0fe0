package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * How many times one attempt's request really went out. OkHttp sends a request again on its own
 * after a {@code 408} or a pooled connection that turned out dead; a request carrying a {@code
 * SendCount} as its tag is counted at each of those sends by {@link #COUNTER}, a network
 * interceptor, so that the attempts an exception reports are the requests Nova saw.
 */
public final class SendCount {
  /** Counts each send of a request tagged with a {@code SendCount}. */
  public static final Interceptor COUNTER =
      new Interceptor() {
        @Override
        public Response intercept(Chain chain) throws IOException {
          SendCount count = chain.request().tag(SendCount.class);
          if (count != null) {
            count.sends.incrementAndGet();
          }
          return chain.proceed(chain.request());
        }
      };

  private final AtomicInteger sends = new AtomicInteger();

  /** The sends so far: 0 when no connection was made, more than 1 when OkHttp re-sent it. */
  public int sends() {
    return sends.get();
  }
}
