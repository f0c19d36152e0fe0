package io.github.stacksdk.compute.micrometer;

import static io.github.stacksdk.compute.micrometer.Nova.TOKEN;
import static io.github.stacksdk.compute.micrometer.Nova.fault;
import static io.github.stacksdk.compute.micrometer.Nova.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Server;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
final class ComputeMetricsTest {
  private static final String ID = "6a1f0c2e-94b5-4c3e-9d1a-7f1c2d3e4b5a";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private ComputeClient.Builder client(ComputeListener listener) {
    return ComputeClient.builder()
        .endpoint(server.url("/v2.1").toString())
        .token(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .addListener(listener);
  }

  /** No tag of any meter names a server, a URL, the host or a request: their values are bounded. */
  @AfterEach
  void noTagValueHoldsAnIdOrUrl() {
    String host = server.url("/").host();
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue())
            .as("tag %s of %s", tag.getKey(), meter.getId().getName())
            .doesNotContain(ID)
            .doesNotContain("srv-")
            .doesNotContain("/")
            .doesNotContain("http")
            .doesNotContain(host)
            .doesNotContain("req-")
            .doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void getServer_200_timesTheOperationAndItsRequestAsSuccess() throws Exception {
    server.enqueue(json(200, Nova.serverBody(ID)));
    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      assertThat(compute.getServer(ID).id()).isEqualTo(ID);
    }

    assertSent("/v2.1/servers/" + ID, null);
    Timer operation =
        registry
            .get(ComputeMetrics.OPERATIONS)
            .tags("operation", "servers.get", "outcome", "success")
            .tags("status", "200", "exception", "none")
            .timer();
    assertThat(operation.count()).isEqualTo(1);
    assertThat(operation.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.get", "outcome", "success", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find(ComputeMetrics.RETRIES).counters()).isEmpty();
    assertThat(registry.find(ComputeMetrics.PAGE_BYTES).summaries()).isEmpty();
  }

  @Test
  void getServer_404_recordsFailureWithStatusAndExceptionName() throws Exception {
    server.enqueue(fault(404, "itemNotFound"));
    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      assertThatThrownBy(() -> compute.getServer(ID)).isInstanceOf(ResourceNotFoundException.class);
    }

    assertSent("/v2.1/servers/" + ID, null);
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("operation", "servers.get", "outcome", "failure", "status", "404")
                .tags("exception", "ResourceNotFoundException")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.get", "outcome", "failure", "status", "404")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(ComputeMetrics.OPERATIONS).timers()).hasSize(1);
  }

  @Test
  void getServer_503ThenOk_countsTheRetryAndTimesBothRequests() throws Exception {
    server.enqueue(fault(503, "computeFault"));
    server.enqueue(json(200, Nova.serverBody(ID)));
    RetryPolicy quick =
        RetryPolicy.builder()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build();
    try (ComputeClient compute = client(ComputeMetrics.of(registry)).retryPolicy(quick).build()) {
      assertThat(compute.getServer(ID).id()).isEqualTo(ID);
    }

    assertSent("/v2.1/servers/" + ID, null);
    assertSent("/v2.1/servers/" + ID, null);
    assertThat(
            registry
                .get(ComputeMetrics.RETRIES)
                .tags("operation", "servers.get", "reason", "503")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(ComputeMetrics.RETRIES).counters()).hasSize(1);
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.get", "outcome", "failure", "status", "503")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.get", "outcome", "success", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
    // One operation, ending with the status of its last answer.
    Timer operation = registry.get(ComputeMetrics.OPERATIONS).timer();
    assertThat(operation.getId().getTag("outcome")).isEqualTo("success");
    assertThat(operation.getId().getTag("status")).isEqualTo("200");
    assertThat(operation.count()).isEqualTo(1);
  }

  @Test
  void listServers_threePages_countsPagesItemsAndTheBytesRead() throws Exception {
    List<String> ids = Nova.ids(5);
    List<String> bodies = new ArrayList<>();
    bodies.add(
        Nova.serversBody(
            ids.subList(0, 2),
            server.url("/v2.1/servers/detail?limit=2&marker=" + ids.get(1)).toString()));
    bodies.add(
        Nova.serversBody(
            ids.subList(2, 4),
            server.url("/v2.1/servers/detail?limit=2&marker=" + ids.get(3)).toString()));
    bodies.add(Nova.serversBody(ids.subList(4, 5), null));
    bodies.forEach(body -> server.enqueue(json(200, body)));

    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      assertThat(compute.listServers(r -> r.pageSize(2)).stream().map(Server::id))
          .containsExactlyElementsOf(ids);
    }

