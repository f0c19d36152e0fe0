package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.ServerSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code listServers(..).concurrency(n)} and {@code listServerSummaries(..)}. */
@Timeout(30)
final class ComputeClientConcurrentListingTest {
  @StartStop final MockWebServer server = TestSupport.noDelayServer();

  private static List<String> ids(int count) {
    return PagingNova.ids(count);
  }

  private static List<String> idsOf(List<Server> servers) {
    return servers.stream().map(Server::id).collect(Collectors.toList());
  }

  private List<String> detailMarkers(PagingNova nova) {
    List<String> markers = new ArrayList<>();
    for (HttpUrl url : nova.requests()) {
      if (url.encodedPath().endsWith("/servers/detail")) {
        markers.add(String.valueOf(url.queryParameter("marker")));
      }
    }
    markers.sort(null);
    return markers;
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 8})
  void concurrency_unchangingCloud_sameServersInTheSameOrderAsSequential(int concurrency)
      throws Exception {
    PagingNova nova = new PagingNova(ids(30));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      ListServersRequest request = ListServersRequest.builder().pageSize(3).build();
      List<Server> concurrent =
          compute.listServers(request).concurrency(concurrency).stream()
              .collect(Collectors.toList());

      assertThat(idsOf(concurrent)).containsExactlyElementsOf(ids(30));
      assertThat(nova.mostInFlight()).isLessThanOrEqualTo(concurrency);
    }
    // One id page, then a detail page per stretch of 3 ids, each after the id before it, and the
    // empty page after the last full one (as the sequential listing asks for too).
    List<HttpUrl> sent = nova.requests();
    assertThat(sent)
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers"))
        .extracting(HttpUrl::encodedQuery)
        .containsExactly("limit=1000");
    assertThat(detailMarkers(nova))
        .containsExactlyInAnyOrder(
            "null", "s30", "s60", "s90", "s120", "s150", "s180", "s210", "s240", "s270", "s300");
    assertThat(sent)
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers/detail"))
        .allSatisfy(url -> assertThat(url.queryParameter("limit")).isEqualTo("3"));
    for (int i = 0; i < sent.size(); i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    }
  }

  @Test
  void concurrency_defaultPageSize_detailPagesOf500_idPagesOf1000() {
    PagingNova nova = new PagingNova(ids(1200));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(idsOf(compute.listServers().concurrency(4).stream().collect(Collectors.toList())))
          .containsExactlyElementsOf(ids(1200));
    }
    assertThat(nova.requests())
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers"))
        .extracting(HttpUrl::encodedQuery)
        .containsExactly("limit=1000", "limit=1000&marker=s10000");
    assertThat(nova.requests())
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers/detail"))
        .extracting(HttpUrl::encodedQuery)
        .containsExactlyInAnyOrder(
            "limit=500", "limit=500&marker=s5000", "limit=500&marker=s10000");
  }

  @Test
  void concurrency_filtersAndSort_sentOnBothPasses() throws Exception {
    PagingNova nova = new PagingNova(ids(5));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      ListServersRequest request =
          ListServersRequest.builder()
              .status(ServerStatus.ACTIVE)
              .name("^web-")
              .sort("display_name", SortDirection.ASC)
              .pageSize(2)
              .build();
      assertThat(
              idsOf(
                  compute.listServers(request).concurrency(2).stream()
                      .collect(Collectors.toList())))
          .containsExactlyElementsOf(ids(5));
    }
    String filters = "status=ACTIVE&name=%5Eweb-&sort_key=display_name&sort_dir=asc";
    assertThat(nova.requests())
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers"))
        .extracting(HttpUrl::encodedQuery)
        .containsExactly("limit=1000&" + filters);
    assertThat(nova.requests())
        .filteredOn(url -> url.encodedPath().equals("/v2.1/servers/detail"))
        .extracting(HttpUrl::encodedQuery)
        .containsExactlyInAnyOrder(
            "limit=2&" + filters, "limit=2&marker=s20&" + filters, "limit=2&marker=s40&" + filters);
  }

  @Test
  void concurrency_serversDeletedBetweenThePasses_listedWithoutThem_inOrder() {
    PagingNova nova = new PagingNova(ids(12));
    // s40 is inside the second stretch; s60 ends it, so that the third stretch's marker is gone.
    nova.afterFirstIdPage(
        () -> {
          nova.delete("s40");
          nova.delete("s60");
        });
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<Server> servers =
          compute.listServers(r -> r.pageSize(3)).concurrency(4).stream()
              .collect(Collectors.toList());

      assertThat(idsOf(servers))
          .containsExactly("s10", "s20", "s30", "s50", "s70", "s80", "s90", "s100", "s110", "s120");
    }
  }

  @Test
  void concurrency_aWholeStretchDeleted_itsEmptyPageStillLinksOn() {
    PagingNova nova = new PagingNova(ids(9));
    nova.afterFirstIdPage(
        () -> {
          nova.delete("s40");
          nova.delete("s50");
          nova.delete("s60");
        });
    server.setDispatcher(nova);
    List<Page<Server>> pages = new ArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      compute.listServers(r -> r.pageSize(3)).concurrency(3).pages().forEach(pages::add);
    }

    assertThat(pages).hasSize(4);
    assertThat(pages.get(1).items()).isEmpty();
    assertThat(pages.get(1).nextMarker()).contains("s60");
    assertThat(pages.get(2).items()).extracting(Server::id).containsExactly("s70", "s80", "s90");
    assertThat(pages.get(3).nextMarker()).isEmpty();
  }

  @Test
  void concurrency_serversCreatedBetweenThePasses_listedWhereTheySort_once() {
    PagingNova nova = new PagingNova(ids(12));
    nova.afterFirstIdPage(
        () -> {
          nova.create("s45", "s50"); // inside the second stretch: it needs a second request
          nova.create("s95", "s100");
          nova.create("s125", null); // after the end
        });
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<String> concurrent =
          idsOf(
              compute.listServers(r -> r.pageSize(3)).concurrency(3).stream()
                  .collect(Collectors.toList()));
      List<String> sequential =
          idsOf(compute.listServers(r -> r.pageSize(3)).stream().collect(Collectors.toList()));

      assertThat(concurrent).containsExactlyElementsOf(sequential);
      assertThat(concurrent).doesNotHaveDuplicates().contains("s45", "s95", "s125");
    }
  }

  @Test
  void concurrency_aPageFails_serversBeforeItThenTheError() {
    PagingNova nova = new PagingNova(ids(12));
    nova.failDetailPageAfter("s60", 500);
    server.setDispatcher(nova);
    List<String> seen = new ArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(3)).concurrency(4).iterator();
      Throwable thrown =
          catchThrowable(
              () -> {
                while (servers.hasNext()) {
                  seen.add(servers.next().id());
                }
              });

      assertThat(seen).containsExactly("s10", "s20", "s30", "s40", "s50", "s60");
      assertThat(thrown).isInstanceOf(ComputeServiceException.class);
      assertThat(((ComputeServiceException) thrown).statusCode()).isEqualTo(500);
    }
  }

  @Test
  void concurrency_aPageFailsOnce_isRetriedOnItsOwn() {
    PagingNova nova = new PagingNova(ids(12));
    nova.failDetailPageAfter("s60", 503);
    nova.failOnlyOnce();
    server.setDispatcher(nova);
    RetryPolicy twice =
        RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build();
    try (ComputeClient compute = client(server, "/v2.1").retryPolicy(twice).build()) {
      List<Server> servers =
          compute.listServers(r -> r.pageSize(3)).concurrency(4).stream()
              .collect(Collectors.toList());

      assertThat(idsOf(servers)).containsExactlyElementsOf(ids(12));
    }
    assertThat(nova.requests())
        .filteredOn(url -> "s60".equals(url.queryParameter("marker")))
        .hasSize(2);
    assertThat(nova.requests()).hasSize(1 + 5 + 1); // the id page, five detail pages, one retry
  }

  @Test
  void concurrency_neverMoreRequestsInFlightThanAsked_andFetchesOnlyAWindowAhead()
      throws Exception {
    PagingNova nova = new PagingNova(ids(60));
    nova.delayEachAnswer(20);
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(3)).concurrency(3).iterator();
      assertThat(servers.next().id()).isEqualTo("s10");
      Thread.sleep(500); // the caller dwells on the first page
      // The id page and the first stretches of the window: not the whole listing.
      assertThat(nova.requests().size()).isLessThanOrEqualTo(1 + 3 + 1);
      while (servers.hasNext()) {
        servers.next();
      }
    }
    assertThat(nova.mostInFlight()).isBetween(2, 3);
  }

  @Test
  void concurrency_streamClosedEarly_cancelsAndAsksForNothingMore() throws Exception {
    PagingNova nova = new PagingNova(ids(90));
    nova.delayEachAnswer(50);
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<Server> first;
      try (Stream<Server> servers =
          compute.listServers(r -> r.pageSize(3)).concurrency(4).stream()) {
        first = servers.limit(4).collect(Collectors.toList());
      }
      Thread.sleep(150); // what was on the wire at the close reaches the server
      int sentAfterClose = nova.requests().size();
      Thread.sleep(400);

      assertThat(idsOf(first)).containsExactly("s10", "s20", "s30", "s40");
      assertThat(nova.requests().size()).isEqualTo(sentAfterClose).isLessThan(12);
    }
  }

  @Test
  void concurrency_async_sameAsSequential_andCancellingStopsIt() throws Exception {
    PagingNova nova = new PagingNova(ids(20));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<Server> all =
          compute
              .async()
              .listServers(r -> r.pageSize(3))
              .concurrency(4)
              .toList()
              .get(10, TimeUnit.SECONDS);
      assertThat(idsOf(all)).containsExactlyElementsOf(ids(20));

      nova.delayEachAnswer(100);
      int before = nova.requests().size();
      CompletableFuture<Void> each =
          compute.async().listServers(r -> r.pageSize(3)).concurrency(4).forEach(s -> {});
      Thread.sleep(50);
      each.cancel(true);
      Thread.sleep(400);
      int after = nova.requests().size();
      Thread.sleep(300);

      assertThat(each).isCancelled();
      assertThat(nova.requests().size()).isEqualTo(after);
      assertThat(after - before).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void concurrency_one_isTheSequentialListing_withoutTheIdPass() {
    PagingNova nova = new PagingNova(ids(5));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(
              idsOf(
                  compute.listServers(r -> r.pageSize(2)).concurrency(4).concurrency(1).stream()
                      .collect(Collectors.toList())))
          .containsExactlyElementsOf(ids(5));
    }
    assertThat(nova.requests())
        .allSatisfy(url -> assertThat(url.encodedPath()).endsWith("/detail"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65})
  void concurrency_outOfRange_refused(int concurrency) {
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listServers().concurrency(concurrency))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("concurrency must be 1 to 64, was " + concurrency);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void concurrency_fixedPages_returnsTheSameListing() {
    PagedIterable<String> fixed = PagedIterable.of(Page.of(List.of("a")));
    assertThat(fixed.concurrency(8)).isSameAs(fixed);
  }

  @Test
  void listServerSummaries_pagesThroughTheIdListing_withTheFilters() throws Exception {
    PagingNova nova = new PagingNova(ids(5));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      List<ServerSummary> summaries =
          compute
              .listServerSummaries(
                  ListServersRequest.builder().status(ServerStatus.ACTIVE).pageSize(2).build())
              .stream()
              .collect(Collectors.toList());

      assertThat(summaries).extracting(ServerSummary::id).containsExactlyElementsOf(ids(5));
      assertThat(summaries.get(0).name()).hasValue("n-s10");
      assertThat(summaries.get(0).links())
          .singleElement()
          .satisfies(link -> assertThat(link.href()).isEqualTo("http://nova/servers/s10"));
    }
    assertThat(nova.requests())
        .extracting(HttpUrl::encodedPath, HttpUrl::encodedQuery)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/v2.1/servers", "limit=2&status=ACTIVE"),
            org.assertj.core.groups.Tuple.tuple(
                "/v2.1/servers", "limit=2&marker=s20&status=ACTIVE"),
            org.assertj.core.groups.Tuple.tuple(
                "/v2.1/servers", "limit=2&marker=s40&status=ACTIVE"));
  }
}
