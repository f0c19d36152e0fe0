package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaCost;
import io.github.stacksdk.compute.testing.NovaUsage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of concurrent listings against a modelled Nova (issue 17): a {@code FakeCompute} with
 * 8 API workers and the cost of (a) this project's small Nova ({@link NovaCost#SMALL_NOVA}) or (b)
 * the large cloud of gophercloud issue 2553 ({@link NovaCost#LARGE_CLOUD}). Prints one table with
 * PASS or MISS per target and writes it to {@code wall-time.md}:
 *
 * <ol>
 *   <li>10,000 servers, pages of 1,000, sequential against {@code concurrency(8)}: the ratio of
 *       wall times, at least 2.5x with (a) and 5x with (b);
 *   <li>the same listings' requests and Nova's modelled time, concurrent against sequential: at
 *       most 1.35x with (a) and 1.15x with (b);
 *   <li>100,000 servers through {@code concurrency(8).stream()} in a JVM of {@code -Xmx64m};
 *   <li>a caller that spends as long per page as Nova does, sequential against {@code
 *       concurrency(2)}, scaled down 10x (1,000 servers, pages of 100): no target.
 * </ol>
 *
 * <p>The streaming client of 3 runs in a JVM of its own, the fake in this one: the fake keeps every
 * server and renders each page as one string, which would not fit in the small heap itself.
 *
 * <p>Each listing runs once, against a fresh fake, after one warm-up of both listings against a
 * free fake. The costs are sleeps, so the ratios hardly depend on the machine.
 *
 * <p>Arguments: {@code --quick} (1,000 servers, pages of 100: a smoke test, not a measurement),
 * {@code --out DIR} (where {@code wall-time.md} goes).
 */
public final class ListingWallTime {
  private static final int WORKERS = 8;
  private static final int CONCURRENCY = 8;
  private static final int STREAMED = 100_000;

  private final List<String> rows = new ArrayList<>();
  private int passes;
  private int misses;

  private ListingWallTime() {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path out = Path.of("sdk-benchmarks", "target", "benchmarks");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(out);
    new ListingWallTime().run(quick ? 1_000 : 10_000, quick ? 100 : 1_000, out);
    System.exit(0);
  }

  private void run(int count, int pageSize, Path out) throws Exception {
    long start = System.nanoTime();
    List<Server> servers = WallTimeListing.servers(count);
    System.out.println("Warm-up against a free fake…");
    WallTimeListing.run(NovaCost.FREE, WORKERS, servers, pageSize, 1, Duration.ZERO);
    WallTimeListing.run(NovaCost.FREE, WORKERS, servers, pageSize, CONCURRENCY, Duration.ZERO);

    compare("(a) small Nova", NovaCost.SMALL_NOVA, servers, pageSize, 2.5, 1.35);
    compare("(b) large cloud", NovaCost.LARGE_CLOUD, servers, pageSize, 5.0, 1.15);
    prefetch(count / 10, pageSize / 10);
    System.out.println("100,000 servers concurrently in -Xmx64m…");
    String smallHeap = smallHeap();
    boolean ok = smallHeap.startsWith("ok");
    row(
        "100,000 servers, concurrency(8).stream(), -Xmx64m",
        ok ? "ok" : "failed",
        "",
        "completes",
        ok ? "PASS" : "MISS",
        smallHeap.replaceFirst("^ok: ", ""));
    if (ok) {
      passes++;
    } else {
      misses++;
    }

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Concurrent listings against a modelled Nova: JDK %s, %d CPUs; FakeCompute with %d API"
                + " workers; %,d servers, pages of %,d; each listing once; %.1f min%n%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            WORKERS,
            count,
            pageSize,
            (System.nanoTime() - start) / 60e9));
    report.append("| Scenario | figure | ratio | target | | figures |\n");
    report.append("|---|---:|---:|---:|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    report.append(String.format(Locale.ROOT, "%n%d PASS, %d MISS%n", passes, misses));
    System.out.println();
    System.out.print(report);
    Path file = out.resolve("wall-time.md");
    Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    System.out.println("(also in " + file + ")");
  }

  /** Scenarios 1 and 2 for one cost model. */
  private void compare(
      String model,
      NovaCost cost,
      List<Server> servers,
      int pageSize,
      double wallTarget,
      double novaTarget)
      throws InterruptedException {
    System.out.println(model + ": sequential…");
    WallTimeListing.Result seq =
        WallTimeListing.run(cost, WORKERS, servers, pageSize, 1, Duration.ZERO);
    System.out.println(model + ": concurrency(" + CONCURRENCY + ")…");
    WallTimeListing.Result conc =
        WallTimeListing.run(cost, WORKERS, servers, pageSize, CONCURRENCY, Duration.ZERO);
    double idPass =
        (conc.usage.summaryListings() * cost.perRequest().toNanos()
                + servers.size() * (double) cost.perServerSummary().toNanos())
            / 1e9;
    double detailPage = cost.detailListing(pageSize).toNanos() / 1e9;
    target(
        String.format(Locale.ROOT, "%s: wall time, %,d servers", model, servers.size()),
        String.format(Locale.ROOT, "%.1f s / %.1f s", seq.wallSeconds, conc.wallSeconds),
        seq.wallSeconds / conc.wallSeconds,
        ">=",
        wallTarget,
        String.format(
            Locale.ROOT,
            "sequential / concurrent; first server after %.2f s / %.2f s; concurrent: id pass"
                + " %d pages, %.1f s modelled, one detail page %.2f s; at most %d requests at"
                + " once, %.1f s waiting for a worker",
            seq.firstServerSeconds,
            conc.firstServerSeconds,
            conc.usage.summaryListings(),
            idPass,
            detailPage,
            conc.usage.maxConcurrentRequests(),
            conc.waitingSeconds()));
    target(
        model + ": Nova's modelled time per listing",
        String.format(
            Locale.ROOT, "%.1f s / %.1f s", conc.modelledSeconds(), seq.modelledSeconds()),
        conc.modelledSeconds() / seq.modelledSeconds(),
        "<=",
        novaTarget,
        String.format(
            Locale.ROOT,
            "concurrent / sequential; requests %d (%d id + %d detail) / %d (%d detail)",
            conc.usage.requests(),
            conc.usage.summaryListings(),
            conc.usage.detailListings(),
            seq.usage.requests(),
            seq.usage.detailListings()));
  }

  /**
   * Scenario 4: a caller as slow per page as Nova, one page at a time (the baseline) against the
   * sequential listing, which reads one page ahead, and against concurrency(2).
   */
  private void prefetch(int count, int pageSize) throws InterruptedException {
    NovaCost cost = NovaCost.SMALL_NOVA;
    Duration caller = cost.detailListing(pageSize);
    List<Server> servers = WallTimeListing.servers(count);
    System.out.println("Read-ahead: one page at a time, caller " + caller.toMillis() + " ms/page…");
    WallTimeListing.Result base =
        WallTimeListing.run(
            cost, WORKERS, servers, pageSize, WallTimeListing.ONE_PAGE_AT_A_TIME, caller);
    System.out.println("Read-ahead: the sequential listing…");
    WallTimeListing.Result seq = WallTimeListing.run(cost, WORKERS, servers, pageSize, 1, caller);
    System.out.println("Read-ahead: concurrency(2)…");
    WallTimeListing.Result conc = WallTimeListing.run(cost, WORKERS, servers, pageSize, 2, caller);
    String scenario =
        String.format(
            Locale.ROOT,
            "(a) caller %d ms/page, %,d servers/%d: ",
            caller.toMillis(),
            count,
            pageSize);
    readAheadRow(scenario + "one page at a time vs sequential", base, seq);
    readAheadRow(scenario + "one page at a time vs concurrency(2)", base, conc);
  }

  private void readAheadRow(
      String scenario, WallTimeListing.Result base, WallTimeListing.Result r) {
    row(
        scenario,
        String.format(Locale.ROOT, "%.1f s / %.1f s", base.wallSeconds, r.wallSeconds),
        ratio(base.wallSeconds / r.wallSeconds),
        "none",
        "",
        String.format(
            Locale.ROOT,
            "requests %d / %d; Nova modelled %.1f s / %.1f s",
            base.usage.requests(),
            r.usage.requests(),
            base.modelledSeconds(),
            r.modelledSeconds()));
  }

  /** Scenario 3: the client in a JVM of -Xmx64m, the fake (no cost) in this one. */
  private static String smallHeap() throws IOException, InterruptedException {
    try (FakeCompute fake = FakeCompute.builder().apiWorkers(WORKERS).start()) {
      fake.addServers(WallTimeListing.servers(STREAMED));
      String result = smallHeap(fake);
      NovaUsage usage = fake.novaUsage();
      return String.format(
          Locale.ROOT,
          "%s; %d requests (%d id + %d detail), at most %d at once",
          result,
          usage.requests(),
          usage.summaryListings(),
          usage.detailListings(),
          usage.maxConcurrentRequests());
    }
  }

  private static String smallHeap(FakeCompute fake) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                ConcurrentSmallHeapStream.class.getName(),
                fake.endpoint(),
                fake.token(),
                String.valueOf(STREAMED))
            .redirectErrorStream(true)
            .start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("SLF4J")) {
          output.append(line).append(' ');
        }
      }
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "failed: timed out " + output.toString().trim();
    }
    if (process.exitValue() != 0) {
      return "failed: " + output.toString().trim();
    }
    return output.toString().trim();
  }

  private void target(
      String what, String figure, double ratio, String comparison, double limit, String figures) {
    boolean pass = comparison.equals(">=") ? ratio >= limit : ratio <= limit;
    if (pass) {
      passes++;
    } else {
      misses++;
    }
    row(
        what,
        figure,
        ratio(ratio),
        comparison + " " + String.format(Locale.ROOT, "%.2fx", limit),
        pass ? "PASS" : "MISS",
        figures);
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

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }
}
