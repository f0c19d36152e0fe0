package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tracing snippet of the observability guide, against the sample cloud. */
final class TracingSnippetsTest {
  @RegisterExtension static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  @Test
  void countActiveServers_tracesTheListingInsideTheApplicationsSpan() {
    long active;
    List<FakeRequest> sent = new ArrayList<>();
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      active =
          TracingSnippets.countActiveServers(
              fake.endpoint(), fake.token(), OTEL.getOpenTelemetry());
      for (Optional<FakeRequest> r = fake.pollRequest(Duration.ZERO);
          r.isPresent();
          r = fake.pollRequest(Duration.ZERO)) {
        sent.add(r.get());
      }
    }

    assertThat(active).isPositive();
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.path()).isIn("/v2.1/servers", "/v2.1/servers/detail");
              assertThat(r.queryParameter("status")).contains("ACTIVE");
              assertThat(r.header("OpenStack-API-Version")).contains("compute 2.79");
            });
    SpanData inventory = only("inventory");
    SpanData listing = only("servers.list");
    assertThat(listing.getParentSpanId()).isEqualTo(inventory.getSpanId());
    assertThat(listing.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(listing.getAttributes().get(AttributeKey.longKey("openstack.compute.items")))
        .isEqualTo(active);
    List<SpanData> pages =
        OTEL.getSpans().stream()
            .filter(s -> s.getName().endsWith(".page"))
            .collect(Collectors.toList());
    assertThat(pages)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getParentSpanId()).isEqualTo(listing.getSpanId()));
    List<SpanData> requests =
        OTEL.getSpans().stream()
            .filter(s -> s.getName().equals("GET"))
            .collect(Collectors.toList());
    assertThat(requests)
        .hasSameSizeAs(pages)
        .hasSameSizeAs(sent)
        .hasSameSizeAs(sent)
        .allSatisfy(
            r -> {
              assertThat(r.getKind()).isEqualTo(SpanKind.CLIENT);
              assertThat(r.getTraceId()).isEqualTo(inventory.getTraceId());
              assertThat(r.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                  .isEqualTo(200L);
            });
  }

  private static SpanData only(String name) {
    List<SpanData> spans =
        OTEL.getSpans().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
    assertThat(spans).as("spans named %s", name).hasSize(1);
    return spans.get(0);
  }
}
