package io.github.stacksdk.compute;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.internal.config.EnvironmentSettings;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.internal.http.UserAgent;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * A client of the OpenStack Compute (Nova) API.
 *
 * <pre>{@code
 * try (ComputeClient compute = ComputeClient.builder()
 *         .endpoint("https://compute.example.org/v2.1")
 *         .tokenProvider(session::currentToken)     // called per request, so refresh works
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
 * sends {@code X-Auth-Token}, {@code Accept: application/json}, a {@code User-Agent} and, when a
 * microversion is set, both microversion headers; without one, Nova answers at 2.1. Requests that
 * failed in a way that may pass (a connection failure, 429, 503…) are sent again as the {@link
 * RetryPolicy} allows. {@link #async()} makes the same calls without blocking. {@link #close()}
 * completes the calls under way and releases what this client created; a client passed to {@link
 * Builder#httpClient(OkHttpClient)} is left to its owner. Redirects are never followed, and no
 * request, with its token, is ever sent to another origin than the one it was made for.
 */
public final class ComputeClient implements AutoCloseable {
  final ClientAssembly parts; // package-private: a ServerWatch makes its requests with them
  private final ComputeAsyncClient async;
  private final ServersClient servers;
  private final FlavorsClient flavors;
  private final KeypairsClient keypairs;
  private final AvailabilityZonesClient availabilityZones;
  private final ServerGroupsClient serverGroups;
  private final QuotasClient quotas;
  private final HypervisorsClient hypervisors;
  private final ComputeServicesClient services;

  private ComputeClient(ClientSettings settings) {
    this.parts = new ClientAssembly(settings);
    ServerReads serverReads = new ServerReads(parts.reads);
    ServersAsyncClient asyncServers =
        new ServersAsyncClient(
            parts.writes, serverReads, parts.transport, parts.operations, parts.listings);
    this.async =
        new ComputeAsyncClient(
            this, parts.operations, parts.transport, parts.listings, asyncServers);
    this.servers = new ServersClient(parts.writes, serverReads, parts.transport, asyncServers);
    this.flavors = new FlavorsClient(new FlavorReads(parts.reads), parts.transport);
    this.keypairs = new KeypairsClient(new KeypairReads(parts.reads), parts.transport);
    this.availabilityZones =
        new AvailabilityZonesClient(new AvailabilityZoneReads(parts.reads), parts.transport);
    this.serverGroups = new ServerGroupsClient(new ServerGroupReads(parts.reads), parts.transport);
    this.quotas = new QuotasClient(new QuotaReads(parts.reads), parts.transport);
    this.hypervisors = new HypervisorsClient(new HypervisorReads(parts.reads), parts.transport);
    this.services =
        new ComputeServicesClient(new ComputeServiceReads(parts.reads), parts.transport);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no endpoint and no token set
   */
  public static Builder builder() {
    return new Builder(new ClientSettings());
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
    return BuilderFromSettings.builder(EnvironmentSettings.of(env));
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
    return BuilderFromSettings.fromCloudsYaml(null);
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
    return BuilderFromSettings.fromCloudsYaml(Objects.requireNonNull(cloud, "cloud == null"));
  }

  /**
   * Returns a builder holding this client's settings, to derive a variant (another microversion,
   * say) that shares this client's connection pool. Close the derived client before this one.
   *
   * @return a builder initialised from this client
   */
  public Builder toBuilder() {
    return new Builder(parts.resolved.copy());
  }

  /**
   * Returns the compute endpoint requests go to.
   *
   * @return the endpoint, without a trailing slash
   */
  public URI endpoint() {
    return parts.endpoint.uri();
  }

  /**
   * Returns the microversion sent with every request.
   *
   * @return the pinned microversion, or empty when none is sent (Nova then uses 2.1)
   */
  public Optional<String> microversion() {
    return Optional.ofNullable(parts.resolved.microversion);
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
    return parts.listings.servers(request, 1);
  }

  /**
   * Lists the servers that match a request built in place: {@code compute.listServers(r ->
   * r.status(ServerStatus.ACTIVE).pageSize(200))}.
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
   * Lists the ids, names and links of the servers that match a request, lazily page by page
   * ({@code GET /servers}): the filters and sort of {@link #listServers(ListServersRequest)} at a
   * fraction of Nova's cost per server.
   *
   * @param request the filters, sorting and page size
   * @return a listing; no request is made until it is iterated
   * @throws IllegalArgumentException when a filter needs a newer microversion than the client's
   */
  public PagedIterable<ServerSummary> listServerSummaries(ListServersRequest request) {
    return parts.listings.summaries(request);
  }

  /**
   * Finds the one server with an exact name or address ({@link ServerMatch}), with one filtered
   * listing.
   *
   * @param match what to look for
   * @return the server, or empty when none matches
   * @throws io.github.stacksdk.compute.exception.AmbiguousServerException when several match
   * @throws ComputeException when the listing fails
   */
  public Optional<Server> findServer(ServerMatch match) {
    return parts.listings.find(Objects.requireNonNull(match, "match == null"));
  }

  /**
   * Finds the id, name and links of the one server that matches; by name through the cheap id
   * listing, by address through the detail listing (only details have addresses).
   *
   * @param match what to look for
   * @return the server, or empty when none matches
   * @throws io.github.stacksdk.compute.exception.AmbiguousServerException when several match
   * @throws ComputeException when the listing fails
   */
  public Optional<ServerSummary> findServerSummary(ServerMatch match) {
    return parts.listings.findSummary(Objects.requireNonNull(match, "match == null"));
  }

  /**
   * Fetches exactly one page ({@code GET /servers/detail?limit=…&marker=…}): the explicit
   * marker-and-limit call. Resume with {@code request.toBuilder().marker(page.nextMarker().get())}.
   *
   * @param request the filters, page size and marker
   * @return the page, with the next marker when Nova has more
   * @throws io.github.stacksdk.compute.exception.MarkerNotFoundException when Nova does not know
   *     the marker (one that never named a server, or whose deleted row was archived)
   * @throws ComputeServiceException when Nova answers with an error
   * @throws ComputeClientException when no usable response arrives
   */
  public Page<Server> listServersPage(ListServersRequest request) {
    parts.operations.checkMicroversion(request);
    return parts.operations.serversPage(request, null).call(parts.transport);
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
    return parts.operations.server(serverId).call(parts.transport);
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
    return parts.operations.virtualInterfaces(serverId).call(parts.transport);
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
    return parts.operations.interfaceAttachments(serverId).call(parts.transport);
  }

  /**
   * Completes every future this client returned that is still under way (waiting for a response
   * or for a retry) with a {@link ComputeClientException} saying the client was closed, makes later
   * calls fail the same way, and releases the connections and threads of the OkHttp client, if
   * this client created it.
   */
  @Override
  public void close() {
    parts.close();
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
    return Futures.join(async.versions()); // the fallback to the versioned root is there
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
    return Futures.join(async.negotiateMicroversion());
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

  /**
   * Returns the calls that create, change and delete servers, and wait for them.
   *
   * @return the servers' calls, sharing this client's settings and connections
   */
  public ServersClient servers() {
    return servers;
  }

  /**
   * Returns the calls that read flavors: the sizes servers are created with.
   *
   * @return the flavors' calls, sharing the client's settings and connections
   */
  public FlavorsClient flavors() {
    return flavors;
  }

  /**
   * Returns the calls that read key pairs: the public keys servers are created with.
   *
   * @return the key pairs' calls, sharing the client's settings and connections
   */
  public KeypairsClient keypairs() {
    return keypairs;
  }

  /**
   * Returns the calls that read availability zones.
   *
   * @return the zones' calls, sharing the client's settings and connections
   */
  public AvailabilityZonesClient availabilityZones() {
    return availabilityZones;
  }

  /**
   * Returns the calls that read server groups: the affinity policies servers are created in.
   *
   * @return the server groups' calls, sharing the client's settings and connections
   */
  public ServerGroupsClient serverGroups() {
    return serverGroups;
  }

  /**
   * Returns the calls that read limits and quotas: what a project may use, and what it uses.
   *
   * @return the limits' and quotas' calls, sharing the client's settings and connections
   */
  public QuotasClient quotas() {
    return quotas;
  }

  /**
   * Returns the calls that read hypervisors: the compute nodes, their resources and servers (an
   * administrator's calls by Nova's default policy).
   *
   * @return the hypervisors' calls, sharing the client's settings and connections
   */
  public HypervisorsClient hypervisors() {
    return hypervisors;
  }

  /**
   * Returns the calls that read Nova's services: each host's {@code nova-compute}, the scheduler
   * and the conductor (an administrator's calls by Nova's default policy).
   *
   * @return the services' calls, sharing the client's settings and connections
   */
  public ComputeServicesClient services() {
    return services;
  }

  @Override
  public String toString() {
    return "ComputeClient{endpoint="
        + parts.endpoint
        + ", microversion="
        + microversion().orElse(Microversion.BASELINE.toString())
        + "}";
  }

  /**
   * Builds {@link ComputeClient}s. An endpoint and a token (or token supplier) are required.
   * Setters check their own argument; {@link #build()} names what is missing.
   */
  public static final class Builder {
    private final ClientSettings s;

    private Builder(ClientSettings settings) {
      this.s = settings;
    }

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
      s.endpoint = Endpoints.parse(Objects.requireNonNull(endpoint, "endpoint == null"));
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
      s.tokens = TokenProvider.of(token);
      return this;
    }

    /**
     * Sets the token provider: called once per request for the token, and once after Nova answers
     * 401, when it may renew the token so that the request is sent once more. A supplier of tokens
     * is a provider too: {@code tokenProvider(vault::currentToken)}.
     *
     * @param tokens the provider; thread-safe
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider tokens) {
      s.tokens = Objects.requireNonNull(tokens, "tokens == null");
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
      s.keystone = Objects.requireNonNull(keystone, "keystone == null");
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
      s.rackspace = Objects.requireNonNull(rackspace, "rackspace == null");
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
      s.caCertificate = Objects.requireNonNull(pemFile, "pemFile == null");
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
      s.verifyTls = verify;
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
      s.microversion =
          Microversion.parse(Objects.requireNonNull(microversion, "microversion == null"))
              .toString();
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
      s.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
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
      s.callTimeout = ClientSettings.positive(callTimeout, "callTimeout");
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
      s.connectTimeout = ClientSettings.positive(connectTimeout, "connectTimeout");
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
      s.readTimeout = ClientSettings.positive(readTimeout, "readTimeout");
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
      s.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Appends a product token to the {@code User-Agent}, for example {@code "my-app/2.0"}.
     *
     * @param userAgentSuffix the suffix
     * @return this builder
     * @throws IllegalArgumentException when it is blank or has control characters
     */
    public Builder userAgentSuffix(String userAgentSuffix) {
      s.userAgentSuffix =
          UserAgent.checkSuffix(Objects.requireNonNull(userAgentSuffix, "userAgentSuffix == null"));
      return this;
    }

    /**
     * Adds a listener, told of every operation of the client and of the clients made from it by
     * {@link #toBuilder()}: its attempts, pages and end (see {@link ComputeListener}). Listeners
     * are told in the order they were added.
     *
     * @param listener the listener, such as the Micrometer or OpenTelemetry module's
     * @return this builder
     */
    public Builder addListener(ComputeListener listener) {
      Objects.requireNonNull(listener, "listener == null");
      List<ComputeListener> listeners = new ArrayList<>(s.listeners);
      listeners.add(listener);
      s.listeners = List.copyOf(listeners);
      return this;
    }

    /** Where call logs go; tests capture them here. */
    Builder logSink(CallLogging.Sink logSink) {
      s.logSink = logSink;
      return this;
    }

    /** How to wait between attempts; tests record the waits instead. */
    Builder delays(Delays delays) {
      s.delays = delays;
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
      s.checkComplete();
      return new ComputeClient(s.copy());
    }
  }
}
