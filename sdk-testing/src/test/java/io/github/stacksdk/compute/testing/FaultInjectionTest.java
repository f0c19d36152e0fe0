package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.RateLimitedException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failures, delays and dropped connections on demand, and what the SDK makes of them. */
@ExtendWith(FakeComputeExtension.class)
final class FaultInjectionTest {
  private static final String UNAVAILABLE =
      "{\"serviceUnavailable\": {\"code\": 503, \"message\": \"The server is currently unavailable.\"}}";

  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void failNext_answersTheNextRequestsSo_thenTheRealAnswersResume() {
    fake.failNext(2, 503, UNAVAILABLE);
    try (ComputeClient compute = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
            .isInstanceOfSatisfying(
                ServiceErrorException.class,
                e -> {
                  assertThat(e.statusCode()).isEqualTo(503);
                  assertThat(e.faultName()).contains("serviceUnavailable");
                  assertThat(e.faultMessage()).isEqualTo("The server is currently unavailable.");
                  assertThat(e.requestId()).isPresent();
                });
      }
      assertThat(compute.listServers().stream().count()).isEqualTo(34);
    }
    for (int i = 0; i < 3; i++) {
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
    }
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void failNext_withTheDefaultRetryPolicy_isRetriedUntilTheRealAnswer() {
    RetryPolicy quick = RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).build();
    try (ComputeClient compute = fake.clientBuilder().retryPolicy(quick).build()) {
      fake.failNext(2, 503, UNAVAILABLE);
      assertThat(compute.listServers().stream().count()).isEqualTo(34);
      fake.dropNextConnection(1);
      assertThat(compute.listServers().stream().count()).isEqualTo(34);
    }
    for (int i = 0; i < 5; i++) {
      RawHttp.assertGet(fake, "/v2.1/servers/detail");
    }
    assertThat(fake.requestCount())
        .as("two 503s and the page, a dropped connection and the page")
        .isEqualTo(5);
  }

  @Test
  void failNext_queuesUp_andAppliesToAnyPath() {
    fake.failNext(1, 429, "{\"overLimit\": {\"code\": 429, \"message\": \"Slow down.\"}}")
        .failNext(1, 500, "{\"computeFault\": {\"code\": 500, \"message\": \"Boom.\"}}");

    RawHttp.Reply first = RawHttp.send(fake, "GET", "/", null);
    RawHttp.Reply second = RawHttp.send(fake, "POST", "/identity/v3/auth/tokens", "{}");
    RawHttp.Reply third = RawHttp.send(fake, "GET", "/", null);

    assertThat(fake.takeRequest().path()).isEqualTo("/");
    assertThat(fake.takeRequest().path()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(fake.takeRequest().path()).isEqualTo("/");
    assertThat(first.status).isEqualTo(429);
    assertThat(first.header("Content-Type")).isEqualTo("application/json");
    assertThat(second.status).isEqualTo(500);
    assertThat(second.json().at("/computeFault/message").asText()).isEqualTo("Boom.");
    assertThat(third.status).isEqualTo(200);
  }

  @Test
  void failNext429_isRateLimited() {
    fake.failNext(
        1,
        429,
        "{\"overLimit\": {\"code\": 429, \"message\": \"This request was rate-limited.\", \"retryAfter\": \"7\"}}");
    try (ComputeClient compute = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> compute.getServer("any"))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }
    RawHttp.assertGet(fake, "/v2.1/servers/any");
  }

  @Test
  void delayNext_holdsTheBodyBack_pastTheClientsCallTimeout() {
    fake.delayNext(1, Duration.ofSeconds(2));
    try (ComputeClient compute =
        fake.clientBuilder()
            .retryPolicy(RetryPolicy.none())
            .callTimeout(Duration.ofMillis(300))
            .build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("GET /v2.1/servers/detail");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

      assertThat(compute.listServers().stream().count())
          .as("the next one is not delayed")
          .isEqualTo(34);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
  }

  @Test
  void delayNext_delaysButDelivers() {
    fake.delayNext(1, Duration.ofMillis(400));
    long start = System.nanoTime();

    RawHttp.Reply reply = RawHttp.get(fake, "/v2.1/servers?limit=1");

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.json().get("servers")).hasSize(1);
    RawHttp.assertGet(fake, "/v2.1/servers");
  }

  @Test
  void dropNextConnection_endsTheConnectionWithoutAnAnswer() {
    fake.dropNextConnection(1);
    try (ComputeClient compute = fake.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageStartingWith("GET /v2.1/servers/detail?limit=1000 failed: IOException");

      assertThat(compute.listServers().stream().count()).isEqualTo(34);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(fake.requestCount()).as("the dropped request reached the fake").isEqualTo(2);
  }

  @Test
  void clear_forgetsPendingFaults_andServers() {
    fake.failNext(5, 500, "{}").delayNext(5, Duration.ofSeconds(5)).dropNextConnection(5);
    fake.clear();

    RawHttp.Reply reply = RawHttp.get(fake, "/v2.1/servers/detail");

    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.json().get("servers")).isEmpty();
    assertThat(fake.servers()).isEmpty();
  }
}
