package io.github.stacksdk.compute.micrometer;

import static io.github.stacksdk.compute.micrometer.ComputeMetricsTest.await;
import static io.github.stacksdk.compute.micrometer.Nova.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.ServerWatch;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
final class ServerWatchMetricsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Nova nova = new Nova(Nova.ids(3));

  private ComputeClient client() {
    server.setDispatcher(nova);
    return ComputeClient.builder()
        .endpoint(server.url("/v2.1").toString())
        .token(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private Gauge stale() {
    return registry.get(ServerWatchMetrics.STALE).tags("watch", "all").gauge();
  }

  private double counter(String name) {
    FunctionCounter counter = registry.find(name).tags("watch", "all").functionCounter();
    return counter == null ? Double.NaN : counter.count();
  }

  @Test
  void bindTo_runningWatch_gaugesFollowItsPollsAndFailures() throws Exception {
    try (ComputeClient compute = client();
        ServerWatch watch = ServerWatch.builder(compute).interval(Duration.ofMillis(50)).start();
        ServerWatchMetrics metrics = ServerWatchMetrics.of(watch, "all")) {
      metrics.bindTo(registry);
      watch.synced().get(10, TimeUnit.SECONDS);
      await(() -> counter(ServerWatchMetrics.POLLS) >= 1);

      assertThat(stale().value()).isZero();
      TimeGauge staleness =
          registry.get(ServerWatchMetrics.STALENESS).tags("watch", "all").timeGauge();
      assertThat(staleness.value(TimeUnit.SECONDS)).isBetween(0.0, 5.0);
      assertThat(staleness.baseTimeUnit()).isEqualTo(TimeUnit.SECONDS);
      assertThat(counter(ServerWatchMetrics.RESYNCS)).isEqualTo(1);
      assertThat(counter(ServerWatchMetrics.CHANGES)).isEqualTo(3);
      assertThat(counter(ServerWatchMetrics.ERRORS)).isZero();
      assertThat(counter(ServerWatchMetrics.BYTES)).isPositive();
      assertThat(registry.get(ServerWatchMetrics.BYTES).functionCounter().getId().getBaseUnit())
          .isEqualTo("bytes");

      nova.failWith(503);
      await(() -> stale().value() == 1);
      assertThat(counter(ServerWatchMetrics.ERRORS)).isGreaterThanOrEqualTo(1);
      // Still the time of the last poll that succeeded: it grows while the cloud is away.
      double before = staleness.value(TimeUnit.SECONDS);
      Thread.sleep(100);
      assertThat(staleness.value(TimeUnit.SECONDS)).isGreaterThan(before);
    }

    // The watch's probe, first listing and polls, all of the compute API with the token.
    List<String> paths = new ArrayList<>();
    int requests = server.getRequestCount();
    for (int i = 0; i < requests; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      paths.add(request.getUrl().encodedPath());
    }
    assertThat(paths).contains("/v2.1/servers", "/v2.1/servers/detail");
    assertThat(registry.getMeters()).as("closed: the meters are gone").isEmpty();
  }

  @Test
  void bindTo_beforeTheFirstListing_staleWithoutStaleness() throws Exception {
    nova.failWith(500);
    try (ComputeClient compute = client();
        ServerWatch watch = ServerWatch.builder(compute).interval(Duration.ofMinutes(10)).start();
        ServerWatchMetrics metrics = ServerWatchMetrics.of(watch, "all")) {
      metrics.bindTo(registry);
      await(() -> counter(ServerWatchMetrics.ERRORS) == 1);

      assertThat(stale().value()).isEqualTo(1);
      assertThat(registry.get(ServerWatchMetrics.STALENESS).timeGauge().value(TimeUnit.SECONDS))
          .isNaN();
      assertThat(counter(ServerWatchMetrics.RESYNCS)).isZero();
    }
    RecordedRequest probe = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(probe.getUrl().encodedPath()).isEqualTo("/v2.1/servers");
    assertThat(probe.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
  }

  @Test
  void bindTo_watchDroppedAfterClose_isNotKeptAliveByTheRegistry() throws Exception {
    WeakReference<ServerWatch> dropped;
    ServerWatchMetrics metrics;
    try (ComputeClient compute = client()) {
      ServerWatch watch = ServerWatch.builder(compute).interval(Duration.ofMillis(50)).start();
      watch.synced().get(10, TimeUnit.SECONDS);
      metrics = ServerWatchMetrics.of(watch, "all");
      metrics.bindTo(registry);
      assertThat(stale().value()).isZero();
      watch.close();
      dropped = new WeakReference<>(watch);
      watch = null; // the registry and the binder are the only holders left

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (dropped.get() != null && System.nanoTime() < deadline) {
        System.gc();
        Thread.sleep(20);
      }
    }

    assertThat(dropped.get()).as("the watch was collected").isNull();
    assertThat(stale().value()).isNaN();
    assertThat(registry.get(ServerWatchMetrics.STALENESS).timeGauge().value()).isNaN();
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    metrics.close();
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void of_blankName_isRejected() throws Exception {
    try (ComputeClient compute = client();
        ServerWatch watch = ServerWatch.builder(compute).interval(Duration.ofMinutes(10)).start()) {
      assertThatThrownBy(() -> ServerWatchMetrics.of(watch, " "))
          .isInstanceOf(IllegalArgumentException.class);
      watch.synced().get(10, TimeUnit.SECONDS);
    }
    RecordedRequest probe = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(probe.getUrl().encodedPath()).isEqualTo("/v2.1/servers");
  }
}
