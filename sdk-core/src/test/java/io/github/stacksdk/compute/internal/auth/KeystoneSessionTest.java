package io.github.stacksdk.compute.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Renewal: before expiry, after a refusal, and once for many threads at a time. */
final class KeystoneSessionTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  private final AtomicInteger issued = new AtomicInteger();

  /** Keystone issuing tok-1, tok-2… each valid for an hour from T0, answering slowly. */
  private void keystone(Duration slowness) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            Thread.sleep(slowness.toMillis());
            int n = issued.incrementAndGet();
            return new MockResponse.Builder()
                .code(201)
                .setHeader("X-Subject-Token", "tok-" + n)
                .setHeader("Content-Type", "application/json")
                .body("{\"token\": {\"expires_at\": \"" + T0.plus(Duration.ofHours(1)) + "\", \"catalog\": []}}")
                .build();
          }
        });
  }

  private KeystoneSession session(Clock clock) {
    KeystoneAuth auth =
        KeystoneAuth.builder().authUrl(server.url("/v3").toString()).userId("u1").password("p").build();
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

  @Test
  void token_isKeptUntilTwoMinutesBeforeExpiry_thenRenewed() throws Exception {
    keystone(Duration.ZERO);
    MutableClock clock = new MutableClock();
    KeystoneSession session = session(clock);

    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(57));
    assertThat(session.token()).isEqualTo("tok-1");
    clock.now = T0.plus(Duration.ofMinutes(58));
    assertThat(session.token()).isEqualTo("tok-2");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
  }

  @Test
  void invalidate_ofTheCurrentToken_renews_butAStaleOneIsIgnored() throws Exception {
    keystone(Duration.ZERO);
    KeystoneSession session = session(new MutableClock());

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
    KeystoneSession session = session(new MutableClock());
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
  void eachTokenRequest_goesOutOnAConnectionOfItsOwn() throws Exception {
    keystone(Duration.ZERO);
    KeystoneSession session = session(new MutableClock());

    assertThat(session.token()).isEqualTo("tok-1");
    session.invalidate("tok-1");
    assertThat(session.token()).isEqualTo("tok-2");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getExchangeIndex()).isZero();
    assertThat(server.takeRequest().getExchangeIndex()).as("no pooled connection reused").isZero();
  }

  @Test
  void tokensUrl_addsV3Once() {
    assertThat(KeystoneSession.tokensUrl("https://k.example/identity").encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(KeystoneSession.tokensUrl("https://k.example/identity/v3/").encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(KeystoneSession.tokensUrl("https://k.example:5000").encodedPath()).isEqualTo("/v3/auth/tokens");
    assertThat(RenewingSession.underVersion("https://identity.example/v2.0/", "v2.0", "tokens").encodedPath())
        .as("Rackspace's identity URL, written with its version")
        .isEqualTo("/v2.0/tokens");
    assertThat(RenewingSession.underVersion("https://identity.example", "v2.0", "tokens").encodedPath())
        .isEqualTo("/v2.0/tokens");
  }
}
