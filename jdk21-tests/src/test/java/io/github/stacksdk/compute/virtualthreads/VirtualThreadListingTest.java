package io.github.stacksdk.compute.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.PagedIterable;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One client shared by 1,000 virtual threads that all list the same servers at once, half of them
 * sequentially and half with {@code concurrency(4)}: every listing is complete and in order, and
 * no virtual thread ever parks while pinned to its carrier (JFR's {@code jdk.VirtualThreadPinned},
 * every pin counted however short). A pinned virtual thread holds its carrier, one of the few
 * platform threads that run all virtual threads, for as long as it waits on the network.
 *
 * <p>A first, smaller round of the same listings warms the JVM up unwatched: a virtual thread that
 * loads or initializes a class while another thread does the same still pins (JDK 25 too), which
 * the first listings of a fresh JVM do in OkHttp, Kotlin's standard library and the SDK alike.
 * That is the JVM's, once per class; the watched round is the steady state, in which the SDK and
 * OkHttp wait for the network, their locks and each other without pinning.
 */
final class VirtualThreadListingTest {
  private static final String PINNED = "jdk.VirtualThreadPinned";
  private static final int THREADS = 1_000;
  private static final int WARM_UP_THREADS = 100;
  private static final int SERVERS = 120;

  /** Five pages: four of 25 and one of 20, which has no next link. */
  private static final int PAGE_SIZE = 25;

  private static final int DETAIL_PAGES = 5;

