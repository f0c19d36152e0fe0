package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.util.Iterator;

/**
 * Streams the servers of a fake Nova in another JVM (seeded by {@link WallTimeListing#servers})
 * through {@code listServers(..).concurrency(8).stream()}, pages of 1,000, and checks their order.
 * Meant to run in {@code -Xmx64m}: it succeeds only if the concurrent listing keeps no more than
 * its few pages ahead. The fake runs in the parent JVM because it is no zero-allocation server: it
 * keeps every server and renders each page as one string. Arguments: the fake's endpoint, its
 * token and the number of servers. Exits with 0 and a line starting {@code ok} when every server
 * arrived, in order.
 */
public final class ConcurrentSmallHeapStream {
  private ConcurrentSmallHeapStream() {}

  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    String token = args[1];
    int count = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    long streamed = 0;
    try (ComputeClient compute = ComputeClient.builder().endpoint(endpoint).token(token).build()) {
      Iterator<Server> listed =
          compute.listServers(r -> r.pageSize(Cloud.PAGE)).concurrency(8).stream().iterator();
      while (listed.hasNext()) {
        Server s = listed.next();
        String expected = WallTimeListing.id(count - 1 - (int) streamed);
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
