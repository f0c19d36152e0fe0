package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What {@link ServersClient#diagnostics} and its async twin send, and what they make of it. */
final class ServerDiagnosticsTest {
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";
  private static final String PATH = "/v2.1/servers/" + ID + "/diagnostics";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .build();
  }

  private RecordedRequest assertSent(String microversion) throws InterruptedException {
    RecordedRequest request = assertSentGet(server, PATH, null);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  @Test
  void diagnostics_from248_areNovasShape() throws Exception {
    server.enqueue(
        json(
            200, NovaSamples.read("os-server-diagnostics/v2.48/server-diagnostics-get-resp.json")));
    ServerDiagnostics d;
    try (ComputeClient compute = client("2.79")) {
      d = compute.servers().diagnostics(ID);
    }
    assertThat(d.state()).contains("running");
    assertThat(d.driver()).contains("libvirt");
    assertThat(d.uptime()).contains(Duration.ofSeconds(46664));
    assertThat(d.cpuDetails()).singleElement().satisfies(c -> assertThat(c.id()).hasValue(0));
    assertThat(d.nicDetails())
        .singleElement()
        .satisfies(n -> assertThat(n.macAddress()).contains("01:23:45:67:89:ab"));
    assertThat(d.memoryDetails()).hasValueSatisfying(m -> assertThat(m.maximum()).hasValue(524288));
    assertThat(d.additionalProperties()).isEmpty();
    assertSent("2.79");
    assertThat(listener.only(ServerDiagnosticsReads.GET).events).endsWith("ok");
  }

  @Test
  void diagnostics_before248_areTheDriversOwnKeys() throws Exception {
    server.enqueue(
        json(200, NovaSamples.read("os-server-diagnostics/server-diagnostics-get-resp.json")));
    ServerDiagnostics d;
    try (ComputeClient compute = client("2.47")) {
      d = compute.servers().diagnostics(ID);
    }
    assertThat(d.state()).isEmpty();
    assertThat(d.cpuDetails()).isEmpty();
    assertThat(d.additionalProperties())
        .containsKeys("cpu0_time", "memory", "vnet1_tx_packets")
        .hasSize(15);
    assertSent("2.47");
  }

  @Test
  void diagnostics_403And409_areTyped() throws Exception {
    server.enqueue(
        json(
            403,
            "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
                + " os_compute_api:os-server-diagnostics to be performed.\"}}"));
    server.enqueue(
        json(
            409,
            "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Cannot 'get_diagnostics'"
                + " instance "
                + ID
                + " while it is in power state shutdown\"}}"));
    try (ComputeClient compute = client("2.79")) {
      PermissionDeniedException denied =
          catchThrowableOfType(
              () -> compute.servers().diagnostics(ID), PermissionDeniedException.class);
      assertThat(denied).isNotNull();
      assertThat(denied.requestId()).contains("req-403");
      assertThat(denied.faultMessage()).contains("os_compute_api:os-server-diagnostics");
      ResourceConflictException conflict =
          catchThrowableOfType(
              () -> compute.servers().diagnostics(ID), ResourceConflictException.class);
      assertThat(conflict).isNotNull();
      assertThat(conflict.statusCode()).isEqualTo(409);
      assertThat(conflict.getMessage()).contains("power state shutdown");
    }
    assertSent("2.79");
    assertSent("2.79");
  }

  @Test
  void asyncFace_readsAndFails() throws Exception {
    server.enqueue(
        json(
            200, NovaSamples.read("os-server-diagnostics/v2.48/server-diagnostics-get-resp.json")));
    server.enqueue(
        json(409, "{\"conflictingRequest\": {\"code\": 409, \"message\": \"not ready\"}}"));
    try (ComputeClient compute = client("2.79")) {
      assertThat(compute.async().servers().diagnostics(ID).get(5, TimeUnit.SECONDS).numCpus())
          .hasValue(1);
      assertThatThrownBy(() -> compute.async().servers().diagnostics(ID).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ResourceConflictException.class);
    }
    assertSent("2.79");
    assertSent("2.79");
  }

  @Test
  void serverIdIsCheckedBeforeSending() {
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.servers().diagnostics(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.async().servers().diagnostics(null))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
