package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code of the key pair, zone, server group, limit and quota section of docs/reads.md: what
 * each snippet sends and prints. It runs against a MockWebServer answering with Nova's
 * api-samples, since FakeCompute does not answer these calls yet; once it does, these belong with
 * the other snippet tests on FakeCompute.
 */
final class AccountReadsSnippetsTest {
  private static final Path SAMPLES =
      Path.of("..", "sdk-model", "src", "test", "resources", "fixtures", "nova-api-samples");
  private static final String TOKEN = "snippet-token";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private ComputeClient compute;

  @BeforeEach
  void open() {
    compute =
        ComputeClient.builder()
            .endpoint(server.url("/v2.1").toString())
            .token(TOKEN)
            .microversion("2.79")
            .build();
  }

  @AfterEach
  void close() {
    compute.close();
  }

  private static String sample(String path) {
    try {
      return Files.readString(SAMPLES.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  /** The next request: a GET of this path and query, with the token and the microversion. */
  private void assertSent(String pathAndQuery) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo(pathAndQuery);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.79");
  }

  private static String pathAndQuery(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void keypairs_listPagedAndGet() throws Exception {
    answer(200, sample("os-keypairs/v2.35/keypairs-list-resp.json")); // a page with a next link
    answer(200, "{\"keypairs\": []}");
    AccountReadsSnippets.listKeypairs(compute, out);
    assertThat(printed())
        .isEqualTo(
            "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3"
                + " 7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd\n");
    assertSent("/v2.1/os-keypairs");
    assertSent("/v2.1/os-keypairs?marker=keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3");

    answer(200, sample("os-keypairs/v2.35/keypairs-list-user1-resp.json"));
    assertThat(AccountReadsSnippets.listKeypairsPaged(compute, "user1"))
        .containsExactly("keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3");
    assertSent("/v2.1/os-keypairs?user_id=user1&limit=100");

    answer(200, sample("os-keypairs/v2.2/keypairs-get-resp.json"));
    answer(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"Keypair deploy not found\"}}");
    Optional<Keypair> deploy = AccountReadsSnippets.getKeypair(compute, out);
    assertThat(deploy).isEmpty();
    assertThat(printed()).contains("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC1HTrHCbb9NawNLSV8N6tS");
    assertSent("/v2.1/os-keypairs/ops");
    assertSent("/v2.1/os-keypairs/deploy");
  }

  @Test
  void zones_summaryAndDetail() throws Exception {
    answer(200, sample("os-availability-zone/availability-zone-list-resp.json"));
    answer(200, sample("os-availability-zone/availability-zone-detail-resp.json"));
    AccountReadsSnippets.listZones(compute, out);
    AccountReadsSnippets.listZonesDetailed(compute, out);
    assertThat(printed().split("\n"))
        .containsExactly(
            "nova",
            "internal conductor nova-conductor up",
            "internal scheduler nova-scheduler up",
            "nova compute nova-compute up");
    assertSent("/v2.1/os-availability-zone");
    assertSent("/v2.1/os-availability-zone/detail");
  }

  @Test
  void serverGroups_listAndGet() throws Exception {
    answer(200, sample("os-server-groups/v2.64/server-groups-list-resp.json"));
    answer(200, sample("os-server-groups/v2.64/server-groups-get-resp.json"));
    AccountReadsSnippets.listServerGroups(compute, out);
    assertThat(printed()).isEqualTo("test anti-affinity []\n");
    assertThat(AccountReadsSnippets.maxPerHost(compute, "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9"))
        .isEqualTo(3);
    // a short page ends the listing: one request
    assertSent("/v2.1/os-server-groups?limit=100");
    assertSent("/v2.1/os-server-groups/5bbcc3c4-1da2-4437-a48a-66f15b1b13f9");
  }

  @Test
  void limitsAndQuotas() throws Exception {
    answer(200, sample("limits/limit-get-resp.json"));
    assertThat(AccountReadsSnippets.instancesLeft(compute)).isEqualTo(10);
    assertSent("/v2.1/limits");

    answer(200, sample("os-quota-sets/quotas-show-get-resp.json"));
    answer(200, sample("os-quota-sets/quotas-show-detail-get-resp.json"));
    answer(200, sample("os-quota-sets/quotas-show-defaults-get-resp.json"));
    AccountReadsSnippets.quotas(compute, "fake_tenant", out);
    assertThat(printed()).isEqualTo("cores: 0 of 20 used (default 20)\n");
    assertSent("/v2.1/os-quota-sets/fake_tenant");
    assertSent("/v2.1/os-quota-sets/fake_tenant/detail");
    assertSent("/v2.1/os-quota-sets/fake_tenant/defaults");
  }

  @Test
  void async_countsKeypairsAndGroups() throws Exception {
    server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body =
                request.getUrl().encodedPath().endsWith("/os-keypairs")
                    ? sample("os-keypairs/keypairs-list-resp.json")
                    : sample("os-server-groups/v2.64/server-groups-list-resp.json");
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
          }
        });
    assertThat(AccountReadsSnippets.async(compute).get(5, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      sent.add(request.getMethod() + " " + pathAndQuery(request));
    }
    // the two listings run side by side: in either order
    assertThat(sent)
        .containsExactlyInAnyOrder(
            "GET /v2.1/os-keypairs", "GET /v2.1/os-server-groups?limit=1000");
  }
}
