package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client shared by many threads, each paging through a whole listing at once. */
@Timeout(120)
final class ComputeClientConcurrencyTest {
  private static final int SERVERS = 1000;
  private static final int PAGE = 50;
  private static final int THREADS = 50;
  private static final List<String> IDS = ids();

  @StartStop private final MockWebServer server = new MockWebServer();

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      ids.add(String.format("srv-%04d", i));
    }
    return List.copyOf(ids);
  }

  /** Nova's marker paging over IDS: the page after the marker, linked to the next while full. */
  private static final class Nova extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      if (!TOKEN.equals(request.getHeaders().get("X-Auth-Token"))) {
        return json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"no token\"}}");
      }
      if (url.encodedPath().startsWith("/v2.1/servers/srv-")) {
        String id = url.pathSegments().get(2);
        return json(
            200,
            "{\"server\": {\"id\": \""
                + id
                + "\", \"name\": \"n-"
                + id
                + "\", \"status\": \"ACTIVE\"}}");
      }
      int limit = Integer.parseInt(url.queryParameter("limit"));
      String marker = url.queryParameter("marker");
      int from = marker == null ? 0 : IDS.indexOf(marker) + 1;
      int to = Math.min(from + limit, IDS.size());
      StringJoiner servers = new StringJoiner(", ", "[", "]");
      for (String id : IDS.subList(from, to)) {
        servers.add("{\"id\": \"" + id + "\", \"name\": \"n-" + id + "\", \"status\": \"ACTIVE\"}");
      }
      String links =
          to - from == limit
              ? ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"http://nova/v2.1/servers/detail?limit="
                  + limit
                  + "&marker="
                  + IDS.get(to - 1)
                  + "\"}]"
              : "";
      return json(200, "{\"servers\": " + servers + links + "}");
    }
  }

  @Test
  void fiftyThreads_listingManyPagesEach_allGetEveryServerInOrder() throws Exception {
    server.setDispatcher(new Nova());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      List<Future<List<String>>> listings = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<String>> listing =
            () -> {
              start.await();
              if (thread % 5 == 0) { // some threads also show single servers in between
                assertThat(compute.getServer("srv-0" + (100 + thread)).id())
                    .isEqualTo("srv-0" + (100 + thread));
              }
              return compute.listServers(r -> r.pageSize(PAGE)).stream()
                  .map(Server::id)
                  .collect(Collectors.toList());
            };
        listings.add(pool.submit(listing));
      }
      start.countDown();
      for (Future<List<String>> listing : listings) {
        assertThat(listing.get(100, TimeUnit.SECONDS)).isEqualTo(IDS);
      }
    } finally {
      pool.shutdownNow();
    }
    int pagesPerListing = SERVERS / PAGE + 1; // Nova links a full last page to an empty one
    int expected = THREADS * pagesPerListing + THREADS / 5;
    assertThat(server.getRequestCount()).isEqualTo(expected);
    assertEveryRequestWasAuthenticatedAndPaged(expected);
  }

  @Test
  void fiftyAsyncListings_atOnce_allGetEveryServerInOrder() throws Exception {
    server.setDispatcher(new Nova());
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      List<CompletableFuture<List<Server>>> listings = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        listings.add(compute.async().listServers(r -> r.pageSize(PAGE)).toList());
      }
      for (CompletableFuture<List<Server>> listing : listings) {
        assertThat(listing.get(100, TimeUnit.SECONDS)).extracting(Server::id).isEqualTo(IDS);
      }
    }
    int expected = THREADS * (SERVERS / PAGE + 1);
    assertThat(server.getRequestCount()).isEqualTo(expected);
    assertEveryRequestWasAuthenticatedAndPaged(expected);
  }

  private void assertEveryRequestWasAuthenticatedAndPaged(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      HttpUrl url = request.getUrl();
      if (url.encodedPath().equals("/v2.1/servers/detail")) {
        assertThat(url.queryParameter("limit")).isEqualTo(String.valueOf(PAGE));
      } else {
        assertThat(url.encodedPath()).matches("/v2\\.1/servers/srv-0\\d{3}");
      }
    }
  }
}
