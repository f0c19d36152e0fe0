package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The listener of the observability guide reports a retry and a slow operation, and no other. */
final class ListenerSnippetsTest {

  @Test
  void slowCallReport_tellsTheRetryAndTheSlowGet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeCompute fake = FakeCompute.start()) {
      fake.createServer(Server.builder().id("s1").name("web-1").statusAsString("ACTIVE").build());
      try (ComputeClient compute =
          ListenerSnippets.withSlowCallReport(fake.endpoint(), fake.token(), out)) {
        compute.getServer("s1"); // quick: not reported
        fake.failNext(1, 503, "{\"computeFault\": {\"code\": 503, \"message\": \"busy\"}}");
        fake.delayNext(1, Duration.ofMillis(2100));
        compute.getServer("s1");
      }
      FakeRequest first = fake.takeRequest();
      assertThat(first.path()).isEqualTo("/v2.1/servers/s1");
      assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/s1");
      assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/s1");
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .matches(
            "servers\\.get: attempt 1 failed \\(computeFault, request .+\\); again in \\d+ ms");
    assertThat(lines[1]).matches("servers\\.get took \\d+ ms");
  }
}
