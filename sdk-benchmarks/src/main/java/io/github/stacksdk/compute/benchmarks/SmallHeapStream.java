package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.util.Iterator;
import java.util.List;

/**
 * Streams 100,000 servers (100 pages of 1,000, about 185 MB of JSON) through {@code
 * listServers(..).stream()} from a loopback server in the same JVM that generates each page as it
 * is asked for, and checks every id and name. Meant to run in {@code -Xmx32m}: it succeeds only if
 * the SDK keeps no more than a page or so at a time. Exits with 0 and a line starting {@code ok}
 * when every server arrived, in order.
 */
public final class SmallHeapStream {
  static final int SERVERS = 100_000;

  private SmallHeapStream() {}

  public static void main(String[] args) throws Exception {
    int servers = args.length > 0 ? Integer.parseInt(args[0]) : SERVERS;
    long start = System.nanoTime();
    long count;
    try (LoopbackServer server = LoopbackServer.start(NovaPages.generated(servers, Cloud.PAGE));
        ComputeClient compute =
            ComputeClient.builder()
                .endpoint(server.baseUrl() + "/v2.1")
                .token(Cloud.TOKEN)
                .build()) {
      Iterator<Server> listed =
          compute.listServers(r -> r.pageSize(Cloud.PAGE)).stream().iterator();
      count = 0;
      while (listed.hasNext()) {
        Server s = listed.next();
        int i = (int) count;
        if (!s.id().equals(ServerBodies.id(i))
            || !s.name().orElse("").equals(ServerBodies.name(i))
            || s.created().isEmpty()
            || s.addresses().getOrDefault("private", List.of()).size() != 2) {
          System.out.println("FAILED: server " + i + " is " + s.id() + " " + s.name());
          System.exit(1);
        }
        count++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (count != servers) {
      System.out.println("FAILED: streamed " + count + " servers of " + servers);
      System.exit(1);
    }
    System.out.printf(
        "ok: streamed %d servers in %d ms, max heap %d MB%n",
        count, millis, Runtime.getRuntime().maxMemory() >> 20);
    System.exit(0);
  }
}
