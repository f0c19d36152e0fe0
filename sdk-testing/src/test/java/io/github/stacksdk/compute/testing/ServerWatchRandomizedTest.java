package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.ServerChange;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A watch of the ACTIVE servers through 1,000 short rounds of random changes: updates, servers
 * leaving and entering the view, creations, deletions (some purged before any poll saw them).
 * After every round the listener's view, built from its events alone, must be the fake's own, and
 * every event must be for a server the round changed. The seed makes a failure reproduce: run
 * with {@code -Dwatch.seed=N}.
 */
@Timeout(300)
final class ServerWatchRandomizedTest {
  private static final int ROUNDS = 1_000;
  private static final long SEED = Long.getLong("watch.seed", 20261207L);
  private static final ListServersRequest VIEW =
      ListServersRequest.builder().status(ServerStatus.ACTIVE).build();

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T00:00:00Z"));
  private final Random random = new Random(SEED);
  private final Map<String, Server> told = new ConcurrentHashMap<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<ServerChange> events = new CopyOnWriteArrayList<>();
  private int nextId;

  @Test
  void randomChanges_noMissedAndNoSpuriousEvents() throws Exception {
    try (FakeCompute fake = FakeCompute.builder().clock(clock).start();
        ComputeClient compute = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      for (int i = 0; i < 30; i++) {
        fake.createServer(newServer());
      }
      Set<String> purgedUnseen = new HashSet<>();
      try (ServerWatch watch =
          ServerWatch.builder(compute)
              .view(VIEW)
              .interval(Duration.ofMillis(5))
              .resyncInterval(Duration.ofSeconds(3))
              .listener(this::apply)
              .start()) {
        watch.synced().get(10, TimeUnit.SECONDS);
        awaitAgreement(compute, watch, purgedUnseen, -1);

        for (int round = 0; round < ROUNDS; round++) {
          events.clear();
          Set<String> touched = changeAtRandom(fake, purgedUnseen);
          clock.advance(Duration.ofMillis(random.nextInt(900)));
          awaitAgreement(compute, watch, purgedUnseen, round);
          for (ServerChange event : events) {
            if (event.fromResync()) {
              // Only a row purged before any poll saw it deleted may be left to the resync.
              if (!purgedUnseen.remove(event.serverId())) {
                problems.add(
                    "round " + round + ": missed by the polls, found by a resync " + event);
              }
            } else if (!touched.contains(event.serverId())) {
              problems.add("round " + round + ": spurious " + event);
            }
          }
          assertThat(problems).as("seed %d", SEED).isEmpty();
        }
        // A resync finds the servers that were purged before any poll saw them deleted.
        long resyncs = watch.stats().resyncs();
        await(() -> watch.stats().resyncs() > resyncs);
        purgedUnseen.clear();
        awaitAgreement(compute, watch, purgedUnseen, ROUNDS);
        assertThat(watch.stats().errors()).isZero();
      }
    }
    assertThat(problems).as("seed %d", SEED).isEmpty();
  }

  /** The listener: the view as its events tell it, checking each against what it was told. */
  private void apply(ServerChange change) {
    events.add(change);
    String id = change.serverId();
    Server held = told.get(id);
    switch (change.type()) {
      case ADDED:
        if (held != null) {
          problems.add("ADDED a server already held: " + change);
        }
        told.put(id, change.current().orElseThrow());
        break;
      case UPDATED:
        if (held == null || !change.previous().orElseThrow().equals(held)) {
          problems.add("UPDATED from a state not told: " + change);
        }
        if (change.current().equals(change.previous())) {
          problems.add("UPDATED to the same state: " + change);
        }
        told.put(id, change.current().orElseThrow());
        break;
      case REMOVED:
        if (held == null) {
          problems.add("REMOVED a server not held: " + change);
        }
        told.remove(id);
        break;
    }
  }

  /** One round's changes to a few servers; returns the ids it touched. */
  private Set<String> changeAtRandom(FakeCompute fake, Set<String> purgedUnseen) {
    Set<String> touched = new HashSet<>();
    Set<String> deleted = new HashSet<>();
    List<Server> live =
        fake.servers().stream()
            .filter(s -> s.status() != ServerStatus.DELETED)
            .collect(Collectors.toList());
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes && !live.isEmpty(); i++) {
      Server s = live.get(random.nextInt(live.size()));
      if (touched.contains(s.id())) {
        continue; // one change per server and round, so that a deleted one is not changed again
      }
      int dice = random.nextInt(10);
      if (dice < 4) {
        fake.updateServer(s.id(), x -> x.toBuilder().name("renamed-" + random.nextInt()).build());
      } else if (dice < 6) {
        String status = s.status() == ServerStatus.ACTIVE ? "SHUTOFF" : "ACTIVE";
        fake.updateServer(s.id(), x -> x.toBuilder().statusAsString(status).build());
      } else if (dice < 7) {
        fake.deleteServer(s.id());
        deleted.add(s.id());
      } else if (dice < 8) {
        fake.deleteServer(s.id());
        deleted.add(s.id());
        fake.purgeDeletedServers(); // before any poll sees them deleted
        purgedUnseen.addAll(deleted);
      } else {
        Server created = fake.createServer(newServer());
        touched.add(created.id());
        continue;
      }
      touched.add(s.id());
    }
    return touched;
  }

  private Server newServer() {
    String id = String.format("rnd-%05d", nextId++);
    return Server.builder()
        .id(id)
        .name("server-" + id)
        .statusAsString(random.nextInt(4) == 0 ? "SHUTOFF" : "ACTIVE")
        .build();
  }

  /**
   * Waits until the listener's view is the fake's (a fresh listing of the view), but for servers
   * purged before a poll saw them, which only a resync removes.
   */
  private void awaitAgreement(
      ComputeClient compute, ServerWatch watch, Set<String> purgedUnseen, int round)
      throws InterruptedException {
    long polls = watch.stats().polls();
    await(() -> watch.stats().polls() >= polls + 2); // one poll began after the changes
    Map<String, Server> expected = new TreeMap<>();
    compute.listServers(VIEW).forEach(s -> expected.put(s.id(), s));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      Map<String, Server> actual = new TreeMap<>(told);
      actual.keySet().removeIf(id -> purgedUnseen.contains(id) && !expected.containsKey(id));
      if (actual.equals(expected)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        Set<String> missing = new HashSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<String> extra = new HashSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        List<String> stale =
            expected.keySet().stream()
                .filter(id -> actual.containsKey(id) && !actual.get(id).equals(expected.get(id)))
                .collect(Collectors.toList());
        throw new AssertionError(
            String.format(
                "seed %d, round %d: the listener's view is not the cloud's: missing %s, extra %s,"
                    + " stale %s",
                SEED, round, missing, extra, new ArrayList<>(stale)));
      }
      Thread.sleep(2);
    }
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(1);
    }
  }
}
