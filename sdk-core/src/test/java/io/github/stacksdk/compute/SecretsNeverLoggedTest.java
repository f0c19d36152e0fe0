package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.KeystoneResponses.PASSWORD;
import static io.github.stacksdk.compute.KeystoneResponses.endpoint;
import static io.github.stacksdk.compute.KeystoneResponses.service;
import static io.github.stacksdk.compute.KeystoneResponses.token;
import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Every kind of call and failure, synchronous and asynchronous, with every log level on: no line
 * the SDK logs, and no message of an exception it throws, holds a token, a password or a secret,
 * even when the server echoes them back.
 */
final class SecretsNeverLoggedTest {
  private static final String RENEWED = "gAAAA-renewed-token-secret";
  private static final String SUBJECT = "gAAAA-subject-token-secret";
  private static final List<String> SECRETS = List.of(TOKEN, RENEWED, SUBJECT, PASSWORD);

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingLogSink sink = new RecordingLogSink();
  private final List<String> messages = new ArrayList<>();

  private MockResponse echoing(int status, String secret) {
    return json(
            status,
            "{\"computeFault\": {\"code\": "
                + status
                + ", \"message\": \"token "
                + secret
                + " refused\"}}")
        .newBuilder()
        .setHeader("X-Echo", secret)
        .build();
  }

  private void attempt(Runnable call) {
    try {
      call.run();
    } catch (ComputeException | CompletionException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
      }
    }
  }

  @Test
  void everyCallAndFailure_atTrace_neverShowsASecret() throws Exception {
    // The token renews to RENEWED after the first 401.
    String[] current = {TOKEN};
    TokenProvider tokens =
        new TokenProvider() {
          @Override
          public String token() {
            return current[0];
          }

          @Override
          public boolean refresh(String refused) {
            current[0] = RENEWED;
            return true;
          }
        };
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(echoing(503, TOKEN));
    server.enqueue(
        json(200, fixture("servers/server-get-resp.json"))); // s1: dropped, 503, then 200
    server.enqueue(echoing(401, TOKEN));
    server.enqueue(json(200, fixture("servers/server-get-resp.json"))); // s2: 401, renewed, 200
    server.enqueue(echoing(404, RENEWED)); // s3
    server.enqueue(json(200, "{\"server\": {\"id\": \"" + RENEWED + "\"")); // s4: truncated
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body("<html><body>Bad gateway for token " + RENEWED + "</body></html>")
            .build()); // s5
    server.enqueue(
        json(200, fixture("servers/server-get-resp.json"))
            .newBuilder()
            .bodyDelay(5, TimeUnit.SECONDS)
            .build()); // s6: stalled
    server.enqueue(echoing(429, RENEWED).newBuilder().setHeader("Retry-After", "0").build()); // s7
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    server.enqueue(
        json(
            200,
            "{\"servers\": [{\"id\": \"a\"}], \"servers_links\": [{\"rel\": \"next\", \"href\": \"http://x/servers?limit=1\"}]}"));
    server.enqueue(json(200, "{\"servers\": []}"));

    RetryPolicy quick =
        RetryPolicy.builder()
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build();
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1")
            .tokenProvider(tokens)
            .retryPolicy(quick)
            .microversion("2.79")
            .readTimeout(Duration.ofMillis(200))
            .logSink(sink)
            .build()) {
      attempt(() -> compute.getServer("s1"));
      attempt(() -> compute.getServer("s2"));
      try (ComputeClient once = compute.toBuilder().retryPolicy(RetryPolicy.none()).build()) {
        attempt(() -> once.getServer("s3"));
        attempt(() -> once.getServer("s4"));
        attempt(() -> once.getServer("s5"));
        attempt(() -> once.getServer("s6"));
      }
      attempt(() -> compute.async().getServer("s7").join());
      attempt(() -> compute.async().listServers(r -> r.pageSize(1)).toList().join());
    }

    // Keystone: a password, the subject token it returns, and a failed authentication echoing it.
    Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
    server.enqueue(
        token(
            SUBJECT,
            inAnHour,
            service(
                "compute",
                "nova",
                endpoint("public", "RegionOne", server.url("/compute/v2.1").toString()))));
    server.enqueue(json(200, fixture("servers/server-get-resp.json")));
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"password "
                + PASSWORD
                + " is wrong\"}}"));
    KeystoneAuth keystone =
        KeystoneAuth.builder()
            .authUrl(server.url("/identity").toString())
            .username("alice")
            .userDomainName("Default")
            .password(PASSWORD)
            .projectName("web")
            .projectDomainName("Default")
            .build();
    try (ComputeClient compute = ComputeClient.builder().keystone(keystone).logSink(sink).build()) {
      attempt(() -> compute.getServer("s8"));
    }
    attempt(() -> ComputeClient.builder().keystone(keystone).logSink(sink).build());

    List<String> lines = sink.all();
    assertThat(sink.debug)
        .as("a line per call, and the retries")
        .anyMatch(line -> line.contains("attempt 2 of 3"))
        .anyMatch(line -> line.startsWith("POST /identity/v3/auth/tokens -> 201"))
        .anyMatch(line -> line.startsWith("GET /v2.1/servers/s5 -> 502"))
        .anyMatch(
            line -> line.startsWith("GET /v2.1/servers/s7 failed (status 429); attempt 2 of 3"));
    assertThat(sink.trace)
        .as("headers at TRACE")
        .anyMatch(line -> line.contains("> X-Auth-Token: ****"));
    assertThat(sink.warn).as("the absorbed problem").anyMatch(line -> line.contains("no marker"));
    assertThat(server.getRequestCount()).isEqualTo(16);
    assertThat(messages).hasSizeGreaterThanOrEqualTo(6);
    for (String secret : SECRETS) {
      assertThat(lines).as("log lines").noneMatch(line -> line.contains(secret));
      assertThat(messages).as("exception messages").noneMatch(message -> message.contains(secret));
    }
  }
}
