package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.ids;
import static io.github.stacksdk.compute.TestSupport.json;
import static io.github.stacksdk.compute.TestSupport.serversPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.RateLimitedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.internal.http.Delays;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ComputeClientRetryTest {
  private static final String SERVER = fixture("servers/server-get-resp.json");
  private static final RetryPolicy FOUR_ATTEMPTS =
      RetryPolicy.builder()
          .maxAttempts(4)
          .initialBackoff(Duration.ofMillis(200))
          .maxBackoff(Duration.ofSeconds(1))
          .build();

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingDelays delays = new RecordingDelays();

  private ComputeClient.Builder client(RetryPolicy policy) {
    return TestSupport.client(server, "/v2.1").retryPolicy(policy).delays(delays);
  }

  private static MockResponse fault(int status, String name, String retryAfter) {
    MockResponse.Builder response =
        json(status, "{\"" + name + "\": {\"code\": " + status + ", \"message\": \"try later\"}}")
            .newBuilder();
    if (retryAfter != null) {
      response.setHeader("Retry-After", retryAfter);
    }
    return response.build();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void getServer_transientStatusThenOk_retriesWithBackoffAndReturnsTheServer(int status)
      throws Exception {
    server.enqueue(fault(status, "computeFault", null));
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThat(compute.getServer("s1").id()).isNotBlank();
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(delays.waits)
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
  }

  @Test
  void getServer_retryAfterSeconds_waitsExactlyThatLong() throws Exception {
    server.enqueue(fault(429, "overLimit", "7"));
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      compute.getServer("s1");
    }
    assertThat(delays.waits).containsExactly(Duration.ofSeconds(7));
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @Test
  void getServer_retryAfterHttpDate_waitsUntilThen() throws Exception {
    String inTwoMinutes =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(120));
    server.enqueue(fault(503, "serviceUnavailable", inTwoMinutes));
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      compute.getServer("s1");
    }
    assertThat(delays.waits)
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120)));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getServer_garbageRetryAfter_usesTheBackoff() throws Exception {
    server.enqueue(fault(429, "overLimit", "soon-ish"));
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      compute.getServer("s1");
    }
    assertThat(delays.waits)
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getServer_retryAfterBeyondTheDeadline_givesUpAtOnceWithTheDelay() throws Exception {
    server.enqueue(fault(429, "overLimit", "3600"));
    try (ComputeClient compute =
        client(FOUR_ATTEMPTS.toBuilder().deadline(Duration.ofMinutes(1)).build()).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                assertThat(e.attempts()).isEqualTo(1);
              })
          .hasMessageNotContaining("attempts");
    }
    assertThat(delays.waits).isEmpty();
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getServer_retryAfterBeyondAnInt_endsInTheServiceException_notANumberFormatException()
      throws Exception {
    server.enqueue(fault(503, "serviceUnavailable", "999999999999999999999999999999"));
    server.enqueue(fault(503, "serviceUnavailable", "99999999999"));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ServiceErrorException.class,
              e -> {
                assertThat(e.error().retryAfter()).contains(Duration.ofDays(1));
                assertThat(e.attempts()).isEqualTo(1);
              });
      assertThat(compute.async().getServer("s2"))
          .failsWithin(Duration.ofSeconds(5))
          .withThrowableThat()
          .havingCause()
          .isInstanceOfSatisfying(
              ServiceErrorException.class,
              e -> assertThat(e.error().retryAfter()).contains(Duration.ofDays(1)));
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void getServer_503RetryAfterZero_isSentOnlyAsThePolicySays() throws Exception {
    for (int i = 0; i < 6; i++) {
      server.enqueue(fault(503, "serviceUnavailable", "0"));
    }
    try (ComputeClient compute = client(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> compute.getServer("s1")).isInstanceOf(ServiceErrorException.class);
    }
    assertThat(server.getRequestCount()).as("none(): one request").isEqualTo(1);
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ServiceErrorException.class,
              e -> assertThat(e.error().retryAfter()).contains(Duration.ZERO))
          .hasMessageEndingWith("; gave up after 4 attempts");
    }
    assertThat(server.getRequestCount()).as("four attempts: four more requests").isEqualTo(5);
    assertThat(delays.waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  @Test
  void getServer_413WithRetryAfter_isRetried_butWithoutItIsAQuotaAndFinal() throws Exception {
    server.enqueue(fault(413, "overLimit", "2"));
    server.enqueue(json(200, SERVER));
    server.enqueue(fault(413, "overLimit", null));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      compute.getServer("s1");
      assertThatThrownBy(() -> compute.getServer("s2")).isInstanceOf(RateLimitedException.class);
    }
    assertThat(delays.waits).containsExactly(Duration.ofSeconds(2));
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void getServer_finalStatuses_areNotRetried() throws Exception {
    server.enqueue(fault(500, "computeFault", null));
    server.enqueue(fault(404, "itemNotFound", null));
    server.enqueue(fault(400, "badRequest", null));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThatThrownBy(() -> compute.getServer("a")).isInstanceOf(ServiceErrorException.class);
      assertThatThrownBy(() -> compute.getServer("b"))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThatThrownBy(() -> compute.getServer("c")).isInstanceOf(InvalidRequestException.class);
    }
    assertSentGet(server, "/v2.1/servers/a", null);
    assertSentGet(server, "/v2.1/servers/b", null);
    assertSentGet(server, "/v2.1/servers/c", null);
    assertThat(delays.waits).isEmpty();
  }

  @Test
  void getServer_unreadableBody_isNotRetried() throws Exception {
    server.enqueue(json(200, "{\"server\": {\"id\": "));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageStartingWith("Unreadable response to GET /v2.1/servers/s1");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getServer_alwaysUnavailable_givesUpAfterMaxAttemptsAndSaysSo() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(fault(503, "serviceUnavailable", null));
    }
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ServiceErrorException.class,
              e -> {
                assertThat(e.attempts()).isEqualTo(4);
                assertThat(e.error().attempts()).isEqualTo(4);
                assertThat(e.statusCode()).isEqualTo(503);
                assertThat(e.requestId()).contains("req-503");
              })
          .hasMessageEndingWith("; gave up after 4 attempts");
    }
    for (int i = 0; i < 4; i++) {
      assertSentGet(server, "/v2.1/servers/s1", null);
    }
    // Equal jitter around 200, 400 and 800 ms.
    assertThat(delays.waits).hasSize(3);
    assertThat(delays.waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(delays.waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(delays.waits.get(2)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void getServer_droppedConnections_areRetriedAndCountedInTheLastException() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
              .build());
    }
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(FOUR_ATTEMPTS.toBuilder().maxAttempts(2).build()).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeClientException.class, e -> assertThat(e.attempts()).isEqualTo(2))
          .hasMessageContaining("GET /v2.1/servers/s1 failed")
          .hasMessageEndingWith("; gave up after 2 attempts")
          .hasCauseInstanceOf(IOException.class);
      assertThat(compute.getServer("s1").id()).isNotBlank();
    }
    for (int i = 0; i < 3; i++) {
      assertSentGet(server, "/v2.1/servers/s1", null);
    }
    assertThat(delays.waits).hasSize(1);
  }

  @Test
  void retryPolicyNone_sendsOnce_evenWhereOkHttpWouldRetryAStaleConnection() throws Exception {
    server.enqueue(json(200, SERVER));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(json(200, SERVER));
    try (ComputeClient compute = client(RetryPolicy.none()).build()) {
      compute.getServer("s1");
      assertThatThrownBy(() -> compute.getServer("s2")).isInstanceOf(ComputeClientException.class);
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  /**
   * OkHttp sends a GET answered 408 once more on its own. That send is an attempt Nova saw, and the
   * exception counts it; without retries, OkHttp does not re-send.
   */
  @Test
  void getServer_408_okHttpsOwnResendIsCountedAsAnAttempt() throws Exception {
    server.enqueue(json(408, "{}"));
    server.enqueue(json(408, "{}"));
    server.enqueue(json(408, "{}"));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build();
        ComputeClient once = client(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(408);
                assertThat(e.attempts()).isEqualTo(2);
              })
          .hasMessageContaining("2 attempts");
      assertThatThrownBy(() -> once.getServer("s2"))
          .isInstanceOfSatisfying(
              ComputeServiceException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s2", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(delays.waits).as("408 is not retried by the policy").isEmpty();
  }

  @Test
  void stalledBody_endsWithinTheReadTimeout_andIsRetried() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(json(200, SERVER).newBuilder().bodyDelay(10, TimeUnit.SECONDS).build());
    }
    try (ComputeClient compute =
        client(FOUR_ATTEMPTS.toBuilder().maxAttempts(2).build())
            .readTimeout(Duration.ofMillis(200))
            .build()) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () ->
              assertThatThrownBy(() -> compute.getServer("s1"))
                  .isInstanceOfSatisfying(
                      ComputeClientException.class, e -> assertThat(e.attempts()).isEqualTo(2))
                  .hasCauseInstanceOf(SocketTimeoutException.class));
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @Test
  void deadline_cutsTheLastAttemptShort() throws Exception {
    server.enqueue(json(200, SERVER).newBuilder().headersDelay(30, TimeUnit.SECONDS).build());
    RetryPolicy policy = FOUR_ATTEMPTS.toBuilder().deadline(Duration.ofMillis(500)).build();
    try (ComputeClient compute =
        client(policy)
            .readTimeout(Duration.ofMinutes(1))
            .callTimeout(Duration.ofMinutes(1))
            .build()) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () ->
              assertThatThrownBy(() -> compute.getServer("s1"))
                  .isInstanceOf(ComputeClientException.class)
                  .hasMessageContaining("timeout"));
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(delays.waits).as("no retry starts past the deadline").isEmpty();
  }

  @Test
  void listServers_pageThatFailsMidway_isRetriedWithoutRestartingTheListing() throws Exception {
    server.enqueue(
        serversPage(ids("a", 2), "http://elsewhere/v2.1/servers/detail?limit=2&marker=a2"));
    server.enqueue(fault(503, "serviceUnavailable", "1"));
    server.enqueue(
        serversPage(ids("b", 2), "http://elsewhere/v2.1/servers/detail?limit=2&marker=b2"));
    server.enqueue(serversPage(List.of(), null));
    try (ComputeClient compute = client(FOUR_ATTEMPTS).build()) {
      List<String> listed =
          compute.listServers(r -> r.pageSize(2)).stream()
              .map(Server::id)
              .collect(Collectors.toList());
      assertThat(listed).containsExactly("a1", "a2", "b1", "b2");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=a2");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2&marker=b2");
    assertThat(delays.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void interruptedWhileWaiting_stopsWithTheInterruptKept() throws Exception {
    server.enqueue(fault(503, "serviceUnavailable", null));
    Delays interrupted =
        new Delays() {
          @Override
          public void sleep(Duration wait) throws InterruptedException {
            throw new InterruptedException();
          }

          @Override
          public Executor after(Duration wait, Executor then) {
            return then;
          }
        };
    try (ComputeClient compute = client(FOUR_ATTEMPTS).delays(interrupted).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOf(ComputeClientException.class)
          .hasMessage("GET /v2.1/servers/s1 was interrupted while waiting to retry")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
  }

  @Test
  void tokenRenewal_isNotCountedAgainstTheRetries() throws Exception {
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"expired\"}}"));
    server.enqueue(json(200, SERVER));
    String[] token = {TOKEN};
    io.github.stacksdk.compute.auth.TokenProvider renewing =
        new io.github.stacksdk.compute.auth.TokenProvider() {
          @Override
          public String token() {
            return token[0];
          }

          @Override
          public boolean refresh(String refused) {
            token[0] = "renewed-token";
            return true;
          }
        };
    try (ComputeClient compute = client(RetryPolicy.none()).tokenProvider(renewing).build()) {
      compute.getServer("s1");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("renewed-token");
  }
}
