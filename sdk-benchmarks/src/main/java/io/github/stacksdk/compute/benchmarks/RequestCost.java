package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A side check, not one of the targets: what one {@code GET /servers/{id}} costs the calling
 * thread, in CPU time and allocation, for the SDK, both baselines, and the HTTP exchange alone (a
 * request built once, its body drained without JSON): the floor under any client on OkHttp. The
 * one-server benchmark measures throughput, which on a shared 2-core machine is mostly the time
 * the loopback server and the client take to wake each other; this shows how much of a request
 * is the client's own work. The clients alternate, in several rounds, on one {@code
 * OkHttpClient} and one loopback server, as in the benchmarks; medians are printed.
 *
 * <p>Run with the benchmark class path: {@code java -cp … RequestCost [rounds]}.
 */
public final class RequestCost {
  private static final int REQUESTS = 2_000;

  private RequestCost() {}

  /** One request; returns something that depends on what was read. */
  private interface Client {
    long get() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    try (LoopbackServer server =
        LoopbackServer.start(NovaPages.preSerialized(Cloud.PAGE, Cloud.PAGE))) {
      String endpoint = server.baseUrl() + "/v2.1";
      OkHttpClient http = new OkHttpClient();
      String id = ServerBodies.id(0);
      Request exchange =
          new Request.Builder()
              .url(HttpUrl.get(endpoint + "/servers/" + id))
              .header("X-Auth-Token", Cloud.TOKEN)
              .header("Accept", "application/json")
              .build();
      byte[] drain = new byte[8192];
      TokenizingClient tokenizing = new TokenizingClient(http, endpoint, Cloud.TOKEN);
      HandRolledClient handRolled = new HandRolledClient(http, endpoint, Cloud.TOKEN);
      try (ComputeClient sdk =
          ComputeClient.builder().endpoint(endpoint).token(Cloud.TOKEN).httpClient(http).build()) {
        Client[] clients = {
          () -> {
            long read = 0;
            try (Response response = http.newCall(exchange).execute()) {
              InputStream body = response.body().byteStream();
              for (int n; (n = body.read(drain)) > 0; ) {
                read += n;
              }
            }
            return read;
          },
          () -> tokenizing.get(id),
          () -> handRolled.get(id).id.length(),
          () -> sdk.getServer(id).id().length(),
        };
        String[] names = {
          "HTTP exchange alone",
          "(a) OkHttp + Jackson tokens",
          "(b) OkHttp + Jackson databind",
          "SDK"
        };
        measure(clients, names, rounds);
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }
  }

  private static void measure(Client[] clients, String[] names, int rounds) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[clients.length][rounds];
    double[][] wall = new double[clients.length][rounds];
    double[][] allocation = new double[clients.length][rounds];
    long sink = 0;
    for (Client client : clients) {
      for (int i = 0; i < 5 * REQUESTS; i++) {
        sink += client.get(); // warm-up
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < clients.length; k++) {
        int c = (k + round) % clients.length;
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = threads.getCurrentThreadCpuTime();
        long startWall = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
          sink += clients[c].get();
        }
        wall[c][round] = (System.nanoTime() - startWall) / 1_000.0 / REQUESTS;
        cpu[c][round] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / REQUESTS;
        allocation[c][round] =
            (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes)
                / (double) REQUESTS;
      }
    }
    for (int c = 0; c < clients.length; c++) {
      double[] sorted = cpu[c].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-30s %,7.1f µs CPU per request (median of %d; %,.1f to %,.1f) %,7.1f µs wall %,8.0f B/request%n",
          names[c],
          ColdStart.median(cpu[c]),
          rounds,
          sorted[0],
          sorted[rounds - 1],
          ColdStart.median(wall[c]),
          ColdStart.median(allocation[c]));
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}
