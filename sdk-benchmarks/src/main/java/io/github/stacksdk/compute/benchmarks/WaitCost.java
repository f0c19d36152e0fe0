package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWaiter;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaCost;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * What it costs to wait for booting servers to become {@code ACTIVE}: {@link
 * ServerWaiter#untilStatus(java.util.Collection, ServerStatus)} against the loop users write today
 * (and openstack4j's and gophercloud's per-server waits amount to), on a {@link FakeCompute} with
 * {@link NovaCost#SMALL_NOVA} and 8 API workers.
 *
 * <ul>
 *   <li><b>Boots.</b> The servers are created with {@code POST /servers}, one started every 10 ms
 *       (the rate at which the fake's 8 workers accept them, 7.5 ms each at 60 ms a request, with
 *       room to spare), as a caller creating them one after another without waiting for each
 *       answer would; the wait starts when the last creation has been answered. Each build takes
 *       2 s ({@code transitionTime}: the fake's four steps {@code networking}, {@code
 *       block_device_mapping}, {@code spawning} and {@code ACTIVE}, 0.5 s apart from the {@code
 *       POST}), so the last server becomes ACTIVE about 2 s after the wait starts and the first,
 *       of 100, about 1 s after.
 *   <li><b>Baseline</b>: every interval, {@code getServer(id)} for each server not yet ACTIVE,
 *       one after another, until none is left: the loop in a user's code.
 *   <li><b>Concurrent GETs</b>: the same, but each round's GETs are sent at once ({@code
 *       async().getServer}) and the next round starts an interval after the last answer: a
 *       goroutine per server in gophercloud does about this.
 *   <li><b>Waiter</b>: {@code compute.servers().waiter().withInterval(100 ms)
 *       .untilStatus(ids, ACTIVE)}.
 * </ul>
 *
 * <p>All three poll every 100 ms. Per wait: the requests Nova answered ({@code novaUsage()}, the
 * creations excluded), Nova's modelled time, the response bodies' bytes (OkHttp's {@code
 * responseBodyEnd}) and the wall time from the start of the wait to its return. Each size runs in
 * several repetitions, the order of the three rotating, each against a fresh fake, after one
 * unmeasured warm-up of each; the table shows medians and the ratio of the waiter's median to the
 * baseline's.
 *
 * <p>Arguments: {@code --quick} (10 and 100 servers, one repetition: a smoke test), {@code --sizes
 * 10,100,1000}, {@code --reps N} (5 by default; 3 for 1,000 servers or more, whose sequential
 * baseline takes a minute a round), {@code --interval-ms N} and {@code --build-ms N} (100 and
 * 2,000 by default), {@code --out DIR} (where {@code wait.md} goes).
 */
public final class WaitCost {
  static final NovaCost COST = NovaCost.SMALL_NOVA;
  static final int WORKERS = 8;

  /** What a wait runs against and polls with. */
  static final class Scenario {
    final NovaCost cost;
    final int workers;
    final Duration build;
    final Duration interval;
    final Duration pace;

    Scenario(NovaCost cost, int workers, Duration build, Duration interval, Duration pace) {
      this.cost = cost;
      this.workers = workers;
      this.build = build;
      this.interval = interval;
      this.pace = pace;
    }

    Scenario with(Duration interval, Duration build) {
      return new Scenario(cost, workers, build, interval, pace);
    }
  }

  /** The measured scenario. */
  static final Scenario DEFAULT =
      new Scenario(
          COST, WORKERS, Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(10));

  /** The ways to wait. */
  enum Side {
    BASELINE("Baseline: GET each pending server, one after another"),
    CONCURRENT("GET each pending server, all at once"),
    WAITER("ServerWaiter.untilStatus(ids, ACTIVE)");

    final String title;

    Side(String title) {
      this.title = title;
    }
  }

  /** What one wait cost. */
  static final class Measure {
    final long requests;
    final long gets;
    final long listings;
    final double modelledSeconds;
    final long bodyBytes;
    final double wallSeconds;
    final int active;

    Measure(
        long requests,
        long gets,
        long listings,
        double modelledSeconds,
        long bodyBytes,
        double wallSeconds,
        int active) {
      this.requests = requests;
      this.gets = gets;
      this.listings = listings;
      this.modelledSeconds = modelledSeconds;
      this.bodyBytes = bodyBytes;
      this.wallSeconds = wallSeconds;
      this.active = active;
    }
  }

