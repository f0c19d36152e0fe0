package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link ServerGroupsClient} and its async face sends, and what it makes of it. */
final class ServerGroupsClientTest {
  private static final String NOT_FOUND =
      "{\"itemNotFound\": {\"code\": 404, \"message\":"
          + " \"Instance group 5bbcc3c4 could not be found.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .build();
  }

  /** A listing page of groups with these ids, as Nova sends it: no links. */
  private static String page(String... ids) {
    return "{\"server_groups\": ["
        + List.of(ids).stream()
            .map(
                id ->
                    "{\"id\": \""
                        + id
                        + "\", \"name\": \"g-"
                        + id
                        + "\", \"policy\": \"affinity\", \"rules\": {}, \"members\": []}")
            .collect(Collectors.joining(", "))
        + "]}";
  }

  private RecordedRequest assertSent(String query, String microversion)
      throws InterruptedException {
    RecordedRequest request = assertSentGet(server, "/v2.1/os-server-groups", query);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  @Test
  void list_aFullPageIsFollowedByTheNextOffset_aShortOneEndsTheListing() throws Exception {
    server.enqueue(json(200, page("a", "b")));
    server.enqueue(json(200, page("c")));
    List<String> ids;
    try (ComputeClient compute = client("2.79")) {
      ids =
          compute.serverGroups().list(r -> r.allProjects(true).pageSize(2)).stream()
              .map(ServerGroup::id)
              .collect(Collectors.toList());
    }
    assertThat(ids).containsExactly("a", "b", "c");
    assertSent("all_projects=True&limit=2", "2.79");
    assertSent("all_projects=True&limit=2&offset=2", "2.79");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(listener.only(ServerGroupReads.LIST).events)
        .containsExactly("page 1 of 2", "page 2 of 1", "ok");
    assertThat(listener.named(ServerGroupReads.LIST + ".page")).hasSize(2);
  }

  @Test
  void list_fullPagesThenAnEmptyOne() throws Exception {
    server.enqueue(json(200, page("a")));
    server.enqueue(json(200, page("b")));
    server.enqueue(json(200, page()));
    try (ComputeClient compute = client("2.79")) {
      assertThat(compute.serverGroups().list(r -> r.pageSize(1)).stream().map(ServerGroup::id))
          .containsExactly("a", "b");
    }
    assertSent("limit=1", "2.79");
    assertSent("limit=1&offset=1", "2.79");
    assertSent("limit=1&offset=2", "2.79");
  }

  @Test
  void list_byDefault_asksForNovasMaxLimit_andReadsTheSample() throws Exception {
    server.enqueue(
        json(200, NovaSamples.read("os-server-groups/v2.64/server-groups-list-resp.json")));
    List<ServerGroup> groups;
    try (ComputeClient compute = client("2.64")) {
      groups = compute.serverGroups().list().stream().collect(Collectors.toList());
    }
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.id()).isEqualTo("616fb98f-46ca-475e-917e-2563e5a8cd19");
              assertThat(g.policy()).contains("anti-affinity");
              assertThat(g.maxServerPerHost()).hasValue(3);
              assertThat(g.projectId()).contains("6f70656e737461636b20342065766572");
            });
    assertSent("limit=1000", "2.64");
  }

  @Test
  void list_startsAtTheRequestsOffset_andReadsTheOldShape() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-server-groups/server-groups-list-resp.json")));
    try (ComputeClient compute = client("2.1")) {
      assertThat(compute.serverGroups().list(r -> r.offset(5).pageSize(10)).stream())
          .singleElement()
          .satisfies(
              g -> {
                assertThat(g.policies()).containsExactly("anti-affinity");
                assertThat(g.policy()).isEmpty();
              });
    }
    assertSent("limit=10&offset=5", "2.1");
  }

  @Test
  void list_refusesAPageLargerThanAskedFor() throws Exception {
    server.enqueue(json(200, page("a", "b")));
    try (ComputeClient compute = client("2.79")) {
      PagedIterable<ServerGroup> groups = compute.serverGroups().list(r -> r.pageSize(1));
      assertThatThrownBy(() -> groups.stream().count())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("2 server groups to a page of at most 1");
    }
    assertSent("limit=1", "2.79");
  }

  @Test
  void list_403_throwsPermissionDeniedFromIteration() throws Exception {
    server.enqueue(
        json(
            403,
            "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
                + " os_compute_api:os-server-groups:index:all_projects to be performed.\"}}"));
    try (ComputeClient compute = client("2.79")) {
      PagedIterable<ServerGroup> groups = compute.serverGroups().list(r -> r.allProjects(true));
      assertThat(server.getRequestCount()).isZero();
      PermissionDeniedException e =
          catchThrowableOfType(() -> groups.stream().count(), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.getMessage()).contains("index:all_projects");
    }
    assertSent("all_projects=True&limit=1000", "2.79");
  }

  @Test
  void get_readsTheGroup_andMapsA404() throws Exception {
    server.enqueue(
        json(200, NovaSamples.read("os-server-groups/v2.13/server-groups-get-resp.json")));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client("2.13")) {
      ServerGroup group = compute.serverGroups().get("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9");
      assertThat(group.userId()).isPresent();
      assertThat(group.policies()).isNotEmpty();
      ResourceNotFoundException e =
          catchThrowableOfType(
              () -> compute.serverGroups().get("5bbcc3c4"), ResourceNotFoundException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.requestId()).contains("req-404");
      assertThat(e.getMessage()).contains("Instance group 5bbcc3c4 could not be found.");
    }
    assertSentGet(server, "/v2.1/os-server-groups/5bbcc3c4-1da2-4437-a48a-66f15b1b13f9", null);
    assertSentGet(server, "/v2.1/os-server-groups/5bbcc3c4", null);
    assertThat(listener.named(ServerGroupReads.GET)).hasSize(2);
  }

  @Test
  void asyncFace_pagesByOffsetAndGets() throws Exception {
    server.enqueue(json(200, page("a", "b")));
    server.enqueue(json(200, page()));
    server.enqueue(
        json(200, NovaSamples.read("os-server-groups/v2.64/server-groups-get-resp.json")));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client("2.79")) {
      ServerGroupsAsyncClient groups = compute.async().serverGroups();
      assertThat(
              groups.list(r -> r.pageSize(2)).toList().get(5, TimeUnit.SECONDS).stream()
                  .map(ServerGroup::id))
          .containsExactly("a", "b");
      assertThat(groups.get("g").get(5, TimeUnit.SECONDS).maxServerPerHost()).hasValue(3);
      assertThatThrownBy(() -> groups.get("gone").get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ResourceNotFoundException.class);
    }
    assertSent("limit=2", "2.79");
    assertSent("limit=2&offset=2", "2.79");
    assertSentGet(server, "/v2.1/os-server-groups/g", null);
    assertSentGet(server, "/v2.1/os-server-groups/gone", null);
  }

  @Test
  void requestsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> ListServerGroupsRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListServerGroupsRequest.builder().pageSize(1001).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max_limit");
    assertThatThrownBy(() -> ListServerGroupsRequest.builder().offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.serverGroups().get(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.async().serverGroups().get(""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.serverGroups().list((ListServerGroupsRequest) null))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
