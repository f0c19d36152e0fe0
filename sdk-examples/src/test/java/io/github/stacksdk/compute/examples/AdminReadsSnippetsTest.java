package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code of the hypervisor, service and diagnostics section of docs/reads.md: what each snippet
 * sends and prints. It runs against a MockWebServer answering with Nova's api-samples, since
 * FakeCompute does not answer these calls yet.
 */
final class AdminReadsSnippetsTest {
  private static final Path SAMPLES =
      Path.of("..", "sdk-model", "src", "test", "resources", "fixtures", "nova-api-samples");
  private static final String TOKEN = "snippet-token";
  private static final String UUID = "1bb62a04-c576-402c-8147-9e89757a09e3";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private ComputeClient compute;

  @BeforeEach
  void open() {
    compute = client("2.79");
  }

  @AfterEach
  void close() {
    compute.close();
  }

  private ComputeClient client(String microversion) {
    return ComputeClient.builder()
        .endpoint(server.url("/v2.1").toString())
        .token(TOKEN)
        .microversion(microversion)
        .build();
  }

  private static String sample(String path) {
    try {
      return Files.readString(SAMPLES.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  /** The next request: a GET of this path and query, with the token and this microversion. */
  private void assertSent(String pathAndQuery, String microversion) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(request)).isEqualTo(pathAndQuery);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
  }

  private static String pathAndQuery(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void hypervisors_listServersGetAndStatistics() throws Exception {
    answer(sample("os-hypervisors/v2.53/hypervisors-detail-resp.json")); // with a next link
    answer("{\"hypervisors\": []}");
    AdminReadsSnippets.listHypervisors(compute, out);
    assertThat(printed()).isEqualTo("host2 up/enabled: 0 of 2 vCPUs used\n");
    assertSent("/v2.1/os-hypervisors/detail?limit=50", "2.79");
    assertSent("/v2.1/os-hypervisors/detail?limit=50&marker=" + UUID, "2.79");

    answer(sample("os-hypervisors/v2.53/hypervisors-detail-with-servers-resp.json"));
    assertThat(AdminReadsSnippets.serversOn(compute, "host"))
        .extracting(HypervisorServer::uuid)
        .containsExactly(
            "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");
    assertSent(
        "/v2.1/os-hypervisors/detail?hypervisor_hostname_pattern=host&with_servers=true", "2.79");

    answer(sample("os-hypervisors/v2.53/hypervisors-show-resp.json"));
    assertThat(AdminReadsSnippets.hypervisorHost(compute, UUID))
        .isEqualTo("043b3cacf6f34c90a7245151fc8ebcda");
    assertSent("/v2.1/os-hypervisors/" + UUID, "2.79");

    answer(sample("os-hypervisors/v2.53/hypervisors-statistics-resp.json"));
    assertThat(AdminReadsSnippets.freeRam(compute)).isEqualTo(7680);
    assertSent("/v2.1/os-hypervisors/statistics", "2.79");
  }

  @Test
  void services_theComputeServices() throws Exception {
    answer(sample("os-services/v2.53/services-list-get-resp.json"));
    AdminReadsSnippets.listServices(compute, out);
    // The sample is Nova's unfiltered list; Nova would send the two nova-compute ones only.
    assertThat(printed().split("\n"))
        .containsExactly(
            "host1 up/disabled test1",
            "host1 up/disabled test2",
            "host2 down/enabled ",
            "host2 down/disabled test4");
    assertSent("/v2.1/os-services?binary=nova-compute", "2.79");
  }

  @Test
  void diagnostics_memoryAndNics() throws Exception {
    answer(sample("os-server-diagnostics/v2.48/server-diagnostics-get-resp.json"));
    AdminReadsSnippets.diagnostics(compute, "s1", out);
    assertThat(printed().split("\n"))
        .containsExactly("memory used 0 of 524288", "01:23:45:67:89:ab rx 2070139");
    assertSent("/v2.1/servers/s1/diagnostics", "2.79");
  }

  @Test
  void async_countsHostsAndServices() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body =
                request.getUrl().encodedPath().endsWith("/os-services")
                    ? sample("os-services/v2.53/services-list-get-resp.json")
                    : sample("os-hypervisors/v2.53/hypervisors-detail-with-servers-resp.json");
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
          }
        });
    assertThat(AdminReadsSnippets.async(compute).get(5, TimeUnit.SECONDS)).isEqualTo(1 + 4);
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
      sent.add(request.getMethod() + " " + pathAndQuery(request));
    }
    assertThat(sent)
        .containsExactlyInAnyOrder("GET /v2.1/os-hypervisors/detail", "GET /v2.1/os-services");
  }
}
