package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ServerChange;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.ServerWatchListener;
import io.github.stacksdk.compute.ServerWatchStats;
import io.github.stacksdk.compute.model.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The listener of {@link WatchCost}'s watch: matches each event with the change the driver made,
 * and measures how long the change took to arrive, in real time, in the cloud's (simulated) time,
 * and in the watch's rounds. A change must come in the first round (poll or resync) that starts
 * after it was made, with the type and {@code updated} time the cloud stored; anything else the
 * watch reports (an overlap re-fetch taken for a change, say) is counted as spurious.
 */
final class ChangeTracker implements ServerWatchListener {
  /** A change the watch reported, set against the one made. */
  static final class Seen {
    final WatchedFleet.Change change;
    final Duration realLatency;
    final Duration cloudLatency;
    final long rounds;
    final boolean fromResync;
    final boolean asMade;

    Seen(
        WatchedFleet.Change change,
        Duration realLatency,
        Duration cloudLatency,
        long rounds,
        boolean fromResync,
        boolean asMade) {
      this.change = change;
      this.realLatency = realLatency;
      this.cloudLatency = cloudLatency;
      this.rounds = rounds;
      this.fromResync = fromResync;
      this.asMade = asMade;
    }
  }

  /** A change waiting for its event, and the watch's round count when it was made. */
  private static final class Pending {
    final WatchedFleet.Change change;
    final long roundsBefore;

    Pending(WatchedFleet.Change change, long roundsBefore) {
      this.change = change;
      this.roundsBefore = roundsBefore;
    }
  }

  private final Clock cloud;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong initial = new AtomicLong();
  private final AtomicLong spurious = new AtomicLong();
  private final AtomicLong deletedAsGone = new AtomicLong();
  private volatile @Nullable ServerWatch watch;

  ChangeTracker(Clock cloud) {
    this.cloud = cloud;
  }

  /** From now on, events are changes to match; before, they are the first listing's. */
  void arm(ServerWatch watch) {
    this.watch = watch;
  }

  /** The rounds a watch has completed: after the first listing, every round is one poll. */
  static long rounds(ServerWatchStats stats) {
    return stats.polls();
  }

  /** Expects an event for a change the driver made while the watch had completed this many rounds. */
  void expect(WatchedFleet.Change change, long roundsBefore) {
    pending.put(change.serverId, new Pending(change, roundsBefore));
  }

  @Override
  public void onChange(ServerChange event) {
    long now = System.nanoTime();
    Instant cloudNow = cloud.instant();
    ServerWatch w = watch;
    if (w == null) {
      initial.incrementAndGet();
      return;
    }
    Pending p = pending.remove(event.serverId());
    if (p == null) {
      spurious.incrementAndGet();
      return;
    }
    WatchedFleet.Change c = p.change;
    if (c.kind == WatchedFleet.Kind.DELETE && !event.deleted()) {
      deletedAsGone.incrementAndGet();
    }
    seen.add(
        new Seen(
            c,
            Duration.ofNanos(now - c.madeNanos),
            Duration.between(c.madeCloud, cloudNow),
            rounds(w.stats()) - p.roundsBefore,
            event.fromResync(),
            asMade(event, c)));
  }

  /** Whether the event says what the change did, with the time the cloud stored. */
  private static boolean asMade(ServerChange event, WatchedFleet.Change c) {
    Optional<Instant> updated = event.current().flatMap(Server::updated);
    switch (c.kind) {
      case DELETE:
        // A resync does not see deleted rows: the server is just gone from its listing.
        return event.type() == ServerChange.Type.REMOVED && (event.deleted() || event.fromResync());
      case CREATE:
        return event.type() == ServerChange.Type.ADDED && updated.equals(Optional.of(c.updated));
      default:
        return event.type() == ServerChange.Type.UPDATED && updated.equals(Optional.of(c.updated));
    }
  }

  /** Waits until every change made has come, or until the deadline; returns how many are left. */
  int awaitPending(long deadlineNanos) throws InterruptedException {
    while (!pending.isEmpty() && System.nanoTime() < deadlineNanos) {
      Thread.sleep(1);
    }
    return pending.size();
  }

  /** The first listing's events, one per server. */
  long initialEvents() {
    return initial.get();
  }

  /** Deletions reported as servers that left the view, not as deleted ({@code deleted()} false). */
  long deletedAsGone() {
    return deletedAsGone.get();
  }

  /** The changes still waiting for their event. */
  List<WatchedFleet.Change> stillPending() {
    List<WatchedFleet.Change> left = new ArrayList<>();
    pending.values().forEach(p -> left.add(p.change));
    return left;
  }

  /** Events that matched no change waiting for one. */
  long spurious() {
    return spurious.get();
  }

  List<Seen> seen() {
    synchronized (seen) {
      return new ArrayList<>(seen);
    }
  }
}
