package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.ids;
import static io.github.stacksdk.compute.TestSupport.json;
import static io.github.stacksdk.compute.TestSupport.serversPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
final class ComputeAsyncClientTest {
  private static final String ROOT =
      "{\"versions\": [{\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.93\", \"min_version\": \"2.1\","
          + " \"updated\": \"2013-07-23T11:33:21Z\", \"links\": []}]}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingDelays delays = new RecordingDelays();
  private final RecordingLogSink log = new RecordingLogSink();

  private ComputeClient.Builder client() {
    return TestSupport.client(server, "/v2.1").microversion("2.79");
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletableFuture<?> future) {
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void getServer_completesOnOkHttpsThread_withTheSameRequestAsTheSyncClient() throws Exception {
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    AtomicReference<String> thread = new AtomicReference<>();
    try (ComputeClient compute = client().build()) {
      Server server =
          await(
              compute
                  .async()
                  .getServer("s1")
                  .whenComplete((s, e) -> thread.set(Thread.currentThread().getName())));
      assertThat(server.id()).isNotBlank();
    }
    RecordedRequest request = assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.79");
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isEqualTo("2.79");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("stacksdk-compute/");
    assertThat(thread.get()).as("completed on the dispatcher, not the caller").contains("OkHttp");
  }

  @Test
  void getServer_errorsFailTheFuture_withTheSyncClientsExceptions() throws Exception {
    server.enqueue(json(404, fixture("errors/404-itemNotFound-instance-not-found.json")));
    try (ComputeClient compute = client().build()) {
      assertThat(failure(compute.async().getServer("gone")))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("status 404");
      assertThatThrownBy(() -> compute.async().getServer(" "))
          .as("invalid arguments throw at once")
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertSentGet(server, "/v2.1/servers/gone", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getServer_transientFailures_areRetriedOnTheSchedulerWithoutBlockingTheCaller()
      throws Exception {
    // The drop comes first, on a fresh connection, which OkHttp itself never retries.
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}"));
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    try (ComputeClient compute =
        client().retryPolicy(RetryPolicy.defaults()).delays(delays).build()) {
      assertThat(await(compute.async().getServer("s1")).id()).isNotBlank();
    }
    for (int i = 0; i < 3; i++) {
      assertSentGet(server, "/v2.1/servers/s1", null);
    }
    assertThat(delays.waits).hasSize(2);
  }

  @Test
  void getServer_retriesExhausted_failWithTheAttemptCount() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}"));
    }
    try (ComputeClient compute =
        client().retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).delays(delays).build()) {
      assertThat(failure(compute.async().getServer("s1")))
          .isInstanceOfSatisfying(
              ServiceErrorException.class, e -> assertThat(e.attempts()).isEqualTo(3))
          .hasMessageEndingWith("; gave up after 3 attempts");
    }
    for (int i = 0; i < 3; i++) {
      assertSentGet(server, "/v2.1/servers/s1", null);
    }
  }

  @Test
  void cancel_cancelsTheHttpCall_andFreesTheConnection() throws Exception {
    server.enqueue(
        json(200, fixture("servers/server-get-resp.json"))
            .newBuilder()
            .headersDelay(30, TimeUnit.SECONDS)
            .build());
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    OkHttpClient http = new OkHttpClient();
    try (ComputeClient compute = client().httpClient(http).build()) {
      CompletableFuture<Server> slow = compute.async().getServer("slow");
      assertSentGet(server, "/v2.1/servers/slow", null); // the call is on the wire
      assertThat(slow.cancel(true)).isTrue();
      assertThatThrownBy(() -> slow.get(1, TimeUnit.SECONDS))
          .isInstanceOf(CancellationException.class);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (http.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(http.dispatcher().runningCallsCount()).as("the HTTP call was cancelled").isZero();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    assertThat(http.connectionPool().connectionCount()).isZero();
  }

  @Test
  void cancel_duringTheWaitBeforeARetry_sendsNoMoreRequests() throws Exception {
    server.enqueue(
        json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}")
            .newBuilder()
            .setHeader("Retry-After", "2")
            .build());
    try (ComputeClient compute = client().retryPolicy(RetryPolicy.defaults()).build()) {
      CompletableFuture<Server> future = compute.async().getServer("s1");
      assertSentGet(server, "/v2.1/servers/s1", null);
      Thread.sleep(200); // the 503 has arrived; the retry waits for 2 s
      future.cancel(true);
      Thread.sleep(2500);
      assertThat(future).isCancelled();
    }
    assertThat(server.getRequestCount()).as("the retry was not sent").isEqualTo(1);
  }

  @Test
  void listServers_forEach_pagesThroughEveryPageInOrder() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?limit=2&marker=a2"));
    server.enqueue(serversPage(ids("b", 2), "http://nova/v2.1/servers/detail?limit=2&marker=b2"));
    server.enqueue(serversPage(ids("c", 1), null));
    List<String> listed = new CopyOnWriteArrayList<>();
    try (ComputeClient compute = client().build()) {
      await(compute.async().listServers(r -> r.pageSize(2)).forEach(s -> listed.add(s.id())));
    }
    assertThat(listed).containsExactly("a1", "a2", "b1", "b2", "c1");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=b2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void listServers_pageIterator_endsAtTheEmptyPageAfterAFullOne() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?limit=2&marker=a2"));
    server.enqueue(serversPage(List.of(), null));
    try (ComputeClient compute = client().build()) {
      AsyncPageIterator<Server> pages =
          compute.async().listServers(r -> r.pageSize(2)).pageIterator();
      Optional<Page<Server>> first = await(pages.next());
      assertThat(first)
          .hasValueSatisfying(
              p -> {
                assertThat(p.items()).extracting(Server::id).containsExactly("a1", "a2");
                assertThat(p.nextMarker()).contains("a2");
                assertThat(p.requestId()).contains("req-200");
              });
      assertThat(await(pages.next())).isEmpty();
      assertThat(await(pages.next())).as("no request after the end").isEmpty();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listServers_pageIterator_refusesOverlappingCalls() throws Exception {
    server.enqueue(
        serversPage(ids("a", 2), null)
            .newBuilder()
            .headersDelay(300, TimeUnit.MILLISECONDS)
            .build());
    try (ComputeClient compute = client().build()) {
      AsyncPageIterator<Server> pages = compute.async().listServers().pageIterator();
      CompletableFuture<Optional<Page<Server>>> first = pages.next();
      assertThatThrownBy(pages::next)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the previous next() has not completed yet");
      assertThat(await(first)).isPresent();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
  }

  @Test
  void listServers_repeatedMarker_failsInsteadOfLooping() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?marker=a2"));
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?marker=a2"));
    try (ComputeClient compute = client().build()) {
      assertThat(failure(compute.async().listServers(r -> r.pageSize(2)).toList()))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("next-page marker a2 a second time");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listServers_repeatedMarkerWithNewServers_forEachEndsWithAnExceptionNamingIt()
      throws Exception {
    String sameAgain = "/v2.1/servers/detail?limit=2&marker=a2";
    List<String> listed = new CopyOnWriteArrayList<>();

    Throwable thrown =
        listFromPageA(
            sameAgain,
            listed,
            serversPage(ids("b", 2), sameAgain),
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
    List<String> listed = new CopyOnWriteArrayList<>();

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
    List<String> listed = new CopyOnWriteArrayList<>();

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
  void listServers_serverRepeatedOnALaterPage_forEachAndToListGiveEachOnce() throws Exception {
    ComputeClientListServersTest.enqueueRepeatingPages(server);
    ComputeClientListServersTest.enqueueRepeatingPages(server);
    try (ComputeClient compute = client().build()) {
      AsyncPagedIterable<Server> servers = compute.async().listServers(r -> r.pageSize(3));
      List<String> each = new ArrayList<>();

      assertThat(await(servers.toList()))
          .extracting(Server::id)
          .containsExactly("a1", "a2", "a3", "b1", "b2");
      await(servers.forEach(s -> each.add(s.id())));
      assertThat(each).containsExactly("a1", "a2", "a3", "b1", "b2");
    }
    for (int listing = 0; listing < 2; listing++) {
      assertSentGet(server, "/v2.1/servers/detail", "limit=3");
      assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=a3");
      assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=b1");
      assertSentGet(server, "/v2.1/servers/detail", "limit=3&marker=a1");
    }
  }

  @Test
  void listServers_sameServersOnEveryPage_toListFailsWithTheGuardInsteadOfLooping()
      throws Exception {
    server.setDispatcher(ComputeClientListServersTest.sameServersOnEveryPage());
    try (ComputeClient compute = client().build()) {
      ComputeClientListServersTest.assertEndedByTheGuard(
          failure(compute.async().listServers(r -> r.pageSize(2)).toList()));
    }
    ComputeClientListServersTest.assertSentUntilTheGuard(server);
  }

  @Test
  void listServers_sameServersOnEveryPage_pageIteratorYieldsThemAsSentThenFails() throws Exception {
    server.setDispatcher(ComputeClientListServersTest.sameServersOnEveryPage());
    List<Page<Server>> pages = new ArrayList<>();
    try (ComputeClient compute = client().build()) {
      AsyncPageIterator<Server> iterator =
          compute.async().listServers(r -> r.pageSize(2)).pageIterator();
      for (int page = 1; page <= ComputeClientListServersTest.PAGES_BEFORE_THE_GUARD; page++) {
        pages.add(await(iterator.next()).orElseThrow());
      }

      ComputeClientListServersTest.assertEndedByTheGuard(failure(iterator.next()));
    }
    assertThat(pages)
        .allSatisfy(
            page -> assertThat(page.items()).extracting(Server::id).containsExactly("s1", "s2"));
    assertThat(pages)
        .extracting(page -> page.nextMarker().orElseThrow())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, ComputeClientListServersTest.PAGES_BEFORE_THE_GUARD)
                .mapToObj(page -> "m" + page)
                .collect(Collectors.toList()));
    ComputeClientListServersTest.assertSentUntilTheGuard(server);
  }

  @Test
  void listServers_markerThatVanished_failsWithMarkerNotFound() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?marker=a2"));
    server.enqueue(json(400, fixture("errors/400-badRequest-marker-not-found.json")));
    List<String> listed = new ArrayList<>();
    try (ComputeClient compute = client().build()) {
      assertThat(
              failure(
                  compute.async().listServers(r -> r.pageSize(2)).forEach(s -> listed.add(s.id()))))
          .isInstanceOf(MarkerNotFoundException.class);
    }
    assertThat(listed).containsExactly("a1", "a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
  }

  @Test
  void listServers_markerThatThen400s_failsAfterTheFirstPagesServers() throws Exception {
    List<String> listed = new CopyOnWriteArrayList<>();

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

  @Test
  void listServers_cancelStopsTheListing() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?marker=a2"));
    server.enqueue(
        serversPage(ids("b", 2), "http://nova/v2.1/servers/detail?marker=b2")
            .newBuilder()
            .headersDelay(30, TimeUnit.SECONDS)
            .build());
    CountDownLatch firstPage = new CountDownLatch(1);
    try (ComputeClient compute = client().build()) {
      CompletableFuture<Void> listing =
          compute.async().listServers(r -> r.pageSize(2)).forEachPage(p -> firstPage.countDown());
      assertThat(firstPage.await(5, TimeUnit.SECONDS)).isTrue();
      assertSentGet(server, "/v2.1/servers/detail", "limit=2");
      assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
      listing.cancel(true);
      assertThat(listing).isCancelled();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listServers_anActionThatThrows_failsTheListing() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?marker=a2"));
    try (ComputeClient compute = client().build()) {
      assertThat(
              failure(
                  compute
                      .async()
                      .listServers(r -> r.pageSize(2))
                      .forEach(
                          s -> {
                            throw new IllegalStateException("mine");
                          })))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("mine");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertThat(server.getRequestCount()).as("no page after the failed action").isEqualTo(1);
  }

  @Test
  void listServersPage_fetchesExactlyOnePage() throws Exception {
    server.enqueue(serversPage(ids("a", 2), "http://nova/v2.1/servers/detail?limit=2&marker=a2"));
    try (ComputeClient compute = client().build()) {
      Page<Server> page =
          await(
              compute
                  .async()
                  .listServersPage(ListServersRequest.builder().pageSize(2).marker("m0").build()));
      assertThat(page.items()).extracting(Server::id).containsExactly("a1", "a2");
      assertThat(page.nextMarker()).contains("a2");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=m0");
  }

  @Test
  void listVirtualInterfaces_andTheirAbsence() throws Exception {
    server.enqueue(json(200, fixture("servers/os-virtual-interfacesv2-list-resp.json")));
    server.enqueue(json(404, fixture("errors/404-webob-unmatched-route.json")));
    try (ComputeClient compute = client().build()) {
      List<VirtualInterface> interfaces = await(compute.async().listVirtualInterfaces("s1"));
      assertThat(interfaces).isNotEmpty();
      assertThat(failure(compute.async().listVirtualInterfaces("s2")))
          .isInstanceOf(VirtualInterfacesUnsupportedException.class);
    }
    assertSentGet(server, "/v2.1/servers/s1/os-virtual-interfacesv2", null);
    assertSentGet(server, "/v2.1/servers/s2/os-virtual-interfacesv2", null);
  }

  @Test
  void listInterfaceAttachments_readsThePorts() throws Exception {
    server.enqueue(json(200, fixture("servers/attach-interfaces-list-resp.json")));
    try (ComputeClient compute = client().build()) {
      assertThat(await(compute.async().listInterfaceAttachments("s1"))).isNotEmpty();
    }
    assertSentGet(server, "/v2.1/servers/s1/os-interface", null);
  }

  @Test
  void versionsAndNegotiation_fallBackToTheVersionedRoot() throws Exception {
    server.enqueue(json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"no\"}}"));
    server.enqueue(
        json(
            200,
            "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.93\", \"min_version\": \"2.1\"}}"));
    server.enqueue(json(200, ROOT));
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      assertThat(await(compute.async().versions()))
          .extracting(ComputeVersion::id)
          .containsExactly("v2.1");
      assertThat(await(compute.async().negotiateMicroversion())).isEqualTo("2.93");
    }
    for (String path : List.of("/", "/v2.1/", "/")) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo(path);
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      assertThat(request.getHeaders().get("OpenStack-API-Version")).isNull();
    }
  }

  @Test
  void refusedToken_isRenewedOnce_asInTheSyncClient() throws Exception {
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"expired\"}}"));
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    String[] token = {TOKEN};
    TokenProvider renewing =
        new TokenProvider() {
          @Override
          public String token() {
            return token[0];
          }

          @Override
          public boolean refresh(String refused) {
            token[0] = "renewed-" + refused.length();
            return true;
          }
        };
    try (ComputeClient compute = client().tokenProvider(renewing).build()) {
      await(compute.async().getServer("s1"));
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token"))
        .isEqualTo("renewed-" + TOKEN.length());
  }

  @Test
  void closedClient_failsNewCalls() {
    ComputeClient compute = client().build();
    compute.close();
    assertThat(failure(compute.async().getServer("s1")))
        .isInstanceOf(ComputeClientException.class)
        .hasMessage("GET /v2.1/servers/s1 was not completed: the client was closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void fixedPages_forTestDoubles() throws Exception {
    AsyncPagedIterable<String> listing =
        AsyncPagedIterable.of(Page.of(List.of("a", "b"), "b"), Page.of(List.of("c")));
    assertThat(await(listing.toList())).containsExactly("a", "b", "c");
    List<Integer> sizes = new ArrayList<>();
    await(listing.forEachPage(p -> sizes.add(p.items().size())));
    assertThat(sizes).containsExactly(2, 1);
  }

  /**
   * Lists with {@code forEach} in pages of two, the first page being a1 and a2 with a next link to
   * {@code nextHref} and the later ones {@code later}, on a client whose connections a {@link
   * LeakCheck} watches; checks that no connection was left held and that the first request asked
   * for the first page, and returns what failed the listing (null: it completed).
   */
  private @Nullable Throwable listFromPageA(
      String nextHref, List<String> listed, MockResponse... later) throws Exception {
    server.enqueue(serversPage(ids("a", 2), nextHref));
    for (MockResponse page : later) {
      server.enqueue(page);
    }
    Throwable thrown;
    try (LeakCheck leaks = LeakCheck.start()) {
      try (ComputeClient compute = client().httpClient(leaks.httpClient()).logSink(log).build()) {
        CompletableFuture<Void> listing =
            compute.async().listServers(r -> r.pageSize(2)).forEach(s -> listed.add(s.id()));
        thrown = catchThrowable(() -> listing.get(10, TimeUnit.SECONDS));
      }
      leaks.finish();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    return thrown instanceof ExecutionException ? thrown.getCause() : thrown;
  }
}
