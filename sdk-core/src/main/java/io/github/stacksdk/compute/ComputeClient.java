package io.github.stacksdk.compute;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.internal.auth.KeystoneSession;
import io.github.stacksdk.compute.internal.auth.RackspaceSession;
import io.github.stacksdk.compute.internal.auth.RenewingSession;
import io.github.stacksdk.compute.internal.config.CloudsYaml;
import io.github.stacksdk.compute.internal.config.EnvironmentSettings;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.ConnectRetry;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.internal.http.RetryAfterGuard;
import io.github.stacksdk.compute.internal.http.SameOriginGuard;
import io.github.stacksdk.compute.internal.http.SendCount;
import io.github.stacksdk.compute.internal.http.Tls;
import io.github.stacksdk.compute.internal.http.UserAgent;
import io.github.stacksdk.compute.internal.json.ResponseBodies;
import io.github.stacksdk.compute.internal.json.ResponseBodies.ServersPage;
import io.github.stacksdk.compute.internal.paging.DistinctItems;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.internal.InterfaceAttachmentJson;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client of the OpenStack Compute (Nova) API.
 *
 * <pre>{@code
 * try (ComputeClient compute = ComputeClient.builder()
 *         .endpoint("https://compute.example.org/v2.1")
 *         .tokenSupplier(session::currentToken)     // called per request, so refresh works
 *         .microversion("2.79")
 *         .build()) {
 *   for (Server server : compute.listServers(r -> r.status(ServerStatus.ACTIVE))) {
 *     System.out.println(server.name().orElse(server.id()));
 *   }
 *   Server web = compute.getServer("6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11");
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe: create one per cloud and share it. Every request
 * sends {@code X-Auth-Token}, {@code Accept: application/json}, a {@code User-Agent} naming this
 * SDK and, when a microversion is set, both {@code OpenStack-API-Version: compute X.Y} and {@code
 * X-OpenStack-Nova-API-Version: X.Y}. Without one, Nova answers at its baseline, 2.1.
 *
 * <p>Requests that failed in a way that may pass (a connection failure, 429, 503…) are sent
 * again as the {@link RetryPolicy} allows; {@link Builder#retryPolicy(RetryPolicy)} changes it.
 * {@link #async()} makes the same calls without blocking, returning {@code CompletableFuture}s.
 *
 * <p>{@link #close()} completes the calls still under way, and releases the connections and
 * threads of an OkHttp client that this client created; a client passed to {@link
 * Builder#httpClient(OkHttpClient)} is left to its owner.
 *
 * <p>Redirects are never followed (Nova and Keystone never redirect), and no request, with its
 * token, is ever sent to another origin than the one it was made for.
 */
public final class ComputeClient implements AutoCloseable {
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);

  /**
   * The most bytes of a response body read, after decompression (a page of servers may have more:
   * {@link #MAX_BODY_BYTES_PER_SERVER} per server asked for). Real bodies are far smaller; the
   * bound keeps a broken or hostile server from making the client inflate or parse without end.
   */
  static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  /**
   * The bytes a page may spend per server asked for ({@code limit}): Nova allows 64 KiB of user
   * data (87 KiB in base64) and hundreds of metadata items per server, which stay well inside.
   */
  static final long MAX_BODY_BYTES_PER_SERVER = 256L * 1024;

  private final HttpUrl endpoint;
  private final TokenProvider tokens;
  private final @Nullable KeystoneAuth keystone;
  private final @Nullable RackspaceAuth rackspace;
  private final @Nullable Path caCertificate;
  private final boolean verifyTls;
  private final @Nullable String microversion;
  private final Microversion effectiveMicroversion;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final @Nullable String userAgentSuffix;
  private final String userAgent;
  private final OkHttpClient baseHttpClient;
  private final OkHttpClient http;
  private final boolean ownsHttpClient;
  private final CallLogging.Sink logSink;
  private final Transport.Delays delays;
  private final Transport transport;
  private final ComputeAsyncClient async;

  private ComputeClient(Builder b) {
    this.microversion = b.microversion;
    this.effectiveMicroversion =
        b.microversion == null ? Microversion.BASELINE : Microversion.parse(b.microversion);
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.userAgentSuffix = b.userAgentSuffix;
    this.userAgent = UserAgent.of(b.userAgentSuffix);
    this.ownsHttpClient = b.httpClient == null;
    this.baseHttpClient = b.httpClient != null ? b.httpClient : newHttpClient();
    this.logSink = b.logSink != null ? b.logSink : CallLogging.slf4j();
    this.delays = b.delays != null ? b.delays : Transport.Delays.SYSTEM;
    // Nova and Keystone never redirect: a 3xx is an error, and nothing is sent to another origin,
    // whatever the caller's own client would do (the guard is the last interceptor before the wire).
    OkHttpClient.Builder http =
        baseHttpClient.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .addInterceptor(new CallLogging(logSink))
            .addNetworkInterceptor(new RetryAfterGuard())
            .addNetworkInterceptor(SendCount.COUNTER)
            .addNetworkInterceptor(new SameOriginGuard());
    this.caCertificate = b.caCertificate;
    this.verifyTls = b.verifyTls;
    if (!verifyTls) {
      logSink.warn("TLS verification is off for "
          + (b.endpoint != null ? b.endpoint : "the identity catalog's endpoint")
          + ": any certificate is accepted (verify: false)");
      Tls.trustAnything(http);
    } else if (caCertificate != null) {
      Tls.trustOnly(http, caCertificate);
    }
    if (connectTimeout != null) {
      http.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      http.readTimeout(readTimeout);
    }
    if (callTimeout != null) {
      http.callTimeout(callTimeout);
    }
    if (retryPolicy.maxAttempts() == 1) {
      http.retryOnConnectionFailure(false); // none() means one attempt, OkHttp's silent one included
    }
    this.http = http.build();
    this.keystone = b.keystone;
    this.rackspace = b.rackspace;
    if (b.keystone != null || b.rackspace != null) {
      OkHttpClient identityHttp =
          this.http.newBuilder()
              .addInterceptor(
                  new ConnectRetry(
                      retryPolicy.maxAttempts(),
                      retryPolicy.deadline(),
                      failed -> retryPolicy.backoff(failed, ThreadLocalRandom.current()::nextDouble),
                      delays::sleep))
              .build();
      RenewingSession session =
          b.keystone != null
              ? KeystoneSession.of(b.keystone, identityHttp, userAgent)
              : RackspaceSession.of(Objects.requireNonNull(b.rackspace), identityHttp, userAgent);
      this.tokens = session;
      try {
        this.endpoint = b.endpoint != null ? b.endpoint : Endpoints.parse(session.computeEndpoint());
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    } else {
      this.tokens = Objects.requireNonNull(b.tokens);
      this.endpoint = Objects.requireNonNull(b.endpoint);
    }
    if (microversion != null && VersionDiscovery.isLegacy(endpoint)) {
      close();
      throw new IllegalStateException(
          "microversion " + microversion + " cannot be used with the legacy /v2 endpoint " + endpoint
              + ": Nova strips the microversion headers there; use the catalog's /v2.1 endpoint");
    }
    this.transport =
        new Transport(
            this.http, tokens, retryPolicy, delays, logSink, userAgent, microversion,
            ModelJson.factory());
    this.async = new ComputeAsyncClient(this, transport);
  }

  /** The SDK's own OkHttp client, with timeouts that suit Nova: long listings take a while. */
  private static OkHttpClient newHttpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
        .readTimeout(DEFAULT_READ_TIMEOUT)
        .writeTimeout(DEFAULT_READ_TIMEOUT)
        .callTimeout(DEFAULT_CALL_TIMEOUT)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no endpoint and no token set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder configured from the {@code OS_*} environment variables that
   * python-openstackclient reads: Keystone v3 settings ({@code OS_AUTH_URL}, {@code
   * OS_USERNAME}/{@code OS_USER_ID}, {@code OS_PASSWORD}, the user and project domain, {@code
   * OS_PROJECT_NAME}/{@code OS_PROJECT_ID}, {@code OS_REGION_NAME}, {@code OS_INTERFACE}, {@code
   * OS_AUTH_TYPE=v3applicationcredential} with {@code OS_APPLICATION_CREDENTIAL_*}), or {@code
   * OS_AUTH_TOKEN} with {@code OS_COMPUTE_ENDPOINT_OVERRIDE}; plus {@code OS_COMPUTE_API_VERSION}
   * and {@code OS_CACERT}. The environment is read now, and only here.
   *
   * @return a builder; set more on it, then {@code build()}
   * @throws IllegalStateException naming the missing or unusable variable
   */
  public static Builder fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * Returns a builder configured from {@code OS_*} settings held in a map rather than in the
   * process environment (a launcher's own settings, say), read as {@link #fromEnvironment()} reads
   * the environment.
   *
   * @param env variables by name, such as {@code OS_AUTH_URL}
   * @return a builder; set more on it, then {@code build()}
   * @throws IllegalStateException naming the missing or unusable variable
   */
  public static Builder fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env == null");
    return ClientSettings.builder(EnvironmentSettings.of(env));
  }

  /**
   * Returns a builder configured from the cloud that {@code OS_CLOUD} names (or the only cloud) in
   * {@code clouds.yaml}, with {@code secure.yaml} merged over it.
   *
   * @return a builder; set more on it, then {@code build()}
   * @throws IllegalStateException when no file or cloud is found, or a setting is missing, naming
   *     it and where it was looked for
   * @see #fromCloudsYaml(String)
   */
  public static Builder fromCloudsYaml() {
    return fromCloudsYaml(null, System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
  }

  /**
   * Returns a builder configured from a cloud of {@code clouds.yaml}: the file {@code
   * OS_CLIENT_CONFIG_FILE} names, else the first of {@code ./clouds.yaml}, {@code
   * ~/.config/openstack/clouds.yaml} and {@code /etc/openstack/clouds.yaml}, with the {@code
   * secure.yaml} beside it merged over it. The files are read now, and only here.
   *
   * @param cloud the cloud's name under {@code clouds:}
   * @return a builder; set more on it, then {@code build()}
   * @throws IllegalStateException when no file or cloud is found, or a setting is missing, naming
   *     it and where it was looked for
   */
  public static Builder fromCloudsYaml(String cloud) {
    return fromCloudsYaml(
        Objects.requireNonNull(cloud, "cloud == null"), System.getenv(), Path.of("").toAbsolutePath(),
        Path.of(System.getProperty("user.home")));
  }

  static Builder fromCloudsYaml(@Nullable String cloud, Map<String, String> env, Path workingDirectory, Path home) {
    return ClientSettings.builder(CloudsYaml.load(cloud, env, workingDirectory, home));
  }

  /**
   * Returns a builder holding this client's settings, to derive a variant (another microversion,
   * say) that shares this client's connection pool. Close the derived client before this one.
   *
   * @return a builder initialised from this client
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.endpoint = endpoint;
    b.caCertificate = caCertificate;
    b.verifyTls = verifyTls;
    if (keystone != null || rackspace != null) {
      b.keystone = keystone;
      b.rackspace = rackspace;
      b.endpoint = endpoint;
    } else {
      b.tokens = tokens;
    }
    b.microversion = microversion;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.userAgentSuffix = userAgentSuffix;
    b.httpClient = baseHttpClient;
    b.logSink = logSink;
    b.delays = delays;
    return b;
  }

  /**
   * Returns the compute endpoint requests go to.
   *
   * @return the endpoint, without a trailing slash
   */
  public URI endpoint() {
    return endpoint.uri();
  }

  /**
   * Returns the microversion sent with every request.
   *
   * @return the pinned microversion, or empty when none is sent (Nova then uses 2.1)
   */
  public Optional<String> microversion() {
    return Optional.ofNullable(microversion);
  }

  /**
   * Lists all servers visible to the token's project, with details, lazily page by page.
   *
   * @return a listing; no request is made until it is iterated
   */
  public PagedIterable<Server> listServers() {
    return listServers(ListServersRequest.builder().build());
  }

  /**
   * Lists the servers that match a request, with details, lazily page by page ({@code GET
   * /servers/detail}). Each page asks for {@code limit} = the request's page size (1000 by
   * default) and the next page is asked for with the marker of Nova's {@code next} link, always
   * from this client's endpoint.
   *
   * @param request the filters, sorting and page size
   * @return a listing; no request is made until it is iterated
   * @throws IllegalArgumentException when a filter needs a newer microversion than the client's
   */
  public PagedIterable<Server> listServers(ListServersRequest request) {
    ServersQuery.checkMicroversion(request, effectiveMicroversion);
    return PagedIterable.markerPaged(
        request.marker().orElse(null), this::distinctServers, marker -> fetchServers(request, marker));
  }

  /**
   * Lists the servers that match a request built in place.
   *
   * <pre>{@code
   * compute.listServers(r -> r.status(ServerStatus.ACTIVE).pageSize(200));
   * }</pre>
   *
   * @param request sets the filters on a fresh request builder
   * @return a listing; no request is made until it is iterated
   * @throws IllegalArgumentException when a filter is invalid or needs a newer microversion
   */
  public PagedIterable<Server> listServers(Consumer<ListServersRequest.Builder> request) {
    ListServersRequest.Builder builder = ListServersRequest.builder();
    request.accept(builder);
    return listServers(builder.build());
  }

  /**
   * Fetches exactly one page ({@code GET /servers/detail?limit=…&marker=…}): the explicit
   * marker-and-limit call. Resume with {@code request.toBuilder().marker(page.nextMarker().get())}.
   *
   * @param request the filters, page size and marker
   * @return the page, with the next marker when Nova has more
   * @throws io.github.stacksdk.compute.exception.MarkerNotFoundException when Nova does not know
   *     the marker (for example because that server was deleted)
   * @throws ComputeServiceException when Nova answers with an error
   * @throws ComputeClientException when no usable response arrives
   */
  public Page<Server> listServersPage(ListServersRequest request) {
    ServersQuery.checkMicroversion(request, effectiveMicroversion);
    return fetchServers(request, null);
  }

  /**
   * Shows one server ({@code GET /servers/{id}}).
   *
   * @param serverId the server id
   * @return the server
   * @throws ResourceNotFoundException when there is no such server
   * @throws ComputeServiceException when Nova answers with another error
   * @throws ComputeClientException when no usable response arrives
   */
  public Server getServer(String serverId) {
    return transport.execute(serverCall(serverId)).body;
  }

  /**
   * Lists a server's virtual interfaces with Rackspace's extension ({@code GET
   * /servers/{id}/os-virtual-interfacesv2}). Upstream Nova has no such extension; use {@link
   * #listInterfaceAttachments(String)} there.
   *
   * @param serverId the server id
   * @return the interfaces, immutable
   * @throws VirtualInterfacesUnsupportedException when the cloud does not offer the extension
   * @throws ResourceNotFoundException when there is no such server
   * @throws ComputeServiceException when Nova answers with another error
   * @throws ComputeClientException when no usable response arrives
   */
  public List<VirtualInterface> listVirtualInterfaces(String serverId) {
    Transport.Get<List<VirtualInterface>> call = virtualInterfacesCall(serverId);
    try {
      return transport.execute(call).body;
    } catch (ComputeServiceException e) {
      throw virtualInterfacesError(e);
    }
  }

  /**
   * Lists the ports attached to a server, upstream Nova's replacement for virtual interfaces
   * ({@code GET /servers/{id}/os-interface}).
   *
   * @param serverId the server id
   * @return the attachments, immutable
   * @throws ResourceNotFoundException when there is no such server
   * @throws ComputeServiceException when Nova answers with another error
   * @throws ComputeClientException when no usable response arrives
   */
  public List<InterfaceAttachment> listInterfaceAttachments(String serverId) {
    return transport.execute(interfaceAttachmentsCall(serverId)).body;
  }

  /**
   * Completes every future this client returned that is still under way (waiting for a response
   * or for a retry) with a {@link ComputeClientException} saying the client was closed, makes later
   * calls fail the same way, and releases the connections and threads of the OkHttp client, if
   * this client created it.
   */
  @Override
  public void close() {
    if (transport != null) { // null when the constructor failed
      transport.close();
    }
    if (ownsHttpClient) {
      baseHttpClient.dispatcher().executorService().shutdown();
      baseHttpClient.connectionPool().evictAll();
    }
  }

  /**
   * Returns the API versions the compute service offers, from its version documents: {@code GET}
   * on the endpoint's root ({@code …/}), else on its versioned root ({@code …/v2.1/}, without the
   * project id), as python-novaclient does. No microversion header is sent.
   *
   * @return the versions, such as {@code v2.0} (no microversions) and {@code v2.1} (2.1 to the
   *     server's maximum); empty when the service hides both documents (Rackspace answers 401)
   * @throws ComputeServiceException when the versioned root answers with another error
   * @throws ComputeClientException on an I/O failure or an unreadable document
   */
  public List<ComputeVersion> versions() {
    try {
      return transport.execute(versionsCall(VersionDiscovery.root(endpoint))).body;
    } catch (ComputeException rootFailed) {
      Optional<HttpUrl> versioned = VersionDiscovery.versionedRoot(endpoint);
      if (versioned.isEmpty()) {
        throw rootFailed;
      }
      try {
        return transport.execute(versionsCall(versioned.get())).body;
      } catch (AuthenticationException hidden) {
        return List.of();
      }
    }
  }

  /**
   * Returns the microversion to use with this service: the pinned {@link #microversion()} when the
   * service supports it, else the highest microversion that both this SDK and the service know.
   * Derive a client that uses it with {@code toBuilder().microversion(m).build()}.
   *
   * @return a microversion such as {@code 2.93}
   * @throws MicroversionNotSupportedException when the service's range excludes the pinned
   *     microversion (or everything this SDK knows), with the range in its message
   * @throws IllegalStateException when the endpoint's API has no microversions, as the legacy
   *     {@code /v2} API has not
   * @throws ComputeException when the version documents cannot be read
   */
  public String negotiateMicroversion() {
    checkHasMicroversions(endpoint);
    return VersionDiscovery.negotiate(endpoint, versions(), microversion);
  }

  /**
   * Returns the asynchronous face of this client: the same calls returning {@code
   * CompletableFuture}s, with this client's settings, token, connections and threads. Closing
   * this client closes it too.
   *
   * @return the asynchronous client
   */
  public ComputeAsyncClient async() {
    return async;
  }

  static void checkHasMicroversions(HttpUrl endpoint) {
    if (VersionDiscovery.isLegacy(endpoint)) {
      throw new IllegalStateException(
          "The legacy /v2 endpoint " + endpoint + " has no microversions (Nova strips the headers);"
              + " use the catalog's /v2.1 endpoint");
    }
  }

  @Override
  public String toString() {
    return "ComputeClient{endpoint=" + endpoint + ", microversion=" + effectiveMicroversion + "}";
  }

  /**
   * The ids of one listing's servers, to list each once (warning at the first repeat, and at debug
   * level after it) and to stop a listing whose pages bring no new server.
   */
  DistinctItems<Server> distinctServers() {
    AtomicBoolean warned = new AtomicBoolean();
    return new DistinctItems<>(
        "server",
        Server::id,
        id -> {
          String message = "Server " + id + " came again on a later page (the list changed while it was read); skipped";
          if (!warned.getAndSet(true)) {
            logSink.warn(message + ". Later repeats are logged at debug level");
          } else if (logSink.isDebugEnabled()) {
            logSink.debug(message);
          }
        });
  }

  private Page<Server> fetchServers(ListServersRequest request, @Nullable String marker) {
    return toPage(transport.execute(serversCall(request, marker)));
  }

  // The calls, shared with ComputeAsyncClient: what to GET and how to read it.

  HttpUrl endpointUrl() {
    return endpoint;
  }

  /**
   * A page of servers: more servers than the {@code limit} asked for is not Nova's answer, and
   * ends the call as soon as the count is passed.
   */
  Transport.Get<ServersPage> serversCall(ListServersRequest request, @Nullable String marker) {
    int limit = ServersQuery.limit(request);
    return new Transport.Get<>(
        ServersQuery.url(endpoint, request, marker), p -> ResponseBodies.servers(p, limit), true,
        Math.max(MAX_BODY_BYTES, limit * MAX_BODY_BYTES_PER_SERVER));
  }

  Page<Server> toPage(Transport.Result<ServersPage> result) {
    List<Server> servers = result.body.servers;
    return new Page<>(
        servers, nextMarker(result.body.nextHref, servers), result.requestId, result.microversion);
  }

  Transport.Get<Server> serverCall(String serverId) {
    HttpUrl url = Endpoints.resolve(endpoint, "servers", requireId(serverId)).build();
    return new Transport.Get<>(url, ResponseBodies::server, true, MAX_BODY_BYTES);
  }

  Transport.Get<List<VirtualInterface>> virtualInterfacesCall(String serverId) {
    HttpUrl url =
        Endpoints.resolve(endpoint, "servers", requireId(serverId), "os-virtual-interfacesv2").build();
    return new Transport.Get<>(url, ResponseBodies::virtualInterfaces, true, MAX_BODY_BYTES);
  }

  /** A cloud without Rackspace's extension answers 404, 400 or 410: say so in the exception. */
  static ComputeServiceException virtualInterfacesError(ComputeServiceException e) {
    return isMissingExtension(e) ? new VirtualInterfacesUnsupportedException(e.error()) : e;
  }

  Transport.Get<List<InterfaceAttachment>> interfaceAttachmentsCall(String serverId) {
    HttpUrl url = Endpoints.resolve(endpoint, "servers", requireId(serverId), "os-interface").build();
    return new Transport.Get<>(
        url, p -> ResponseBodies.list(p, "interfaceAttachments", InterfaceAttachmentJson::read), true,
        MAX_BODY_BYTES);
  }

  /** Version documents are read without a microversion header. */
  static Transport.Get<List<ComputeVersion>> versionsCall(HttpUrl url) {
    return new Transport.Get<>(url, VersionDiscovery::read, false, MAX_BODY_BYTES);
  }

  Microversion effectiveMicroversion() {
    return effectiveMicroversion;
  }

  /**
   * The marker of Nova's {@code next} link. Only the marker is taken: the link's host and scheme
   * come from a server-side setting and need not be reachable. A link without a marker still
   * means "more": Nova's marker is the last id of the page.
   */
  private @Nullable String nextMarker(@Nullable String href, List<Server> servers) {
    if (href == null || servers.isEmpty()) {
      return null;
    }
    HttpUrl link = HttpUrl.parse(href);
    if (link == null) {
      link = endpoint.resolve(href);
    }
    String marker = link == null ? null : link.queryParameter("marker");
    if (marker == null || marker.isBlank()) {
      marker = servers.get(servers.size() - 1).id();
      logSink.warn("The next-page link has no marker; continuing after the last server, " + marker);
    }
    return marker;
  }

  private static boolean isMissingExtension(ComputeServiceException e) {
    String message = e.faultMessage().toLowerCase(Locale.ROOT);
    switch (e.statusCode()) {
      case 410:
        return true;
      case 404:
        return !(message.contains("instance") && message.contains("could not be found"));
      case 400:
        return message.contains("not supported") || message.contains("virtual interface");
      default:
        return false;
    }
  }

  private static String requireId(String serverId) {
    Objects.requireNonNull(serverId, "serverId == null");
    if (serverId.isBlank()) {
      throw new IllegalArgumentException("serverId is blank");
    }
    return serverId;
  }

  /**
   * Builds {@link ComputeClient}s. An endpoint and a token (or token supplier) are required.
   * Setters check their own argument; {@link #build()} names what is missing.
   */
  public static final class Builder {
    private @Nullable HttpUrl endpoint;
    private @Nullable TokenProvider tokens;
    private @Nullable KeystoneAuth keystone;
    private @Nullable RackspaceAuth rackspace;
    private @Nullable Path caCertificate;
    private boolean verifyTls = true;
    private @Nullable String microversion;
    private @Nullable OkHttpClient httpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable String userAgentSuffix;
    private CallLogging.@Nullable Sink logSink;
    private Transport.@Nullable Delays delays;

    private Builder() {}

    /**
     * Sets the compute endpoint as the service catalog gives it: {@code …/v2.1}, {@code
     * …/v2.1/{project_id}}, {@code …/v2/{project_id}} (legacy and Rackspace) or {@code
     * …/compute/v2.1}. A trailing slash does not matter.
     *
     * @param endpoint an http or https URL
     * @return this builder
     * @throws IllegalArgumentException when it is not such a URL, or still holds a catalog template
     */
    public Builder endpoint(String endpoint) {
      this.endpoint = Endpoints.parse(Objects.requireNonNull(endpoint, "endpoint == null"));
      return this;
    }

    /**
     * Sets the compute endpoint.
     *
     * @param endpoint an http or https URI
     * @return this builder
     * @throws IllegalArgumentException when it is not such a URI
     */
    public Builder endpoint(URI endpoint) {
      return endpoint(Objects.requireNonNull(endpoint, "endpoint == null").toString());
    }

    /**
     * Sets a fixed token, sent as {@code X-Auth-Token}. Whitespace around it (a token read from a
     * file with its newline) is dropped.
     *
     * @param token the token
     * @return this builder
     * @throws IllegalArgumentException when it is blank or has a character that an HTTP header
     *     cannot carry (the message names the position, never the token)
     */
    public Builder token(String token) {
      this.tokens = TokenProvider.of(token);
      return this;
    }

    /**
     * Sets where the token comes from: called once per request, so a refreshed token is used as
     * soon as the supplier returns it. It must be thread-safe.
     *
     * @param tokenSupplier returns the current token
     * @return this builder
     */
    public Builder tokenSupplier(Supplier<String> tokenSupplier) {
      this.tokens = TokenProvider.of(Objects.requireNonNull(tokenSupplier, "tokenSupplier == null"));
      return this;
    }

    /**
     * Sets the token provider: called once per request for the token, and once after Nova answers
     * 401, when it may renew the token so that the request is sent once more.
     *
     * @param tokens the provider; thread-safe
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens == null");
      return this;
    }

    /**
     * Authenticates with Keystone v3: the client gets its token from Keystone, renews it two
     * minutes before it expires by Keystone's clock (half its lifetime before, for a token that
     * lives less than four minutes) and once after Nova answers 401, and, unless {@link
     * #endpoint(String)} is set, takes the compute endpoint from the token's catalog. {@link
     * #build()} authenticates once, so bad credentials fail there with an {@link
     * io.github.stacksdk.compute.exception.AuthenticationException}.
     *
     * @param keystone how to authenticate and which catalog endpoint to use
     * @return this builder
     */
    public Builder keystone(KeystoneAuth keystone) {
      this.keystone = Objects.requireNonNull(keystone, "keystone == null");
      return this;
    }

    /**
     * Authenticates with Rackspace's legacy identity (an API key): the client gets its token
     * there, renews it like {@link #keystone(KeystoneAuth)}'s, and, unless {@link
     * #endpoint(String)} is set, takes the {@code cloudServersOpenStack} endpoint of the region
     * from the catalog. {@link #build()} authenticates once.
     *
     * @param rackspace the account, its API key and the region
     * @return this builder
     */
    public Builder rackspace(RackspaceAuth rackspace) {
      this.rackspace = Objects.requireNonNull(rackspace, "rackspace == null");
      return this;
    }

    /**
     * Trusts exactly the certificate authorities of a PEM file (a private cloud's own CA), for
     * Keystone and Nova alike, as {@code OS_CACERT} does for python-openstackclient.
     *
     * @param pemFile one or more PEM certificates
     * @return this builder
     */
    public Builder caCertificate(Path pemFile) {
      this.caCertificate = Objects.requireNonNull(pemFile, "pemFile == null");
      return this;
    }

    /**
     * Whether to verify the servers' TLS certificates (true by default). False, like clouds.yaml's
     * {@code verify: false}, accepts any certificate for any host, logs a warning, and belongs on
     * test clouds only.
     *
     * @param verify false to accept any certificate
     * @return this builder
     */
    public Builder verifyTls(boolean verify) {
      this.verifyTls = verify;
      return this;
    }

    /**
     * Pins the compute microversion sent with every request, for example {@code "2.79"}. Without
     * one, Nova answers at 2.1. Response shapes change with the microversion, so pin the one your
     * code was written for rather than the newest.
     *
     * @param microversion {@code X.Y}
     * @return this builder
     * @throws IllegalArgumentException when it is not {@code X.Y}
     */
    public Builder microversion(String microversion) {
      this.microversion =
          Microversion.parse(Objects.requireNonNull(microversion, "microversion == null")).toString();
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its pool, dispatcher, proxy, TLS and interceptors). The
     * SDK adds its own interceptors to a derived client and never shuts the given one down. The
     * derived client never follows redirects, and refuses to send a request to another origin
     * (scheme, host, port) than the one it was made for, whatever the given client's settings and
     * interceptors would do: credentials go nowhere else.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * Bounds each attempt of a call, from connecting to reading the whole body; a page of a listing
     * is one call. By default 3 minutes, unless {@link #httpClient(OkHttpClient)} is set, whose own
     * setting then applies. The {@linkplain RetryPolicy#deadline() retry deadline} bounds all the
     * attempts together.
     *
     * @param callTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * Bounds the time to open a connection (TCP and TLS): by default 10 seconds, unless {@link
     * #httpClient(OkHttpClient)} is set, whose own setting then applies.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Bounds each wait for data from the server, for the headers and then for every part of the
     * body, so that a stalled response ends in a {@link
     * io.github.stacksdk.compute.exception.ComputeClientException}: by default 60 seconds (Nova
     * can take that long to start a page of 1000 servers), unless {@link
     * #httpClient(OkHttpClient)} is set, whose own setting then applies.
     *
     * @param readTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Sets when failed requests are sent again ({@link RetryPolicy#defaults()} unless set; {@link
     * RetryPolicy#none()} to never retry).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    /**
     * Appends a product token to the {@code User-Agent}, for example {@code "my-app/2.0"}.
     *
     * @param userAgentSuffix the suffix
     * @return this builder
     * @throws IllegalArgumentException when it is blank or has control characters
     */
    public Builder userAgentSuffix(String userAgentSuffix) {
      Objects.requireNonNull(userAgentSuffix, "userAgentSuffix == null");
      if (userAgentSuffix.isBlank() || !userAgentSuffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII text");
      }
      this.userAgentSuffix = userAgentSuffix.trim();
      return this;
    }

    /** Where call logs go; tests capture them here. */
    Builder logSink(CallLogging.Sink logSink) {
      this.logSink = logSink;
      return this;
    }

    /** How to wait between attempts; tests record the waits instead. */
    Builder delays(Transport.Delays delays) {
      this.delays = delays;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     * @throws IllegalStateException when the endpoint or the token is not set, or a microversion is
     *     pinned for the legacy {@code /v2} endpoint (which has none)
     */
    public ComputeClient build() {
      int sources = (keystone != null ? 1 : 0) + (rackspace != null ? 1 : 0) + (tokens != null ? 1 : 0);
      if (sources > 1) {
        throw new IllegalStateException(
            "set one of keystone(..), rackspace(..) or a token (token, tokenSupplier, tokenProvider)");
      }
      if (sources == 0) {
        throw new IllegalStateException("token, tokenSupplier, tokenProvider, keystone or rackspace is not set");
      }
      if (tokens != null && endpoint == null) {
        throw new IllegalStateException("endpoint is not set (nor keystone(..) or rackspace(..), whose catalog names one)");
      }
      return new ComputeClient(this);
    }
  }
}
