package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import java.util.Iterator;
import java.util.List;

/**
 * Streams 100,000 servers through {@code listServers(..).concurrency(8).stream()} from a fake Nova
 * in the same JVM (no cost, 8 API workers), pages of 1,000, and checks their order. Meant to run in
 * {@code -Xmx64m}, the fake's 100,000 servers included: it succeeds only if the concurrent listing
 * keeps no more than its few pages ahead. Exits with 0 and a line starting {@code ok} when every
 * server arrived, in order.
 */
public final class ConcurrentSmallHeapStream {
  static final int SERVERS = 100_000;

  private ConcurrentSmallHeapStream() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : SERVERS;
    List<Server> servers = WallTimeListing.servers(count);
    long start = System.nanoTime();
    long streamed = 0;
    try (FakeCompute fake = FakeCompute.builder().apiWorkers(8).start();
        ComputeClient compute = fake.clientBuilder().build()) {
      fake.addServers(servers);
      Iterator<Server> listed =
          compute.listServers(r -> r.pageSize(Cloud.PAGE)).concurrency(8).stream().iterator();
      while (listed.hasNext()) {
        Server s = listed.next();
        String expected = servers.get(count - 1 - (int) streamed).id();
        if (!s.id().equals(expected)) {
          System.out.println("FAILED: server " + streamed + " is " + s.id() + ", not " + expected);
          System.exit(1);
        }
        streamed++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (streamed != count) {
      System.out.println("FAILED: streamed " + streamed + " servers of " + count);
      System.exit(1);
    }
    System.out.printf(
        "ok: streamed %d servers concurrently in %d ms, max heap %d MB%n",
        streamed, millis, Runtime.getRuntime().maxMemory() >> 20);
    System.exit(0);
  }
}