  private static final int CONCURRENCY = 4;
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void listServers_1000VirtualThreadsShareOneClient_listEveryServerWithoutPinningACarrier()
      throws Exception {
    try (FakeCompute fake = FakeCompute.start()) {
      List<String> newestFirst = seed(fake);
      ListServersRequest request = ListServersRequest.builder().pageSize(PAGE_SIZE).build();
      Listings listings;
      List<RecordedEvent> pins;
      try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
        Listings warmUp = listOnVirtualThreads(compute, request, WARM_UP_THREADS);
        assertThat(warmUp.servers).allSatisfy(ids -> assertThat(ids).isEqualTo(newestFirst));
        for (int i = 0; i < requestsOf(WARM_UP_THREADS); i++) {
          fake.takeRequest();
        }
        try (PinRecording recording = PinRecording.start()) {
          listings = listOnVirtualThreads(compute, request, THREADS);
          pins = recording.stop();
        }
      }

      assertThat(pins).withFailMessage(() -> describe(pins)).isEmpty();
      assertThat(listings.servers)
          .hasSize(THREADS)
          .allSatisfy(ids -> assertThat(ids).isEqualTo(newestFirst));
      // More listings waited on the network at once than there are carriers to run them.
      assertThat(listings.mostAtOnce).isGreaterThan(4 * Runtime.getRuntime().availableProcessors());

      List<FakeRequest> sent = new ArrayList<>();
      for (int i = 0; i < requestsOf(THREADS); i++) {
        sent.add(fake.takeRequest());
      }
      assertThat(fake.pollRequest(Duration.ofMillis(200))).isEmpty();
      assertThat(sent)
          .allSatisfy(
              r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.header("X-Auth-Token")).contains(fake.token());
                assertThat(r.header("OpenStack-API-Version")).contains("compute 2.79");
              });
      // Each listing asks for the five pages of details, by the markers Nova's next links give.
      List<FakeRequest> details = paths(sent, "/v2.1/servers/detail");
      assertThat(details).hasSize(THREADS * DETAIL_PAGES);
      assertThat(details).allSatisfy(r -> assertThat(r.queryParameter("limit")).contains("25"));
      Map<String, Long> markers =
          details.stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.queryParameter("marker").orElse("none"),
                      LinkedHashMap::new,
                      Collectors.counting()));
      assertThat(markers)
          .containsOnly(
              Map.entry("none", (long) THREADS),
              Map.entry(newestFirst.get(24), (long) THREADS),
              Map.entry(newestFirst.get(49), (long) THREADS),
              Map.entry(newestFirst.get(74), (long) THREADS),
              Map.entry(newestFirst.get(99), (long) THREADS));
      // and each concurrent one first reads the ids, all on one page of the id listing.
      assertThat(paths(sent, "/v2.1/servers"))
          .hasSize(THREADS / 2)
          .allSatisfy(
              r -> {
                assertThat(r.queryParameter("limit")).contains("1000");
                assertThat(r.queryParameter("marker")).isEmpty();
              });
    }
  }

  /** What the virtual threads listed, and the most listings that were in progress at once. */
  private static final class Listings {
    final List<List<String>> servers;
    final int mostAtOnce;

    Listings(List<List<String>> servers, int mostAtOnce) {
      this.servers = servers;
      this.mostAtOnce = mostAtOnce;
    }
  }

  /**
   * Starts {@code count} virtual threads that wait for each other, then each list the servers
   * through the one client: even ones sequentially, odd ones with {@link #CONCURRENCY} requests in
   * flight. Returns each thread's server ids, in thread order; a failed listing fails the test.
   */
  private static Listings listOnVirtualThreads(
      ComputeClient compute, ListServersRequest request, int count) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger listing = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    List<Future<List<String>>> results = new ArrayList<>();
    try (ExecutorService threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lister-", 0).factory())) {
      for (int i = 0; i < count; i++) {
        boolean concurrently = i % 2 == 1;
        results.add(
            threads.submit(
                () -> {
                  if (!Thread.currentThread().isVirtual()) {
                    throw new AssertionError(Thread.currentThread() + " is not virtual");
                  }
                  ready.countDown();
                  go.await();
                  mostAtOnce.accumulateAndGet(listing.incrementAndGet(), Math::max);
                  try {
                    PagedIterable<Server> servers = compute.listServers(request);
                    try (Stream<Server> stream =
                        (concurrently ? servers.concurrency(CONCURRENCY) : servers).stream()) {
                      return stream.map(Server::id).collect(Collectors.toList());
                    }
                  } finally {
                    listing.decrementAndGet();
                  }
                }));
      }
      assertThat(ready.await(1, TimeUnit.MINUTES)).as("all threads started").isTrue();
      go.countDown();
      List<List<String>> servers = new ArrayList<>();
      for (Future<List<String>> result : results) {
        servers.add(result.get(3, TimeUnit.MINUTES)); // a listing's exception fails the test
      }
      return new Listings(servers, mostAtOnce.get());
    }
  }

  /**
   * The requests of {@code threads} listings, half of them concurrent: five detail pages each, and
   * one page of ids for each concurrent one.
   */
  private static int requestsOf(int threads) {
    return threads * DETAIL_PAGES + threads / 2;
  }

  /** Seeds {@link #SERVERS} servers a second apart; returns their ids as Nova lists them. */
  private static List<String> seed(FakeCompute fake) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      String id = new UUID(0x7417_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
      fake.addServer(
          Server.builder()
              .id(id)
              .name("vt-" + i)
              .statusAsString("ACTIVE")
              .created(CREATED.plusSeconds(i))
              .updated(CREATED.plusSeconds(i))
              .build());
      ids.add(id);
    }
    Collections.reverse(ids); // Nova's default order: the newest first
    return ids;
  }

  private static List<FakeRequest> paths(List<FakeRequest> requests, String path) {
    return requests.stream().filter(r -> r.path().equals(path)).collect(Collectors.toList());
  }

  /**
   * A JFR recording of virtual threads parking while pinned to their carrier, with a threshold of
   * zero so that every pin counts, and each pin's stack trace.
   */
  private static final class PinRecording implements AutoCloseable {
    private final Recording recording = new Recording();

    static PinRecording start() {
      // A JDK without the event would record nothing, and the test would pass without checking.
      assertThat(FlightRecorder.getFlightRecorder().getEventTypes())
          .extracting(EventType::getName)
          .contains(PINNED);
      PinRecording pins = new PinRecording();
      pins.recording.enable(PINNED).withThreshold(Duration.ZERO).withStackTrace();
      pins.recording.start();
      return pins;
    }

    /** Stops recording and returns the pins recorded. */
    List<RecordedEvent> stop() throws IOException {
      recording.stop();
      Path file = Files.createTempFile("virtual-thread-pins", ".jfr");
      try {
        recording.dump(file);
        return RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals(PINNED))
            .collect(Collectors.toList());
      } finally {
        Files.deleteIfExists(file);
      }
    }

    @Override
    public void close() {
      recording.close();
    }
  }

  /** Every pin's stack trace, the same trace once with its count, the most frequent first. */
  private static String describe(List<RecordedEvent> pins) {
    Map<String, List<RecordedEvent>> byTrace =
        pins.stream()
            .collect(
                Collectors.groupingBy(
                    VirtualThreadListingTest::stackTrace, LinkedHashMap::new, Collectors.toList()));
    StringBuilder message =
        new StringBuilder()
            .append(pins.size())
            .append(" time(s) a virtual thread parked while pinned to its carrier, at ")
            .append(byTrace.size())
            .append(" stack trace(s):");
    byTrace.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(
            e -> {
              RecordedEvent first = e.getValue().get(0);
              message.append("\n\n").append(e.getValue().size()).append(" pin(s)");
              if (first.hasField("pinnedReason")) {
                message.append(", reason: ").append(first.getString("pinnedReason"));
              }
              message
                  .append(", first on ")
                  .append(first.getThread() == null ? "?" : first.getThread().getJavaName())
                  .append(" for ")
                  .append(first.getDuration())
                  .append(e.getKey());
            });
    return message.toString();
  }

  private static String stackTrace(RecordedEvent pin) {
    RecordedStackTrace trace = pin.getStackTrace();
    if (trace == null) {
      return "\n\t(no stack trace)";
    }
    StringBuilder frames = new StringBuilder();
    for (RecordedFrame frame : trace.getFrames()) {
      frames
          .append("\n\tat ")
          .append(frame.getMethod().getType().getName())
          .append('.')
          .append(frame.getMethod().getName())
          .append(frame.isJavaFrame() ? ":" + frame.getLineNumber() : " (native)");
    }
    if (trace.isTruncated()) {
      frames.append("\n\t...");
    }
    return frames.toString();
  }
}
