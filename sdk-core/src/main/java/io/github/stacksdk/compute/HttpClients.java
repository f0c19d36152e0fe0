package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.ConnectRetry;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.internal.http.RetryAfterGuard;
import io.github.stacksdk.compute.internal.http.SameOriginGuard;
import io.github.stacksdk.compute.internal.http.SendCount;
import io.github.stacksdk.compute.internal.http.Tls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp clients a {@link ComputeClient} sends with, derived from its own or the caller's: the
 * SDK's interceptors, TLS, timeouts and retry settings for the compute calls, and for the identity
 * calls the one retry that is safe for a {@code POST}.
 */
final class HttpClients {
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);

  private HttpClients() {}

  /** The SDK's own OkHttp client, with timeouts that suit Nova: long listings take a while. */
  static OkHttpClient newDefault() {
    // OkHttp runs at most 5 calls per host at once by default, fewer than a concurrent listing
    // may ask for.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(ServerListings.MAX_CONCURRENCY);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
        .readTimeout(DEFAULT_READ_TIMEOUT)
        .writeTimeout(DEFAULT_READ_TIMEOUT)
        .callTimeout(DEFAULT_CALL_TIMEOUT)
        .build();
  }

  /**
   * The client of the compute calls, derived from {@code base}.
   *
   * @param where what the TLS warning names: the endpoint, or the catalog's when none is set
   */
  static OkHttpClient compute(
      OkHttpClient base, ClientSettings settings, CallLogging.Sink log, String where) {
    // Nova and Keystone never redirect: a 3xx is an error, and nothing is sent to another origin,
    // whatever the caller's own client would do (the guard is the last interceptor before the
    // wire).
    OkHttpClient.Builder http =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(new CallLogging(log))
            .addNetworkInterceptor(new RetryAfterGuard())
            .addNetworkInterceptor(SendCount.COUNTER)
            .addNetworkInterceptor(new SameOriginGuard());
    Path caCertificate = settings.caCertificate;
    if (!settings.verifyTls) {
      log.warn(
          "TLS verification is off for " + where + ": any certificate is accepted (verify: false)");
      Tls.trustAnything(http);
    } else if (caCertificate != null) {
      Tls.trustOnly(http, caCertificate);
    }
    if (settings.connectTimeout != null) {
      http.connectTimeout(settings.connectTimeout);
    }
    if (settings.readTimeout != null) {
      http.readTimeout(settings.readTimeout);
    }
    if (settings.callTimeout != null) {
      http.callTimeout(settings.callTimeout);
    }
    if (settings.retryPolicy.maxAttempts() == 1) {
      http.retryOnConnectionFailure(
          false); // none() means one attempt, OkHttp's silent one included
    }
    return http.build();
  }

  /** The client of the identity calls: {@code compute}'s, sending again only a connection that failed. */
  static OkHttpClient identity(
      OkHttpClient compute, RetryPolicy retries, Delays delays, Observer observer) {
    OkHttpClient.Builder identity = compute.newBuilder();
    if (!observer.isEmpty()) {
      identity.addInterceptor(new IdentityObserving(observer)); // outside the retries it observes
    }
    return identity
        .addInterceptor(
            new ConnectRetry(
                retries.maxAttempts(),
                retries.deadline(),
                failed -> retries.backoff(failed, ThreadLocalRandom.current()::nextDouble),
                delays))
        .build();
  }
}
