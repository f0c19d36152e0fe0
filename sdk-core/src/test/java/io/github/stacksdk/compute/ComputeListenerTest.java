package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.KeystoneResponses.PASSWORD;
import static io.github.stacksdk.compute.KeystoneResponses.endpoint;
import static io.github.stacksdk.compute.KeystoneResponses.service;
import static io.github.stacksdk.compute.KeystoneResponses.token;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.RecordingListener.Op;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Server;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The listener hook: what each operation tells, in which order, with which parent, on which thread,
 * and that a listener that throws breaks nothing.
 */
@Timeout(30)
final class ComputeListenerTest {
  private static final String SERVER = fixture("servers/server-get-resp.json");

  @StartStop final MockWebServer server = TestSupport.noDelayServer();
  private final RecordingListener listener = new RecordingListener();
  private final RecordingDelays delays = new RecordingDelays();

  private ComputeClient.Builder observed() {
    return client(server, "/v2.1").addListener(listener);
  }

  @Test
  void getServer_tellsTheOperationItsAttemptAndItsEnd() throws Exception {
    server.enqueue(
        json(200, SERVER).newBuilder().setHeader("OpenStack-API-Version", "compute 2.47").build());
    try (ComputeClient compute = observed().microversion("2.47").build()) {
      compute.getServer("s1");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);

    Op get = listener.only("servers.get");
    assertThat(listener.operations).containsExactly(get);
    assertThat(get.parent).isNull();
    assertThat(get.info.serverAddress()).isEqualTo(server.getHostName());
    assertThat(get.info.serverPort()).isEqualTo(server.getPort());
    assertThat(get.info.microversion()).contains("2.47");
    assertThat(get.info.concurrency()).isEqualTo(1);
    assertThat(get.startThread).isEqualTo(Thread.currentThread().getName());
    assertThat(get.events).containsExactly("attempt 1", "attempt 1 -> 200", "ok");
    assertThat(get.attempts.get(0).method()).isEqualTo("GET");
    assertThat(get.attempts.get(0).url()).isEqualTo(server.url("/v2.1/servers/s1").toString());
    AttemptResult attempt = get.attemptResults.get(0);
    assertThat(attempt.requestId()).contains("req-200");
    assertThat(attempt.microversion()).contains("2.47");
    assertThat(attempt.bytesRead()).isEqualTo(SERVER.getBytes(StandardCharsets.UTF_8).length);
    assertThat(attempt.failure()).isEmpty();
    assertThat(attempt.retryWait()).isEmpty();
    assertThat(attempt.faultName()).isEmpty();
    OperationResult result = Objects.requireNonNull(get.result);
    assertThat(result.statusCode()).hasValue(200);
    assertThat(result.failure()).isEmpty();
    assertThat(result.cancelled()).isFalse();
    assertThat(result.duration()).isPositive();
  }

