package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link HypervisorsClient} and its async face sends, and what it makes of it. */
final class HypervisorsClientTest {
  private static final String UUID = "1bb62a04-c576-402c-8147-9e89757a09e3";
  private static final String FORBIDDEN =
      "{\"forbidden\": {\"code\": 403, \"message\":"
          + " \"Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.\"}}";
  private static final String NO_MATCH =
      "{\"itemNotFound\": {\"code\": 404, \"message\":"
          + " \"No hypervisor matching 'zzz' could be found.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .build();
  }

  private RecordedRequest assertSent(String path, String query, String microversion)
      throws InterruptedException {
    RecordedRequest request = assertSentGet(server, path, query);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  @Test
  void list_pagesByTheNextLinksMarker_andReadsUuidIds() throws Exception {
    // Nova's 2.53 sample: a page of one, linked (on another host) to the next page by its UUID.
    server.enqueue(
        json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-detail-resp.json")));
    server.enqueue(json(200, "{\"hypervisors\": []}"));
    List<Hypervisor> hypervisors;
    try (ComputeClient compute = client("2.79")) {
      hypervisors =
          compute.hypervisors().list(r -> r.pageSize(1)).stream().collect(Collectors.toList());
    }
    assertThat(hypervisors).extracting(Hypervisor::id).containsExactly(UUID);
    Hypervisor h = hypervisors.get(0);
    assertThat(h.hypervisorHostname()).contains("host2");
    assertThat(h.vcpus()).hasValue(2);
    assertThat(h.memoryMbUsed()).hasValue(512);
    assertThat(h.cpuInfo()).containsEntry("model", "Nehalem");
    assertThat(h.service().flatMap(s -> s.id())).contains("62f62f6e-a713-4cbe-87d3-3ecf8a1e0f8d");
    assertThat(h.uptime()).isEmpty();
    assertSent("/v2.1/os-hypervisors/detail", "limit=1", "2.79");
    assertSent("/v2.1/os-hypervisors/detail", "limit=1&marker=" + UUID, "2.79");
    // The empty page after the link is asked for but yields nothing to tell.
    assertThat(listener.only(HypervisorReads.LIST).events).containsExactly("page 1 of 1", "ok");
    assertThat(listener.named(HypervisorReads.LIST + ".page")).hasSize(2);
  }

  @Test
  void list_atMicroversion21_sendsNoQuery_andReadsIntegerIdsAndCpuInfoAsText() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/hypervisors-detail-resp.json")));
    List<Hypervisor> hypervisors;
    try (ComputeClient compute = client("2.1")) {
      hypervisors = compute.hypervisors().list().stream().collect(Collectors.toList());
    }
    assertThat(hypervisors)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.id()).isEqualTo("1");
              assertThat(h.service().flatMap(s -> s.id())).contains("2");
              assertThat(h.cpuInfoAsString())
                  .hasValueSatisfying(t -> assertThat(t).startsWith("{"));
              assertThat(h.runningVms()).hasValue(0);
            });
    assertSent("/v2.1/os-hypervisors/detail", null, "2.1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void list_at288_hasNoResourcesButUptime_andSendsPatternAndServers() throws Exception {
    server.enqueue(
        json(
            200,
            NovaSamples.read("os-hypervisors/v2.88/hypervisors-detail-with-servers-resp.json")));
    List<Hypervisor> hypervisors;
    try (ComputeClient compute = client("2.88")) {
      hypervisors =
          compute.hypervisors().list(r -> r.hostnamePattern("fake").withServers(true)).stream()
              .collect(Collectors.toList());
    }
    assertThat(hypervisors).isNotEmpty();
    for (Hypervisor h : hypervisors) {
      assertThat(h.vcpus()).isEmpty();
      assertThat(h.memoryMb()).isEmpty();
      assertThat(h.runningVms()).isEmpty();
      assertThat(h.cpuInfo()).isEmpty();
      assertThat(h.hypervisorType()).isPresent();
    }
    assertThat(hypervisors.get(0).servers())
        .extracting(HypervisorServer::uuid)
        .contains("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    assertSent(
        "/v2.1/os-hypervisors/detail",
        "hypervisor_hostname_pattern=fake&with_servers=true",
        "2.88");
  }

  @Test
  void list_aPatternThatMatchesNothing_isAnEmptyListing() throws Exception {
    server.enqueue(json(404, NO_MATCH));
    server.enqueue(json(404, NO_MATCH));
    try (ComputeClient compute = client("2.79")) {
      assertThat(compute.hypervisors().list(r -> r.hostnamePattern("zzz")).stream()).isEmpty();
      assertThat(
              compute
                  .async()
                  .hypervisors()
                  .list(r -> r.hostnamePattern("zzz"))
                  .toList()
                  .get(5, TimeUnit.SECONDS))
          .isEmpty();
    }
    assertSent("/v2.1/os-hypervisors/detail", "hypervisor_hostname_pattern=zzz", "2.79");
    assertSent("/v2.1/os-hypervisors/detail", "hypervisor_hostname_pattern=zzz", "2.79");
  }

  @Test
  void list_without_aPattern_a404StillThrows() throws Exception {
    server.enqueue(json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"gone\"}}"));
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.hypervisors().list().stream().count())
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertSent("/v2.1/os-hypervisors/detail", null, "2.79");
  }

  @Test
  void listSummaries_sendsToTheIndex_andPagesFrom233() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/v2.33/hypervisors-list-resp.json")));
    server.enqueue(json(200, "{\"hypervisors\": []}"));
    List<HypervisorSummary> summaries;
    try (ComputeClient compute = client("2.33")) {
      summaries =
          compute
              .hypervisors()
              .listSummaries(ListHypervisorsRequest.builder().pageSize(1).build())
              .stream()
              .collect(Collectors.toList());
    }
    assertThat(summaries).extracting(HypervisorSummary::id).containsExactly("2");
    assertThat(summaries.get(0).hypervisorHostname()).contains("host1");
    assertSent("/v2.1/os-hypervisors", "limit=1", "2.33");
    assertSent("/v2.1/os-hypervisors", "limit=1&marker=2", "2.33");
    assertThat(listener.only(HypervisorReads.LIST_SUMMARIES).events).endsWith("ok");
  }

  @Test
  void list_refusesWhatTheClientsMicroversionLacks_beforeSending() {
    try (ComputeClient compute = client("2.32")) {
      assertThatThrownBy(() -> compute.hypervisors().list(r -> r.pageSize(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit")
          .hasMessageContaining("2.33")
          .hasMessageContaining("2.32");
      assertThatThrownBy(() -> compute.async().hypervisors().list(r -> r.marker("1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("marker");
    }
    try (ComputeClient compute = client("2.52")) {
      assertThat(compute.hypervisors().list(r -> r.pageSize(10))).isNotNull();
      assertThatThrownBy(() -> compute.hypervisors().list(r -> r.hostnamePattern("c1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("hypervisor_hostname_pattern")
          .hasMessageContaining("2.53");
      assertThatThrownBy(
              () ->
                  compute
                      .hypervisors()
                      .listSummaries(ListHypervisorsRequest.builder().withServers(true).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("with_servers");
      assertThatThrownBy(() -> compute.hypervisors().get("1", true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.53");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void list_403ForAMember_throwsPermissionDeniedFromIteration() throws Exception {
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client("2.79")) {
      PagedIterable<Hypervisor> hypervisors = compute.hypervisors().list();
      assertThat(server.getRequestCount()).isZero();
      PermissionDeniedException e =
          catchThrowableOfType(() -> hypervisors.stream().count(), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.faultMessage())
          .isEqualTo(
              "Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.");
    }
    assertSent("/v2.1/os-hypervisors/detail", null, "2.79");
  }

  @Test
  void list_unknownMarker_throwsInvalidRequest() throws Exception {
    server.enqueue(
        json(400, "{\"badRequest\": {\"code\": 400, \"message\": \"marker [nope] not found\"}}"));
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.hypervisors().list(r -> r.marker("nope")).stream().count())
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("marker [nope] not found");
    }
    assertSent("/v2.1/os-hypervisors/detail", "marker=nope", "2.79");
  }

  @Test
  void get_readsTheHypervisor_withServersWhenAsked() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-show-resp.json")));
    server.enqueue(
        json(
            200, NovaSamples.read("os-hypervisors/v2.88/hypervisors-show-with-servers-resp.json")));
    Hypervisor plain;
    Hypervisor withServers;
    try (ComputeClient compute = client("2.88")) {
      plain = compute.hypervisors().get(UUID);
      withServers = compute.hypervisors().get("a68a56ab-9c42-47c0-9309-879e4a6dbe86", true);
    }
    assertThat(plain.servers()).isEmpty();
    assertThat(plain.hypervisorType()).contains("fake");
    assertThat(withServers.servers())
        .extracting(HypervisorServer::name)
        .containsExactly(
            java.util.Optional.of("test_server1"), java.util.Optional.of("test_server2"));
    assertThat(withServers.uptime()).isEmpty();
    assertThat(withServers.vcpus()).isEmpty();
    assertSent("/v2.1/os-hypervisors/" + UUID, null, "2.88");
    assertSent(
        "/v2.1/os-hypervisors/a68a56ab-9c42-47c0-9309-879e4a6dbe86", "with_servers=true", "2.88");
    assertThat(listener.named(HypervisorReads.GET)).hasSize(2);
  }

  @Test
  void get_404And400_areTyped() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\":"
                + " \"Hypervisor with ID '"
                + UUID
                + "' could not be found.\"}}"));
    server.enqueue(json(400, "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid uuid 1\"}}"));
    try (ComputeClient compute = client("2.79")) {
      ResourceNotFoundException missing =
          catchThrowableOfType(
              () -> compute.hypervisors().get(UUID), ResourceNotFoundException.class);
      assertThat(missing).isNotNull();
      assertThat(missing.requestId()).contains("req-404");
      assertThat(missing.getMessage()).contains("could not be found");
      InvalidRequestException invalid =
          catchThrowableOfType(() -> compute.hypervisors().get("1"), InvalidRequestException.class);
      assertThat(invalid).isNotNull();
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(invalid.getMessage()).contains("Invalid uuid 1");
    }
    assertSent("/v2.1/os-hypervisors/" + UUID, null, "2.79");
    assertSent("/v2.1/os-hypervisors/1", null, "2.79");
  }

  @Test
  void statistics_readsTheSums_below288() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/hypervisors-statistics-resp.json")));
    HypervisorStatistics stats;
    try (ComputeClient compute = client("2.87")) {
      stats = compute.hypervisors().statistics();
    }
    assertThat(stats.count()).hasValue(1);
    assertThat(stats.vcpus()).hasValue(2);
    assertThat(stats.freeRamMb()).hasValue(7680);
    assertSent("/v2.1/os-hypervisors/statistics", null, "2.87");
    assertThat(listener.only(HypervisorReads.STATISTICS).events).endsWith("ok");
  }

  @Test
  void statistics_from288_isRefusedBeforeSending_sayingWhatToUse() {
    try (ComputeClient compute = client("2.88")) {
      assertThatThrownBy(() -> compute.hypervisors().statistics())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("removed in microversion 2.88")
          .hasMessageContaining("Placement")
          .hasMessageContaining("2.87");
      assertThatThrownBy(() -> compute.async().hypervisors().statistics())
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
    assertThat(listener.operations).isEmpty();
  }

  @Test
  void asyncFace_listsPagesGetsAndSums() throws Exception {
    server.enqueue(
        json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-detail-resp.json")));
    server.enqueue(json(200, "{\"hypervisors\": []}"));
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-list-resp.json")));
    server.enqueue(json(200, "{\"hypervisors\": []}"));
    server.enqueue(json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-show-resp.json")));
    server.enqueue(
        json(200, NovaSamples.read("os-hypervisors/v2.53/hypervisors-statistics-resp.json")));
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client("2.79")) {
      HypervisorsAsyncClient hypervisors = compute.async().hypervisors();
      assertThat(
              hypervisors.list(r -> r.pageSize(1)).toList().get(5, TimeUnit.SECONDS).stream()
                  .map(Hypervisor::id))
          .containsExactly(UUID);
      assertThat(
              hypervisors
                  .listSummaries(ListHypervisorsRequest.builder().build())
                  .toList()
                  .get(5, TimeUnit.SECONDS))
          .isNotEmpty();
      assertThat(hypervisors.get(UUID).get(5, TimeUnit.SECONDS).hypervisorHostname()).isPresent();
      assertThat(hypervisors.statistics().get(5, TimeUnit.SECONDS).count()).hasValue(1);
      assertThatThrownBy(() -> hypervisors.get(UUID, true).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(PermissionDeniedException.class);
    }
    assertSent("/v2.1/os-hypervisors/detail", "limit=1", "2.79");
    assertSent("/v2.1/os-hypervisors/detail", "limit=1&marker=" + UUID, "2.79");
    assertSent("/v2.1/os-hypervisors", null, "2.79");
    assertSent("/v2.1/os-hypervisors", "marker=" + UUID, "2.79");
    assertSent("/v2.1/os-hypervisors/" + UUID, null, "2.79");
    assertSent("/v2.1/os-hypervisors/statistics", null, "2.79");
    assertSent("/v2.1/os-hypervisors/" + UUID, "with_servers=true", "2.79");
  }

  @Test
  void requestsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> ListHypervisorsRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListHypervisorsRequest.builder().hostnamePattern(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListHypervisorsRequest.builder().marker("").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ListHypervisorsRequest.builder().hostnamePattern("c").pageSize(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not page");
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.hypervisors().get(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.hypervisors().get(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> compute.async().hypervisors().get("", true))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.hypervisors().list((ListHypervisorsRequest) null))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
