package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scenario (i): 10,000 servers in 10 pages of 1,000 (and the empty eleventh page Nova links a
 * full last page to). One operation is one server, so the score is servers per second and
 * {@code gc.alloc.rate.norm} is bytes per server.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ListTenThousand {

  @Benchmark
  @OperationsPerInvocation(Cloud.SERVERS)
  public void sdk(Cloud cloud, Blackhole bh) {
    int count = 0;
    for (Server server : cloud.sdk.listServers(r -> r.pageSize(Cloud.PAGE))) {
      bh.consume(server);
      count++;
    }
    Cloud.expect(Cloud.SERVERS, count);
  }

  @Benchmark
  @OperationsPerInvocation(Cloud.SERVERS)
  public void tokenizeOnly(Cloud cloud, Blackhole bh) throws IOException {
    Cloud.expect(Cloud.SERVERS, cloud.tokenizing.listAll(Cloud.PAGE));
    bh.consume(cloud.tokenizing.tokens());
  }

  @Benchmark
  @OperationsPerInvocation(Cloud.SERVERS)
  public void databind(Cloud cloud, Blackhole bh) throws IOException {
    Cloud.expect(Cloud.SERVERS, cloud.handRolled.listAll(Cloud.PAGE, bh::consume));
  }
}
