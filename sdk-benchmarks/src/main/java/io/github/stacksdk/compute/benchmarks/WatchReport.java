package io.github.stacksdk.compute.benchmarks;

import static io.github.stacksdk.compute.benchmarks.WatchCost.COST;
import static io.github.stacksdk.compute.benchmarks.WatchCost.SIMULATED_INTERVAL;
import static io.github.stacksdk.compute.benchmarks.WatchCost.WORKERS;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@link WatchCost}'s table: per interval, the watch's requests, bytes and Nova's modelled time
 * against one re-listing's, with the targets of issue 18, the latency of the changes, and the
 * checks of the run itself; printed, and written to {@code watch.md}.
 */
final class WatchReport {
  private static final double BYTES_TARGET = 0.03;
  private static final double NOVA_TARGET = 0.05;

  /** What a poll may add to the interval: it takes 0.43 s of Nova's time, plus HTTP and parsing. */
  private static final Duration POLL_ALLOWANCE = Duration.ofSeconds(1);

  private final List<String> rows = new ArrayList<>();
  private int passes;
  private int misses;

  void write(
      WatchRun w,
      Relistings relist,
      int servers,
      Duration interval,
      long start,
      double loadBefore,
      Path out)
      throws IOException {
    int n = w.rounds.size();
    NovaTally total = w.total();
    // A resync's listing runs beside the polls, over several rounds: what the rounds without a
    // listing page cost is a poll's; a resync costs what a re-listing does (the same requests).
    List<WatchRun.Round> polls = new ArrayList<>();
    List<WatchRun.Round> resyncs = new ArrayList<>();
    for (WatchRun.Round r : w.rounds) {
      if (r.resync) {
        resyncs.add(r);
      }
      if (r.tally.novaRequests == 1) {
        polls.add(r);
      }
    }
    double perListingCalls = relist.perListing(t -> t.calls);
    double perListingBytes = relist.perListing(t -> t.bodyBytes);
    double perListingNanos = relist.perListing(t -> t.modelledNanos);
    double relistWall =
        relist.wallSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);

    double pollBytes = polls.stream().mapToLong(r -> r.tally.bodyBytes).average().orElse(0);
    double pollNanos = polls.stream().mapToLong(r -> r.tally.modelledNanos).average().orElse(0);
    double pollServers = polls.stream().mapToLong(r -> r.serversRendered(COST)).average().orElse(0);
    long overlapMin =
        polls.stream().mapToLong(r -> r.serversRendered(COST) - r.changes).min().orElse(0);
    long overlapMax =
        polls.stream().mapToLong(r -> r.serversRendered(COST) - r.changes).max().orElse(0);
    double changesPerRound = w.changesMade / (double) n;
    String resyncRounds =
        resyncs.stream()
            .map(r -> String.valueOf(r.number))
            .reduce((a, b) -> a + ", " + b)
            .orElse("none");

