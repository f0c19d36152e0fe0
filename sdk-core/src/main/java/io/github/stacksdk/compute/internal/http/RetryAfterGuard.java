package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp's own follow-up logic away from a {@code Retry-After}: the SDK's retry policy alone
 * acts on it.
 *
 * <p>On a 503 (and on a 408), OkHttp reads a {@code Retry-After} of digits as an {@code int}. A
 * value of {@code 0} makes it send the request again at once, unseen by the policy, so that {@code
 * RetryPolicy.none()} sends two requests and a retried call more than it counts; a value beyond an
 * {@code int} ({@code 999999999999}) throws a {@code NumberFormatException} out of the call,
 * leaving the response and its connection open. This network interceptor writes such a value with
 * a decimal fraction ({@code 0} becomes {@code 0.0}), which OkHttp does not act on and {@link
 * ErrorDecoder} reads as the same number of seconds. Other values and statuses pass unchanged.
 */
public final class RetryAfterGuard implements Interceptor {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503 && response.code() != 408) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || !okHttpWouldActOn(retryAfter)) {
      return response;
    }
    return response.newBuilder().header("Retry-After", retryAfter + ".0").build();
  }

  /** Whether OkHttp would resend the request at once, or fail to read the value as an int. */
  private static boolean okHttpWouldActOn(String retryAfter) {
    if (!DIGITS.matcher(retryAfter).matches()) {
      return false;
    }
    try {
      return Integer.parseInt(retryAfter) == 0;
    } catch (NumberFormatException tooLarge) {
      return true;
    }
  }
}
