package io.github.stacksdk.compute.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start: the wall time from launching a fresh JVM to its first page of 1,000 servers, for
 * the SDK ({@link ColdStartSdk}) and baseline (b) ({@link ColdStartDatabind}), alternating which
 * goes first, several JVMs each; the median of each side. The page comes from a loopback server
 * in this JVM, already warm.
 */
public final class ColdStart {
  /** Median milliseconds per side, and the runs per side. */
  public static final class Result {
    public final double sdkMillis;
    public final double databindMillis;
    public final int runs;

    Result(double sdkMillis, double databindMillis, int runs) {
      this.sdkMillis = sdkMillis;
      this.databindMillis = databindMillis;
      this.runs = runs;
    }
  }

  private ColdStart() {}

  public static Result measure(int runs) throws IOException, InterruptedException {
    try (LoopbackServer server =
        LoopbackServer.start(NovaPages.preSerialized(Cloud.PAGE, Cloud.PAGE))) {
      String endpoint = server.baseUrl() + "/v2.1";
      // One of each first, not counted: the OS's file cache then holds the jars for both sides.
      time(ColdStartSdk.class, endpoint);
      time(ColdStartDatabind.class, endpoint);
      double[] sdk = new double[runs];
      double[] databind = new double[runs];
      for (int r = 0; r < runs; r++) {
        if (r % 2 == 0) {
          sdk[r] = time(ColdStartSdk.class, endpoint);
          databind[r] = time(ColdStartDatabind.class, endpoint);
        } else {
          databind[r] = time(ColdStartDatabind.class, endpoint);
          sdk[r] = time(ColdStartSdk.class, endpoint);
        }
      }
      return new Result(median(sdk), median(databind), runs);
    }
  }

  /** Milliseconds from starting {@code main}'s JVM to its {@code first-page} line. */
  static double time(Class<?> main, String endpoint) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.add(endpoint);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    String line;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    long elapsed = System.nanoTime() - start;
    int exit = process.waitFor();
    if (exit != 0 || line == null || !line.equals("first-page " + Cloud.PAGE)) {
      throw new IllegalStateException(
          main.getSimpleName() + " failed (exit " + exit + "): " + line);
    }
    return elapsed / 1e6;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  public static void main(String[] args) throws Exception {
    Result result = measure(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    System.out.printf(
        "SDK %.0f ms, databind %.0f ms: %.2fx (median of %d JVMs each)%n",
        result.sdkMillis,
        result.databindMillis,
        result.sdkMillis / result.databindMillis,
        result.runs);
    System.exit(0);
  }
}
