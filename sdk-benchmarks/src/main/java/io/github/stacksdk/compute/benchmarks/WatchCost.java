package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.ServerWatchStats;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaCost;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The cost of keeping a view of 10,000 servers current with {@link ServerWatch} (issue 18), against
 * re-listing them every interval: a {@code FakeCompute} with {@link NovaCost#SMALL_NOVA} and 8 API
 * workers, 1 % of the servers changed per interval (updates, a few deletions and as many
 * creations), one poll per interval for 100 intervals, one of them a resync. Prints one table with
 * PASS or MISS per target and writes it to {@code watch.md}:
 *
 * <ol>
 *   <li>bytes received per interval, the watch against one full listing: at most 3 %;
 *   <li>Nova's modelled time per interval, likewise: at most 5 %;
 *   <li>every change seen within one interval, read two ways: reported by the watch's next round
 *       (poll or resync) after it was made, and reported within the interval and a poll on the
 *       cloud's clock;
 *   <li>checks of the run itself: exactly one resync within the 100 rounds (the initial listing
 *       apart), and the view equal to a full listing at the end.
 * </ol>
 *
 * <p>Bytes are the response bodies as OkHttp read them ({@code EventListener.responseBodyEnd}),
 * for the watch and the re-listing alike; {@code ServerWatch.stats().bytesReceived()} is printed
 * beside them. The initial listing is not counted in the rounds: the resync among them is.
 *
 * <p>Time: the watch asks for {@code changes-since} on the cloud's clock only, so the cloud's
 * clock ({@link CloudClock}) stands for a 10-second interval while the watch really waits {@code
 * --interval-ms} (500 ms) between rounds. The clock runs at the real rate, requests included; the
 * driver moves it forward only between rounds, when no request is in flight, by the 10 s less the
 * real interval, in one step before each change, so that the changes are spread over the interval
 * and the simulated time from the end of one round to the start of the next is 10 s, as the
 * watch's fixed-delay schedule would make it.
 *
 * <p>The re-listing is the sequential {@code listServers()} of the same client against the same
 * fake, the listing a resync makes, run 3 times after the watch; one per interval is its cost.
 *
 * <p>Arguments: {@code --quick} (1,000 servers and 20 rounds: a smoke test, not a measurement),
 * {@code --interval-ms N} (the watch's real interval), {@code --out DIR} (where {@code watch.md}
 * goes).
 */
public final class WatchCost {
  static final int WORKERS = 8;
  static final Duration SIMULATED_INTERVAL = Duration.ofSeconds(10);
  static final NovaCost COST = NovaCost.SMALL_NOVA;
  private static final int RELISTINGS = 3;
  private static final Instant CLOUD_START = Instant.parse("2027-01-04T09:00:00Z");

  private WatchCost() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Duration interval = Duration.ofMillis(500);
    Path out = Path.of("sdk-benchmarks", "target", "benchmarks");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--interval-ms":
          interval = Duration.ofMillis(Long.parseLong(args[++i]));
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(out);
    run(quick ? 1_000 : 10_000, quick ? 20 : 100, interval, out);
    System.exit(0);
  }

  private static void run(int servers, int roundCount, Duration interval, Path out)
      throws Exception {
    long start = System.nanoTime();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    CloudClock clock = new CloudClock(CLOUD_START);
    HttpTraffic traffic = new HttpTraffic();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(64); // as the SDK's own client
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .eventListener(traffic)
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(60))
            .callTimeout(Duration.ofMinutes(3))
            .build();
    WatchRun watch;
    Relistings relistings = new Relistings();
    try (FakeCompute fake =
            FakeCompute.builder().cost(COST).apiWorkers(WORKERS).clock(clock).start();
        ComputeClient compute = fake.clientBuilder().httpClient(http).build()) {
      WatchedFleet fleet = new WatchedFleet(fake, clock);
      fleet.seed(servers);
      System.out.printf(
          Locale.ROOT, "Seeded %,d servers; watching for %d rounds…%n", servers, roundCount);
      watch = watch(compute, fake, fleet, clock, traffic, servers, roundCount, interval);
      for (int i = 0; i < RELISTINGS; i++) {
        System.out.println("Full re-listing " + (i + 1) + " of " + RELISTINGS + "…");
        NovaTally before = NovaTally.now(traffic, fake);
        long t = System.nanoTime();
        Map<String, Server> listed = new HashMap<>();
        compute.listServers().stream().forEach(s -> listed.put(s.id(), s));
        relistings.wallSeconds.add((System.nanoTime() - t) / 1e9);
        relistings.tallies.add(NovaTally.now(traffic, fake).minus(before));
        if (i == 0) {
          relistings.viewDifferences = differences(watch.view, listed);
        }
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    new WatchReport().write(watch, relistings, servers, interval, start, loadBefore, out);
  }

  /** Servers in one map and not the other, or different. */
  private static int differences(Map<String, Server> a, Map<String, Server> b) {
    int n = 0;
    for (Map.Entry<String, Server> e : a.entrySet()) {
      if (!e.getValue().equals(b.get(e.getKey()))) {
        n++;
      }
    }
    for (String id : b.keySet()) {
      if (!a.containsKey(id)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The watch's rounds: before each, the driver changes 1 % of the servers while moving the
   * cloud's clock; then it waits for the watch's next round to complete and for the changes to
   * come.
   */
  private static WatchRun watch(
      ComputeClient compute,
      FakeCompute fake,
      WatchedFleet fleet,
      CloudClock clock,
      HttpTraffic traffic,
      int servers,
      int roundCount,
      Duration interval)
      throws Exception {
    int perRound = servers / 100;
    // Resyncs run on this machine's clock: one is due about two thirds of the way through the
    // rounds, and the next well after the last (a round is the interval plus a poll).
    Duration round =
        interval.plus(COST.detailListing(perRound * 13 / 10)).plus(Duration.ofMillis(30));
    Duration resyncEvery = round.multipliedBy(roundCount * 65L / 100);
    Duration step = SIMULATED_INTERVAL.minus(interval).dividedBy(perRound);
    ChangeTracker tracker = new ChangeTracker(clock);
    NovaTally before = NovaTally.now(traffic, fake);
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .interval(interval)
            .resyncInterval(resyncEvery)
            .listener(tracker)
            .start()) {
      watch.synced().get(10, TimeUnit.MINUTES);
      await(() -> tracker.initialEvents() >= servers, "the first listing's events");
      NovaTally mark = NovaTally.now(traffic, fake);
      NovaTally initial = mark.minus(before);
      ServerWatchStats first = watch.stats();
      System.out.printf(
          Locale.ROOT,
          "Initial listing: %d requests, %,d bytes, %.1f s modelled; resync every %.1f s…%n",
          initial.novaRequests,
          initial.bodyBytes,
          initial.modelledSeconds(),
          resyncEvery.toMillis() / 1e3);
      tracker.arm(watch);
      List<WatchRun.Round> rounds = new ArrayList<>();
      long made = 0;
      long disturbed = 0;
      for (int r = 1; r <= roundCount; r++) {
        ServerWatchStats stats = watch.stats();
        long done = ChangeTracker.rounds(stats);
        long callsBefore = traffic.callsButListings();
        List<WatchedFleet.Change> changes =
            fleet.changeSome(perRound, r, () -> clock.advance(step));
        // The clock may jump only while no poll is in flight, and the round's changes must all
        // precede the watch's next poll: none may have started meanwhile. (A resync's listing
        // runs beside the polls, over several rounds; its pages do not count here.)
        if (traffic.callsButListings() != callsBefore || traffic.inFlightButListings() != 0) {
          disturbed++;
        }
        for (WatchedFleet.Change c : changes) {
          tracker.expect(c, done);
        }
        made += changes.size();
        await(() -> ChangeTracker.rounds(watch.stats()) > done, "round " + r);
        if (tracker.awaitPending(System.nanoTime() + interval.toNanos() / 2) > 0) {
          for (WatchedFleet.Change c : tracker.stillPending()) {
            System.out.printf(
                Locale.ROOT,
                "  round %d: no event yet for %s %s, made at %s, updated %s; the view has %s%n",
                r,
                c.kind,
                c.serverId,
                c.madeCloud,
                c.updated,
                watch
                    .get(c.serverId)
                    .flatMap(Server::updated)
                    .map(Object::toString)
                    .orElse("none"));
          }
        }
        NovaTally now = NovaTally.now(traffic, fake);
        boolean resync = watch.stats().resyncs() > stats.resyncs();
        rounds.add(new WatchRun.Round(r, resync, changes.size(), now.minus(mark)));
        mark = now;
        if (resync || r % 10 == 0) {
          System.out.printf(
              Locale.ROOT,
              "  round %d%s: %d requests, %,d bytes%n",
              r,
              resync ? " (resync)" : "",
              rounds.get(rounds.size() - 1).tally.novaRequests,
              rounds.get(rounds.size() - 1).tally.bodyBytes);
        }
      }
      Map<String, Server> view = watch.snapshot();
      long statsBytes = watch.stats().bytesReceived() - first.bytesReceived();
      watch.close();
      return new WatchRun(
          initial,
          rounds,
          made,
          statsBytes,
          disturbed,
          view,
          tracker.seen(),
          tracker.spurious(),
          tracker.deletedAsGone());
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited 10 minutes for " + what);
      }
      Thread.sleep(1);
    }
  }
}
