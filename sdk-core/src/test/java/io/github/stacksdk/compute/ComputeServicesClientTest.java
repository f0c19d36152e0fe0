package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link ComputeServicesClient} and its async face sends. */
final class ComputeServicesClientTest {
  private static final String FORBIDDEN =
      "{\"forbidden\": {\"code\": 403, \"message\":"
          + " \"Policy doesn't allow os_compute_api:os-services:list to be performed.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .build();
  }

  private RecordedRequest assertSent(String query, String microversion)
      throws InterruptedException {
    RecordedRequest request = assertSentGet(server, "/v2.1/os-services", query);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  @Test
  void list_readsEveryService_withUuidIdsFrom253() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-services/v2.53/services-list-get-resp.json")));
    List<ComputeService> services;
    try (ComputeClient compute = client("2.79")) {
      services = compute.services().list();
    }
    assertThat(services)
        .extracting(ComputeService::binary)
        .contains("nova-scheduler", "nova-compute");
    ComputeService first = services.get(0);
    assertThat(first.id()).contains("c4726392-27de-4ff9-b2e0-5aa1d08a520f");
    assertThat(first.host()).isEqualTo("host1");
    assertThat(first.status()).contains("disabled");
    assertThat(first.disabledReason()).contains("test1");
    assertThat(first.forcedDown()).contains(false);
    // Nova's zone-less UTC time.
    assertThat(first.updatedAt()).contains(Instant.parse("2012-10-29T13:42:02Z"));
    assertSent(null, "2.79");
    assertThat(listener.only(ComputeServiceReads.LIST).events).endsWith("ok");
  }

  @Test
  void list_at21_hasIntegerIdsAndNoForcedDown() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-services/services-list-get-resp.json")));
    List<ComputeService> services;
    try (ComputeClient compute = client("2.1")) {
      services = compute.services().list();
    }
    assertThat(services)
        .allSatisfy(
            s -> {
              assertThat(s.id()).hasValueSatisfying(id -> assertThat(id).matches("\\d+"));
              assertThat(s.forcedDown()).isEmpty();
            });
    assertSent(null, "2.1");
  }

  @Test
  void list_sendsBinaryAndHost() throws Exception {
    server.enqueue(json(200, "{\"services\": []}"));
    server.enqueue(json(200, "{\"services\": []}"));
    try (ComputeClient compute = client("2.79")) {
      assertThat(compute.services().list(r -> r.binary("nova-compute").host("host 1"))).isEmpty();
      assertThat(compute.services().list(ListComputeServicesRequest.builder().host("h2").build()))
          .isEmpty();
    }
    assertSent("binary=nova-compute&host=host%201", "2.79");
    assertSent("host=h2", "2.79");
  }

  @Test
  void list_403ForAMember_throwsPermissionDenied() throws Exception {
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client("2.79")) {
      PermissionDeniedException e =
          catchThrowableOfType(() -> compute.services().list(), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.faultMessage())
          .isEqualTo("Policy doesn't allow os_compute_api:os-services:list to be performed.");
    }
    assertSent(null, "2.79");
  }

  @Test
  void asyncFace_listsAndFails() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-services/v2.69/services-list-get-resp.json")));
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client("2.79")) {
      ComputeServicesAsyncClient services = compute.async().services();
      assertThat(services.list().get(5, TimeUnit.SECONDS)).isNotEmpty();
      assertThatThrownBy(
              () -> services.list(r -> r.binary("nova-compute")).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(PermissionDeniedException.class);
    }
    assertSent(null, "2.79");
    assertSent("binary=nova-compute", "2.79");
  }

  @Test
  void requestsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> ListComputeServicesRequest.builder().binary(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> ListComputeServicesRequest.builder().host("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host");
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.services().list((ListComputeServicesRequest) null))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
