package io.github.stacksdk.compute;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Delays;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ComputeClient.Builder} has been told, each value already checked by its setter. A
 * client keeps a copy, resolved, for {@link ComputeClient#toBuilder()}.
 */
final class ClientSettings {
  @Nullable HttpUrl endpoint;
  @Nullable TokenProvider tokens;
  @Nullable KeystoneAuth keystone;
  @Nullable RackspaceAuth rackspace;
  @Nullable Path caCertificate;
  boolean verifyTls = true;
  @Nullable String microversion;
  @Nullable OkHttpClient httpClient;
  @Nullable Duration connectTimeout;
  @Nullable Duration readTimeout;
  @Nullable Duration callTimeout;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  @Nullable String userAgentSuffix;
  CallLogging.@Nullable Sink logSink;
  @Nullable Delays delays;
  List<ComputeListener> listeners = List.of();

  ClientSettings copy() {
    ClientSettings s = new ClientSettings();
    s.endpoint = endpoint;
    s.tokens = tokens;
    s.keystone = keystone;
    s.rackspace = rackspace;
    s.caCertificate = caCertificate;
    s.verifyTls = verifyTls;
    s.microversion = microversion;
    s.httpClient = httpClient;
    s.connectTimeout = connectTimeout;
    s.readTimeout = readTimeout;
    s.callTimeout = callTimeout;
    s.retryPolicy = retryPolicy;
    s.userAgentSuffix = userAgentSuffix;
    s.logSink = logSink;
    s.delays = delays;
    s.listeners = listeners;
    return s;
  }

  static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** Names what is missing or contradictory, before anything is built. */
  void checkComplete() {
    int sources =
        (keystone != null ? 1 : 0) + (rackspace != null ? 1 : 0) + (tokens != null ? 1 : 0);
    if (sources > 1) {
      throw new IllegalStateException(
          "set one of keystone(..), rackspace(..) or a token (token, tokenProvider)");
    }
    if (sources == 0) {
      throw new IllegalStateException("token, tokenProvider, keystone or rackspace is not set");
    }
    if (tokens != null && endpoint == null) {
      throw new IllegalStateException(
          "endpoint is not set (nor keystone(..) or rackspace(..), whose catalog names one)");
    }
  }
}
