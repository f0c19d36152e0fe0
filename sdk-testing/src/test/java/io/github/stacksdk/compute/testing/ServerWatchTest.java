package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.ServerChange;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ServerWatch} against the fake: the first listing, polls of {@code changes-since} on the
 * cloud's clock, deletions, servers leaving a filtered view, resyncs, outages, and listeners.
 */
@Timeout(60)
final class ServerWatchTest {
  /** The cloud's clock runs three hours behind this machine's: the watch must not notice. */
  private static final Duration SKEW = Duration.ofHours(-3);

  private static final Duration FAST = Duration.ofMillis(50);

  private final BlockingQueue<ServerChange> events = new LinkedBlockingQueue<>();
  private FakeCompute fake;
  private ComputeClient compute;

  @BeforeEach
  void start() {
    fake = FakeCompute.builder().clock(Clock.offset(Clock.systemUTC(), SKEW)).start();
    for (String name : List.of("a", "b", "c")) {
      fake.createServer(server(name));
    }
    compute = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    compute.close();
    fake.close();
  }

  private static Server server(String id) {
    return Server.builder().id(id).name("web-" + id).statusAsString("ACTIVE").build();
  }

  private ServerChange nextEvent() throws InterruptedException {
    ServerChange change = events.poll(10, TimeUnit.SECONDS);
    assertThat(change).as("a change within 10 s").isNotNull();
    return change;
  }

