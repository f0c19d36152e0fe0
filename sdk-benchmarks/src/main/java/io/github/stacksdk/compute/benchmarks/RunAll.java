package io.github.stacksdk.compute.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every measurement of this module and prints one table with the ratios to both baselines
 * and PASS or MISS per target: the JMH benchmarks (with JMH's GC profiler), retained heap per
 * server, 100,000 servers through {@code stream()} in {@code -Xmx32m}, cold start, and sdk-core's
 * run-time dependencies as a user's class path sees them.
 *
 * <p>The machine is shared and noisy, so each benchmark runs in several sweeps of one fork each,
 * the order of the three clients rotating from sweep to sweep; a ratio is the geometric mean of
 * the sweeps' ratios, each taken between runs minutes apart at most. Each fork warms up for 10
 * seconds: with 5, the SDK's readers were still being compiled during the measurement.
 *
 * <p>Arguments: {@code --quick} (one short sweep: a smoke test, not a measurement), {@code
 * --sweeps N}, {@code --out DIR} (where the JMH logs and {@code results.md} go).
 */
public final class RunAll {
  private static final String[] SCENARIOS = {"ListTenThousand", "ListOnePage", "GetOneServer"};
  private static final String[] CLIENTS = {"sdk", "tokenizeOnly", "databind"};
  private static final Map<String, String> TITLES =
      Map.of(
          "ListTenThousand", "10,000 servers, pages of 1,000",
          "ListOnePage", "1 page of 1,000 servers",
          "GetOneServer", "1 server (GET /servers/{id})");
  private static final Map<String, String> CLIENT_TITLES =
      Map.of(
          "sdk", "SDK",
          "tokenizeOnly", "(a) OkHttp + Jackson tokens",
          "databind", "(b) OkHttp + Jackson databind");

  /** What sdk-core may bring to an application, by artifact id. */
  private static final Set<String> SDK_RUNTIME =
      Set.of(
          "compute-sdk-core",
          "compute-sdk-model",
          "okhttp-jvm",
          "okio-jvm",
          "kotlin-stdlib",
          "jackson-core",
          "jackson-databind",
          "jackson-annotations",
          "slf4j-api");

  /** What only this module adds. */
  private static final Set<String> BENCHMARK_ONLY =
      Set.of("jmh-core", "jopt-simple", "commons-math3", "jol-core");

  private final int sweeps;
  private final int warmups;
  private final int measurements;
  private final int coldRuns;
  private final int retainedServers;
  private final Path out;
  private final StringBuilder report = new StringBuilder();
  private int passes;
  private int misses;

  private RunAll(
      int sweeps, int warmups, int measurements, int coldRuns, int retainedServers, Path out) {
    this.sweeps = sweeps;
    this.warmups = warmups;
    this.measurements = measurements;
    this.coldRuns = coldRuns;
    this.retainedServers = retainedServers;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    int sweeps = 3;
    Path out = Path.of("sdk-benchmarks", "target", "benchmarks");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--sweeps":
          sweeps = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(out);
    RunAll run =
        quick ? new RunAll(1, 1, 1, 1, 1_000, out) : new RunAll(sweeps, 10, 5, 7, 2_000, out);
    run.run();
    System.exit(0);
  }

  /** One benchmark's scores, one per sweep. */
  private static final class Scores {
    final List<Double> throughput = new ArrayList<>();
    final List<Double> allocation = new ArrayList<>();
  }

  @SuppressWarnings(
      "NullAway") // scores holds every scenario.client pair it is asked for, put first
  private void run() throws Exception {
    long start = System.nanoTime();
    Map<String, Scores> scores = new LinkedHashMap<>();
    for (String scenario : SCENARIOS) {
      for (String client : CLIENTS) {
        scores.put(scenario + "." + client, new Scores());
      }
    }
    int total = sweeps * SCENARIOS.length * CLIENTS.length;
    int done = 0;
    for (int sweep = 0; sweep < sweeps; sweep++) {
      for (String scenario : SCENARIOS) {
        for (int k = 0; k < CLIENTS.length; k++) {
          String name = scenario + "." + CLIENTS[(k + sweep) % CLIENTS.length];
          RunResult result = jmh(name, sweep);
          Scores s = scores.get(name);
          s.throughput.add(result.getPrimaryResult().getScore());
          Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
          s.allocation.add(norm != null ? norm.getScore() : Double.NaN);
          done++;
          System.out.printf(
              Locale.ROOT,
              "[%2d/%d] %-28s %,12.0f servers/s %,10.0f B/server%n",
              done,
              total,
              name,
              s.throughput.get(sweep),
              s.allocation.get(sweep));
        }
      }
    }
    System.out.println("Retained heap (JOL)…");
    RetainedHeap.Result retained = RetainedHeap.measure(retainedServers);
    System.out.println("100,000 servers in -Xmx32m…");
    String smallHeap = smallHeap();
    System.out.println("Cold start (" + coldRuns + " JVMs per side)…");
    ColdStart.Result cold = ColdStart.measure(coldRuns);
    List<String> unexpected = new ArrayList<>();
    Set<String> sdkRuntime = new TreeSet<>();
    runtimeClassPath(sdkRuntime, unexpected);

    line("");
    line(
        String.format(
            Locale.ROOT,
            "stacksdk-compute benchmarks: JDK %s, %d CPUs; %d sweep(s) x 1 fork per benchmark, warmup %d x 1 s, measurement %d x 1 s; %.1f min",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            sweeps,
            warmups,
            measurements,
            (System.nanoTime() - start) / 60e9));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "| %-30s | %-29s | %10s | %9s | %11s | %12s | %12s |",
            "Scenario",
            "Client",
            "servers/s",
            "B/server",
            "time vs (a)",
            "thrpt vs (b)",
            "alloc vs (b)"));
    line(
        "|"
            + "-".repeat(32)
            + "|"
            + "-".repeat(31)
            + "|"
            + "-".repeat(11)
            + ":|"
            + "-".repeat(10)
            + ":|"
            + "-".repeat(12)
            + ":|"
            + "-".repeat(13)
            + ":|"
            + "-".repeat(13)
            + ":|");
    List<String> targets = new ArrayList<>();
    for (String scenario : SCENARIOS) {
      Scores sdk = scores.get(scenario + ".sdk");
      Scores a = scores.get(scenario + ".tokenizeOnly");
      Scores b = scores.get(scenario + ".databind");
      double timeVsA = pairedRatio(a.throughput, sdk.throughput);
      double thrptVsB = pairedRatio(sdk.throughput, b.throughput);
      double allocVsB = pairedRatio(sdk.allocation, b.allocation);
      for (String client : CLIENTS) {
        Scores s = scores.get(scenario + "." + client);
        boolean isSdk = client.equals("sdk");
        line(
            String.format(
                Locale.ROOT,
                "| %-30s | %-29s | %,10.0f | %,9.0f | %11s | %12s | %12s |",
                client.equals("sdk") ? TITLES.get(scenario) : "",
                CLIENT_TITLES.get(client),
                mean(s.throughput),
                mean(s.allocation),
                isSdk ? ratio(timeVsA) : "",
                isSdk ? ratio(thrptVsB) : "",
                isSdk ? ratio(allocVsB) : ""));
      }
      targets.add(target(TITLES.get(scenario) + ": throughput vs (b)", thrptVsB, ">=", 1.2, ""));
      targets.add(
          target(TITLES.get(scenario) + ": time per server vs (a)", timeVsA, "<=", 1.6, ""));
      targets.add(
          target(TITLES.get(scenario) + ": allocation per server vs (b)", allocVsB, "<=", 0.8, ""));
    }
    targets.add(
        target(
            "Retained heap per server vs the hand-written class",
            retained.sdk / retained.handRolled,
            "<=",
            0.75,
            String.format(
                Locale.ROOT,
                "%,.0f vs %,.0f B/server, %,d servers kept, JOL",
                retained.sdk,
                retained.handRolled,
                retained.servers)));
    boolean smallHeapOk = smallHeap.startsWith("ok");
    targets.add(
        verdict(
            "100,000 servers through stream() in -Xmx32m",
            smallHeapOk ? "ok" : "failed",
            "succeeds",
            smallHeapOk,
            smallHeap.replaceFirst("^ok: ", "")));
    targets.add(
        target(
            "Cold start to the first page vs (b)",
            cold.sdkMillis / cold.databindMillis,
            "<=",
            1.0,
            String.format(
                Locale.ROOT,
                "median of %d JVMs: %.0f vs %.0f ms",
                cold.runs,
                cold.sdkMillis,
                cold.databindMillis)));
    targets.add(
        verdict(
            "sdk-core's run-time dependencies on a user's class path",
            unexpected.isEmpty() ? "ok" : "extra",
            "allowed set",
            unexpected.isEmpty(),
            unexpected.isEmpty()
                ? String.join(", ", sdkRuntime)
                : "unexpected: " + String.join(", ", unexpected)));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "| %-62s | %8s | %11s | %-4s | %s |",
            "Target",
            "ratio",
            "target",
            "",
            "figures"));
    line(
        "|"
            + "-".repeat(64)
            + "|"
            + "-".repeat(9)
            + ":|"
            + "-".repeat(12)
            + ":|"
            + "-".repeat(6)
            + "|---|");
    targets.forEach(this::line);
    line("");
    line(String.format(Locale.ROOT, "%d PASS, %d MISS", passes, misses));
    Path results = out.resolve("results.md");
    Files.writeString(results, report.toString(), StandardCharsets.UTF_8);
    System.out.println("(also in " + results + "; JMH's own output in " + out + "/jmh-*.log)");
  }

  private RunResult jmh(String benchmark, int sweep) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(
                "io\\.github\\.stacksdk\\.compute\\.benchmarks\\." + Pattern.quote(benchmark) + "$")
            .forks(1)
            .warmupIterations(warmups)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(measurements)
            .measurementTime(TimeValue.seconds(1))
            .timeUnit(TimeUnit.SECONDS)
            .addProfiler(GCProfiler.class)
            .jvmArgs("-Xms1g", "-Xmx1g")
            .shouldFailOnError(true)
            .output(out.resolve("jmh-" + benchmark + "-" + (sweep + 1) + ".log").toString())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    if (results.size() != 1) {
      throw new IllegalStateException("JMH ran " + results.size() + " benchmarks for " + benchmark);
    }
    return results.iterator().next();
  }

  private static String smallHeap() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                SmallHeapStream.class.getName())
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
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      return "failed: " + output.toString().trim();
    }
    return output.toString().trim();
  }

  /** Sorts the class path's jars into what sdk-core brought and what nobody should have. */
  private static void runtimeClassPath(Set<String> sdkRuntime, List<String> unexpected) {
    Pattern artifact = Pattern.compile("^(.+?)-\\d[^-]*(-SNAPSHOT)?\\.jar$");
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String file = Path.of(entry).getFileName().toString();
      if (!file.endsWith(".jar")) {
        continue; // this module's classes
      }
      Matcher m = artifact.matcher(file);
      String id = m.matches() ? m.group(1) : file;
      if (SDK_RUNTIME.contains(id)) {
        sdkRuntime.add(id);
      } else if (!BENCHMARK_ONLY.contains(id) && !id.equals("compute-sdk-benchmarks")) {
        unexpected.add(id);
      }
    }
  }

  private String target(
      String what, double ratio, String comparison, double limit, String figures) {
    boolean pass = comparison.equals(">=") ? ratio >= limit : ratio <= limit;
    return verdict(
        what,
        ratio(ratio),
        comparison + " " + String.format(Locale.ROOT, "%.2fx", limit),
        pass,
        figures);
  }

  private String verdict(String what, String value, String target, boolean pass, String figures) {
    if (pass) {
      passes++;
    } else {
      misses++;
    }
    return String.format(
        Locale.ROOT,
        "| %-62s | %8s | %11s | %-4s | %s |",
        what,
        value,
        target,
        pass ? "PASS" : "MISS",
        figures);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The geometric mean of {@code top[i] / bottom[i]} over the sweeps. */
  private static double pairedRatio(List<Double> top, List<Double> bottom) {
    double logs = 0;
    for (int i = 0; i < top.size(); i++) {
      logs += Math.log(top.get(i) / bottom.get(i));
    }
    return Math.exp(logs / top.size());
  }
}