  private WaitCost() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = {10, 100, 1_000};
    int reps = -1;
    Path out = Path.of("sdk-benchmarks", "target", "benchmarks");
    Scenario s = DEFAULT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          sizes = new int[] {10, 100};
          reps = 1;
          break;
        case "--sizes":
          sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
          break;
        case "--reps":
          reps = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        case "--interval-ms":
          s = s.with(Duration.ofMillis(Long.parseLong(args[++i])), s.build);
          break;
        case "--build-ms":
          s = s.with(s.interval, Duration.ofMillis(Long.parseLong(args[++i])));
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(out);
    long start = System.nanoTime();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    for (Side side : Side.values()) {
      measure(side, 10, DEFAULT); // warm-up, not counted
    }
    StringBuilder table = new StringBuilder();
    table.append(
        "| Servers | Way of waiting | Requests (GET + listings) | Nova's modelled time | Bytes"
            + " received | Wall time to all ACTIVE |\n");
    table.append("|---:|---|---:|---:|---:|---:|\n");
    StringBuilder ratios = new StringBuilder();
    ratios.append(
        "| Servers | Ratio | Requests | Nova's modelled time | Bytes received | Wall time |\n");
    ratios.append("|---:|---|---:|---:|---:|---:|\n");
    for (int n : sizes) {
      int r = reps > 0 ? reps : n >= 1_000 ? 3 : 5;
      Map<Side, List<Measure>> all = new EnumMap<>(Side.class);
      for (int rep = 0; rep < r; rep++) {
        for (int k = 0; k < Side.values().length; k++) {
          Side side = Side.values()[(k + rep) % Side.values().length];
          Measure m = measure(side, n, s);
          all.computeIfAbsent(side, x -> new ArrayList<>()).add(m);
          System.out.printf(
              Locale.ROOT,
              "%,d servers, repetition %d, %-8s %,6d requests (%,d GET, %,d listings), %6.1f s"
                  + " modelled, %,11d bytes, %5.2f s wall%n",
              n,
              rep + 1,
              side,
              m.requests,
              m.gets,
              m.listings,
              m.modelledSeconds,
              m.bodyBytes,
              m.wallSeconds);
          if (m.active != n) {
            throw new IllegalStateException(side + " returned with " + m.active + " of " + n);
          }
        }
      }
      for (Side side : Side.values()) {
        List<Measure> ms = of(all, side);
        table.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %,.0f (%,.0f + %,.0f) | %.1f s | %s | %.2f s |%n",
                n,
                side.title,
                median(ms, m -> m.requests),
                median(ms, m -> m.gets),
                median(ms, m -> m.listings),
                median(ms, m -> m.modelledSeconds),
                kilobytes(median(ms, m -> m.bodyBytes)),
                median(ms, m -> m.wallSeconds)));
      }
      for (Side side : List.of(Side.WAITER, Side.CONCURRENT)) {
        ratios.append(
            String.format(
                Locale.ROOT,
                "| %,d | %s / baseline | %.2fx | %.2fx | %.2fx | %.2fx |%n",
                n,
                side == Side.WAITER ? "Waiter" : "Concurrent GETs",
                ratio(all, side, m -> m.requests),
                ratio(all, side, m -> m.modelledSeconds),
                ratio(all, side, m -> m.bodyBytes),
                ratio(all, side, m -> m.wallSeconds)));
      }
      ratios.append(
          String.format(
              Locale.ROOT,
              "| %,d | Waiter / concurrent GETs | %.2fx | %.2fx | %.2fx | %.2fx |%n",
              n,
              median(of(all, Side.WAITER), m -> m.requests)
                  / median(of(all, Side.CONCURRENT), m -> m.requests),
              median(of(all, Side.WAITER), m -> m.modelledSeconds)
                  / median(of(all, Side.CONCURRENT), m -> m.modelledSeconds),
              median(of(all, Side.WAITER), m -> m.bodyBytes)
                  / median(of(all, Side.CONCURRENT), m -> m.bodyBytes),
              median(of(all, Side.WAITER), m -> m.wallSeconds)
                  / median(of(all, Side.CONCURRENT), m -> m.wallSeconds)));
    }
    String header =
        String.format(
            Locale.ROOT,
            "Waiting for booting servers: JDK %s, %d CPUs, load %.1f; FakeCompute with"
                + " NovaCost.SMALL_NOVA and %d API workers; interval %d ms, builds of %.1f s,"
                + " one started every %d ms; medians of %s repetitions; %.1f min%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            load,
            s.workers,
            s.interval.toMillis(),
            s.build.toMillis() / 1e3,
            s.pace.toMillis(),
            reps > 0 ? String.valueOf(reps) : "5 (3 for 1,000 servers or more)",
            (System.nanoTime() - start) / 60e9);
    String report = header + "\n" + table + "\n" + ratios;
    System.out.println();
    System.out.println(report);
    Files.writeString(out.resolve("wait.md"), report, StandardCharsets.UTF_8);
    System.exit(0);
  }

  /** Creates {@code n} booting servers on a fresh fake, then waits for them one way. */
  static Measure measure(Side side, int n, Scenario s) throws Exception {
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
    try (FakeCompute fake =
            FakeCompute.builder()
                .cost(s.cost)
                .apiWorkers(s.workers)
                .transitionTime(s.build)
                .start();
        ComputeClient compute = fake.clientBuilder().httpClient(http).build()) {
      List<String> ids = create(compute, n, s.pace);
      NovaTally before = NovaTally.now(traffic, fake);
      long t0 = System.nanoTime();
      int active;
      switch (side) {
        case BASELINE:
          active = baseline(compute, ids, s.interval);
          break;
        case CONCURRENT:
          active = concurrent(compute, ids, s.interval);
          break;
        default:
          active =
              compute
                  .servers()
                  .waiter()
                  .withInterval(s.interval)
                  .withTimeout(Duration.ofMinutes(10))
                  .untilStatus(ids, ServerStatus.ACTIVE)
                  .size();
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      NovaTally t = NovaTally.now(traffic, fake).minus(before);
      return new Measure(
          t.novaRequests,
          t.novaRequests - t.detailPages - t.summaryPages,
          t.detailPages + t.summaryPages,
          t.modelledSeconds(),
          t.bodyBytes,
          wall,
          active);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Starts a creation every {@code pace}, without waiting for the answers; the ids in order. */
  private static List<String> create(ComputeClient compute, int n, Duration pace)
      throws InterruptedException {
    List<CompletableFuture<CreatedServer>> created = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = start + pace.toNanos() * i;
      long now = System.nanoTime();
      if (due > now) {
        TimeUnit.NANOSECONDS.sleep(due - now);
      }
      int number = i + 1;
      created.add(
          compute
              .async()
              .servers()
              .create(
                  r ->
                      r.name("worker-" + number)
                          .imageRef(SampleCloud.IMAGE_CIRROS)
                          .flavorRef(SampleCloud.FLAVOR_TINY)));
    }
    List<String> ids = new ArrayList<>();
    for (CompletableFuture<CreatedServer> c : created) {
      ids.add(c.join().id().orElseThrow());
    }
    return ids;
  }

  /** The user's loop: each pending server read in turn, then a pause of one interval. */
  private static int baseline(ComputeClient compute, List<String> ids, Duration interval)
      throws InterruptedException {
    Set<String> pending = new LinkedHashSet<>(ids);
    while (true) {
      for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
        if (arrived(compute.getServer(it.next()))) {
          it.remove();
        }
      }
      if (pending.isEmpty()) {
        return ids.size();
      }
      TimeUnit.NANOSECONDS.sleep(interval.toNanos());
    }
  }

  /** The same loop with each round's reads sent at once. */
  private static int concurrent(ComputeClient compute, List<String> ids, Duration interval)
      throws InterruptedException {
    Set<String> pending = new LinkedHashSet<>(ids);
    while (true) {
      List<CompletableFuture<Server>> reads = new ArrayList<>();
      for (String id : pending) {
        reads.add(compute.async().getServer(id));
      }
      for (CompletableFuture<Server> read : reads) {
        Server server = read.join();
        if (arrived(server)) {
          pending.remove(server.id());
        }
      }
      if (pending.isEmpty()) {
        return ids.size();
      }
      TimeUnit.NANOSECONDS.sleep(interval.toNanos());
    }
  }

  private static boolean arrived(Server server) {
    if (server.status() == ServerStatus.ERROR) {
      throw new IllegalStateException("server " + server.id() + " went to ERROR");
    }
    return server.status() == ServerStatus.ACTIVE;
  }

  static double median(List<Measure> ms, ToDoubleFunction<Measure> figure) {
    double[] values = ms.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static double ratio(
      Map<Side, List<Measure>> all, Side side, ToDoubleFunction<Measure> figure) {
    return median(of(all, side), figure) / median(of(all, Side.BASELINE), figure);
  }

  private static List<Measure> of(Map<Side, List<Measure>> all, Side side) {
    return Objects.requireNonNull(all.get(side), side.name());
  }

  private static String kilobytes(double bytes) {
    return String.format(Locale.ROOT, "%,.0f KB", bytes / 1e3);
  }
}
