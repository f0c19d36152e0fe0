package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import java.io.IOException;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every benchmark lists from: 10,000 servers in pages of 1,000 (1,000 when one page is
 * enough), serialized once, on a loopback server, and the three clients, which share one {@code OkHttpClient} (and so its
 * connection pool).
 */
@State(Scope.Benchmark)
public class Cloud {
  public static final int SERVERS = 10_000;
  public static final int PAGE = 1_000;
  static final String TOKEN = "bench-token";

  LoopbackServer server;
  OkHttpClient http;
  ComputeClient sdk;
  TokenizingClient tokenizing;
  HandRolledClient handRolled;
  String showId;

  @Setup(Level.Trial)
  public void start(BenchmarkParams params) throws IOException {
    // Only the ten-page listing needs ten pages; the others are served from the first.
    int servers = params.getBenchmark().contains(".ListTenThousand.") ? SERVERS : PAGE;
    server = LoopbackServer.start(NovaPages.preSerialized(servers, PAGE));
    String endpoint = server.baseUrl() + "/v2.1";
    http = new OkHttpClient();
    sdk = ComputeClient.builder().endpoint(endpoint).token(TOKEN).httpClient(http).build();
    tokenizing = new TokenizingClient(http, endpoint, TOKEN);
    handRolled = new HandRolledClient(http, endpoint, TOKEN);
    showId = ServerBodies.id(0);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sdk.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  static void expect(int expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException("listed " + actual + " servers, expected " + expected);
    }
  }
}
