package io.github.stacksdk.compute.micrometer;

import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.ServerWatchStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ServerWatch}'s staleness and counters as meters, read from its {@link
 * ServerWatch#stats() stats} whenever the registry is read.
 *
 * <pre>{@code
 * ServerWatchMetrics watchMetrics = ServerWatchMetrics.of(watch, "active-servers");
 * watchMetrics.bindTo(registry);
 * ...
 * watchMetrics.close();   // with the watch: its meters leave the registry
 * }</pre>
 *
 * <p>The meters, each tagged {@code watch} with the name given here (a watch has no name of its
 * own; choose one per watch of the application, never a value that grows without bound):
 *
 * <ul>
 *   <li>{@value #STALE} (gauge): 1 while the view may be behind the cloud (before the first
 *       listing, and after a failed poll or listing until one succeeds), else 0;
 *   <li>{@value #STALENESS} (time gauge, seconds): the time since the view was last brought up to
 *       date by a poll or listing that succeeded; no value (NaN) before the first;
 *   <li>{@value #POLLS}, {@value #RESYNCS}, {@value #CHANGES} and {@value #ERRORS} (function
 *       counters): polls and full listings that succeeded, changes made to the view, and polls
 *       and listings that failed after their retries;
 *   <li>{@value #BYTES} (function counter, bytes): the bodies of every answer read.
 * </ul>
 *
 * <p>The meters hold the watch by a weak reference, as Micrometer's gauges do by default: they do
 * not keep a watch that the application has dropped from being collected, and report no value
 * (NaN) once it has been. {@link #close()} removes them from the registries they were bound to;
 * close it when the watch is closed, as a closed watch's stats no longer change.
 */
public final class ServerWatchMetrics implements MeterBinder, AutoCloseable {
  /** The name of the gauge that is 1 while the view may be behind the cloud. */
  public static final String STALE = "stacksdk.compute.watch.stale";

  /** The name of the time gauge of the time since the view was last brought up to date. */
  public static final String STALENESS = "stacksdk.compute.watch.staleness";

  /** The name of the counter of polls that succeeded. */
  public static final String POLLS = "stacksdk.compute.watch.polls";

  /** The name of the counter of full listings that succeeded. */
  public static final String RESYNCS = "stacksdk.compute.watch.resyncs";

  /** The name of the counter of changes made to the view. */
  public static final String CHANGES = "stacksdk.compute.watch.changes";

  /** The name of the counter of polls and listings that failed. */
  public static final String ERRORS = "stacksdk.compute.watch.errors";

  /** The name of the counter of the bytes of the answers read. */
  public static final String BYTES = "stacksdk.compute.watch.bytes";

  private final WeakReference<ServerWatch> watch;
  private final Tags tags;

  /** What {@link #bindTo} registered, for {@link #close()}; guarded by {@code this}. */
  private final List<Map.Entry<MeterRegistry, Meter>> bound = new ArrayList<>();

  private ServerWatchMetrics(ServerWatch watch, Tags tags) {
    this.watch = new WeakReference<>(watch);
    this.tags = tags;
  }

  /**
   * Returns the meters of a watch, to bind to a registry.
   *
   * @param watch the watch; held weakly
   * @param name the value of the {@code watch} tag, such as {@code active-servers}
   * @return the meters, not yet bound
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public static ServerWatchMetrics of(ServerWatch watch, String name) {
    Objects.requireNonNull(watch, "watch == null");
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    return new ServerWatchMetrics(watch, Tags.of(Tag.of("watch", name)));
  }

  /**
   * Registers the watch's meters. Does nothing when the watch has been collected.
   *
   * @param registry where the meters go
   */
  @Override
  public void bindTo(MeterRegistry registry) {
    ServerWatch w = watch.get();
    if (w == null) {
      return;
    }
    // The functions below must not capture this object or the watch: the registry keeps them
    // strongly, and the watch only weakly.
    List<Meter> meters = new ArrayList<>();
    meters.add(
        Gauge.builder(STALE, w, ServerWatchMetrics::stale)
            .description("1 while a server watch's view may be behind the cloud, else 0")
            .tags(tags)
            .register(registry));
    meters.add(
        TimeGauge.builder(STALENESS, w, TimeUnit.SECONDS, ServerWatchMetrics::secondsSinceSynced)
            .description("Time since a server watch's view was last brought up to date")
            .tags(tags)
            .register(registry));
    meters.add(
        counter(POLLS, w, s -> s.polls(), "Polls of a server watch that succeeded")
            .register(registry));
    meters.add(
        counter(RESYNCS, w, s -> s.resyncs(), "Full listings of a server watch that succeeded")
            .register(registry));
    meters.add(
        counter(CHANGES, w, s -> s.serversChanged(), "Changes made to a server watch's view")
            .register(registry));
    meters.add(
        counter(ERRORS, w, s -> s.errors(), "Polls and listings of a server watch that failed")
            .register(registry));
    meters.add(
        counter(BYTES, w, s -> s.bytesReceived(), "Bytes of the answers a server watch read")
            .baseUnit(BaseUnits.BYTES)
            .register(registry));
    synchronized (this) {
      for (Meter meter : meters) {
        bound.add(Map.entry(registry, meter));
      }
    }
  }

  /** Removes the meters from every registry they were bound to. */
  @Override
  public void close() {
    List<Map.Entry<MeterRegistry, Meter>> meters;
    synchronized (this) {
      meters = new ArrayList<>(bound);
      bound.clear();
    }
    for (Map.Entry<MeterRegistry, Meter> meter : meters) {
      meter.getKey().remove(meter.getValue());
    }
  }

  @Override
  public String toString() {
    return "ServerWatchMetrics{" + tags + "}";
  }

  private FunctionCounter.Builder<ServerWatch> counter(
      String name, ServerWatch w, StatsValue value, String description) {
    return FunctionCounter.builder(name, w, target -> value.of(target.stats()))
        .description(description)
        .tags(tags);
  }

  /** One counter of a watch's stats. */
  @FunctionalInterface
  private interface StatsValue {
    long of(ServerWatchStats stats);
  }

  private static double stale(ServerWatch watch) {
    return watch.stats().stale() ? 1 : 0;
  }

  private static double secondsSinceSynced(ServerWatch watch) {
    Instant synced = watch.stats().lastSynced().orElse(null);
    if (synced == null) {
      return Double.NaN;
    }
    return Math.max(0, Duration.between(synced, Instant.now()).toNanos() / 1e9);
  }
}