  @Test
  void notFound_tellsTheFaultAndTheFailure() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance s9 could not be found.\"}}"));
    try (ComputeClient compute = observed().build()) {
      assertThatThrownBy(() -> compute.getServer("s9"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertSentGet(server, "/v2.1/servers/s9", null);

    Op get = listener.only("servers.get");
    assertThat(get.info.microversion()).isEmpty();
    assertThat(get.events)
        .containsExactly("attempt 1", "attempt 1 -> 404", "failed ResourceNotFoundException");
    AttemptResult attempt = get.attemptResults.get(0);
    assertThat(attempt.faultName()).contains("itemNotFound");
    assertThat(attempt.requestId()).contains("req-404");
    assertThat(attempt.failure()).containsInstanceOf(ResourceNotFoundException.class);
    assertThat(attempt.retryWait()).isEmpty();
    assertThat(Objects.requireNonNull(get.result).statusCode()).hasValue(404);
  }

  @Test
  void retry_tellsEachAttemptWithTheWaitDecided() throws Exception {
    server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}"));
    server.enqueue(json(200, SERVER));
    RetryPolicy twice =
        RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(100)).build();
    try (ComputeClient compute = observed().retryPolicy(twice).delays(delays).build()) {
      compute.getServer("s1");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);

    Op get = listener.only("servers.get");
    assertThat(get.events)
        .containsExactly("attempt 1", "attempt 1 -> 503", "attempt 2", "attempt 2 -> 200", "ok");
    assertThat(get.attemptResults.get(0).retryWait())
        .isPresent()
        .get()
        .isEqualTo(delays.waits.get(0));
    assertThat(get.attemptResults.get(0).faultName()).contains("computeFault");
    assertThat(get.attemptResults.get(1).retryWait()).isEmpty();
  }

  @Test
  void tokenRefused_tellsA401ThatIsSentAgainAtOnce() throws Exception {
    server.enqueue(json(401, "{\"error\": {\"code\": 401, \"message\": \"expired\"}}"));
    server.enqueue(json(200, SERVER));
    String[] tokens = {"old-token", "new-token"};
    int[] next = {0};
    try (ComputeClient compute =
        ComputeClient.builder()
            .endpoint(server.url("/v2.1").toString())
            .retryPolicy(RetryPolicy.none())
            .tokenProvider(
                new io.github.stacksdk.compute.auth.TokenProvider() {
                  @Override
                  public String token() {
                    return tokens[next[0]];
                  }

                  @Override
                  public boolean refresh(String refused) {
                    next[0] = 1;
                    return true;
                  }
                })
            .addListener(listener)
            .build()) {
      compute.getServer("s1");
    }
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("old-token");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("new-token");
    Op get = listener.only("servers.get");
    assertThat(get.events)
        .containsExactly("attempt 1", "attempt 1 -> 401", "attempt 2", "attempt 2 -> 200", "ok");
    assertThat(get.attemptResults.get(0).retryWait()).contains(Duration.ZERO);
  }

  @Test
  void listing_isAnOperationWhosePagesAreItsChildren() throws Exception {
    PagingNova nova = new PagingNova(PagingNova.ids(7));
    server.setDispatcher(nova);
    try (ComputeClient compute = observed().build()) {
      assertThat(compute.listServers(r -> r.pageSize(3)).stream().count()).isEqualTo(7);
      assertThat(listener.operations).allSatisfy(o -> assertThat(o.result).isNotNull());
    }
    assertThat(nova.requests())
        .extracting(u -> u.encodedPath())
        .containsOnly("/v2.1/servers/detail");
    assertThat(nova.requests())
        .extracting(u -> u.queryParameter("marker"))
        .containsExactly(null, "s30", "s60");

    Op listing = listener.only("servers.list");
    assertThat(listing.parent).isNull();
    assertThat(listing.events).containsExactly("page 1 of 3", "page 2 of 3", "page 3 of 1", "ok");
    assertThat(listing.pages).allSatisfy(p -> assertThat(p.bytesRead()).isPositive());
    assertThat(Objects.requireNonNull(listing.result).statusCode()).hasValue(200);
    List<Op> pages = listener.named("servers.list.page");
    assertThat(pages).hasSize(3).allSatisfy(p -> assertThat(p.parent).isSameAs(listing));
    assertThat(pages)
        .allSatisfy(
            p -> assertThat(p.events).containsExactly("attempt 1", "attempt 1 -> 200", "ok"));
    assertThat(pages.stream().mapToLong(p -> p.attemptResults.get(0).bytesRead()).sum())
        .isEqualTo(listing.pages.stream().mapToLong(p -> p.bytesRead()).sum());
  }

  @Test
  void listing_closedBeforeItsEnd_isCancelled() throws Exception {
    PagingNova nova = new PagingNova(PagingNova.ids(9));
    server.setDispatcher(nova);
    try (ComputeClient compute = observed().build()) {
      try (Stream<Server> servers = compute.listServers(r -> r.pageSize(3)).stream()) {
        assertThat(servers.limit(4).count()).isEqualTo(4);
      }
      listener.awaitEnded(o -> true);
    }
    Op listing = listener.only("servers.list");
    assertThat(listing.events).endsWith("cancelled");
    assertThat(listing.ends).isEqualTo(1);
    assertThat(Objects.requireNonNull(listing.result).cancelled()).isTrue();
    assertThat(nova.requests().size()).isBetween(2, 3); // the page read ahead may have been sent
  }

  @Test
  void listing_failedPage_failsTheListingAfterItsPages() throws Exception {
    PagingNova nova = new PagingNova(PagingNova.ids(9));
    nova.failDetailPageAfter("s30", 500);
    server.setDispatcher(nova);
    try (ComputeClient compute = observed().build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.pageSize(3)).stream().count())
          .isInstanceOf(io.github.stacksdk.compute.exception.ComputeServiceException.class);
    }
    assertThat(nova.requests())
        .extracting(u -> u.queryParameter("marker"))
        .containsExactly(null, "s30");
    Op listing = listener.only("servers.list");
    assertThat(listing.events).containsExactly("page 1 of 3", "failed ServiceErrorException");
    assertThat(Objects.requireNonNull(listing.result).statusCode()).hasValue(500);
  }

  @Test
  void asyncCall_startsOnTheCallersThread_andEndsWithTheFuture() throws Exception {
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = observed().build()) {
      compute.async().getServer("s1").get(5, TimeUnit.SECONDS);
      listener.awaitEnded(o -> true);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    Op get = listener.only("servers.get");
    assertThat(get.startThread).isEqualTo(Thread.currentThread().getName());
    assertThat(get.events).containsExactly("attempt 1", "attempt 1 -> 200", "ok");
  }

  @Test
  void asyncCall_cancelled_endsItsAttemptAndIsCancelled() throws Exception {
    server.enqueue(json(200, SERVER).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
    try (ComputeClient compute = observed().build()) {
      CompletableFuture<Server> call = compute.async().getServer("s1");
      assertSentGet(server, "/v2.1/servers/s1", null);
      call.cancel(true);
      listener.awaitEnded(o -> true);
      Op get = listener.only("servers.get");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (get.attemptResults.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(get.events)
          .containsExactlyInAnyOrder("attempt 1", "cancelled", "attempt 1 -> none");
      assertThat(get.attemptResults.get(0).retryWait()).isEmpty();
      assertThat(get.attemptResults.get(0).failure()).isPresent();
    }
  }

  @Test
  void concurrentListing_pagesOfBothPassesAreChildrenOfTheListing() throws Exception {
    PagingNova nova = new PagingNova(PagingNova.ids(10));
    server.setDispatcher(nova);
    List<String> ids;
    try (ComputeClient compute = observed().build()) {
      ids =
          compute.listServers(r -> r.pageSize(3)).concurrency(4).stream()
              .map(Server::id)
              .collect(Collectors.toList());
      // Every page ended before the listing gave its last item, and the listing with it.
      assertThat(listener.operations).allSatisfy(o -> assertThat(o.result).isNotNull());
    }
    assertThat(ids).isEqualTo(PagingNova.ids(10));
    Op listing = listener.only("servers.list");
    assertThat(listing.info.concurrency()).isEqualTo(4);
    assertThat(listing.startThread).isEqualTo(Thread.currentThread().getName());
    assertThat(listing.events).endsWith("ok");
    assertThat(listing.pages.stream().mapToInt(p -> p.items()).sum()).isEqualTo(10);
    List<Op> children =
        listener.operations.stream().filter(o -> o != listing).collect(Collectors.toList());
    assertThat(children)
        .allSatisfy(o -> assertThat(o.parent).isSameAs(listing))
        .allSatisfy(o -> assertThat(o.events).endsWith("ok"));
    assertThat(children)
        .extracting(o -> o.info.name())
        .contains("servers.list_summaries.page", "servers.list.page");
    assertThat(listener.named("servers.list.page")).hasSize(4); // 3 + 3 + 3 + 1
    long sent = nova.requests().size();
    assertThat(children.stream().mapToInt(o -> o.attempts.size()).sum()).isEqualTo(sent);
  }

  @Test
  void listenerThatThrows_breaksNoCall_andTheNextListenerHearsEverything() throws Exception {
    ComputeListener throwing =
        (operation, parent) ->
            new OperationListener() {
              @Override
              public void attemptStarted(io.github.stacksdk.compute.event.AttemptInfo attempt) {
                throw new IllegalStateException("listener bug");
              }

              @Override
              public void attemptEnded(AttemptResult result) {
                throw new IllegalStateException("listener bug");
              }

              @Override
              public void operationEnded(OperationResult result) {
                throw new IllegalStateException("listener bug");
              }
            };
    ComputeListener throwingAtStart =
        (operation, parent) -> {
          throw new IllegalStateException("listener bug");
        };
    server.enqueue(json(200, SERVER));
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute =
        client(server, "/v2.1")
            .addListener(throwing)
            .addListener(throwingAtStart)
            .addListener(listener)
            .build()) {
      assertThat(compute.getServer("s1").id()).isNotBlank();
      assertThat(compute.async().getServer("s1").get(5, TimeUnit.SECONDS).id()).isNotBlank();
      listener.awaitEnded(o -> true);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(listener.named("servers.get"))
        .hasSize(2)
        .allSatisfy(
            o -> assertThat(o.events).containsExactly("attempt 1", "attempt 1 -> 200", "ok"));
  }

  @Test
  void keystone_tellsTheTokenRequest_withoutItsSecrets() throws Exception {
    Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String computeUrl = server.url("/compute/v2.1").toString().replaceAll("/$", "");
    server.enqueue(
        token(
            "tok-secret-1",
            inAnHour,
            service("compute", "nova", endpoint("public", "RegionOne", computeUrl))));
    server.enqueue(json(200, SERVER));
    KeystoneAuth auth =
        KeystoneAuth.builder()
            .authUrl(server.url("/identity").toString())
            .username("alice")
            .userDomainName("Default")
            .password(PASSWORD)
            .projectName("web")
            .projectDomainName("Default")
            .build();
    try (ComputeClient compute =
        ComputeClient.builder().keystone(auth).addListener(listener).build()) {
      compute.getServer("s1");
    }
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("tok-secret-1");

    Op identity = listener.only("identity.token");
    assertThat(identity.info.microversion()).isEmpty();
    assertThat(identity.events).containsExactly("attempt 1", "attempt 1 -> 201", "ok");
    assertThat(identity.attempts.get(0).method()).isEqualTo("POST");
    assertThat(identity.attempts.get(0).url())
        .isEqualTo(server.url("/identity/v3/auth/tokens").toString());
    assertThat(listener.only("servers.get").events).endsWith("ok");
    String everything = describe(listener.operations);
    assertThat(everything).doesNotContain("tok-secret-1").doesNotContain(PASSWORD);
  }

  @Test
  void noListener_observesNothing() {
    assertThat(Observer.NONE.start("servers.get", server.url("/"), 1, true, null))
        .isSameAs(Observation.NONE);
  }

  /** Every value the listener was told, as text. */
  private static String describe(List<Op> operations) {
    StringBuilder all = new StringBuilder();
    for (Op op : operations) {
      all.append(op.info.name()).append(op.info.serverAddress()).append(op.info.microversion());
      op.attempts.forEach(a -> all.append(a.url()).append(a.method()));
      for (AttemptResult r : op.attemptResults) {
        all.append(r.requestId()).append(r.faultName()).append(r.microversion());
        r.failure().ifPresent(f -> all.append(f.getMessage()));
      }
      OperationResult result = op.result;
      if (result != null) {
        result.failure().ifPresent(f -> all.append(f.getMessage()));
      }
    }
    return all.toString();
  }
}
