package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * The asynchronous face of a {@link ComputeClient}: the same calls, each returning a {@link
 * CompletableFuture} at once, made on OkHttp's own dispatcher with no thread of the caller's held.
 * Get one with {@link ComputeClient#async()}; it shares the client's settings, token, connection
 * pool and threads, and is closed with it.
 *
 * <pre>{@code
 * ComputeAsyncClient async = compute.async();
 * async.getServer(id)
 *     .thenAccept(server -> System.out.println(server.status()))
 *     .exceptionally(error -> { log.warn("no server", error); return null; });
 * }</pre>
 *
 * <p>A future fails with the exception the synchronous method would throw ({@code get()} wraps it
 * in an {@code ExecutionException}, {@code join()} in a {@code CompletionException}); requests are
 * retried, renewed after a 401 and logged exactly as the synchronous client's are. Cancelling a
 * returned future cancels its HTTP call, or the retry it waits for; a future derived from it with
 * {@code thenApply} and the like does not pass a cancel on, as is the JDK's rule. Invalid arguments
 * throw at once, as in the synchronous client. The results are completed on OkHttp's dispatcher
 * threads: dependent stages that block or take long belong on the caller's own executor ({@code
 * thenApplyAsync(f, executor)}).
 */
public final class ComputeAsyncClient {
  private final ComputeClient client;
  private final ComputeOperations operations;
  private final Transport transport;
  private final ServerListings listings;
  private final ServersAsyncClient servers;
  private final FlavorsAsyncClient flavors;
  private final KeypairsAsyncClient keypairs;
  private final AvailabilityZonesAsyncClient availabilityZones;
  private final ServerGroupsAsyncClient serverGroups;
  private final QuotasAsyncClient quotas;
  private final HypervisorsAsyncClient hypervisors;
  private final ComputeServicesAsyncClient services;

  ComputeAsyncClient(
      ComputeClient client,
      ComputeOperations operations,
      Transport transport,
      ServerListings listings,
      ServersAsyncClient servers) {
    this.client = client;
    this.operations = operations;
    this.transport = transport;
    this.listings = listings;
    this.servers = servers;
    this.flavors = new FlavorsAsyncClient(new FlavorReads(client.parts.reads), transport);
    Reads reads = client.parts.reads;
    this.keypairs = new KeypairsAsyncClient(new KeypairReads(reads), transport);
    this.availabilityZones =
        new AvailabilityZonesAsyncClient(new AvailabilityZoneReads(reads), transport);
    this.serverGroups = new ServerGroupsAsyncClient(new ServerGroupReads(reads), transport);
    this.quotas = new QuotasAsyncClient(new QuotaReads(reads), transport);
    this.hypervisors = new HypervisorsAsyncClient(new HypervisorReads(reads), transport);
    this.services = new ComputeServicesAsyncClient(new ComputeServiceReads(reads), transport);
  }

  /**
   * Returns the asynchronous calls that create, change and delete servers, and wait for them.
   *
   * @return the servers' calls, sharing the client's settings and connections
   */
  public ServersAsyncClient servers() {
    return servers;
  }

  /**
   * Returns the asynchronous calls that read flavors.
   *
   * @return the flavors' calls, sharing the client's settings and connections
   */
  public FlavorsAsyncClient flavors() {
    return flavors;
  }

  /**
   * Returns the asynchronous calls that read key pairs.
   *
   * @return the key pairs' calls, sharing the client's settings and connections
   */
  public KeypairsAsyncClient keypairs() {
    return keypairs;
  }

  /**
   * Returns the asynchronous calls that read availability zones.
   *
   * @return the zones' calls, sharing the client's settings and connections
   */
  public AvailabilityZonesAsyncClient availabilityZones() {
    return availabilityZones;
  }

  /**
   * Returns the asynchronous calls that read server groups.
   *
   * @return the server groups' calls, sharing the client's settings and connections
   */
  public ServerGroupsAsyncClient serverGroups() {
    return serverGroups;
  }

  /**
   * Returns the asynchronous calls that read limits and quotas.
   *
   * @return the limits' and quotas' calls, sharing the client's settings and connections
   */
  public QuotasAsyncClient quotas() {
    return quotas;
  }

  /**
   * Returns the asynchronous calls that read hypervisors.
   *
   * @return the hypervisors' calls, sharing the client's settings and connections
   */
  public HypervisorsAsyncClient hypervisors() {
    return hypervisors;
  }

  /**
   * Returns the asynchronous calls that read Nova's services.
   *
   * @return the services' calls, sharing the client's settings and connections
   */
  public ComputeServicesAsyncClient services() {
    return services;
  }

  /**
   * Returns the compute endpoint requests go to.
   *
   * @return the endpoint, without a trailing slash
   */
  public URI endpoint() {
    return client.endpoint();
  }

  /**
   * Returns the microversion sent with every request.
   *
   * @return the pinned microversion, or empty when none is sent (Nova then uses 2.1)
   */
  public Optional<String> microversion() {
    return client.microversion();
  }

  /**
   * Lists all servers visible to the token's project, with details, page by page.
   *
   * @return a listing; no request is made until it is used
   * @see ComputeClient#listServers()
   */
  public AsyncPagedIterable<Server> listServers() {
    return listServers(ListServersRequest.builder().build());
  }

  /**
   * Lists the servers that match a request, with details, page by page ({@code GET
   * /servers/detail}).
   *
   * @param request the filters, sorting and page size
   * @return a listing; no request is made until it is used
   * @throws IllegalArgumentException when a filter needs a newer microversion than the client's
   * @see ComputeClient#listServers(ListServersRequest)
   */
  public AsyncPagedIterable<Server> listServers(ListServersRequest request) {
    return listings.serversAsync(request, 1);
  }

