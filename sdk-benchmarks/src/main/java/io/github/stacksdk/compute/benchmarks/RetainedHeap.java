package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap per server: the same servers listed by the SDK and by baseline (b) and kept in a
 * list, measured with JOL, which walks everything the list reaches and counts each object once (a
 * string shared by many servers counts once, as it does on the heap).
 */
public final class RetainedHeap {
  /** Bytes per server, the SDK's and the hand-written class's, and how many servers were kept. */
  public static final class Result {
    public final double sdk;
    public final double handRolled;
    public final int servers;

    Result(double sdk, double handRolled, int servers) {
      this.sdk = sdk;
      this.handRolled = handRolled;
      this.servers = servers;
    }
  }

  private RetainedHeap() {}

  /** Lists {@code servers} servers (pages of 1,000) both ways and measures what the lists retain. */
  public static Result measure(int servers) throws IOException {
    try (LoopbackServer server =
        LoopbackServer.start(NovaPages.preSerialized(servers, Cloud.PAGE))) {
      String endpoint = server.baseUrl() + "/v2.1";
      OkHttpClient http = new OkHttpClient();
      List<Server> sdkServers = new ArrayList<>(servers);
      List<HandRolledServer> handRolled = new ArrayList<>(servers);
      try (ComputeClient compute =
          ComputeClient.builder().endpoint(endpoint).token(Cloud.TOKEN).httpClient(http).build()) {
        compute.listServers(r -> r.pageSize(Cloud.PAGE)).forEach(sdkServers::add);
      }
      new HandRolledClient(http, endpoint, Cloud.TOKEN).listAll(Cloud.PAGE, handRolled::add);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      Cloud.expect(servers, sdkServers.size());
      Cloud.expect(servers, handRolled.size());
      // The two lists themselves are alike (same size, same capacity); their cost is left in.
      return new Result(
          GraphLayout.parseInstance(sdkServers).totalSize() / (double) servers,
          GraphLayout.parseInstance(handRolled).totalSize() / (double) servers,
          servers);
    }
  }

  /** Prints the footprint of both lists, class by class. */
  public static void main(String[] args) throws IOException {
    int servers = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    Result result = measure(servers);
    System.out.printf(
        "SDK %.0f B/server, hand-written class %.0f B/server: %.2fx (%d servers)%n",
        result.sdk, result.handRolled, result.sdk / result.handRolled, servers);
    System.exit(0);
  }
}
