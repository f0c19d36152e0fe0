package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.micrometer.ComputeMetrics;
import io.github.stacksdk.compute.micrometer.ServerWatchMetrics;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Micrometer snippets of docs/observability.md, against the sample cloud. */
@Timeout(60)
final class MetricsSnippetsTest {
  private static final String MISSING = "00000000-0000-4000-8000-0000000000aa";

  @Test
  void clientWithMetrics_timesListingsAndFailures() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      try (ComputeClient compute =
          MetricsSnippets.clientWithMetrics(fake.endpoint(), fake.token(), registry)) {
        assertThat(compute.listServers(r -> r.pageSize(10)).stream().count()).isEqualTo(34);
        assertThatThrownBy(() -> compute.getServer(MISSING))
            .isInstanceOf(ResourceNotFoundException.class);
      }

      List<FakeRequest> sent = new ArrayList<>();
      for (int i = fake.requestCount(); i > 0; i--) {
        sent.add(fake.takeRequest());
      }
      FakeRequest first = sent.get(0);
      assertThat(first.path()).endsWith("/servers/detail");
      assertThat(first.queryParameter("limit")).contains("10");
      assertThat(first.header("X-Auth-Token")).contains(fake.token());
      FakeRequest last = sent.get(sent.size() - 1);
      assertThat(last.path()).endsWith("/servers/" + MISSING);
    }

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
        .isEqualTo(34);
    assertThat(
            registry
                .get(ComputeMetrics.OPERATIONS)
                .tags("operation", "servers.get", "outcome", "failure", "status", "404")
                .tags("exception", "ResourceNotFoundException")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void watchMetrics_showTheWatchFreshThenGone() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      try (ComputeClient compute = fake.clientBuilder().build();
          ServerWatch watch =
              ServerWatch.builder(compute)
                  .view(r -> r.status(ServerStatus.ACTIVE))
                  .interval(Duration.ofMillis(100))
                  .start()) {
        ServerWatchMetrics watchMetrics = MetricsSnippets.watchMetrics(watch, registry);
        watch.synced().get(10, TimeUnit.SECONDS);

        assertThat(
                registry
                    .get(ServerWatchMetrics.STALE)
                    .tags("watch", "active-servers")
                    .gauge()
                    .value())
            .isZero();
        assertThat(
                registry
                    .get(ServerWatchMetrics.CHANGES)
                    .tags("watch", "active-servers")
                    .functionCounter()
                    .count())
            .isEqualTo(watch.snapshot().size());
        assertThat(registry.get(ServerWatchMetrics.STALENESS).timeGauge().value(TimeUnit.SECONDS))
            .isBetween(0.0, 10.0);
        watchMetrics.close();
      }
      assertThat(registry.getMeters()).isEmpty();
      FakeRequest probe = fake.takeRequest();
      assertThat(probe.path()).endsWith("/servers");
      assertThat(probe.header("X-Auth-Token")).contains(fake.token());
    }
  }
}
