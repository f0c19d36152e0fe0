package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waits for servers to reach a status, or to be deleted, polling Nova every {@linkplain
 * #interval() interval} until the {@linkplain #timeout() timeout}. Get one with {@code
 * compute.servers().waiter()}. Immutable and thread-safe; the {@code with..} methods return
 * changed copies.
 *
 * <pre>{@code
 * CreatedServer created = compute.servers().create(request);
 * Server server = compute.servers().waiter()
 *     .withTimeout(Duration.ofMinutes(10))
 *     .untilStatus(created.id().orElseThrow(), ServerStatus.ACTIVE);
 * }</pre>
 *
 * <p>A server has arrived when it is in the status with no task under way (an {@code ACTIVE}
 * server taking a snapshot has not). A wait stops at once, rather than at its timeout, when a
 * server goes to {@code ERROR} ({@link io.github.stacksdk.compute.exception.ServerErrorException},
 * with Nova's fault), when a server is deleted while a status is waited for ({@link
 * io.github.stacksdk.compute.exception.ServerDeletedException}), and when a poll fails after the
 * client's retries (that poll's exception). At the timeout it throws a {@link
 * io.github.stacksdk.compute.exception.WaitTimeoutException} saying the status and task state last
 * seen. A server counts as deleted once Nova answers {@code 404} for it, or lists it as {@code
 * DELETED} or {@code SOFT_DELETED} (a cloud that defers deletes keeps it that way until it reclaims
 * it).
 *
 * <p>Waiting for many servers costs one listing per interval, not one request per server: the first
 * round reads each server, and later rounds list only the servers that changed since the round
 * before ({@code changes-since}). A server that no listing has shown for 12 rounds is read on its
 * own, in case the listing cannot see it (another project's server, unless {@link
 * #withAllProjects(boolean)}). Up to 3 servers are simply read each round.
 */
public final class ServerWaiter {
  private final AsyncServerWaiter async;

  ServerWaiter(AsyncServerWaiter async) {
    this.async = async;
  }

  /**
   * Returns a waiter like this one that gives up after {@code timeout}.
   *
   * @param timeout positive; 15 minutes by default
   * @return a new waiter
   */
  public ServerWaiter withTimeout(Duration timeout) {
    return new ServerWaiter(async.withTimeout(timeout));
  }

  /**
   * Returns a waiter like this one that polls every {@code interval}.
   *
   * @param interval positive; 5 seconds by default
   * @return a new waiter
   */
  public ServerWaiter withInterval(Duration interval) {
    return new ServerWaiter(async.withInterval(interval));
  }

  /**
   * Returns a waiter like this one whose listings, when it waits for many servers, cover every
   * project ({@code all_tenants}): for an administrator waiting for other projects' servers.
   *
   * @param allProjects whether to list every project's servers; false by default
   * @return a new waiter
   */
  public ServerWaiter withAllProjects(boolean allProjects) {
    return new ServerWaiter(async.withAllProjects(allProjects));
  }

  /**
   * Returns the time a wait may take.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return async.timeout();
  }

  /**
   * Returns the time between two rounds of polls.
   *
   * @return the interval
   */
  public Duration interval() {
    return async.interval();
  }

  /**
   * Waits until the server is in {@code status} with no task under way.
   *
   * @param serverId the server's id
   * @param status the status to wait for; not {@code DELETED} (see {@link #untilDeleted(String)})
   * @return the server as it arrived
   * @throws io.github.stacksdk.compute.exception.ServerErrorException when it went to {@code
   *     ERROR} instead
   * @throws io.github.stacksdk.compute.exception.ServerDeletedException when it was deleted
   * @throws io.github.stacksdk.compute.exception.WaitTimeoutException when the time ran out
   * @throws ComputeClientException when the thread was interrupted (the wait is then stopped)
   */
  public Server untilStatus(String serverId, ServerStatus status) {
    return await(async.untilStatus(serverId, status));
  }

  /**
   * Waits until every server is in {@code status} with no task under way, and stops at the first
   * that fails the wait.
   *
   * @param serverIds the servers' ids, at least one
   * @param status the status to wait for
   * @return the servers as they arrived, in the order of {@code serverIds}
   */
  public List<Server> untilStatus(Collection<String> serverIds, ServerStatus status) {
    return await(async.untilStatus(serverIds, status));
  }

  /**
   * Waits until the server is deleted.
   *
   * @param serverId the server's id
   * @throws io.github.stacksdk.compute.exception.ServerErrorException when it went to {@code
   *     ERROR} (a delete that failed)
   * @throws io.github.stacksdk.compute.exception.WaitTimeoutException when the time ran out
   */
  public void untilDeleted(String serverId) {
    await(async.untilDeleted(serverId));
  }

  /**
   * Waits until every server is deleted.
   *
   * @param serverIds the servers' ids, at least one
   */
  public void untilDeleted(Collection<String> serverIds) {
    await(async.untilDeleted(serverIds));
  }

  /** The wait's result on this thread; an interrupt stops the wait. */
  private static <T> T await(CompletableFuture<T> wait) {
    try {
      return wait.get();
    } catch (InterruptedException e) {
      wait.cancel(true);
      Thread.currentThread().interrupt();
      throw new ComputeClientException("The wait was interrupted", e);
    } catch (ExecutionException e) {
      Throwable failure = Futures.unwrap(e);
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw new ComputeClientException("The wait failed", failure);
    }
  }

  @Override
  public String toString() {
    return "ServerWaiter" + async.toString().substring("AsyncServerWaiter".length());
  }
}
