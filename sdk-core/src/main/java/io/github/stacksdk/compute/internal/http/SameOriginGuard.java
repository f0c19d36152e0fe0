package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses to send a request to another origin (scheme, host, port) than the one the SDK made it
 * for, so that no token and no identity body ever leaves for another server. The SDK's clients do
 * not follow redirects; this network interceptor, the last one before the wire, also holds when a
 * caller's {@code OkHttpClient} (or one of its interceptors) would send the request elsewhere.
 */
public final class SameOriginGuard implements Interceptor {

  /** The request was about to go to another origin; it was not sent. */
  public static final class OtherOriginRefused extends IOException {
    private static final long serialVersionUID = 1L;

    OtherOriginRefused(String message) {
      super(message);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl made = chain.call().request().url();
    HttpUrl sending = chain.request().url();
    if (!sameOrigin(made, sending)) {
      throw new OtherOriginRefused(
          "refused to send it to "
              + origin(sending)
              + ", another origin than "
              + origin(made)
              + " that it was made for: the SDK sends credentials only where they belong");
    }
    return chain.proceed(chain.request());
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  /** {@code scheme://host:port}: no user, path or query, which may hold anything. */
  public static String origin(HttpUrl url) {
    return url.scheme()
        + "://"
        + (url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host())
        + ":"
        + url.port();
  }
}
