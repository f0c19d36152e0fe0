package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/** Scenario (ii): one page of 1,000 servers, one request. Scores are per server. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ListOnePage {
  private static final ListServersRequest FIRST_PAGE =
      ListServersRequest.builder().pageSize(Cloud.PAGE).build();

  @Benchmark
  @OperationsPerInvocation(Cloud.PAGE)
  public void sdk(Cloud cloud, Blackhole bh) {
    Page<Server> page = cloud.sdk.listServersPage(FIRST_PAGE);
    List<Server> servers = page.items();
    for (int i = 0; i < servers.size(); i++) {
      bh.consume(servers.get(i));
    }
    bh.consume(page.nextMarker());
    Cloud.expect(Cloud.PAGE, servers.size());
  }

  @Benchmark
  @OperationsPerInvocation(Cloud.PAGE)
  public void tokenizeOnly(Cloud cloud, Blackhole bh) throws IOException {
    Cloud.expect(Cloud.PAGE, cloud.tokenizing.firstPage(Cloud.PAGE));
    bh.consume(cloud.tokenizing.tokens());
  }

  @Benchmark
  @OperationsPerInvocation(Cloud.PAGE)
  public void databind(Cloud cloud, Blackhole bh) throws IOException {
    HandRolledClient.ServersPage page = cloud.handRolled.page(Cloud.PAGE, null);
    List<HandRolledServer> servers = page.servers != null ? page.servers : List.of();
    for (int i = 0; i < servers.size(); i++) {
      bh.consume(servers.get(i));
    }
    bh.consume(page.nextMarker());
    Cloud.expect(Cloud.PAGE, servers.size());
  }
}
