package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.micrometer.ComputeMetrics;
import io.github.stacksdk.compute.micrometer.ServerWatchMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Micrometer section of {@code docs/observability.md} shows the tagged regions; {@code
 * MetricsSnippetsTest} runs them against {@code FakeCompute}.
 */
final class MetricsSnippets {
  private MetricsSnippets() {}

  static ComputeClient clientWithMetrics(String endpoint, String token, MeterRegistry registry) {
    // tag::micrometer[]
    ComputeClient compute =
        ComputeClient.builder()
            .endpoint(endpoint)
            .token(token)
            .addListener(ComputeMetrics.of(registry)) // the stacksdk.compute.* meters
            .build();
    // end::micrometer[]
    return compute;
  }

  static ServerWatchMetrics watchMetrics(ServerWatch watch, MeterRegistry registry) {
    // tag::micrometer-watch[]
    ServerWatchMetrics watchMetrics = ServerWatchMetrics.of(watch, "active-servers");
    watchMetrics.bindTo(registry); // stacksdk.compute.watch.*, tagged watch=active-servers
    // ... and when the watch is closed:
    // watchMetrics.close(); // its meters leave the registry
    // end::micrometer-watch[]
    return watchMetrics;
  }
}