  /**
   * Lists the servers that match a request built in place.
   *
   * @param request sets the filters on a fresh request builder
   * @return a listing; no request is made until it is used
   * @throws IllegalArgumentException when a filter is invalid or needs a newer microversion
   */
  public AsyncPagedIterable<Server> listServers(Consumer<ListServersRequest.Builder> request) {
    ListServersRequest.Builder builder = ListServersRequest.builder();
    request.accept(builder);
    return listServers(builder.build());
  }

  /**
   * Lists the ids, names and links of the servers that match a request, page by page ({@code GET
   * /servers}).
   *
   * @param request the filters, sorting and page size
   * @return a listing; no request is made until it is used
   * @throws IllegalArgumentException when a filter needs a newer microversion than the client's
   * @see ComputeClient#listServerSummaries(ListServersRequest)
   */
  public AsyncPagedIterable<ServerSummary> listServerSummaries(ListServersRequest request) {
    return listings.summariesAsync(request);
  }

  /**
   * Finds the one server with an exact name or address.
   *
   * @param match what to look for
   * @return the server, or empty when none matches; failing with an {@link
   *     io.github.stacksdk.compute.exception.AmbiguousServerException} when several match
   * @see ComputeClient#findServer(ServerMatch)
   */
  public CompletableFuture<Optional<Server>> findServer(ServerMatch match) {
    return listings.findAsync(Objects.requireNonNull(match, "match == null"));
  }

  /**
   * Finds the id, name and links of the one server that matches.
   *
   * @param match what to look for
   * @return the server, or empty when none matches
   * @see ComputeClient#findServerSummary(ServerMatch)
   */
  public CompletableFuture<Optional<ServerSummary>> findServerSummary(ServerMatch match) {
    return listings.findSummaryAsync(Objects.requireNonNull(match, "match == null"));
  }

  /**
   * Fetches exactly one page ({@code GET /servers/detail?limit=…&marker=…}).
   *
   * @param request the filters, page size and marker
   * @return the page, with the next marker when Nova has more; failing as {@link
   *     ComputeClient#listServersPage(ListServersRequest)} throws
   * @throws IllegalArgumentException when a filter needs a newer microversion than the client's
   */
  public CompletableFuture<Page<Server>> listServersPage(ListServersRequest request) {
    operations.checkMicroversion(request);
    return operations.serversPage(request, null).enqueue(transport);
  }

  /**
   * Shows one server ({@code GET /servers/{id}}).
   *
   * @param serverId the server id
   * @return the server; failing as {@link ComputeClient#getServer(String)} throws
   * @throws IllegalArgumentException when the id is blank
   */
  public CompletableFuture<Server> getServer(String serverId) {
    return operations.server(serverId).enqueue(transport);
  }

  /**
   * Lists a server's virtual interfaces with Rackspace's extension ({@code GET
   * /servers/{id}/os-virtual-interfacesv2}).
   *
   * @param serverId the server id
   * @return the interfaces; failing as {@link ComputeClient#listVirtualInterfaces(String)} throws,
   *     with {@link io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException}
   *     where the cloud has no such extension
   * @throws IllegalArgumentException when the id is blank
   */
  public CompletableFuture<List<VirtualInterface>> listVirtualInterfaces(String serverId) {
    return operations.virtualInterfaces(serverId).enqueue(transport);
  }

  /**
   * Lists the ports attached to a server ({@code GET /servers/{id}/os-interface}).
   *
   * @param serverId the server id
   * @return the attachments; failing as {@link ComputeClient#listInterfaceAttachments(String)}
   *     throws
   * @throws IllegalArgumentException when the id is blank
   */
  public CompletableFuture<List<InterfaceAttachment>> listInterfaceAttachments(String serverId) {
    return operations.interfaceAttachments(serverId).enqueue(transport);
  }

  /**
   * Returns the API versions the compute service offers, read as {@link ComputeClient#versions()}
   * reads them.
   *
   * @return the versions; empty when the service hides its version documents
   */
  public CompletableFuture<List<ComputeVersion>> versions() {
    HttpUrl endpoint = operations.endpoint();
    CompletableFuture<List<ComputeVersion>> root = versionsAt(VersionDiscovery.root(endpoint));
    return Futures.recover(
        root,
        rootFailed -> {
          Optional<HttpUrl> versioned = VersionDiscovery.versionedRoot(endpoint);
          if (!(rootFailed instanceof ComputeException) || versioned.isEmpty()) {
            return CompletableFuture.failedFuture(rootFailed);
          }
          return Futures.recover(
              versionsAt(versioned.get()),
              error ->
                  error instanceof AuthenticationException
                      ? CompletableFuture.completedFuture(List.of())
                      : CompletableFuture.failedFuture(error));
        });
  }

  /**
   * Returns the microversion to use with this service, chosen as {@link
   * ComputeClient#negotiateMicroversion()} chooses it.
   *
   * @return a microversion such as {@code 2.93}; failing with {@link
   *     io.github.stacksdk.compute.exception.MicroversionNotSupportedException} when none fits
   * @throws IllegalStateException when the endpoint's API has no microversions (legacy {@code /v2})
   */
  public CompletableFuture<String> negotiateMicroversion() {
    HttpUrl endpoint = operations.endpoint();
    VersionDiscovery.checkHasMicroversions(endpoint);
    return Futures.map(
        versions(),
        versions ->
            VersionDiscovery.negotiate(endpoint, versions, client.microversion().orElse(null)));
  }

  @Override
  public String toString() {
    return "ComputeAsyncClient{" + client + "}";
  }

  private CompletableFuture<List<ComputeVersion>> versionsAt(HttpUrl url) {
    return ComputeOperations.versionsAt(url).enqueue(transport);
  }
}
