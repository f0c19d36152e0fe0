package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.opentelemetry.ComputeTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * The code of the OpenTelemetry section of {@code docs/observability.md}; the guide shows the
 * tagged region, and {@code TracingSnippetsTest} runs it against {@code FakeCompute} with an
 * in-memory span exporter.
 */
final class TracingSnippets {
  private TracingSnippets() {}

  /** Counts the active servers inside a span of the application's, traced with its OpenTelemetry. */
  static long countActiveServers(String endpoint, String token, OpenTelemetry openTelemetry) {
    // tag::tracing[]
    Tracer tracer = openTelemetry.getTracer("inventory-app");
    try (ComputeClient compute =
        ComputeClient.builder()
            .endpoint(endpoint)
            .token(token)
            .microversion("2.79")
            .addListener(ComputeTracing.create(openTelemetry)) // or GlobalOpenTelemetry.get()
            .build()) {
      Span inventory = tracer.spanBuilder("inventory").startSpan();
      try (Scope scope = inventory.makeCurrent()) {
        // servers.list, its pages and their GET requests: all in the trace of "inventory"
        return compute.listServers(r -> r.status(ServerStatus.ACTIVE)).concurrency(4).stream()
            .count();
      } finally {
        inventory.end();
      }
    }
    // end::tracing[]
  }
}
