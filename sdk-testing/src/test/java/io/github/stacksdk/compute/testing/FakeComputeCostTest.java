package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Nova's cost as the fake models it: time per request and per server rendered, spent before the
 * answer, and a limited number of API workers. Times are checked as lower bounds, which hold on any
 * machine, or through the fake's own counts, never against an upper bound.
 */
final class FakeComputeCostTest {
  @Test
  void detailPage_takesPerRequestPlusPerServer_beforeTheStatusLine() {
    NovaCost cost = NovaCost.builder().perServerDetail(Duration.ofMillis(5)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      SampleCloud.populate(fake);

      long start = System.nanoTime();
      RawHttp.Reply reply = RawHttp.get(fake, "/v2.1/servers/detail?limit=10");

      assertThat(Duration.ofNanos(reply.receivedAt - start))
          .as("until the status line and headers came")
          .isGreaterThanOrEqualTo(Duration.ofMillis(50));
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
      assertThat(reply.status).isEqualTo(200);
      assertThat(reply.json().get("servers")).hasSize(10);
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(50));
      assertThat(usage.detailListings()).isEqualTo(1);
      assertThat(usage.requests()).isEqualTo(1);
    }
  }

  @Test
  void summaryAndDetailPages_eachUseTheirOwnTimePerServer() {
    NovaCost cost =
        NovaCost.builder()
            .perRequest(Duration.ofMillis(2))
            .perServerSummary(Duration.ofMillis(5))
            .perServerDetail(Duration.ofMillis(1))
            .build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      SampleCloud.populate(fake);

      Duration summary = timed(() -> RawHttp.get(fake, "/v2.1/servers?limit=10"));
      Duration detail = timed(() -> RawHttp.get(fake, "/v2.1/servers/detail?limit=10"));

      RawHttp.assertGet(fake, "/v2.1/servers");
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
      assertThat(summary).isGreaterThanOrEqualTo(Duration.ofMillis(52));
      assertThat(detail).isGreaterThanOrEqualTo(Duration.ofMillis(12));
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(52 + 12));
      assertThat(usage.summaryListings()).isEqualTo(1);
      assertThat(usage.detailListings()).isEqualTo(1);
      assertThat(usage.shows()).isZero();
    }
  }

  @Test
  void show_isADetailedListingOfOne_andAnUnknownServerCostsTheRequestOnly() {
    NovaCost cost =
        NovaCost.builder()
            .perRequest(Duration.ofMillis(20))
            .perServerDetail(Duration.ofMillis(30))
            .build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      SampleCloud.populate(fake);
      Server first = fake.servers().get(0);

      Duration secondShow;
      try (ComputeClient compute = fake.clientBuilder().build()) {
        compute.getServer(first.id()); // the first call also loads classes and connects
        secondShow = timed(() -> compute.getServer(first.id()));
      }
      RawHttp.Reply missing = RawHttp.get(fake, "/v2.1/servers/no-such-server");

      RawHttp.assertGet(fake, "/v2.1/servers/" + first.id());
      RawHttp.assertGet(fake, "/v2.1/servers/" + first.id());
      RawHttp.assertGet(fake, "/v2.1/servers/no-such-server");
      assertThat(secondShow).isGreaterThanOrEqualTo(Duration.ofMillis(50));
      assertThat(missing.status).isEqualTo(404);
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(50 + 50 + 20));
      assertThat(usage.shows()).isEqualTo(2);
      assertThat(usage.requests()).isEqualTo(3);
    }
  }

  @Test
  void subMillisecondTimesPerServer_addUpToTheNanosecond() {
    NovaCost cost = NovaCost.builder().perServerSummary(Duration.ofNanos(500_000)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      for (int i = 0; i < 400; i++) {
        fake.addServer(Server.builder().id("s-" + i).name("server-" + i).build());
      }

      Duration took = timed(() -> RawHttp.get(fake, "/v2.1/servers"));

      assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("limit")).isEmpty();
      // 400 servers × 0.5 ms: rounded to whole milliseconds per server it would be nothing.
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(200));
      assertThat(fake.novaUsage().modelledTime()).isEqualTo(Duration.ofMillis(200));
      assertThat(fake.novaUsage().summaryListings()).isEqualTo(1);
    }
  }

  @Test
  void freeDefault_modelsNoTime_butCountsNovasRequests() {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);

      RawHttp.get(fake, "/v2.1/servers");
      RawHttp.get(fake, "/v2.1/servers/detail?limit=5");
      RawHttp.get(fake, "/v2.1/servers/detail?limit=5&marker=nope");
      RawHttp.send(fake, "GET", "/", null);

      RawHttp.assertGet(fake, "/v2.1/servers");
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
      assertThat(fake.takeRequest().path()).isEqualTo("/");
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.modelledTime()).isZero();
      assertThat(usage.waitingTime()).isZero();
      assertThat(usage.requests()).isEqualTo(4);
      assertThat(usage.summaryListings()).isEqualTo(1);
      assertThat(usage.detailListings()).as("the bad marker's 400 is no listing").isEqualTo(1);
      assertThat(usage.maxConcurrentRequests()).isEqualTo(1);
      assertThat(usage.toString())
          .isEqualTo(
              "NovaUsage{requests=4, summaryListings=1, detailListings=1, shows=0,"
                  + " modelledTime=PT0S, waitingTime=PT0S, maxConcurrentRequests=1}");
    }
  }

  @Test
  void keystoneAndInjectedFailures_costNothing_andAreNotNovasRequests() {
    NovaCost cost = NovaCost.builder().perRequest(Duration.ofMillis(100)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      RawHttp.Reply token =
          RawHttp.send(
              fake,
              "POST",
              "/identity/v3/auth/tokens",
              "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\":"
                  + " {\"user\": {\"name\": \"alice\", \"domain\": {\"name\": \"Default\"},"
                  + " \"password\": \"secret\"}}}}}");
      fake.failNext(1, 503, "{}");
      RawHttp.Reply failed = RawHttp.get(fake, "/v2.1/servers");
      RawHttp.Reply listed = RawHttp.get(fake, "/v2.1/servers");

      assertThat(fake.takeRequest().path()).isEqualTo("/identity/v3/auth/tokens");
      RawHttp.assertGet(fake, "/v2.1/servers");
      RawHttp.assertGet(fake, "/v2.1/servers");
      assertThat(token.status).isEqualTo(201);
      assertThat(failed.status).isEqualTo(503);
      assertThat(listed.status).isEqualTo(200);
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.requests()).isEqualTo(1);
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(100));
    }
  }

  @Test
  void apiWorkers_processAtMostThatManyRequestsAtOnce_andTheOthersWait() throws Exception {
    NovaCost cost = NovaCost.builder().perRequest(Duration.ofMillis(400)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).apiWorkers(2).start()) {
      long start = System.nanoTime();
      List<RawHttp.Reply> replies = concurrently(6, () -> RawHttp.get(fake, "/v2.1/servers"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      for (int i = 0; i < 6; i++) {
        RawHttp.assertGet(fake, "/v2.1/servers");
      }
      assertThat(replies).allSatisfy(r -> assertThat(r.status).isEqualTo(200));
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.maxConcurrentRequests()).isEqualTo(2);
      assertThat(usage.requests()).isEqualTo(6);
      assertThat(usage.waitingTime()).isPositive();
      // Six requests of 400 ms on two workers: three rounds at least.
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_200));
    }
  }

  @Test
  void unlimitedWorkersByDefault_processConcurrentRequestsTogether() throws Exception {
    NovaCost cost = NovaCost.builder().perRequest(Duration.ofSeconds(1)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      List<RawHttp.Reply> replies = concurrently(4, () -> RawHttp.get(fake, "/v2.1/servers"));

      for (int i = 0; i < 4; i++) {
        RawHttp.assertGet(fake, "/v2.1/servers");
      }
      assertThat(replies).allSatisfy(r -> assertThat(r.status).isEqualTo(200));
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.maxConcurrentRequests()).isEqualTo(4);
      assertThat(usage.waitingTime()).isZero();
    }
  }

  @Test
  void oneWorker_takesKeepAliveRequestsOfSeveralClientsInTurn() throws Exception {
    NovaCost cost = NovaCost.builder().perRequest(Duration.ofMillis(20)).build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).apiWorkers(1).start()) {
      SampleCloud.populate(fake);
      AtomicInteger connections = new AtomicInteger();
      EventListener countConnections =
          new EventListener() {
            @Override
            public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
              connections.incrementAndGet();
            }
          };
      List<Long> counts =
          concurrently(
              3,
              () -> {
                OkHttpClient http =
                    new OkHttpClient.Builder().eventListener(countConnections).build();
                try (ComputeClient compute = fake.clientBuilder().httpClient(http).build()) {
                  return compute.listServers(r -> r.pageSize(10)).stream().count();
                } finally {
                  http.connectionPool().evictAll();
                }
              });

      for (int i = 0; i < 12; i++) {
        RawHttp.assertGet(fake, "/v2.1/servers/detail");
      }
      assertThat(counts).containsExactly(34L, 34L, 34L);
      assertThat(connections).as("one kept-alive connection per client").hasValue(3);
      NovaUsage usage = fake.novaUsage();
      assertThat(usage.detailListings()).isEqualTo(12);
      assertThat(usage.maxConcurrentRequests()).isEqualTo(1);
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(12 * 20));
    }
  }

  @Test
  void close_withRequestsWaitingForAWorkerOrTheirTime_failsThemAndDoesNotHang() throws Exception {
    NovaCost cost = NovaCost.builder().perRequest(Duration.ofMinutes(10)).build();
    FakeCompute fake = FakeCompute.builder().cost(cost).apiWorkers(1).start();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<RawHttp.Reply>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(pool.submit(() -> RawHttp.get(fake, "/v2.1/servers")));
      }
      for (int i = 0; i < 3; i++) {
        RawHttp.assertGet(fake, "/v2.1/servers");
      }

      // MockWebServer gives up on a connection thread after 5 s and throws; so would this.
      CompletableFuture.runAsync(fake::close).get(30, TimeUnit.SECONDS);

      for (Future<RawHttp.Reply> call : calls) {
        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class)
            .hasRootCauseInstanceOf(IOException.class);
      }
      assertThat(fake.novaUsage().maxConcurrentRequests()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      fake.close();
    }
  }

  @Test
  void builder_rejectsFewerThanOneWorker_andNoCost() {
    assertThatThrownBy(() -> FakeCompute.builder().apiWorkers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiWorkers must be at least 1, was 0");
    assertThatThrownBy(() -> FakeCompute.builder().apiWorkers(-2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeCompute.builder().cost(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cost == null");
  }

  private static Duration timed(Runnable action) {
    long start = System.nanoTime();
    action.run();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Runs the action on that many threads at once and returns their results. */
  private static <T> List<T> concurrently(int threads, Supplier<T> action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return action.get();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
