package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.AmbiguousServerException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The listings of servers, sequential and concurrent, for the synchronous and asynchronous faces.
 */
final class ServerListings {
  /** The most requests in flight a listing may ask for. */
  static final int MAX_CONCURRENCY = 64;

  /**
   * The page size of a concurrent listing's id pass: Nova's default {@code [api] max_limit}, the
   * most ids one request can bring.
   */
  static final int ID_PAGE_SIZE = 1000;

  /**
   * The largest detail page of a concurrent listing. Smaller pages let more of a listing be in
   * flight at once: with pages of 1,000, ten pages and eight requests take two rounds of Nova's
   * time per page. Each page costs Nova one more request's overhead (about 60 ms on this project's
   * Nova), which 500 keeps within a third more of Nova's time than the sequential listing.
   */
  static final int CONCURRENT_PAGE_SIZE = 500;

  /** What listeners know the listings by. */
  static final String SERVERS = "servers.list";

  static final String SUMMARIES = "servers.list_summaries";

  /** The most ids an {@link AmbiguousServerException} names; the listing stops there. */
  private static final int MAX_AMBIGUOUS_IDS = 20;

  private final ComputeOperations operations;
  private final Transport transport;

  ServerListings(ComputeOperations operations, Transport transport) {
    this.operations = operations;
    this.transport = transport;
  }

  static void checkConcurrency(int concurrency) {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency must be 1 to " + MAX_CONCURRENCY + ", was " + concurrency);
    }
  }

  /** {@code GET /servers/detail}, read with up to {@code concurrency} requests in flight. */
  PagedIterable<Server> servers(ListServersRequest request, int concurrency) {
    operations.checkMicroversion(request);
    if (concurrency == 1) {
      return PagedIterable.markerPaged(
              request.marker().orElse(null),
              operations::distinctServers,
              () -> listing(SERVERS, 1, null),
              (marker, listing) -> operations.serversPage(request, marker).call(transport, listing),
              (marker, listing) ->
                  operations.serversPage(request, marker).enqueue(transport, listing))
          .withConcurrency(n -> servers(request, n));
    }
    Supplier<Iterator<Page<Server>>> pages =
        () -> new BlockingPages<>(concurrentPager(request, concurrency, SERVERS, null));
    return new PagedIterable<>(pages, pages, n -> servers(request, n));
  }

  /** The same, asynchronously. */
  AsyncPagedIterable<Server> serversAsync(ListServersRequest request, int concurrency) {
    return serversAsync(request, concurrency, SERVERS, null);
  }

  /**
   * The same, asynchronously, as an operation of the given name.
   *
   * @param name what listeners know the listing by
   * @param parent the operation the listing is part of, or null
   */
  AsyncPagedIterable<Server> serversAsync(
      ListServersRequest request, int concurrency, String name, @Nullable Observation parent) {
    operations.checkMicroversion(request);
    if (concurrency == 1) {
      return AsyncPagedIterable.markerPaged(
              request.marker().orElse(null),
              operations::distinctServers,
              () -> listing(name, 1, parent),
              (marker, listing) ->
                  operations.serversPage(request, marker).enqueue(transport, listing))
          .withConcurrency(n -> serversAsync(request, n, name, parent));
    }
    Supplier<AsyncPageIterator<Server>> pages =
        () -> concurrentPager(request, concurrency, name, parent);
    return new AsyncPagedIterable<>(pages, pages, n -> serversAsync(request, n, name, parent));
  }

  /** {@code GET /servers}: ids, names and links. */
  PagedIterable<ServerSummary> summaries(ListServersRequest request) {
    operations.checkMicroversion(request);
    return PagedIterable.markerPaged(
        request.marker().orElse(null),
        operations::distinctSummaries,
        () -> listing(SUMMARIES, 1, null),
        (marker, listing) ->
            operations.serverSummariesPage(request, marker).call(transport, listing),
        (marker, listing) ->
            operations.serverSummariesPage(request, marker).enqueue(transport, listing));
  }

  /** The same, asynchronously. */
  AsyncPagedIterable<ServerSummary> summariesAsync(ListServersRequest request) {
    operations.checkMicroversion(request);
    return AsyncPagedIterable.markerPaged(
        request.marker().orElse(null),
        operations::distinctSummaries,
        () -> listing(SUMMARIES, 1, null),
        (marker, listing) ->
            operations.serverSummariesPage(request, marker).enqueue(transport, listing));
  }

  private Observation listing(String name, int concurrency, @Nullable Observation parent) {
    return transport.observer().start(name, operations.endpoint(), concurrency, true, parent);
  }

  /** The one server that matches, if any. */
  Optional<Server> find(ServerMatch match) {
    return single(match, servers(match.request(), 1).stream().filter(match.matches()), Server::id);
  }

  /** The one server that matches, from the id listing when its names suffice. */
  Optional<ServerSummary> findSummary(ServerMatch match) {
    if (!match.bySummaryAlone()) {
      return find(match).map(ServerListings::summary); // only details have the addresses
    }
    return single(
        match,
        summaries(match.request()).stream().filter(match.matchesSummary()),
        ServerSummary::id);
  }

  CompletableFuture<Optional<Server>> findAsync(ServerMatch match) {
    return Futures.map(
        serversAsync(match.request(), 1).toList(),
        servers -> single(match, servers.stream().filter(match.matches()), Server::id));
  }

  CompletableFuture<Optional<ServerSummary>> findSummaryAsync(ServerMatch match) {
    if (!match.bySummaryAlone()) {
      return Futures.map(findAsync(match), found -> found.map(ServerListings::summary));
    }
    return Futures.map(
        summariesAsync(match.request()).toList(),
        summaries ->
            single(match, summaries.stream().filter(match.matchesSummary()), ServerSummary::id));
  }

  private static <T> Optional<T> single(
      ServerMatch match, Stream<T> matching, Function<T, String> idOf) {
    List<T> found;
    try (matching) {
      found = matching.limit(MAX_AMBIGUOUS_IDS).collect(Collectors.toList());
    }
    if (found.size() > 1) {
      throw new AmbiguousServerException(
          match.description(), found.stream().map(idOf).collect(Collectors.toList()));
    }
    return found.stream().findFirst();
  }

  private static ServerSummary summary(Server server) {
    return ServerSummary.builder()
        .id(server.id())
        .name(server.name())
        .links(server.links())
        .build();
  }

  /** A concurrent listing's pages, as listeners hear of them. */
  private CancellablePages<Server> concurrentPager(
      ListServersRequest request, int concurrency, String name, @Nullable Observation parent) {
    Observation listing = listing(name, concurrency, parent);
    return ObservedPages.of(listing, pager(request, concurrency, listing));
  }

  private ConcurrentPager<ServerSummary, Server> pager(
      ListServersRequest request, int concurrency, Observation listing) {
    String first = request.marker().orElse(null);
    int pageSize = Math.min(ServersQuery.limit(request), CONCURRENT_PAGE_SIZE);
    ListServersRequest idPass = request.toBuilder().pageSize(ID_PAGE_SIZE).build();
    ListServersRequest detailPass = request.toBuilder().pageSize(pageSize).build();
    return new ConcurrentPager<>(
        concurrency,
        pageSize,
        first,
        new AsyncMarkerPager<>(
            MarkerState.newItemsOnly(first, operations.distinctSummaries(), Page::withItems),
            (marker, parent) ->
                operations.serverSummariesPage(idPass, marker).enqueue(transport, parent),
            listing),
        ServerSummary::id,
        marker -> operations.serversPage(detailPass, marker).enqueue(transport, listing),
        Server::id,
        operations.distinctServers());
  }
}