  private List<String> nextEvents(int count) throws InterruptedException {
    List<String> got = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ServerChange c = nextEvent();
      got.add(c.type() + " " + c.serverId());
    }
    return got;
  }

  /** No event comes while the watch polls five more times. */
  private void assertQuiet(ServerWatch watch) throws InterruptedException {
    long polls = watch.stats().polls();
    await(() -> watch.stats().polls() >= polls + 5);
    assertThat(events).as("no further change").isEmpty();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private Map<String, Server> listed() {
    return compute.listServers().stream().collect(Collectors.toMap(Server::id, s -> s));
  }

  @Test
  void watch_listsFirst_thenTellsEachChange_onTheCloudsClock() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute).interval(FAST).listener(events::add).start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      assertThat(nextEvents(3)).containsExactlyInAnyOrder("ADDED a", "ADDED b", "ADDED c");

      fake.updateServer("a", s -> s.toBuilder().name("web-a2").build());
      Server renamed = compute.getServer("a"); // as Nova renders it
      ServerChange update = nextEvent();
      assertThat(update.type()).isEqualTo(ServerChange.Type.UPDATED);
      assertThat(update.previous().flatMap(Server::name)).contains("web-a");
      assertThat(update.current()).contains(renamed);

      fake.deleteServer("b");
      ServerChange removal = nextEvent();
      assertThat(removal.type()).isEqualTo(ServerChange.Type.REMOVED);
      assertThat(removal.serverId()).isEqualTo("b");
      assertThat(removal.deleted()).isTrue();
      assertThat(removal.fromResync()).isFalse();

      fake.createServer(server("d"));
      assertThat(nextEvents(1)).containsExactly("ADDED d");
      assertQuiet(watch); // the polls overlap, and bring a, b and d again: no change

      assertThat(watch.snapshot()).isEqualTo(listed());
      assertThat(watch.get("a")).contains(renamed);
      assertThat(watch.get("b")).isEmpty();
      assertThat(watch.stats().stale()).isFalse();
      assertThat(watch.stats().errors()).isZero();
      assertThat(watch.stats().serversChanged()).isEqualTo(6);
      assertThat(watch.stats().bytesReceived()).isPositive();
    }
    // What was sent: the clock probe, the full listing, then polls with the cloud's time.
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers");
    FakeRequest listing = fake.takeRequest();
    assertThat(listing.path()).isEqualTo("/v2.1/servers/detail");
    assertThat(listing.queryParameter("changes-since")).isEmpty();
    FakeRequest poll = fake.takeRequest();
    while (!poll.path().equals("/v2.1/servers/detail")) {
      poll = fake.takeRequest(); // past the test's own getServer calls
    }
    Instant since = Instant.parse(poll.queryParameter("changes-since").orElseThrow());
    Instant cloudNow = Instant.now().plus(SKEW);
    assertThat(since)
        .as("the cloud's time of the first request, less the 2 s overlap, to the second")
        .isBetween(cloudNow.minusSeconds(60), cloudNow.minusSeconds(2));
    assertThat(since.getNano()).isZero();
  }

  @Test
  void filteredView_serverLeavesWhenItStopsMatching_andComesBack() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .view(r -> r.status(ServerStatus.ACTIVE).name("^web-[ab]$"))
            .interval(FAST)
            .listener(events::add)
            .start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      assertThat(nextEvents(2)).containsExactlyInAnyOrder("ADDED a", "ADDED b");

      fake.updateServer("a", s -> s.toBuilder().statusAsString("SHUTOFF").build());
      ServerChange left = nextEvent();
      assertThat(left.type()).isEqualTo(ServerChange.Type.REMOVED);
      assertThat(left.serverId()).isEqualTo("a");
      assertThat(left.deleted()).isFalse();

      fake.updateServer("c", s -> s.toBuilder().name("WEB-B").build()); // the regex ignores case
      assertThat(nextEvents(1)).containsExactly("ADDED c");
      fake.updateServer("a", s -> s.toBuilder().statusAsString("ACTIVE").build());
      assertThat(nextEvents(1)).containsExactly("ADDED a");
      assertQuiet(watch);
      assertThat(watch.snapshot().keySet()).containsExactlyInAnyOrder("a", "b", "c");
    }
    FakeRequest probe = fake.takeRequest();
    FakeRequest listing = fake.takeRequest();
    FakeRequest poll = fake.takeRequest();
    assertThat(probe.queryParameters()).containsOnlyKeys("limit");
    assertThat(listing.queryParameter("status")).contains("ACTIVE");
    assertThat(listing.queryParameter("name")).contains("^web-[ab]$");
    // A poll that sent the filters would never see a server leave them.
    assertThat(poll.queryParameters()).containsOnlyKeys("limit", "changes-since");
  }

  @Test
  void rowGoneBeforeAPollSawIt_isFoundByTheResync() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .interval(FAST)
            .resyncInterval(Duration.ofMillis(300))
            .listener(events::add)
            .start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      nextEvents(3);

      fake.removeServer("c"); // gone from every listing, changes-since included, like a purge
      ServerChange gone = nextEvent();

      assertThat(gone.type()).isEqualTo(ServerChange.Type.REMOVED);
      assertThat(gone.serverId()).isEqualTo("c");
      assertThat(gone.fromResync()).isTrue();
      assertThat(gone.deleted()).isFalse();
      assertThat(watch.stats().resyncs()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void resyncEveryOtherRound_changesComeAsPlainChanges_deletionsAsDeleted() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .interval(FAST)
            .resyncInterval(Duration.ofMillis(1)) // a resync, then a poll, and so on
            .listener(events::add)
            .start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      nextEvents(3);

      fake.updateServer("a", s -> s.toBuilder().name("web-a2").build());
      ServerChange update = nextEvent();
      fake.deleteServer("b");
      ServerChange removal = nextEvent();
      assertQuiet(watch);

      assertThat(update.serverId()).isEqualTo("a");
      assertThat(update.fromResync())
          .as("the poll the resync replaced would have seen it")
          .isFalse();
      assertThat(removal.serverId()).isEqualTo("b");
      assertThat(removal.deleted()).isTrue();
      assertThat(removal.fromResync()).isFalse();
      assertThat(watch.stats().resyncs()).isGreaterThan(3);
      assertThat(watch.stats().polls()).isGreaterThan(3);
    }
  }

  @Test
  void slowResync_pollsGoOnBesideIt_andTellChangesWithinAnInterval() throws Exception {
    try (FakeCompute slow =
            FakeCompute.builder()
                .cost(NovaCost.builder().perServerDetail(Duration.ofMillis(40)).build())
                .apiWorkers(4)
                .start();
        ComputeClient client = slow.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
      for (int i = 0; i < 60; i++) {
        // A listing takes 2.4 s of Nova's time; a poll brings the changed servers alone.
        Server old = server(String.format("s%02d", i));
        slow.createServer(old.toBuilder().created(anHourAgo).updated(anHourAgo).build());
      }
      try (ServerWatch watch =
          ServerWatch.builder(client)
              .interval(FAST)
              .resyncInterval(Duration.ofMillis(200))
              .listener(events::add)
              .start()) {
        watch.synced().get(30, TimeUnit.SECONDS);
        nextEvents(60);
        long resyncs = watch.stats().resyncs();
        long polls = watch.stats().polls();
        await(() -> slow.novaUsage().detailListings() > polls + 2); // a resync's listing runs

        slow.updateServer("s07", s -> s.toBuilder().name("renamed").build());
        ServerChange update = nextEvent();

        assertThat(update.serverId()).isEqualTo("s07");
        assertThat(update.fromResync()).isFalse();
        assertThat(watch.stats().resyncs())
            .as("told before the resync's listing was done")
            .isEqualTo(resyncs);
        assertThat(watch.stats().polls()).isGreaterThan(polls);
        await(() -> watch.stats().resyncs() > resyncs);
        assertQuiet(watch); // the resync found nothing the polls had not told
      }
    }
  }

  @Test
  void cloudDown_viewKeptAndStale_thenResumesWhereItLeftOff() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute).interval(FAST).listener(events::add).start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      nextEvents(3);
      long polls = watch.stats().polls();

      fake.failNext(5, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"down\"}}");
      fake.updateServer("b", s -> s.toBuilder().name("web-b2").build());
      await(() -> watch.stats().errors() >= 5);

      ServerChange update = nextEvent(); // once the cloud answers again
      assertThat(update.serverId()).isEqualTo("b");
      assertThat(update.current().flatMap(Server::name)).contains("web-b2");
      assertThat(watch.stats().stale()).isFalse();
      assertThat(watch.stats().polls()).isGreaterThan(polls);
    }
  }

  @Test
  void stale_whileTheCloudIsDown() throws Exception {
    try (ServerWatch watch = ServerWatch.builder(compute).interval(FAST).start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      fake.failNext(1000, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"down\"}}");
      await(() -> watch.stats().stale());

      assertThat(watch.snapshot()).containsOnlyKeys("a", "b", "c");
      assertThat(watch.stats().changesSince()).isPresent();
    }
  }

  @Test
  void lastSynced_emptyBeforeTheFirstListing_thenThisMachinesTimeOfTheLastSuccess()
      throws Exception {
    fake.failNext(1, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"down\"}}");
    Instant started = Instant.now();
    try (ServerWatch watch = ServerWatch.builder(compute).interval(FAST).start()) {
      await(() -> watch.stats().errors() >= 1);
      assertThat(watch.stats().lastSynced()).isEmpty();

      watch.synced().get(10, TimeUnit.SECONDS);
      long polls = watch.stats().polls();
      await(() -> watch.stats().polls() > polls);
      // This machine's clock, not the cloud's, which runs three hours behind.
      Instant synced = watch.stats().lastSynced().orElseThrow();
      assertThat(synced).isBetween(started, Instant.now());

      fake.failNext(1000, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"down\"}}");
      await(() -> watch.stats().stale());
      Instant lastGood = watch.stats().lastSynced().orElseThrow();
      await(() -> watch.stats().errors() >= 4);
      assertThat(watch.stats().lastSynced()).contains(lastGood);
    }
  }

  @Test
  void lateListener_isToldOfEveryServerFirst() throws Exception {
    try (ServerWatch watch = ServerWatch.builder(compute).interval(FAST).start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      watch.addListener(events::add);

      assertThat(nextEvents(3)).containsExactlyInAnyOrder("ADDED a", "ADDED b", "ADDED c");
      assertThat(watch.removeListener(events::add)).as("another lambda").isFalse();
    }
  }

  @Test
  void slowListener_seesChangesCoalesced_andPollingGoesOn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<ServerChange> slow = new CopyOnWriteArrayList<>();
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .interval(FAST)
            .listener(
                change -> {
                  slow.add(change);
                  if (slow.size() == 1) {
                    awaitQuietly(release);
                  }
                })
            .listener(events::add)
            .start()) {
      watch.synced().get(10, TimeUnit.SECONDS);
      nextEvents(3); // the other listener is not held up

      await(() -> !slow.isEmpty());
      String id = slow.get(0).serverId(); // the change the slow listener is held in
      fake.updateServer(id, s -> s.toBuilder().name("v2").build());
      assertThat(nextEvents(1)).containsExactly("UPDATED " + id);
      fake.updateServer(id, s -> s.toBuilder().name("v3").build());
      assertThat(nextEvents(1)).containsExactly("UPDATED " + id);
      Server v3 = compute.getServer(id);
      long polls = watch.stats().polls();
      await(() -> watch.stats().polls() >= polls + 3); // polling goes on meanwhile

      release.countDown();
      await(() -> slow.size() >= 4);
      assertQuiet(watch);

      ServerChange coalesced = slow.get(3);
      assertThat(slow).hasSize(4);
      assertThat(coalesced.type()).isEqualTo(ServerChange.Type.UPDATED);
      assertThat(coalesced.previous().flatMap(Server::name)).contains("web-" + id);
      assertThat(coalesced.current()).contains(v3);
    }
  }

  @Test
  void listenerThatThrows_isToldOfTheNextChange() throws Exception {
    try (ServerWatch watch =
        ServerWatch.builder(compute)
            .interval(FAST)
            .listener(
                change -> {
                  events.add(change);
                  throw new IllegalStateException("listener bug");
                })
            .start()) {
      assertThat(nextEvents(3)).hasSize(3);
      fake.deleteServer("a");
      assertThat(nextEvents(1)).containsExactly("REMOVED a");
    }
  }

  @Test
  void close_returnsAtOnce_andStopsPolling() throws Exception {
    ServerWatch watch = ServerWatch.builder(compute).interval(FAST).start();
    watch.synced().get(10, TimeUnit.SECONDS);
    fake.delayNext(1, Duration.ofSeconds(20));
    int sent = fake.requestCount();
    await(() -> fake.requestCount() > sent); // the delayed poll is in flight

    long start = System.nanoTime();
    watch.close();
    long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    int afterClose = fake.requestCount();
    Thread.sleep(300);

    assertThat(closeMillis).isLessThan(2_000);
    assertThat(fake.requestCount()).isEqualTo(afterClose);
  }

  @Test
  void closedBeforeTheFirstListing_syncedFails() {
    fake.delayNext(1, Duration.ofSeconds(20));
    ServerWatch watch = ServerWatch.builder(compute).start();
    watch.close();

    assertThat(watch.synced()).isCompletedExceptionally();
  }

  @Test
  void filtersTheWatchCannotFollow_areRefusedWhenBuilt() {
    assertThatThrownBy(() -> ServerWatch.builder(compute).view(r -> r.ip("10.0.0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a watch cannot follow ip");
    assertThatThrownBy(() -> ServerWatch.builder(compute).view(r -> r.changesSince(Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changes-since");
    assertThatThrownBy(() -> ServerWatch.builder(compute).interval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    // locked needs 2.73; the client speaks 2.1.
    ServerWatch.Builder locked = ServerWatch.builder(compute).view(r -> r.locked(true));
    assertThatThrownBy(locked::start)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2.73");
    assertThat(fake.requestCount()).as("nothing sent for refused watches").isZero();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
