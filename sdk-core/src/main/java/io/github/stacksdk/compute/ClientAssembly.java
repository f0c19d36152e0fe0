package io.github.stacksdk.compute;

import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.internal.auth.KeystoneSession;
import io.github.stacksdk.compute.internal.auth.RackspaceSession;
import io.github.stacksdk.compute.internal.auth.RenewingSession;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.internal.http.UserAgent;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link ComputeClient}, wired from its settings: the OkHttp clients, the token
 * source (a Keystone or Rackspace session, whose catalog may name the endpoint), the operations
 * and the transport. What it creates it releases again when a later step fails.
 */
final class ClientAssembly {
  /** The settings with every default and the endpoint resolved, for {@code toBuilder()}. */
  final ClientSettings resolved;

  final HttpUrl endpoint;
  final ComputeOperations operations;
  final Transport transport;
  final ServerListings listings;
  final ServerWrites writes;
  final Reads reads;
  private final OkHttpClient baseHttpClient;
  private final boolean ownsHttpClient;

  ClientAssembly(ClientSettings s) {
    this.ownsHttpClient = s.httpClient == null;
    this.baseHttpClient = s.httpClient != null ? s.httpClient : HttpClients.newDefault();
    CallLogging.Sink logSink = s.logSink != null ? s.logSink : CallLogging.slf4j();
    Delays delays = s.delays != null ? s.delays : Delays.SYSTEM;
    String userAgent = UserAgent.of(s.userAgentSuffix);
    Observer observer = new Observer(s.listeners, s.microversion);
    try {
      OkHttpClient http =
          HttpClients.compute(
              baseHttpClient,
              s,
              logSink,
              s.endpoint != null ? s.endpoint.toString() : "the identity catalog's endpoint");
      TokenProvider tokens;
      if (s.keystone != null || s.rackspace != null) {
        OkHttpClient identityHttp = HttpClients.identity(http, s.retryPolicy, delays, observer);
        RenewingSession session =
            s.keystone != null
                ? KeystoneSession.of(s.keystone, identityHttp, userAgent)
                : RackspaceSession.of(Objects.requireNonNull(s.rackspace), identityHttp, userAgent);
        tokens = session;
        this.endpoint =
            s.endpoint != null ? s.endpoint : Endpoints.parse(session.computeEndpoint());
      } else {
        tokens = Objects.requireNonNull(s.tokens);
        this.endpoint = Objects.requireNonNull(s.endpoint);
      }
      checkMicroversionUsable(s.microversion, endpoint);
      Microversion microversion =
          s.microversion == null ? Microversion.BASELINE : Microversion.parse(s.microversion);
      this.operations = new ComputeOperations(endpoint, microversion, logSink);
      this.writes = new ServerWrites(endpoint, microversion);
      this.transport =
          new Transport(
              http,
              tokens,
              s.retryPolicy,
              delays,
              logSink,
              userAgent,
              s.microversion,
              ModelJson.factory(),
              observer);
      this.reads = new Reads(endpoint, microversion, transport, logSink);
    } catch (RuntimeException e) {
      releaseHttpClient();
      throw e;
    }
    this.listings = new ServerListings(operations, transport);
    this.resolved = s.copy();
    resolved.endpoint = endpoint;
    resolved.httpClient = baseHttpClient; // a derived client shares the pool, and leaves it open
    resolved.logSink = logSink;
    resolved.delays = delays;
  }

  private static void checkMicroversionUsable(@Nullable String microversion, HttpUrl endpoint) {
    if (microversion != null && VersionDiscovery.isLegacy(endpoint)) {
      throw new IllegalStateException(
          "microversion "
              + microversion
              + " cannot be used with the legacy /v2 endpoint "
              + endpoint
              + ": Nova strips the microversion headers there; use the catalog's /v2.1 endpoint");
    }
  }

  /** Completes the calls under way, then releases the connections and threads it created. */
  void close() {
    transport.close();
    releaseHttpClient();
  }

  private void releaseHttpClient() {
    if (ownsHttpClient) {
      baseHttpClient.dispatcher().executorService().shutdown();
      baseHttpClient.connectionPool().evictAll();
    }
  }
}
