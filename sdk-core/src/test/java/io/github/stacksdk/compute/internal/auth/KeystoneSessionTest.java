package io.github.stacksdk.compute.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renewal: before expiry (by the token's lifetime on the server's clock, whatever the client's
 * clock says), after a refusal, once for many threads at a time, and without holding up threads
 * that still have a valid token.
 */
final class KeystoneSessionTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  private final AtomicInteger issued = new AtomicInteger();
  private final MutableClock clock = new MutableClock();

  /** How the answer tells the server's time: {@code issued_at}, the {@code Date} header, or not at all. */
  enum ServerTime {
    ISSUED_AT,
    DATE_HEADER,
    NONE
  }

  /** Keystone's clock runs this far behind the client's. */
  private volatile Duration clientAhead = Duration.ZERO;

  private volatile Duration lifetime = Duration.ofHours(1);
  private volatile ServerTime serverTime = ServerTime.ISSUED_AT;

  /** The answer to the second token request waits for this, after counting down {@link #secondArrived}. */
  private volatile @Nullable CountDownLatch holdSecond;

  private final CountDownLatch secondArrived = new CountDownLatch(1);

  /** Keystone issuing tok-1, tok-2… each valid for {@link #lifetime} from its issue, answering slowly. */
  private void keystone(Duration slowness) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            Thread.sleep(slowness.toMillis());
            int n = issued.incrementAndGet();
            CountDownLatch hold = holdSecond;
            if (n == 2 && hold != null) {
              secondArrived.countDown();
              hold.await();
            }
            Instant serverNow = clock.now.minus(clientAhead);
            String issuedAt =
                serverTime == ServerTime.ISSUED_AT ? "\"issued_at\": \"" + serverNow + "\", " : "";
            MockResponse.Builder answer =
                new MockResponse.Builder()
                    .code(201)
                    .setHeader("X-Subject-Token", "tok-" + n)
                    .setHeader("Content-Type", "application/json")
                    .body(
                        "{\"token\": {"
                            + issuedAt
                            + "\"expires_at\": \""
                            + serverNow.plus(lifetime)
                            + "\", \"catalog\": []}}");
            if (serverTime == ServerTime.DATE_HEADER) {
              answer.setHeader(
                  "Date",
                  DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.atZone(ZoneOffset.UTC)));
            }
            return answer.build();
          }
        });
  }

  private KeystoneSession session(Clock clock) {
    KeystoneAuth auth =
        KeystoneAuth.builder()
            .authUrl(server.url("/v3").toString())
            .userId("u1")
            .password("p")
            .build();
    return new KeystoneSession(auth, new OkHttpClient(), "test", clock);
  }

  private static final class MutableClock extends Clock {
    volatile Instant now = T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private void assertTokenRequests(int count) throws InterruptedException {
    assertThat(server.getRequestCount()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(post.getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
    }
  }

  @Test
  void token_isKeptUntilTwoMinutesBeforeExpiry_thenRenewed() throws Exception {
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);

    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(57));
    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(58));
    assertThat(session.token()).isEqualTo("tok-2");
    clock.now = T0.plus(Duration.ofMinutes(115));
    assertThat(session.token()).as("tok-2 lives an hour from its issue").isEqualTo("tok-2");

    assertTokenRequests(2);
  }

  @ParameterizedTest(name = "server time from {0}")
  @EnumSource(
      value = ServerTime.class,
      names = {"ISSUED_AT", "DATE_HEADER"})
  void sixtySecondToken_withTheClientClockTenMinutesFast_isRenewedHalfwayThrough(
      ServerTime serverTime) throws Exception {
    this.serverTime = serverTime;
    lifetime = Duration.ofSeconds(60);
    clientAhead = Duration.ofMinutes(10);
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);

    for (int i = 0; i < 500; i++) {
      clock.now = T0.plusMillis(i * 29_000L / 499);
      assertThat(session.token()).isEqualTo("tok-1");
    }
    assertThat(server.getRequestCount()).as("500 calls over 29 seconds").isEqualTo(1);
    clock.now = T0.plusSeconds(31);
    assertThat(session.token()).as("half of the lifetime is the margin").isEqualTo("tok-2");
    assertThat(session.token()).isEqualTo("tok-2");

    assertTokenRequests(2);
  }

  @Test
  void tokenAlreadyExpiredByEveryClock_isUsedUntilNovaRefusesIt() throws Exception {
    serverTime = ServerTime.NONE;
    lifetime = Duration.ofSeconds(60);
    clientAhead = Duration.ofMinutes(10);
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);

    for (int i = 0; i < 100; i++) {
      clock.now = T0.plusSeconds(i);
      assertThat(session.token()).isEqualTo("tok-1");
    }
    assertThat(server.getRequestCount()).as("no authentication per call").isEqualTo(1);
    assertThat(session.refresh("tok-1")).isTrue();
    assertThat(session.token()).isEqualTo("tok-2");

    assertTokenRequests(2);
  }

  @Test
  void dueToken_isUsedByOtherThreads_whileOneThreadRenewsIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    holdSecond = release;
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);
    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(59)); // due for renewal, valid for another minute
    ExecutorService threads = Executors.newFixedThreadPool(9);
    try {
      Future<String> renewing = threads.submit(session::token);
      assertThat(secondArrived.await(5, TimeUnit.SECONDS))
          .as("the renewal reached Keystone")
          .isTrue();
      List<Future<List<String>>> others = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        others.add(
            threads.submit(
                () -> {
                  List<String> tokens = new ArrayList<>();
                  for (int i = 0; i < 100; i++) {
                    tokens.add(session.token());
                  }
                  return tokens;
                }));
      }
      for (Future<List<String>> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).hasSize(100).containsOnly("tok-1");
      }
      assertThat(renewing).isNotDone();
      release.countDown();
      assertThat(renewing.get(5, TimeUnit.SECONDS)).isEqualTo("tok-2");
      assertThat(session.token()).isEqualTo("tok-2");
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
    assertTokenRequests(2);
  }

  @Test
  void expiredToken_makesEveryThreadWaitForTheOneRenewal() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    holdSecond = release;
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);
    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(61));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tokens.add(threads.submit(session::token));
      }
      assertThat(secondArrived.await(5, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      assertThat(tokens).as("nobody gets the expired token").noneMatch(Future::isDone);
      release.countDown();
      for (Future<String> token : tokens) {
        assertThat(token.get(5, TimeUnit.SECONDS)).isEqualTo("tok-2");
      }
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
    assertTokenRequests(2);
  }

  @Test
  void eachTokenRequest_goesOutOnAConnectionOfItsOwn() throws Exception {
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);

    assertThat(session.token()).isEqualTo("tok-1");
    session.invalidate("tok-1");
    assertThat(session.token()).isEqualTo("tok-2");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getExchangeIndex()).isZero();
    assertThat(server.takeRequest().getExchangeIndex()).as("no pooled connection reused").isZero();
  }

  @Test
  void invalidate_ofTheCurrentToken_renews_butAStaleOneIsIgnored() throws Exception {
    keystone(Duration.ZERO);
    KeystoneSession session = session(clock);

    assertThat(session.token()).isEqualTo("tok-1");
    session.invalidate("tok-1");
    assertThat(session.token()).isEqualTo("tok-2");
    session.invalidate("tok-1");
    assertThat(session.token()).as("a late refusal of tok-1 keeps tok-2").isEqualTo("tok-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void fiftyThreadsRefusedAtOnce_causeOneAuthentication() throws Exception {
    keystone(Duration.ofMillis(200));
    KeystoneSession session = session(clock);
    String stale = session.token();
    ExecutorService threads = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> renewed = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        renewed.add(
            threads.submit(
                () -> {
                  start.await();
                  session.invalidate(stale);
                  return session.token();
                }));
      }
      start.countDown();
      for (Future<String> token : renewed) {
        assertThat(token.get()).isEqualTo("tok-2");
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(server.getRequestCount()).as("the first token and one renewal").isEqualTo(2);
  }

  @Test
  void tokensUrl_addsV3Once() {
    assertThat(KeystoneSession.tokensUrl("https://k.example/identity").encodedPath())
        .isEqualTo("/identity/v3/auth/tokens");
    assertThat(KeystoneSession.tokensUrl("https://k.example/identity/v3/").encodedPath())
        .isEqualTo("/identity/v3/auth/tokens");
    assertThat(KeystoneSession.tokensUrl("https://k.example:5000").encodedPath())
        .isEqualTo("/v3/auth/tokens");
    assertThat(
            RenewingSession.underVersion("https://identity.example/v2.0/", "v2.0", "tokens")
                .encodedPath())
        .as("Rackspace's identity URL, written with its version")
        .isEqualTo("/v2.0/tokens");
    assertThat(
            RenewingSession.underVersion("https://identity.example", "v2.0", "tokens")
                .encodedPath())
        .isEqualTo("/v2.0/tokens");
  }
}
