package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServerDeletedException;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.exception.WaitTimeoutException;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One wait for servers to reach a status, or to be deleted: a round of polls every interval until
 * every server has arrived, one of them fails the wait, or the time is up. The first round reads
 * each server ({@code GET /servers/{id}}). When more than {@link #FEW} servers are waited for, each
 * later round is one listing of what changed since the round before ({@code changes-since}, on the
 * cloud's clock, as a {@link ServerWatch} polls), plus a read of each server that no listing has
 * shown for {@link #STALE_ROUNDS} rounds (one that the listing cannot see, such as another
 * project's). Completes with the servers in the order asked for; cancelling it cancels the polls.
 */
final class WaitLoop extends CompletableFuture<List<Server>> {
  /** Up to this many servers, each round reads each one: cheaper for Nova than a listing. */
  static final int FEW = 3;

  /** A server no listing has shown for this many rounds is read on its own. */
  static final int STALE_ROUNDS = 12;

  /** Allowance for skew between the clocks of Nova's hosts, as {@link ServerWatch} has it. */
  private static final Duration OVERLAP = Duration.ofSeconds(2);

  private final ComputeOperations operations;
  private final ServerListings listings;
  private final Transport transport;
  private final Delays delays;
  private final Duration interval;
  private final boolean allProjects;

  /** The status waited for, or null when waiting for deletion. */
  private final @Nullable ServerStatus target;

  private final long deadlineNanos;
  private final Map<String, Tracked> servers = new LinkedHashMap<>();
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private int round;

  /** The {@code changes-since} of the next listing: null until a round has read the cloud's clock. */
  private @Nullable Instant since;

  /** The earliest cloud time at which this round's answers were read. */
  private @Nullable Instant roundRead;

  private WaitLoop(
      ComputeOperations operations,
      ServerListings listings,
      Transport transport,
      List<String> ids,
      @Nullable ServerStatus target,
      Duration timeout,
      Duration interval,
      boolean allProjects) {
    this.operations = operations;
    this.listings = listings;
    this.transport = transport;
    this.delays = transport.delays();
    this.target = target;
    this.interval = interval;
    this.allProjects = allProjects;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    for (String id : ids) {
      servers.put(id, new Tracked(id));
    }
  }

  /** Starts a wait; its first round is sent at once. */
  static WaitLoop start(
      ComputeOperations operations,
      ServerListings listings,
      Transport transport,
      List<String> ids,
      @Nullable ServerStatus target,
      Duration timeout,
      Duration interval,
      boolean allProjects) {
    WaitLoop loop =
        new WaitLoop(operations, listings, transport, ids, target, timeout, interval, allProjects);
    loop.round();
    return loop;
  }

  private synchronized void round() {
    if (isDone()) {
      return;
    }
    roundRead = null;
    CompletableFuture<Void> polled;
    if (round == 0 || servers.size() <= FEW || since == null) {
      polled = read(pending());
    } else {
      polled = listChanges().thenCompose(nothing -> read(stale()));
    }
    polled.whenComplete(
        (nothing, failure) -> {
          if (failure != null) {
            completeExceptionally(Futures.unwrap(failure));
            cancelInFlight(); // the other reads of the round are of no use now
          } else {
            decide();
          }
        });
  }

  /** Reads each server on its own; a 404 means it is gone. */
  private CompletableFuture<Void> read(List<Tracked> which) {
    List<CompletableFuture<?>> reads = new ArrayList<>();
    for (Tracked tracked : which) {
      long start = System.nanoTime();
      CompletableFuture<Transport.Result<Server>> read =
          operations.serverWithHeaders(tracked.id).enqueue(transport);
      inFlight.add(read);
      reads.add(
          read.handle(
              (result, failure) -> {
                inFlight.remove(read);
                synchronized (this) {
                  if (failure == null) {
                    tracked.seen(result.body, round);
                    cloudTime(result.date, start);
                  } else if (Futures.unwrap(failure) instanceof ResourceNotFoundException) {
                    tracked.gone(round);
                  } else {
                    throw new CompletionException(Futures.unwrap(failure));
                  }
                }
                return null;
              }));
    }
    return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new));
  }

  /** One listing of what changed since the last round, applied to the servers waited for. */
  private CompletableFuture<Void> listChanges() {
    ListServersRequest.Builder request =
        ListServersRequest.builder().changesSince(Objects.requireNonNull(since));
    if (allProjects) {
      request.allTenants(true);
    }
    long start = System.nanoTime();
    CompletableFuture<Void> listed =
        listings
            .serversAsync(request.build(), 1)
            .forEachPage(
                page -> {
                  synchronized (this) {
                    cloudTime(page.date(), start);
                    for (Server server : page.items()) {
                      Tracked tracked = servers.get(server.id());
                      if (tracked != null) {
                        tracked.seen(server, round);
                      }
                    }
                  }
                });
    inFlight.add(listed);
    return listed.whenComplete((nothing, failure) -> inFlight.remove(listed));
  }

  /**
   * Keeps the earliest time of this round at which Nova read its database: an answer's {@code
   * Date} less the time since its request was sent, less the overlap, to the second.
   */
  private void cloudTime(@Nullable Instant date, long startNanos) {
    if (date == null) {
      return;
    }
    Instant read =
        date.minusNanos(System.nanoTime() - startNanos)
            .minus(OVERLAP)
            .truncatedTo(ChronoUnit.SECONDS);
    Instant earliest = roundRead;
    if (earliest == null || read.isBefore(earliest)) {
      roundRead = read;
    }
  }

  private List<Tracked> pending() {
    List<Tracked> pending = new ArrayList<>();
    for (Tracked tracked : servers.values()) {
      if (!tracked.arrived(target)) {
        pending.add(tracked);
      }
    }
    return pending;
  }

  private List<Tracked> stale() {
    List<Tracked> stale = new ArrayList<>();
    for (Tracked tracked : pending()) {
      if (round - tracked.round >= STALE_ROUNDS) {
        stale.add(tracked);
      }
    }
    return stale;
  }

  /** After a round: fail, finish, or poll again. */
  private synchronized void decide() {
    if (isDone()) {
      return;
    }
    if (roundRead != null) {
      since = roundRead; // without a Date in this round, the next asks from the same time again
    }
    List<Tracked> pending = new ArrayList<>();
    for (Tracked tracked : servers.values()) {
      RuntimeException failure = tracked.failure(target);
      if (failure != null) {
        completeExceptionally(failure);
        return;
      }
      if (!tracked.arrived(target)) {
        pending.add(tracked);
      }
    }
    if (pending.isEmpty()) {
      List<Server> arrived = new ArrayList<>();
      for (Tracked tracked : servers.values()) {
        if (tracked.last != null) {
          arrived.add(tracked.last);
        }
      }
      complete(List.copyOf(arrived));
      return;
    }
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      completeExceptionally(timedOut(pending));
      return;
    }
    round++;
    Duration wait = Duration.ofNanos(Math.min(interval.toNanos(), left));
    delays.after(wait, Runnable::run).execute(this::round);
  }

  private WaitTimeoutException timedOut(List<Tracked> pending) {
    Tracked first = pending.get(0);
    Server last = first.last;
    String seen =
        last == null
            ? "it was never seen"
            : "it was last seen in status "
                + last.statusAsString().orElse("(none)")
                + last.taskState().map(t -> " with task state " + t.value()).orElse("");
    return new WaitTimeoutException(
        "Server "
            + first.id
            + " did not "
            + goal()
            + " in time: "
            + seen
            + (pending.size() > 1 ? " (" + pending.size() + " servers had not)" : ""),
        first.id,
        last);
  }

  private String goal() {
    return target == null ? "get deleted" : "reach status " + target.value();
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    cancelInFlight();
    return cancelled;
  }

  private void cancelInFlight() {
    for (CompletableFuture<?> call : inFlight) {
      call.cancel(true);
    }
  }

  /** What the polls know of one server. */
  private final class Tracked {
    final String id;
    @Nullable Server last;
    boolean gone;

    /** The round that last saw it. */
    int round;

    Tracked(String id) {
      this.id = id;
    }

    void seen(Server server, int inRound) {
      last = server;
      round = inRound;
      ServerStatus status = server.status();
      gone =
          status == ServerStatus.DELETED
              || status == ServerStatus.SOFT_DELETED && target != ServerStatus.SOFT_DELETED;
    }

    void gone(int inRound) {
      gone = true;
      round = inRound;
    }

    /** Whether it is where it was waited for: in the status with no task under way, or gone. */
    boolean arrived(@Nullable ServerStatus target) {
      if (target == null) {
        return gone;
      }
      Server server = last;
      return !gone && server != null && server.status() == target && server.taskState().isEmpty();
    }

    /** The exception that ends the wait because of this server, or null. */
    @Nullable RuntimeException failure(@Nullable ServerStatus target) {
      Server server = last;
      if (gone && target != null) {
        return new ServerDeletedException(
            "Server " + id + " was deleted while waiting for it to " + goal(), id, server);
      }
      if (!gone
          && server != null
          && server.status() == ServerStatus.ERROR
          && target != ServerStatus.ERROR) {
        return new ServerErrorException(
            "Server "
                + id
                + " went to status ERROR while waiting for it to "
                + goal()
                + server.fault().map(WaitLoop::describe).orElse(" (Nova gave no fault)"),
            server);
      }
      return null;
    }
  }

  private static String describe(ServerFault fault) {
    return ": fault " + fault.code() + ", " + fault.message();
  }
}
