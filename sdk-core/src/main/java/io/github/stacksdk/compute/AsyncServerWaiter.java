package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Waits for servers without holding a thread: the asynchronous face of {@link ServerWaiter}, with
 * the same rules, whose futures fail with the exceptions it throws. Get one with {@code
 * compute.async().servers().waiter()}. Cancelling a returned future stops the polls and cancels
 * the request in flight. Immutable and thread-safe.
 *
 * <pre>{@code
 * compute.async().servers().waiter()
 *     .untilStatus(id, ServerStatus.ACTIVE)
 *     .thenAccept(server -> log.info("{} is up", server.name()));
 * }</pre>
 */
public final class AsyncServerWaiter {
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  private final ComputeOperations operations;
  private final ServerListings listings;
  private final Transport transport;
  private final Duration timeout;
  private final Duration interval;
  private final boolean allProjects;

  AsyncServerWaiter(
      ComputeOperations operations,
      ServerListings listings,
      Transport transport,
      Duration timeout,
      Duration interval,
      boolean allProjects) {
    this.operations = operations;
    this.listings = listings;
    this.transport = transport;
    this.timeout = timeout;
    this.interval = interval;
    this.allProjects = allProjects;
  }

  /**
   * Returns a waiter like this one that gives up after {@code timeout}.
   *
   * @param timeout positive; 15 minutes by default
   * @return a new waiter
   */
  public AsyncServerWaiter withTimeout(Duration timeout) {
    return new AsyncServerWaiter(
        operations, listings, transport, positive(timeout, "timeout"), interval, allProjects);
  }

  /**
   * Returns a waiter like this one that polls every {@code interval}.
   *
   * @param interval positive; 5 seconds by default
   * @return a new waiter
   */
  public AsyncServerWaiter withInterval(Duration interval) {
    return new AsyncServerWaiter(
        operations, listings, transport, timeout, positive(interval, "interval"), allProjects);
  }

  /**
   * Returns a waiter like this one whose listings, when it waits for many servers, cover every
   * project ({@code all_tenants}): for an administrator waiting for other projects' servers.
   *
   * @param allProjects whether to list every project's servers; false by default
   * @return a new waiter
   */
  public AsyncServerWaiter withAllProjects(boolean allProjects) {
    return new AsyncServerWaiter(operations, listings, transport, timeout, interval, allProjects);
  }

  /**
   * Returns the time a wait may take.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns the time between two rounds of polls.
   *
   * @return the interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * Waits until the server is in {@code status} with no task under way.
   *
   * @param serverId the server's id
   * @param status the status to wait for
   * @return completes with the server as it arrived; see {@link ServerWaiter#untilStatus(String,
   *     ServerStatus)} for how it fails
   */
  public CompletableFuture<Server> untilStatus(String serverId, ServerStatus status) {
    return Futures.map(untilStatus(List.of(serverId), status), servers -> servers.get(0));
  }

  /**
   * Waits until every server is in {@code status} with no task under way.
   *
   * @param serverIds the servers' ids, at least one
   * @param status the status to wait for
   * @return completes with the servers as they arrived, in the order of {@code serverIds}
   */
  public CompletableFuture<List<Server>> untilStatus(
      Collection<String> serverIds, ServerStatus status) {
    Objects.requireNonNull(status, "status == null");
    if (status == ServerStatus.UNRECOGNIZED || status == ServerStatus.DELETED) {
      throw new IllegalArgumentException(
          "cannot wait for status "
              + status
              + (status == ServerStatus.DELETED ? "; use untilDeleted" : ""));
    }
    return start(serverIds, status);
  }

  /**
   * Waits until the server is deleted.
   *
   * @param serverId the server's id
   * @return completes when Nova no longer has the server; see {@link
   *     ServerWaiter#untilDeleted(String)}
   */
  public CompletableFuture<Void> untilDeleted(String serverId) {
    return untilDeleted(List.of(serverId));
  }

  /**
   * Waits until every server is deleted.
   *
   * @param serverIds the servers' ids, at least one
   * @return completes when Nova has none of them
   */
  public CompletableFuture<Void> untilDeleted(Collection<String> serverIds) {
    return Futures.done(start(serverIds, null));
  }

  private WaitLoop start(Collection<String> serverIds, @Nullable ServerStatus status) {
    Objects.requireNonNull(serverIds, "serverIds == null");
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String id : serverIds) {
      ids.add(ServerWrites.requireId(id));
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("serverIds is empty");
    }
    return WaitLoop.start(
        operations, listings, transport, List.copyOf(ids), status, timeout, interval, allProjects);
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "AsyncServerWaiter{timeout="
        + timeout
        + ", interval="
        + interval
        + (allProjects ? ", allProjects" : "")
        + "}";
  }
}