    assertSent("/v2.1/servers/detail", "limit=2");
    assertSent("/v2.1/servers/detail", "limit=2&marker=" + ids.get(1));
    assertSent("/v2.1/servers/detail", "limit=2&marker=" + ids.get(3));
    long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
    DistributionSummary pageBytes =
        registry.get(ComputeMetrics.PAGE_BYTES).tags("operation", "servers.list").summary();
    assertThat(pageBytes.count()).isEqualTo(3);
    assertThat(pageBytes.totalAmount()).isEqualTo(bytes);
    assertThat(pageBytes.getId().getBaseUnit()).isEqualTo("bytes");
    DistributionSummary pageItems =
        registry.get(ComputeMetrics.PAGE_ITEMS).tags("operation", "servers.list").summary();
    assertThat(pageItems.count()).isEqualTo(3);
    assertThat(pageItems.totalAmount()).isEqualTo(5);
    assertThat(pageItems.max()).isEqualTo(2);
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("operation", "servers.list", "outcome", "success", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
    // Each page is an operation of its own, a child of the listing.
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("operation", "servers.list.page", "outcome", "success")
                .timer()
                .count())
        .isEqualTo(3);
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.list.page", "status", "200")
                .timer()
                .count())
        .isEqualTo(3);
  }

  @Test
  void listServers_streamClosedAfterFirstPage_recordsTheListingAsCancelled() throws Exception {
    List<String> ids = Nova.ids(4);
    String next = server.url("/v2.1/servers/detail?limit=2&marker=" + ids.get(1)).toString();
    server.enqueue(json(200, Nova.serversBody(ids.subList(0, 2), next)));

    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      try (Stream<Server> servers = compute.listServers(r -> r.pageSize(2)).stream()) {
        assertThat(servers.findFirst()).map(Server::id).contains(ids.get(0));
      }
    }

    assertSent("/v2.1/servers/detail", "limit=2");
    assertThat(server.getRequestCount()).isEqualTo(1);
    Timer listing =
        registry.get(ComputeMetrics.OPERATIONS).tags("operation", "servers.list").timer();
    assertThat(listing.getId().getTag("outcome")).isEqualTo("cancelled");
    assertThat(listing.getId().getTag("status")).isEqualTo("200");
    assertThat(listing.getId().getTag("exception")).isEqualTo("none");
    assertThat(listing.count()).isEqualTo(1);
    assertThat(registry.get(ComputeMetrics.PAGE_BYTES).summary().count()).isEqualTo(1);
  }

  @Test
  void listServers_concurrently_recordsEveryPageOnce() throws Exception {
    List<String> ids = Nova.ids(30);
    server.setDispatcher(new Nova(ids));

    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      assertThat(
              compute.listServers(r -> r.pageSize(3)).concurrency(4).stream()
                  .map(Server::id)
                  .collect(Collectors.toList()))
          .containsExactlyElementsOf(ids);
    }

    List<String> sent = new ArrayList<>();
    int requests = server.getRequestCount();
    for (int i = 0; i < requests; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      sent.add(request.getUrl().encodedPath());
    }
    assertThat(sent).contains("/v2.1/servers", "/v2.1/servers/detail");
    long detailRequests = sent.stream().filter(p -> p.endsWith("/detail")).count();

    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("operation", "servers.list", "outcome", "success", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(ComputeMetrics.PAGE_ITEMS)
                .tags("operation", "servers.list")
                .summary()
                .totalAmount())
        .isEqualTo(30);
    // Every request is timed once, under the operation that made it.
    assertThat(
            registry.get(ComputeMetrics.REQUESTS).timers().stream().mapToLong(Timer::count).sum())
        .isEqualTo(requests);
    assertThat(
            registry
                .get(ComputeMetrics.REQUESTS)
                .tags("operation", "servers.list.page")
                .timers()
                .stream()
                .mapToLong(Timer::count)
                .sum())
        .isEqualTo(detailRequests);
  }

  @Test
  void asyncGetServer_recordsTheOperationWhenTheFutureCompletes() throws Exception {
    server.enqueue(json(200, Nova.serverBody(ID)));
    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      assertThat(compute.async().getServer(ID).get(5, TimeUnit.SECONDS).id()).isEqualTo(ID);
      // The listener hears of the end once the future has completed, on OkHttp's thread.
      await(() -> registry.find(ComputeMetrics.OPERATIONS).timer() != null);
    }

    assertSent("/v2.1/servers/" + ID, null);
    Timer operation = registry.get(ComputeMetrics.OPERATIONS).timer();
    assertThat(operation.getId().getTag("operation")).isEqualTo("servers.get");
    assertThat(operation.getId().getTag("outcome")).isEqualTo("success");
    assertThat(operation.getId().getTag("status")).isEqualTo("200");
    assertThat(operation.count()).isEqualTo(1);
    assertThat(registry.get(ComputeMetrics.REQUESTS).timer().count()).isEqualTo(1);
  }

  @Test
  void manyThreads_shareTheMetersOfEachTagCombination() throws Exception {
    server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
            return request.getUrl().encodedPath().endsWith("/missing")
                ? fault(404, "itemNotFound")
                : json(200, Nova.serverBody(ID));
          }
        });
    int threads = 8;
    int callsEach = 25;
    try (ComputeClient compute = client(ComputeMetrics.of(registry)).build()) {
      List<Thread> started = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        boolean missing = t % 2 == 0;
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; i < callsEach; i++) {
                    try {
                      compute.getServer(missing ? "missing" : ID);
                    } catch (ResourceNotFoundException expected) {
                      // counted below
                    }
                  }
                });
        thread.start();
        started.add(thread);
      }
      for (Thread thread : started) {
        thread.join();
      }
    }

    assertThat(server.getRequestCount()).isEqualTo(threads * callsEach);
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getUrl().encodedPath()).isIn("/v2.1/servers/" + ID, "/v2.1/servers/missing");
    assertThat(registry.get(ComputeMetrics.OPERATIONS).timers()).hasSize(2);
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("outcome", "success", "status", "200")
                .timer()
                .count())
        .isEqualTo(threads / 2 * callsEach);
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("outcome", "failure", "status", "404")
                .timer()
                .count())
        .isEqualTo(threads / 2 * callsEach);
  }

  private void assertSent(String path, String query) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isEqualTo(query);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
