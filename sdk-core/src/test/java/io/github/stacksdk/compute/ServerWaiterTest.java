package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ServerDeletedException;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.exception.WaitTimeoutException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The waiters: what they poll, when they stop, and what they say when they fail. */
final class ServerWaiterTest {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:30Z");

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingDelays delays = new RecordingDelays();
  private final Script script = new Script();

  private ComputeClient client() {
    server.setDispatcher(script);
    return TestSupport.client(server, "/v2.1").delays(delays).build();
  }

  private static String server(String id, String status, String taskState, String fault) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \"n-"
        + id
        + "\", \"status\": \""
        + status
        + "\", \"OS-EXT-STS:task_state\": "
        + (taskState == null ? "null" : "\"" + taskState + "\"")
        + (fault == null ? "" : ", \"fault\": " + fault)
        + "}";
  }

  /** Answers each server's GETs with its queue of bodies (the last one repeats), and listings. */
  private static final class Script extends Dispatcher {
    final Map<String, Deque<String>> shows = new ConcurrentHashMap<>();
    final Deque<String> listings = new ArrayDeque<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    void show(String id, String... states) {
      shows.put(id, new ArrayDeque<>(List.of(states)));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requests.add(request);
      String path = request.getUrl().encodedPath();
      MockResponse.Builder response = new MockResponse.Builder();
      response.setHeader("Date", HTTP_DATE.format(NOW));
      if (path.equals("/v2.1/servers/detail")) {
        String page;
        synchronized (listings) {
          page = listings.size() > 1 ? listings.poll() : listings.peek();
        }
        return response
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"servers\": [" + (page == null ? "" : page) + "]}")
            .build();
      }
      String id = path.substring("/v2.1/servers/".length());
      Deque<String> states = shows.get(id);
      String state;
      synchronized (states) {
        state = states.size() > 1 ? states.poll() : states.peek();
      }
      if (state == null || state.isEmpty()) { // gone
        return response
            .code(404)
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
                    + id
                    + " could not be found.\"}}")
            .build();
      }
      if (state.startsWith("500")) {
        return response
            .code(500)
            .setHeader("Content-Type", "application/json")
            .body("{\"computeFault\": {\"code\": 500, \"message\": \"boom\"}}")
            .build();
      }
      return response
          .code(200)
          .setHeader("Content-Type", "application/json")
          .body("{\"server\": " + state + "}")
          .build();
    }

    List<String> paths() {
      List<String> paths = new ArrayList<>();
      for (RecordedRequest r : requests) {
        String q = r.getUrl().encodedQuery();
        paths.add(r.getMethod() + " " + r.getUrl().encodedPath() + (q == null ? "" : "?" + q));
      }
      return paths;
    }
  }

  @Test
  void untilStatus_pollsUntilActiveWithNoTask_atTheInterval() {
    script.show(
        "s1",
        server("s1", "BUILD", "scheduling", null),
        server("s1", "BUILD", "spawning", null),
        server("s1", "ACTIVE", "image_snapshot", null),
        server("s1", "ACTIVE", null, null));
    Server active;
    try (ComputeClient compute = client()) {
      active =
          compute
              .servers()
              .waiter()
              .withInterval(Duration.ofSeconds(2))
              .untilStatus("s1", ServerStatus.ACTIVE);
    }
    assertThat(active.status()).isEqualTo(ServerStatus.ACTIVE);
    assertThat(active.taskState()).isEmpty();
    assertThat(script.paths())
        .containsExactly(
            "GET /v2.1/servers/s1",
            "GET /v2.1/servers/s1",
            "GET /v2.1/servers/s1",
            "GET /v2.1/servers/s1");
    assertThat(delays.waits)
        .hasSize(3)
        .allSatisfy(w -> assertThat(w).isEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void untilStatus_serverGoesToError_stopsAtOnceWithTheFault() {
    String fault =
        "{\"code\": 500, \"message\": \"No valid host was found. \", \"created\":"
            + " \"2026-12-07T10:00:00Z\"}";
    script.show(
        "s1",
        server("s1", "BUILD", "scheduling", null),
        server("s1", "ERROR", null, fault),
        server("s1", "ACTIVE", null, null));
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.servers().waiter().untilStatus("s1", ServerStatus.ACTIVE))
          .isInstanceOfSatisfying(
              ServerErrorException.class,
              e -> {
                assertThat(e.serverId()).isEqualTo("s1");
                assertThat(e.fault()).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo(500));
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Server s1 went to status ERROR while waiting for it to reach status"
                            + " ACTIVE: fault 500, No valid host was found. ");
              });
    }
    assertThat(script.requests).hasSize(2);
  }

  @Test
  void untilStatus_serverDeleted_stopsWithServerDeleted() {
    script.show("s1", server("s1", "ACTIVE", "deleting", null), "");
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.servers().waiter().untilStatus("s1", ServerStatus.SHUTOFF))
          .isInstanceOfSatisfying(
              ServerDeletedException.class,
              e -> {
                assertThat(e.serverId()).isEqualTo("s1");
                assertThat(e.server())
                    .hasValueSatisfying(
                        s -> assertThat(s.taskState()).contains(TaskState.DELETING));
              });
    }
    assertThat(script.requests).hasSize(2);
  }

  @Test
  void untilDeleted_endsAtTheFirst404() {
    script.show("s1", server("s1", "ACTIVE", "deleting", null), "");
    try (ComputeClient compute = client()) {
      compute.servers().waiter().untilDeleted("s1");
    }
    assertThat(script.paths()).containsExactly("GET /v2.1/servers/s1", "GET /v2.1/servers/s1");
  }

  @Test
  void untilStatus_timeout_saysTheLastStatusAndTaskState() {
    script.show("s1", server("s1", "BUILD", "spawning", null));
    server.setDispatcher(script);
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      assertThatThrownBy(
              () ->
                  compute
                      .servers()
                      .waiter()
                      .withInterval(Duration.ofMillis(20))
                      .withTimeout(Duration.ofMillis(300))
                      .untilStatus("s1", ServerStatus.ACTIVE))
          .isInstanceOfSatisfying(
              WaitTimeoutException.class,
              e -> {
                assertThat(e.lastStatus()).contains(ServerStatus.BUILD);
                assertThat(e.lastTaskState()).contains(TaskState.SPAWNING);
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Server s1 did not reach status ACTIVE in time: it was last seen in"
                            + " status BUILD with task state spawning");
              });
    }
    assertThat(script.requests.size()).isGreaterThan(2);
  }

  @Test
  void untilStatus_aPollThatFails_endsTheWaitWithItsException() {
    script.show("s1", server("s1", "BUILD", "spawning", null), "500");
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.servers().waiter().untilStatus("s1", ServerStatus.ACTIVE))
          .isInstanceOf(ServiceErrorException.class);
    }
  }

  @Test
  void manyServers_pollOneChangesSinceListingPerRound_notOneRequestPerServer() {
    List<String> ids = List.of("s1", "s2", "s3", "s4", "s5");
    StringBuilder active = new StringBuilder();
    for (String id : ids) {
      script.show(id, server(id, "BUILD", "spawning", null));
    }
    script.listings.add(
        server("s1", "ACTIVE", null, null) + ", " + server("s9", "ACTIVE", null, null));
    for (String id : ids) {
      active.append(active.length() == 0 ? "" : ", ").append(server(id, "ACTIVE", null, null));
    }
    script.listings.add(active.toString());
    List<Server> servers;
    try (ComputeClient compute = client()) {
      servers = compute.servers().waiter().untilStatus(ids, ServerStatus.ACTIVE);
    }
    assertThat(servers).extracting(Server::id).containsExactlyElementsOf(ids);
    List<String> paths = script.paths();
    assertThat(paths.subList(0, 5)).allMatch(p -> p.startsWith("GET /v2.1/servers/s"));
    // Date 10:00:30 less the round trip and the 2-second overlap, to the second
    assertThat(paths.subList(5, paths.size()))
        .hasSize(2)
        .allSatisfy(
            p ->
                assertThat(p)
                    .matches(
                        "GET /v2.1/servers/detail\\?limit=1000&changes-since=2026-12-07T10%3A00%3A2[78]Z"));
  }

  @Test
  void async_cancel_stopsThePolls() throws Exception {
    script.show("s1", server("s1", "BUILD", "spawning", null));
    server.setDispatcher(script);
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      CompletableFuture<Server> wait =
          compute
              .async()
              .servers()
              .waiter()
              .withInterval(Duration.ofMillis(50))
              .untilStatus("s1", ServerStatus.ACTIVE);
      TimeUnit.MILLISECONDS.sleep(120);
      assertThat(wait.cancel(true)).isTrue();
      assertThatThrownBy(wait::join).isInstanceOf(CancellationException.class);
      int seen = script.requests.size();
      TimeUnit.MILLISECONDS.sleep(200);
      assertThat(script.requests.size()).isLessThanOrEqualTo(seen + 1);
    }
  }

  @Test
  void arguments_areChecked() {
    try (ComputeClient compute = client()) {
      ServerWaiter waiter = compute.servers().waiter();
      assertThatThrownBy(() -> waiter.untilStatus("s1", ServerStatus.DELETED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("untilDeleted");
      assertThatThrownBy(() -> waiter.untilStatus(List.of(), ServerStatus.ACTIVE))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> waiter.withTimeout(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> waiter.untilDeleted(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(waiter.timeout()).isEqualTo(Duration.ofMinutes(15));
      assertThat(waiter.interval()).isEqualTo(Duration.ofSeconds(5));
    }
    assertThat(script.requests).isEmpty();
  }
}
