package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Scenario (iii): one server, {@code GET /servers/{id}}; a request per server. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetOneServer {

  @Benchmark
  public Server sdk(Cloud cloud) {
    return cloud.sdk.getServer(cloud.showId);
  }

  @Benchmark
  public long tokenizeOnly(Cloud cloud) throws IOException {
    return cloud.tokenizing.get(cloud.showId);
  }

  @Benchmark
  public HandRolledServer databind(Cloud cloud) throws IOException {
    return cloud.handRolled.get(cloud.showId);
  }
}
