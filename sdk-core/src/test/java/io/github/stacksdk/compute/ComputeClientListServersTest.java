package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.ids;
import static io.github.stacksdk.compute.TestSupport.json;
import static io.github.stacksdk.compute.TestSupport.serversPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.model.PowerState;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import io.github.stacksdk.compute.model.VmState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ComputeClientListServersTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogSink log = new RecordingLogSink();

  @Test
  void listServers_noIteration_sendsNoRequest() {
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      PagedIterable<Server> servers = compute.listServers();

      assertThat(servers).isNotNull();
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void listServers_apiDocumentExample_parsesAndSendsLimitAndHeaders() throws Exception {
    server.enqueue(json(200, fixture("servers/servers-detail-testvm1.json")));
    try (ComputeClient compute = client(server, "/v2/b322a85578de48beba0f92acce57869b").build()) {
      List<Server> servers = compute.listServers().stream().collect(Collectors.toList());

      assertThat(servers)
          .extracting(Server::name)
          .containsExactly(java.util.Optional.of("Testvm1"));
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v2/b322a85578de48beba0f92acce57869b/servers/detail");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1000");
    assertThat(request.getUrl().querySize()).isEqualTo(1);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void listServers_twoFullPagesThenEmpty_followsMarkersOnOneConnection() throws Exception {
    server.enqueue(
        serversPage(ids("a", 2), "http://elsewhere.invalid/v2.1/servers/detail?limit=2&marker=a2"));
    server.enqueue(
        serversPage(ids("b", 2), "http://elsewhere.invalid/v2.1/servers/detail?limit=2&marker=b2"));
    server.enqueue(serversPage(List.of(), null));
    try (ComputeClient compute = client(server, "/compute/v2.1/").build()) {
      List<String> listed = new ArrayList<>();
      compute.listServers(r -> r.pageSize(2)).forEach(s -> listed.add(s.id()));

      assertThat(listed).containsExactly("a1", "a2", "b1", "b2");
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    RecordedRequest third = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/detail");
    assertThat(first.getUrl().queryParameter("marker")).isNull();
    assertThat(second.getUrl().host()).isEqualTo(server.getHostName());
    assertThat(second.getUrl().encodedPath()).isEqualTo("/compute/v2.1/servers/detail");
    assertThat(second.getUrl().queryParameter("marker")).isEqualTo("a2");
    assertThat(second.getUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(third.getUrl().queryParameter("marker")).isEqualTo("b2");
    assertThat(
            List.of(
                first.getConnectionIndex(),
                second.getConnectionIndex(),
                third.getConnectionIndex()))
        .containsOnly(first.getConnectionIndex());
  }

  @Test
  void listServers_lastPageWithoutLink_stopsAfterOneRequest() throws Exception {
    server.enqueue(serversPage(ids("a", 3), null));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.listServers().stream().count()).isEqualTo(3);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /**
   * The second page, either the first one again or new servers, names the first page's marker
   * again: the listing stops before anything of it is handed out.
   */
  @ParameterizedTest(name = "second page {0}1, {0}2")
  @ValueSource(strings = {"a", "b"})
  void listServers_repeatedMarker_throwsInsteadOfLooping(String secondPage) throws Exception {
    String sameAgain = "/v2.1/servers/detail?limit=2&marker=a2";
    List<String> listed = new ArrayList<>();

    Throwable thrown =
        listFromPageA(
            sameAgain,
            listed,
            serversPage(ids(secondPage, 2), sameAgain),
            serversPage(ids("c", 2), sameAgain));

    assertThat(thrown)
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessage(
            "The cloud sent the next-page marker a2 a second time; the listing stops here instead of looping"
                + " (request req-200)");
    assertThat(listed).containsExactly("a1", "a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertThat(server.getRequestCount()).as("no third page is asked for").isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://nova.example.org/v2.1/servers/detail?limit=2",
        "/v2.1/servers/detail?limit=2&marker=",
        "::not a url::"
      })
  void listServers_nextLinkWithoutMarker_continuesAfterTheLastServerAndWarns(String href)
      throws Exception {
    List<String> listed = new ArrayList<>();

    Throwable thrown = listFromPageA(href, listed, serversPage(ids("b", 1), null));

    assertThat(thrown).isNull();
    assertThat(listed).containsExactly("a1", "a2", "b1");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertThat(log.warn)
        .containsExactly("The next-page link has no marker; continuing after the last server, a2");
  }

  @Test
  void listServers_nextLinkToAnotherHost_onlyItsMarkerIsUsed_onTheClientsEndpoint()
      throws Exception {
    List<String> listed = new ArrayList<>();

    Throwable thrown =
        listFromPageA(
            "https://attacker.example:8443/other/v2.1/servers/detail?limit=2&marker=a2&all_tenants=1",
            listed,
            serversPage(ids("b", 1), null));

    assertThat(thrown).isNull();
    assertThat(listed).containsExactly("a1", "a2", "b1");
    RecordedRequest second = assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertThat(second.getHeaders().get("Host"))
        .isEqualTo(server.getHostName() + ":" + server.getPort());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listServers_markerThatThen400s_failsAfterTheFirstPagesServers() throws Exception {
    List<String> listed = new ArrayList<>();

    Throwable thrown =
        listFromPageA(
            "http://nova.example.org/v2.1/servers/detail?limit=2&marker=a2",
            listed,
            json(400, "{\"badRequest\": {\"code\": 400, \"message\": \"marker [a2] not found\"}}"));

    assertThat(thrown)
        .isInstanceOf(InvalidRequestException.class)
        .isExactlyInstanceOf(MarkerNotFoundException.class)
        .hasMessage("marker [a2] not found (status 400, fault badRequest, request req-400)");
    assertThat(listed).containsExactly("a1", "a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
  }

  /**
   * Lists in pages of two, the first page being a1 and a2 with a next link to {@code nextHref}
   * and the later ones {@code later}, on a client whose connections a {@link LeakCheck} watches;
   * checks that no connection was left held and that the first request asked for the first page,
   * and returns what ended the listing (null: its end).
   */
  private @Nullable Throwable listFromPageA(
      String nextHref, List<String> listed, MockResponse... later) throws InterruptedException {
    server.enqueue(serversPage(ids("a", 2), nextHref));
    for (MockResponse page : later) {
      server.enqueue(page);
    }
    Throwable thrown;
    try (LeakCheck leaks = LeakCheck.start()) {
      try (ComputeClient compute =
          client(server, "/v2.1", leaks.httpClient()).logSink(log).build()) {
        thrown =
            catchThrowable(
                () -> compute.listServers(r -> r.pageSize(2)).forEach(s -> listed.add(s.id())));
      }
      leaks.finish();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    return thrown;
  }

  /**
   * Pages of a list that changed while it was read: a2 comes again on the second page, the third
   * page holds only a1, seen before.
   */
  static void enqueueRepeatingPages(MockWebServer server) {
    server.enqueue(
        serversPage(List.of("a1", "a2", "a3"), "/v2.1/servers/detail?limit=3&marker=a3"));
    server.enqueue(serversPage(List.of("a2", "b1"), "/v2.1/servers/detail?limit=3&marker=b1"));
    server.enqueue(serversPage(List.of("a1"), "/v2.1/servers/detail?limit=3&marker=a1"));
    server.enqueue(serversPage(List.of("b2"), null));
  }

  @Test
  void listServers_serverRepeatedOnALaterPage_listedOnceAndWarnedOnce() throws Exception {
    enqueueRepeatingPages(server);
    try (ComputeClient compute = client(server, "/v2.1").logSink(log).build()) {
      assertThat(compute.listServers(r -> r.pageSize(3)).stream().map(Server::id))
          .containsExactly("a1", "a2", "a3", "b1", "b2");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=3");
    assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=a3");
    assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=b1");
    assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=a1");
    assertThat(log.warn)
        .singleElement()
        .asString()
        .contains("Server a2 came again on a later page");
    assertThat(log.debug).anySatisfy(line -> assertThat(line).contains("Server a1 came again"));
  }

  @Test
  void pages_serverRepeatedOnALaterPage_pagesAsNovaSentThem() {
    enqueueRepeatingPages(server);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<List<String>> pages = new ArrayList<>();
      compute
          .listServers(r -> r.pageSize(3))
          .pages()
          .forEach(
              page ->
                  pages.add(page.items().stream().map(Server::id).collect(Collectors.toList())));

      assertThat(pages)
          .containsExactly(
              List.of("a1", "a2", "a3"), List.of("a2", "b1"), List.of("a1"), List.of("b2"));
    }
  }

  /** Pages a listing of servers s1 and s2 gets before the guard ends it: the first and the repeats. */
  static final int PAGES_BEFORE_THE_GUARD = MarkerState.STALE_PAGES_LIMIT;

  /**
   * A cloud that answers every request with servers s1 and s2 and a fresh next marker (m1, m2…),
   * each page with a request id of its own (req-page1, req-page2…): a listing that never ends
   * unless the client notices that no page after the first brings a new server.
   */
  static Dispatcher sameServersOnEveryPage() {
    AtomicInteger pages = new AtomicInteger();
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int page = pages.incrementAndGet();
        return serversPage(List.of("s1", "s2"), "/v2.1/servers/detail?limit=2&marker=m" + page)
            .newBuilder()
            .setHeader("X-OpenStack-Request-Id", "req-page" + page)
            .build();
      }
    };
  }

  /**
   * Asserts that a listing of {@link #sameServersOnEveryPage()} sent exactly the first page and
   * one request per marker up to the one that ended it.
   */
  static void assertSentUntilTheGuard(MockWebServer server) throws InterruptedException {
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    for (int page = 1; page <= MarkerState.STALE_PAGES_LIMIT; page++) {
      assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=m" + page);
    }
    assertThat(server.getRequestCount()).isEqualTo(MarkerState.STALE_PAGES_LIMIT + 1);
  }

  /** Asserts that the guard against pages without a new server ended a listing. */
  static void assertEndedByTheGuard(Throwable thrown) {
    assertThat(thrown)
        .isInstanceOf(ComputeClientException.class)
        .hasMessageContaining(
            MarkerState.STALE_PAGES_LIMIT + " pages in a row brought no new server")
        .hasMessageContaining("the listing stops here instead of looping")
        .hasMessageContaining("request req-page" + (MarkerState.STALE_PAGES_LIMIT + 1));
  }

  @Test
  @Timeout(10)
  void iterator_sameServersOnEveryPage_endsWithTheGuardInsteadOfLooping() throws Exception {
    server.setDispatcher(sameServersOnEveryPage());
    List<String> listed = new ArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(2)).iterator();

      Throwable thrown = catchThrowable(() -> servers.forEachRemaining(s -> listed.add(s.id())));

      assertEndedByTheGuard(thrown);
    }
    assertThat(listed).containsExactly("s1", "s2");
    assertSentUntilTheGuard(server);
  }

  @Test
  @Timeout(10)
  void stream_limitAboveTheDistinctServers_endsWithTheGuardInsteadOfLooping() throws Exception {
    server.setDispatcher(sameServersOnEveryPage());
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      PagedIterable<Server> servers = compute.listServers(r -> r.pageSize(2));

      assertEndedByTheGuard(
          catchThrowable(() -> servers.stream().limit(3).collect(Collectors.toList())));
    }
    assertSentUntilTheGuard(server);
  }

  @Test
  @Timeout(10)
  void pages_sameServersOnEveryPage_yieldedAsSentThenEndWithTheGuard() throws Exception {
    server.setDispatcher(sameServersOnEveryPage());
    List<Page<Server>> pages = new ArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterable<Page<Server>> listing = compute.listServers(r -> r.pageSize(2)).pages();

      assertEndedByTheGuard(catchThrowable(() -> listing.forEach(pages::add)));
    }
    assertThat(pages).hasSize(PAGES_BEFORE_THE_GUARD);
    assertThat(pages)
        .allSatisfy(
            page -> assertThat(page.items()).extracting(Server::id).containsExactly("s1", "s2"));
    assertThat(pages.get(PAGES_BEFORE_THE_GUARD - 1).nextMarker())
        .contains("m" + PAGES_BEFORE_THE_GUARD);
    assertSentUntilTheGuard(server);
  }

  /**
   * Enqueues stretches of whole pages of repeats, each one page short of the guard, between pages
   * with new servers: more such pages than the guard allows in all, never as many in a row.
   *
   * @return the query of each request the listing is to send
   */
  static List<String> enqueueStretchesOfRepeats(MockWebServer server) {
    int stale = MarkerState.STALE_PAGES_LIMIT - 1;
    List<String> queries = new ArrayList<>();
    queries.add("limit=2");
    server.enqueue(serversPage(List.of("a1", "a2"), "/v2.1/servers/detail?limit=2&marker=a2"));
    queries.add("limit=2&marker=a2");
    for (int i = 1; i <= stale; i++) {
      server.enqueue(serversPage(List.of("a2", "a1"), "/v2.1/servers/detail?limit=2&marker=r" + i));
      queries.add("limit=2&marker=r" + i);
    }
    server.enqueue(serversPage(List.of("a1", "b1"), "/v2.1/servers/detail?limit=2&marker=b1"));
    queries.add("limit=2&marker=b1");
    for (int i = 1; i <= stale; i++) {
      server.enqueue(serversPage(List.of("b1"), "/v2.1/servers/detail?limit=2&marker=q" + i));
      queries.add("limit=2&marker=q" + i);
    }
    server.enqueue(serversPage(List.of("c1"), null));
    return queries;
  }

  @Test
  @Timeout(10)
  void listServers_wholePagesOfRepeatsBetweenNewServers_listsEveryServerOnce() throws Exception {
    List<String> queries = enqueueStretchesOfRepeats(server);
    enqueueStretchesOfRepeats(server);
    List<Integer> pageSizes = new ArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      PagedIterable<Server> servers = compute.listServers(r -> r.pageSize(2));

      assertThat(servers.stream().map(Server::id)).containsExactly("a1", "a2", "b1", "c1");
      servers.pages().forEach(page -> pageSizes.add(page.items().size()));
    }
    assertThat(pageSizes).as("every page, as sent").hasSize(queries.size()).containsOnly(1, 2);
    for (int listing = 0; listing < 2; listing++) {
      for (String query : queries) {
        assertSentGet(server, "/v2.1/servers/detail", query);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(2 * queries.size());
  }

  @Test
  void pages_exposeMarkerRequestIdAndMicroversion() throws Exception {
    server.enqueue(
        serversPage(ids("a", 1), "/v2.1/servers/detail?marker=a1")
            .newBuilder()
            .setHeader("OpenStack-API-Version", "compute 2.79")
            .build());
    server.enqueue(serversPage(List.of(), null));
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.79").build()) {
      List<Page<Server>> pages = new ArrayList<>();
      compute.listServers(r -> r.pageSize(1)).pages().forEach(pages::add);

      assertThat(pages).hasSize(1);
      assertThat(pages.get(0).nextMarker()).contains("a1");
      assertThat(pages.get(0).requestId()).contains("req-200");
      assertThat(pages.get(0).microversion()).contains("2.79");
    }
    assertThat(
            assertSentGet(server, "/v2.1/servers/detail", "limit=1")
                .getHeaders()
                .get("OpenStack-API-Version"))
        .isEqualTo("compute 2.79");
    assertSentGet(server, "/v2.1/servers/detail", "limit=1&marker=a1");
  }

  @Test
  void iterator_eachCall_startsAgainFromTheFirstPage() throws Exception {
    server.enqueue(serversPage(ids("a", 1), null));
    server.enqueue(serversPage(ids("a", 1), null));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      PagedIterable<Server> servers = compute.listServers();

      assertThat(servers.stream().count()).isEqualTo(1);
      assertThat(servers.stream().count()).isEqualTo(1);
    }
    assertThat(server.takeRequest().getUrl().queryParameter("marker")).isNull();
    assertThat(server.takeRequest().getUrl().queryParameter("marker")).isNull();
  }

  @Test
  void listServersPage_explicitMarkerAndLimit_makesExactlyOneRequest() throws Exception {
    server.enqueue(serversPage(ids("c", 5), "http://nova/v2.1/servers/detail?limit=5&marker=c5"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Page<Server> page =
          compute.listServersPage(ListServersRequest.builder().marker("b5").pageSize(5).build());

      assertThat(page.items()).hasSize(5);
      assertThat(page.nextMarker()).contains("c5");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("marker")).isEqualTo("b5");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("5");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listServersPage_unknownMarker_throwsMarkerNotFound() throws Exception {
    server.enqueue(
        json(400, "{\"badRequest\": {\"code\": 400, \"message\": \"marker [gone] not found\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(
              () -> compute.listServersPage(ListServersRequest.builder().marker("gone").build()))
          .isInstanceOf(MarkerNotFoundException.class)
          .hasMessageContaining("marker [gone] not found");
    }
    assertThat(server.takeRequest().getUrl().queryParameter("marker")).isEqualTo("gone");
  }

  @Test
  void listServers_everyFilter_sentAsNovaNamesAndEncoded() throws Exception {
    server.enqueue(serversPage(List.of(), null));
    ListServersRequest request =
        ListServersRequest.builder()
            .changesSince(Instant.parse("2026-01-02T03:04:05Z"))
            .changesBefore(Instant.parse("2026-02-02T03:04:05.5Z"))
            .status(ServerStatus.ACTIVE, ServerStatus.SHUTOFF)
            .name("^web-0[1-3]$")
            .flavor("2")
            .image("img-1")
            .ip("10\\.0\\.0\\..*")
            .ip6("2001:db8::")
            .addTags("a", "b")
            .addTagsAny("c")
            .addNotTags("d")
            .addNotTagsAny("e", "f")
            .locked(true)
            .availabilityZone("nova")
            .keyName("key+1")
            .host("host1")
            .node("node1")
            .hostname("web")
            .userId("u1")
            .projectId("p1")
            .allTenants(true)
            .deleted(false)
            .powerState(PowerState.SHUTDOWN)
            .vmState(VmState.SOFT_DELETED)
            .taskState(TaskState.POWERING_OFF)
            .reservationId("r-1")
            .sort("display_name", SortDirection.ASC)
            .sort("created_at", SortDirection.DESC)
            .additionalQueryParameter("display_name", "u u")
            .pageSize(50)
            .build();
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.90").build()) {
      compute.listServersPage(request);
    }
    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.queryParameter("limit")).isEqualTo("50");
    assertThat(url.queryParameter("changes-since")).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(url.queryParameter("changes-before")).isEqualTo("2026-02-02T03:04:05.500Z");
    assertThat(url.queryParameterValues("status")).containsExactly("ACTIVE", "SHUTOFF");
    assertThat(url.queryParameter("name")).isEqualTo("^web-0[1-3]$");
    assertThat(url.queryParameter("flavor")).isEqualTo("2");
    assertThat(url.queryParameter("image")).isEqualTo("img-1");
    assertThat(url.queryParameter("ip")).isEqualTo("10\\.0\\.0\\..*");
    assertThat(url.queryParameter("ip6")).isEqualTo("2001:db8::");
    assertThat(url.queryParameter("tags")).isEqualTo("a,b");
    assertThat(url.queryParameter("tags-any")).isEqualTo("c");
    assertThat(url.queryParameter("not-tags")).isEqualTo("d");
    assertThat(url.queryParameter("not-tags-any")).isEqualTo("e,f");
    assertThat(url.queryParameter("locked")).isEqualTo("true");
    assertThat(url.queryParameter("availability_zone")).isEqualTo("nova");
    assertThat(url.queryParameter("key_name")).isEqualTo("key+1");
    assertThat(url.encodedQuery()).contains("key_name=key%2B1").doesNotContain("key+1");
    assertThat(url.queryParameter("host")).isEqualTo("host1");
    assertThat(url.queryParameter("node")).isEqualTo("node1");
    assertThat(url.queryParameter("hostname")).isEqualTo("web");
    assertThat(url.queryParameter("user_id")).isEqualTo("u1");
    assertThat(url.queryParameter("project_id")).isEqualTo("p1");
    assertThat(url.queryParameter("all_tenants")).isEqualTo("true");
    assertThat(url.queryParameter("deleted")).isEqualTo("false");
    assertThat(url.queryParameter("power_state")).isEqualTo("4");
    assertThat(url.queryParameter("vm_state")).isEqualTo("soft-delete");
    assertThat(url.queryParameter("task_state")).isEqualTo("powering-off");
    assertThat(url.queryParameter("reservation_id")).isEqualTo("r-1");
    assertThat(url.queryParameterValues("sort_key")).containsExactly("display_name", "created_at");
    assertThat(url.queryParameterValues("sort_dir")).containsExactly("asc", "desc");
    assertThat(url.queryParameter("display_name")).isEqualTo("u u");
    assertThat(url.encodedQuery()).contains("display_name=u%20u");
  }

  @Test
  void listServers_novaColumnFilters_atMicroversion21_sentAsTheMatchNovaMakes() throws Exception {
    server.enqueue(serversPage(List.of(), null));
    ListServersRequest request =
        ListServersRequest.builder()
            .uuid("6a1f 3ea4")
            .description("^web server 0[1-3]$")
            .accessIpV4("203\\.0\\.113\\.")
            .accessIpV6("2001:db8::1")
            .autoDiskConfig(true)
            .configDrive(false)
            .createdAt(Instant.parse("2026-01-02T03:04:05.999Z"))
            .launchedAt(Instant.parse("0999-12-31T23:59:59Z"))
            .terminatedAt(Instant.parse("2026-11-23T10:00:00Z"))
            .kernelId("aki-1")
            .ramdiskId("ari-1")
            .rootDeviceName("/dev/vda")
            .launchIndex(1)
            .progress(5)
            .lockedBy(LockedBy.ADMIN)
            .softDeleted(true)
            .build();
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.1").build()) {
      compute.listServersPage(request);
    }
    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.queryParameter("uuid")).isEqualTo("6a1f 3ea4");
    assertThat(url.encodedQuery()).contains("uuid=6a1f%203ea4");
    assertThat(url.queryParameter("display_description")).isEqualTo("^web server 0[1-3]$");
    assertThat(url.queryParameter("description")).as("Nova ignores this alias").isNull();
    assertThat(url.queryParameter("access_ip_v4")).isEqualTo("203\\.0\\.113\\.");
    assertThat(url.queryParameter("access_ip_v6")).isEqualTo("2001:db8::1");
    assertThat(url.queryParameter("auto_disk_config")).isEqualTo("1");
    assertThat(url.queryParameter("config_drive")).isEqualTo("^$");
    assertThat(url.queryParameter("created_at")).isEqualTo("^2026-01-02 03:04:05");
    assertThat(url.encodedQuery()).contains("created_at=%5E2026-01-02%2003%3A04%3A05&");
    assertThat(url.queryParameter("launched_at")).isEqualTo("^0999-12-31 23:59:59");
    assertThat(url.queryParameter("terminated_at")).isEqualTo("^2026-11-23 10:00:00");
    assertThat(url.queryParameter("kernel_id")).isEqualTo("aki-1");
    assertThat(url.queryParameter("ramdisk_id")).isEqualTo("ari-1");
    assertThat(url.queryParameter("root_device_name")).isEqualTo("/dev/vda");
    assertThat(url.queryParameter("launch_index")).isEqualTo("^1$");
    assertThat(url.queryParameter("progress")).isEqualTo("^5$");
    assertThat(url.queryParameter("locked_by")).isEqualTo("admin");
    assertThat(url.queryParameter("soft_deleted")).isEqualTo("true");
    assertThat(url.querySize()).isEqualTo(17);
  }

  @Test
  void listServers_falseBooleansAndOtherValues_sentAsTheMatchNovaMakes() throws Exception {
    server.enqueue(serversPage(List.of(), null));
    ListServersRequest request =
        ListServersRequest.builder()
            .deleted(true)
            .softDeleted(false)
            .autoDiskConfig(false)
            .configDrive(true)
            .lockedBy(LockedBy.OWNER)
            .progress(100)
            .launchIndex(0)
            .build();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      compute.listServersPage(request);
    }
    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.queryParameter("deleted")).isEqualTo("true");
    assertThat(url.queryParameter("soft_deleted"))
        .as("an empty value: Nova reads any other text, false included, as true")
        .isEmpty();
    assertThat(url.encodedQuery()).contains("soft_deleted=").doesNotContain("soft_deleted=false");
    assertThat(url.queryParameter("auto_disk_config")).isEqualTo("0");
    assertThat(url.queryParameter("config_drive")).isEqualTo("True");
    assertThat(url.queryParameter("locked_by")).isEqualTo("owner");
    assertThat(url.queryParameter("progress")).isEqualTo("^100$");
    assertThat(url.queryParameter("launch_index")).isEqualTo("^0$");
  }

  @Test
  void listServers_filterAboveClientMicroversion_rejectedBeforeAnyRequest() {
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.65").build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.changesBefore(Instant.EPOCH)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("changes-before")
          .hasMessageContaining("2.66")
          .hasMessageContaining("2.65");
      assertThatThrownBy(() -> compute.listServers(r -> r.locked(true)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("locked");
    }
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.addTags("x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.26")
          .hasMessageContaining("2.1");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listServers_fullV2100Page_parsesEveryServer() throws Exception {
    server.enqueue(json(200, fixture("servers/servers-details-resp-v2.100.json")));
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.100").build()) {
      Page<Server> page = compute.listServersPage(ListServersRequest.builder().pageSize(1).build());

      assertThat(page.items()).hasSize(1);
      assertThat(page.items().get(0).schedulerHints()).containsKey("same_host");
      assertThat(page.nextMarker()).contains("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    }
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.100");
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isEqualTo("2.100");
  }
}