    row(
        "Requests per interval, watch / re-listing",
        String.format(Locale.ROOT, "%.2f / %.1f", total.calls / (double) n, perListingCalls),
        percent(total.calls / (double) n / perListingCalls),
        "none",
        "",
        String.format(
            Locale.ROOT,
            "%d polls of 1 request; %d resync(s), each a listing of %.0f pages read beside the"
                + " polls; HTTP calls %d, Nova requests %d",
            n,
            resyncs.size(),
            perListingCalls,
            total.calls,
            total.novaRequests));
    target(
        "Bytes received per interval (response bodies), watch / re-listing",
        String.format(
            Locale.ROOT, "%,.0f B / %,.0f B", total.bodyBytes / (double) n, perListingBytes),
        total.bodyBytes / (double) n / perListingBytes,
        BYTES_TARGET,
        String.format(
            Locale.ROOT,
            "a poll (the %d rounds without a listing page): %,.0f B for %.1f servers (%.1f"
                + " changed + %.1f again, %d to %d, from the overlap); a resync as a re-listing:"
                + " %,.0f B (%,.0f B per interval); ServerWatch.stats(): %,d B against %,d B from"
                + " OkHttp; headers, not counted: %,.0f B per response",
            polls.size(),
            pollBytes,
            pollServers,
            changesPerRound,
            pollServers - changesPerRound,
            overlapMin,
            overlapMax,
            perListingBytes * resyncs.size(),
            perListingBytes * resyncs.size() / n,
            w.statsBytes,
            total.bodyBytes,
            total.headerBytes / (double) total.calls));
    target(
        "Nova's modelled time per interval, watch / re-listing",
        String.format(
            Locale.ROOT, "%.3f s / %.2f s", total.modelledSeconds() / n, perListingNanos / 1e9),
        total.modelledNanos / (double) n / perListingNanos,
        NOVA_TARGET,
        String.format(
            Locale.ROOT,
            "a poll: %.3f s (%.3f s per request + %.1f servers x %.1f ms); a resync as a"
                + " re-listing: %.2f s (%.3f s per interval); a re-listing took %.1f s of wall"
                + " time, the interval is %d s",
            pollNanos / 1e9,
            COST.perRequest().toNanos() / 1e9,
            pollServers,
            COST.perServerDetail().toNanos() / 1e6,
            perListingNanos * resyncs.size() / 1e9,
            perListingNanos * resyncs.size() / 1e9 / n,
            relistWall,
            SIMULATED_INTERVAL.toSeconds()));
    latencyRows(w);
    check(
        "Resyncs within the rounds, the initial listing apart",
        resyncs.size() + " (round " + resyncRounds + ")",
        "exactly 1",
        resyncs.size() == 1,
        String.format(
            Locale.ROOT,
            "the initial listing: %d requests, %,d B, %.2f s modelled",
            w.initial.novaRequests,
            w.initial.bodyBytes,
            w.initial.modelledSeconds()));
    check(
        "The watch's view after the last round, against a full listing",
        relist.viewDifferences == 0 ? "equal" : relist.viewDifferences + " differ",
        "equal",
        relist.viewDifferences == 0 && w.disturbedRounds == 0,
        String.format(
            Locale.ROOT,
            "%,d servers; rounds whose changes met a request in flight: %d",
            w.view.size(),
            w.disturbedRounds));

    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Watching %,d servers against a modelled Nova: JDK %s, %d CPUs; FakeCompute with"
                + " NovaCost.SMALL_NOVA and %d API workers; %d rounds of a simulated %d s interval"
                + " (the watch's real interval %d ms), %,.0f changes per round; %d re-listings;"
                + " load average %.1f before, %.1f after; %.1f min%n%n",
            servers,
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            WORKERS,
            n,
            SIMULATED_INTERVAL.toSeconds(),
            interval.toMillis(),
            changesPerRound,
            relist.tallies.size(),
            loadBefore,
            loadAfter,
            (System.nanoTime() - start) / 60e9));
    report.append("| Scenario | figure | ratio | target | | figures |\n");
    report.append("|---|---:|---:|---:|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    report.append(String.format(Locale.ROOT, "%n%d PASS, %d MISS%n", passes, misses));
    System.out.println();
    System.out.print(report);
    Path file = out.resolve("watch.md");
    Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    System.out.println("(also in " + file + ")");
  }

  /**
   * Target 3, read two ways: every change by the watch's next round (poll or resync), and every
   * change within one interval and a poll on the cloud's clock.
   */
  private void latencyRows(WatchRun w) {
    Duration bound = SIMULATED_INTERVAL.plus(POLL_ALLOWANCE);
    List<ChangeTracker.Seen> byPolls = new ArrayList<>();
    List<ChangeTracker.Seen> byResync = new ArrayList<>();
    long nextRound = 0;
    long inTime = 0;
    long notAsMade = 0;
    for (ChangeTracker.Seen s : w.seen) {
      (s.fromResync ? byResync : byPolls).add(s);
      if (s.rounds == 1) {
        nextRound++;
        if (s.cloudLatency.compareTo(bound) <= 0) {
          inTime++;
        }
      }
      if (!s.asMade) {
        notAsMade++;
      }
    }
    row(
        "Changes reported by the watch's next poll",
        String.format(Locale.ROOT, "%,d / %,d", nextRound, w.changesMade),
        percent(nextRound / (double) w.changesMade),
        "all",
        verdict(nextRound == w.changesMade && notAsMade == 0 && w.spurious == 0),
        String.format(
            Locale.ROOT,
            "by the polls: %,d, real latency median %s, max %s; by the resync: %,d (fromResync,"
                + " %d deletions among them reported as not deleted); never or later: %d; events"
                + " not as made: %d; spurious events: %d",
            byPolls.size(),
            millis(median(byPolls, s -> s.realLatency)),
            millis(max(byPolls, s -> s.realLatency)),
            byResync.size(),
            w.deletedAsGone,
            w.changesMade - nextRound,
            notAsMade,
            w.spurious));
    row(
        "Changes reported within one interval on the cloud's clock ("
            + seconds(SIMULATED_INTERVAL)
            + " + "
            + seconds(POLL_ALLOWANCE)
            + " for the poll)",
        String.format(Locale.ROOT, "%,d / %,d", inTime, w.changesMade),
        percent(inTime / (double) w.changesMade),
        "all",
        verdict(inTime == w.changesMade),
        String.format(
            Locale.ROOT,
            "latency on the cloud's clock: by the polls median %s, max %s; found by a resync"
                + " (fromResync) max %s",
            seconds(median(byPolls, s -> s.cloudLatency)),
            seconds(max(byPolls, s -> s.cloudLatency)),
            seconds(max(byResync, s -> s.cloudLatency))));
  }

  private static Duration median(
      List<ChangeTracker.Seen> seen, Function<ChangeTracker.Seen, Duration> f) {
    List<Duration> d = new ArrayList<>();
    seen.forEach(s -> d.add(f.apply(s)));
    d.sort(Comparator.naturalOrder());
    return d.isEmpty() ? Duration.ZERO : d.get(d.size() / 2);
  }

  private static Duration max(
      List<ChangeTracker.Seen> seen, Function<ChangeTracker.Seen, Duration> f) {
    return seen.stream().map(f).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
  }

  private static String millis(Duration d) {
    return String.format(Locale.ROOT, "%d ms", d.toMillis());
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }

  private void target(String what, String figure, double ratio, double limit, String figures) {
    boolean pass = ratio <= limit;
    row(what, figure, percent(ratio), "<= " + percent(limit), verdict(pass), figures);
  }

  private void check(String what, String figure, String target, boolean pass, String figures) {
    row(what, figure, "", target, verdict(pass), figures);
  }

  private String verdict(boolean pass) {
    if (pass) {
      passes++;
    } else {
      misses++;
    }
    return pass ? "PASS" : "MISS";
  }

  private void row(
      String what, String figure, String ratio, String target, String verdict, String figures) {
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s | %s |",
            what,
            figure,
            ratio,
            target,
            verdict,
            figures));
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.2f %%", ratio * 100);
  }
}
