package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.ServerSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live view of the servers of a cloud, kept current by polling Nova's {@code changes-since}, and
 * a feed of its changes to listeners.
 *
 * <pre>{@code
 * try (ServerWatch watch = ServerWatch.builder(compute)
 *     .view(r -> r.status(ServerStatus.ACTIVE))
 *     .interval(Duration.ofSeconds(10))
 *     .listener(change -> System.out.println(change.type() + " " + change.serverId()))
 *     .start()) {
 *   watch.synced().join();                      // the first full listing is in
 *   Map<String, Server> active = watch.snapshot();
 * }
 * }</pre>
 *
 * <p>How: one full listing gives the first view; then each poll asks Nova only for the servers
 * updated (or deleted) since the last one, and a full listing every {@link
 * Builder#resyncInterval} catches what polls cannot see. Each part is built to be correct:
 *
 * <ul>
 *   <li>Times are the cloud's, never this machine's: each poll asks for the changes since the
 *       {@code Date} of the previous poll's first answer, less that request's duration (the
 *       database was read after it was sent) and less the {@link Builder#overlap} that allows for
 *       skew between Nova's hosts. Without a {@code Date} header, since the newest {@code updated}
 *       seen. Polls overlap, as {@code changes-since} is inclusive and Nova keeps {@code updated}
 *       to the second; a server that comes again equal to what the view holds is not a change.
 *   <li>A server Nova reports with status {@code DELETED} leaves the view as deleted.
 *   <li>Polls send only the view's scope ({@code all_tenants}, {@code project_id}, {@code
 *       user_id}) and apply its other filters themselves, with Nova's semantics, so that a server
 *       that stops matching (a stopped server in a view of {@code ACTIVE} ones) leaves the view.
 *       Full listings send every filter.
 *   <li>A resync reads a full listing beside the polls, which go on meanwhile, and compares it
 *       with the view after the next poll: what differs for a server the polls did not change
 *       meanwhile is reported ({@link ServerChange#fromResync()}) and logged at INFO: rows Nova
 *       purged before a poll saw them deleted, and changes that do not move {@code updated} (Nova
 *       keeps tags, for one, in a table of their own).
 *   <li>A poll or listing that fails after the client's retries leaves the view as it was,
 *       marked {@linkplain #stats() stale}, and is tried again at the next interval from where it
 *       left off. The first failure of a run is logged at WARN, the others at DEBUG, and the
 *       recovery at INFO.
 * </ul>
 *
 * <p>Listeners are told on threads of the watch's own, each listener by one delivery at a time;
 * see {@link ServerWatchListener}. A listener added to a running watch is first told of every
 * server in the view as {@code ADDED}.
 *
 * <p>Thread-safe. Close the watch before its client: {@link #close()} stops the polls, cancels
 * the request in flight and the deliveries not yet made, and returns at once.
 */
public final class ServerWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServerWatch.class);
  private static final AtomicInteger WATCHES = new AtomicInteger();

  private final ServerListings listings;
  private final ComputeOperations operations;
  private final Transport transport;
  private final WatchView view;
  private final Duration resyncInterval;
  private final Duration overlap;
  private final int concurrency;
  private final ScheduledExecutorService poller;
  private final ExecutorService deliveries;
  private final List<ListenerFeed> feeds = new CopyOnWriteArrayList<>();
  private final CompletableFuture<ServerWatch> synced = new CompletableFuture<>();

  private final Object lock = new Object();
  private final Map<String, Server> servers = new LinkedHashMap<>();

  private @Nullable Instant since;
  private long lastResyncNanos;

  /** The resync whose listing runs beside the polls, if any; its answer. Guarded by the lock. */
  private @Nullable Resync resync;

  private long polls;
  private long resyncs;
  private long changes;
  private long bytes;
  private long errors;
  private boolean stale = true;
  private @Nullable Instant lastSynced;

  /** Rounds failed since the last that succeeded; read and written by the poller's thread. */
  private int failuresInARow;

  private volatile @Nullable CompletableFuture<?> inFlight;
  private volatile boolean closed;

  private ServerWatch(Builder b) {
    ClientAssembly parts = b.compute.parts;
    this.listings = parts.listings;
    this.operations = parts.operations;
    this.transport = parts.transport;
    this.view = WatchView.of(b.view);
    operations.checkMicroversion(b.view); // a filter too new for the client fails here, not later
    this.resyncInterval = b.resyncInterval;
    this.overlap = b.overlap;
    this.concurrency = b.concurrency;
    int n = WATCHES.incrementAndGet();
    this.poller = Executors.newSingleThreadScheduledExecutor(daemon("stacksdk-server-watch-" + n));
    this.deliveries =
        Executors.newCachedThreadPool(daemon("stacksdk-server-watch-" + n + "-listener"));
    b.listeners.forEach(this::addListener);
    poller.scheduleWithFixedDelay(this::tick, 0, b.interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Returns a builder of a watch on this client's cloud.
   *
   * @param compute the client the watch makes its requests with
   * @return a builder of a watch of every server of the token's project
   */
  public static Builder builder(ComputeClient compute) {
    return new Builder(Objects.requireNonNull(compute, "compute == null"));
  }

  /** The servers of the view now, by id, in the order of the last full listing and then of arrival. */
  public Map<String, Server> snapshot() {
    synchronized (lock) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(servers));
    }
  }

  /**
   * Returns a server of the view.
   *
   * @param serverId the server's id
   * @return the server as the view holds it, or empty when it is not in the view
   */
  public Optional<Server> get(String serverId) {
    synchronized (lock) {
      return Optional.ofNullable(servers.get(serverId));
    }
  }

  /**
   * Completes when the first full listing is in the view; fails when the watch is closed before.
   * A failed first listing is tried again at every interval meanwhile.
   *
   * @return a future of this watch
   */
  public CompletableFuture<ServerWatch> synced() {
    return synced.copy();
  }

  /**
   * Adds a listener, told first of every server of the view as {@code ADDED}, then of each change.
   *
   * @param listener the listener
   * @return this watch
   */
  public ServerWatch addListener(ServerWatchListener listener) {
    ListenerFeed feed =
        new ListenerFeed(
            Objects.requireNonNull(listener, "listener == null"), deliveries, this::current, LOG);
    List<String> ids;
    synchronized (lock) {
      feeds.add(feed); // under the lock: no change falls between the replay and the feed
      ids = new ArrayList<>(servers.keySet());
    }
    for (String id : ids) {
      feed.changed(id, false, false);
    }
    return this;
  }

  /**
   * Removes a listener; a delivery under way finishes.
   *
   * @param listener the listener, as added
   * @return whether it was a listener of this watch
   */
  public boolean removeListener(ServerWatchListener listener) {
    for (ListenerFeed feed : feeds) {
      if (feed.listener() == listener && feeds.remove(feed)) {
        feed.close();
        return true;
      }
    }
    return false;
  }

  /** The watch's counters, and whether its view may be behind the cloud. */
  public ServerWatchStats stats() {
    synchronized (lock) {
      return new ServerWatchStats(polls, resyncs, changes, bytes, errors, stale, since, lastSynced);
    }
  }

  /** Stops the polls and the deliveries, cancels the request in flight, and returns at once. */
  @Override
  public void close() {
    closed = true;
    poller.shutdownNow();
    CompletableFuture<?> call = inFlight;
    if (call != null) {
      call.cancel(true);
    }
    Resync running;
    synchronized (lock) {
      running = resync;
    }
    CompletableFuture<Void> listing = running != null ? running.listing : null;
    if (listing != null) {
      listing.cancel(true);
    }
    deliveries.shutdownNow();
    feeds.forEach(ListenerFeed::close);
    synced.completeExceptionally(new CancellationException("the watch was closed"));
  }

  @Override
  public String toString() {
    return "ServerWatch{" + view + ", " + stats() + "}";
  }

  private @Nullable Server current(String serverId) {
    synchronized (lock) {
      return servers.get(serverId);
    }
  }

  /**
   * One round, on the poller's thread only: the first listing, until one succeeds; then a poll,
   * with a resync's listing started beside it when due, and taken in after the first poll that
   * began once the listing was done (that poll has seen what changed while it ran).
   */
  private void tick() {
    try {
      boolean listed;
      synchronized (lock) {
        listed = since != null;
      }
      if (!listed) {
        firstListing();
      } else {
        Resync done = resync != null && resync.done() ? resync : null;
        if (resync == null && System.nanoTime() - lastResyncNanos >= resyncInterval.toNanos()) {
          startResync();
        }
        poll();
        if (done != null) {
          synchronized (lock) {
            resync = null;
            lastResyncNanos = System.nanoTime(); // a failed listing waits for the next interval too
          }
          takeIn(done);
        }
      }
      if (failuresInARow > 0) {
        LOG.info("A server watch reached the cloud again after {} failed rounds", failuresInARow);
        failuresInARow = 0;
      }
    } catch (CancellationException e) {
      // closed
    } catch (RuntimeException e) {
      // Caught whatever it is: an exception would end the schedule silently.
      if (closed) {
        return;
      }
      synchronized (lock) {
        errors++;
        stale = true;
      }
      failed(e);
    }
  }

  /** Logs the first failure of a run of them at WARN, and the rest at DEBUG. */
  private void failed(RuntimeException e) {
    boolean first = failuresInARow++ == 0;
    if (e instanceof ComputeException) {
      String message = "A server watch could not reach the cloud; its view stays as it was: {}";
      if (first) {
        LOG.warn(message, e.getMessage());
      } else {
        LOG.debug(message, e.getMessage());
      }
    } else if (first) {
      LOG.error("A server watch's round failed; it goes on at the next interval", e);
    } else {
      LOG.debug("A server watch's round failed again", e);
    }
  }

  /** What the pages of one listing brought. */
  private static final class Answer {
    final Map<String, Server> servers = new LinkedHashMap<>();
    @Nullable Instant cloudStart;
    long bytes;
    boolean started;
  }

  /** Reads every page of a listing on OkHttp's threads, and waits for the last. */
  private Answer read(ListServersRequest request, int concurrency, String name) {
    Answer answer = new Answer();
    long start = System.nanoTime();
    await(
        listings
            .serversAsync(request, concurrency, name, null)
            .forEachPage(
                page -> {
                  if (!answer.started) {
                    answer.started = true;
                    answer.cloudStart = cloudTime(page.date(), System.nanoTime() - start);
                  }
                  answer.bytes += page.bodyBytes();
                  page.items().forEach(s -> answer.servers.put(s.id(), s));
                }));
    return answer;
  }

  /** The first full listing: the view, and the cloud's time the polls start from. */
  private void firstListing() {
    Instant cloudStart = probe();
    Answer listed = read(view.listing(), concurrency, "servers.watch.list");
    synchronized (lock) {
      listed.servers.values().forEach(server -> put(server, false, false));
      Instant newest = newestUpdated(listed.servers.values(), null);
      since = nextSince(cloudStart != null ? cloudStart : newest, null);
      lastResyncNanos = System.nanoTime();
      resyncs++;
      bytes += listed.bytes;
      stale = false;
      lastSynced = Instant.now();
    }
    synced.complete(this);
  }

  /** A resync's listing, read on OkHttp's threads while the polls go on. */
  private static final class Resync {
    final Answer answer = new Answer();
    @Nullable CompletableFuture<Void> listing;

    /** The ids the polls changed while the listing ran: theirs is the newer word. */
    final Set<String> polled = new HashSet<>();

    boolean done() {
      return listing != null && listing.isDone();
    }
  }

  private void startResync() {
    Resync started = new Resync();
    synchronized (lock) {
      resync = started; // before the listing starts: every poll from now on counts
    }
    started.listing =
        listings
            .serversAsync(view.listing(), concurrency, "servers.watch.resync", null)
            .forEachPage(
                page -> {
                  started.answer.bytes += page.bodyBytes();
                  page.items().forEach(s -> started.answer.servers.put(s.id(), s));
                });
    if (closed) {
      started.listing.cancel(true);
    }
  }

  /**
   * Compares a resync's listing with the view. The polls that ran beside it saw every change from
   * {@code pollFrom} on, including the last one, which began after the listing was done: what the
   * listing says of a server they did not change, and a server of the view it lacks, are what
   * polls cannot see (purged rows, changes that do not move {@code updated}).
   */
  private void takeIn(Resync done) {
    Answer listed = done.answer;
    Futures.join(Objects.requireNonNull(done.listing)); // done: throws what it failed with
    int differences = 0;
    synchronized (lock) {
      for (Server server : listed.servers.values()) {
        if (!done.polled.contains(server.id())) {
          differences += put(server, true, false) ? 1 : 0;
        }
      }
      for (String id : new ArrayList<>(servers.keySet())) {
        if (!listed.servers.containsKey(id) && !done.polled.contains(id)) {
          remove(id, false, true);
          differences++;
        }
      }
      resyncs++;
      bytes += listed.bytes;
    }
    if (differences > 0) {
      LOG.info("A server watch's resync found {} changes that its polls had missed", differences);
    }
  }

  /** The servers changed since the last poll, applied to the view. */
  private void poll() {
    Instant from;
    synchronized (lock) {
      from = Objects.requireNonNull(since);
    }
    Answer changed = read(view.poll(from), 1, "servers.watch.poll");
    synchronized (lock) {
      for (Server server : changed.servers.values()) {
        if (server.status() == ServerStatus.DELETED) {
          remove(server.id(), true, false);
        } else if (view.matches(server)) {
          put(server, false, true);
        } else {
          remove(server.id(), false, false);
        }
        if (resync != null) {
          resync.polled.add(server.id());
        }
      }
      Instant cloudStart =
          changed.cloudStart != null
              ? changed.cloudStart
              : newestUpdated(changed.servers.values(), from);
      since = nextSince(cloudStart, from);
      polls++;
      bytes += changed.bytes;
      stale = false;
      lastSynced = Instant.now();
    }
  }

  /** The cloud's time when the first request of a round was sent, from its answer. */
  private @Nullable Instant probe() {
    long start = System.nanoTime();
    CompletableFuture<Page<ServerSummary>> call =
        operations.serverSummariesPage(view.probe(), null).enqueue(transport);
    Page<?> page = await(call);
    synchronized (lock) {
      bytes += page.bodyBytes();
    }
    return cloudTime(page.date(), System.nanoTime() - start);
  }

  /**
   * A time no later than the one at which Nova read its database for an answer: its {@code Date}
   * (to the second, rounded down) less the time from sending the request to reading the answer.
   */
  private static @Nullable Instant cloudTime(@Nullable Instant date, long elapsedNanos) {
    return date == null ? null : date.minusNanos(elapsedNanos);
  }

  /** The changes-since of the next poll: {@code cloudStart} less the overlap, to the second. */
  private @Nullable Instant nextSince(@Nullable Instant cloudStart, @Nullable Instant previous) {
    if (cloudStart == null) {
      return previous;
    }
    return cloudStart.minus(overlap).truncatedTo(ChronoUnit.SECONDS);
  }

  private static @Nullable Instant newestUpdated(
      Iterable<Server> servers, @Nullable Instant atLeast) {
    Instant newest = atLeast;
    for (Server server : servers) {
      Instant updated = server.updated().orElse(null);
      if (updated != null && (newest == null || updated.isAfter(newest))) {
        newest = updated;
      }
    }
    return newest;
  }

  /**
   * Puts a server in the view; true when that changed it. A poll's answer older than the view's
   * copy is dropped; a resync's listing is the cloud's word. Holds the lock.
   */
  private boolean put(Server server, boolean fromResync, boolean fromPoll) {
    Server old = servers.get(server.id());
    if (server.equals(old) || (fromPoll && old != null && older(server, old))) {
      return false;
    }
    servers.put(server.id(), server);
    changed(server.id(), false, fromResync);
    return true;
  }

  /**
   * Whether a poll's answer is older than what the view holds by more than the overlap: Nova may
   * read listings from a database replica that lags behind, and a lagging answer must not undo a
   * change already seen. Within the overlap, Nova's hosts' clocks may disagree: the answer wins.
   */
  private boolean older(Server answer, Server held) {
    Instant a = answer.updated().orElse(null);
    Instant h = held.updated().orElse(null);
    return a != null && h != null && a.isBefore(h.minus(overlap));
  }

  /** Takes a server out of the view, if there. Holds the lock. */
  private void remove(String serverId, boolean deleted, boolean fromResync) {
    if (servers.remove(serverId) != null) {
      changed(serverId, deleted, fromResync);
    }
  }

  private void changed(String serverId, boolean deleted, boolean fromResync) {
    changes++;
    for (ListenerFeed feed : feeds) {
      feed.changed(serverId, deleted, fromResync);
    }
  }

  /** Waits for a call on the poller's thread; {@link #close()} cancels it. */
  private <T> T await(CompletableFuture<T> call) {
    inFlight = call;
    if (closed) {
      call.cancel(true);
    }
    try {
      return Futures.join(call);
    } finally {
      inFlight = null;
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Builds and starts a {@link ServerWatch}. */
  public static final class Builder {
    private final ComputeClient compute;
    private ListServersRequest view = ListServersRequest.builder().build();
    private Duration interval = Duration.ofSeconds(10);
    private Duration resyncInterval = Duration.ofMinutes(15);
    private Duration overlap = Duration.ofSeconds(2);
    private int concurrency = 1;
    private final List<ServerWatchListener> listeners = new ArrayList<>();

    Builder(ComputeClient compute) {
      this.compute = compute;
    }

    /**
     * Sets the servers to keep: whose ({@code allTenants}, {@code projectId}, {@code userId}) and
     * which (status, name, image, tags, locked, availability zone, key name, host, VM, task and
     * power state). Other filters, a marker, a time window or a sort are refused; the page size
     * is used by every request.
     *
     * @param view the view, all servers of the token's project by default
     * @return this builder
     * @throws IllegalArgumentException when the request sets what a watch cannot follow
     */
    public Builder view(ListServersRequest view) {
      WatchView.of(Objects.requireNonNull(view, "view == null"));
      this.view = view;
      return this;
    }

    /**
     * Sets the view with a fresh {@link ListServersRequest.Builder}.
     *
     * @param view sets the request's filters
     * @return this builder
     */
    public Builder view(Consumer<ListServersRequest.Builder> view) {
      ListServersRequest.Builder request = ListServersRequest.builder();
      view.accept(request);
      return view(request.build());
    }

    /**
     * Sets the time between the end of a poll and the start of the next.
     *
     * @param interval positive; 10 seconds by default
     * @return this builder
     */
    public Builder interval(Duration interval) {
      this.interval = positive(interval, "interval");
      return this;
    }

    /**
     * Sets how often a full listing replaces the polls' answers, to catch what they cannot see.
     *
     * @param resyncInterval positive; 15 minutes by default
     * @return this builder
     */
    public Builder resyncInterval(Duration resyncInterval) {
      this.resyncInterval = positive(resyncInterval, "resyncInterval");
      return this;
    }

    /**
     * Sets how far back each poll reaches before the previous poll's start, for clock skew between
     * Nova's hosts (they write {@code updated}; the API answers with {@code Date}).
     *
     * @param overlap zero or more; 2 seconds by default
     * @return this builder
     */
    public Builder overlap(Duration overlap) {
      if (overlap.isNegative()) {
        throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
      }
      this.overlap = overlap;
      return this;
    }

    /**
     * Sets the concurrency of the full listings (see {@link PagedIterable#concurrency(int)}).
     *
     * @param concurrency 1 to 64; 1 by default
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      ServerListings.checkConcurrency(concurrency);
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Adds a listener, told of every server of the first listing as {@code ADDED}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ServerWatchListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Starts the watch: its first full listing begins at once, on the watch's own thread.
     *
     * @return the running watch, to close when done
     * @throws IllegalArgumentException when a filter of the view needs a newer microversion than
     *     the client's
     */
    public ServerWatch start() {
      return new ServerWatch(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
