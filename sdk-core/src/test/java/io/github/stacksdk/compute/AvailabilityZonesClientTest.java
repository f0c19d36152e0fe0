package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What each call of {@link AvailabilityZonesClient} and its async face sends, and what it makes of
 * it.
 */
final class AvailabilityZonesClientTest {
  private static final String LIST = "os-availability-zone/availability-zone-list-resp.json";
  private static final String DETAIL = "os-availability-zone/availability-zone-detail-resp.json";
  private static final String FORBIDDEN =
      "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
          + " os_compute_api:os-availability-zone:detail to be performed.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client() {
    return TestSupport.client(server, "/v2.1").microversion("2.79").addListener(listener).build();
  }

  private RecordedRequest assertSent(String path) throws InterruptedException {
    RecordedRequest request = assertSentGet(server, path, null);
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.79");
    return request;
  }

  @Test
  void list_readsTheZonesWithoutHosts() throws Exception {
    server.enqueue(json(200, NovaSamples.read(LIST)));
    List<AvailabilityZone> zones;
    try (ComputeClient compute = client()) {
      zones = compute.availabilityZones().list();
    }
    assertThat(zones)
        .singleElement()
        .satisfies(
            z -> {
              assertThat(z.name()).isEqualTo("nova");
              assertThat(z.available()).contains(true);
              assertThat(z.hosts()).isEmpty();
            });
    assertSent("/v2.1/os-availability-zone");
    assertThat(listener.only(AvailabilityZoneReads.LIST).events).endsWith("ok");
  }

  @Test
  void listDetailed_readsHostsAndServices() throws Exception {
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    List<AvailabilityZone> zones;
    try (ComputeClient compute = client()) {
      zones = compute.availabilityZones().listDetailed();
    }
    assertThat(zones).extracting(AvailabilityZone::name).containsExactly("internal", "nova");
    assertThat(zones.get(0).hosts()).containsOnlyKeys("conductor", "scheduler");
    assertThat(zones.get(1).hosts().get("compute").services().get("nova-compute"))
        .satisfies(
            s -> {
              assertThat(s.available()).contains(true);
              assertThat(s.active()).contains(true);
              assertThat(s.updatedAt()).isEmpty();
            });
    assertSent("/v2.1/os-availability-zone/detail");
    assertThat(listener.only(AvailabilityZoneReads.LIST_DETAILED).events).endsWith("ok");
  }

  @Test
  void listDetailed_403_throwsPermissionDenied() throws Exception {
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client()) {
      PermissionDeniedException e =
          catchThrowableOfType(
              () -> compute.availabilityZones().listDetailed(), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.getMessage()).contains("os-availability-zone:detail");
    }
    assertSent("/v2.1/os-availability-zone/detail");
  }

  @Test
  void asyncFace_listsBoth() throws Exception {
    server.enqueue(json(200, NovaSamples.read(LIST)));
    server.enqueue(json(200, NovaSamples.read(DETAIL)));
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client()) {
      AvailabilityZonesAsyncClient zones = compute.async().availabilityZones();
      assertThat(zones.list().get(5, TimeUnit.SECONDS))
          .extracting(AvailabilityZone::name)
          .containsExactly("nova");
      assertThat(zones.listDetailed().get(5, TimeUnit.SECONDS)).hasSize(2);
      assertThatThrownBy(() -> zones.listDetailed().get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(PermissionDeniedException.class);
    }
    assertSent("/v2.1/os-availability-zone");
    assertSent("/v2.1/os-availability-zone/detail");
    assertSent("/v2.1/os-availability-zone/detail");
  }
}
