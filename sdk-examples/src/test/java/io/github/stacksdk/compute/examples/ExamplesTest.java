package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every example against the sample cloud: what it prints and what it asked. */
final class ExamplesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private FakeCompute fake;
  private ComputeClient compute;

  @BeforeEach
  void sampleCloud() {
    fake = FakeCompute.start();
    SampleCloud.populate(fake);
    compute =
        ComputeClient.builder()
            .endpoint(fake.endpoint())
            .token(fake.token())
            .microversion("2.79")
            .build();
  }

  @AfterEach
  void close() {
    compute.close();
    fake.close();
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The servers a listing shows: the token's project's, not deleted. */
  private List<Server> listed() {
    return fake.servers().stream()
        .filter(s -> s.tenantId().map(fake.projectId()::equals).orElse(true))
        .filter(s -> s.status() != ServerStatus.DELETED)
        .collect(Collectors.toList());
  }

  private List<Server> servers(ServerStatus status) {
    return listed().stream().filter(s -> s.status() == status).collect(Collectors.toList());
  }

  @Test
  void listActiveServers_listsExactlyTheActiveOnes() {
    ListActiveServers.run(compute, out);

    List<Server> active = servers(ServerStatus.ACTIVE);
    assertThat(active).isNotEmpty();
    assertThat(output()).contains(active.size() + " active servers, listed in ");
    assertThat(output().lines().skip(2).filter(line -> line.contains("-")).count())
        .isGreaterThanOrEqualTo(active.size());
    for (Server server : listed()) {
      if (server.status() == ServerStatus.ACTIVE) {
        assertThat(output()).contains(server.id());
      } else {
        assertThat(output()).doesNotContain(server.id());
      }
    }
    FakeRequest request = fake.takeRequest();
    assertThat(request.path()).isEqualTo("/v2.1/servers/detail");
    assertThat(request.queryParameter("status")).contains("ACTIVE");
    assertThat(request.queryParameter("limit")).contains("100");
  }

  @Test
  void pageThroughServers_showsEveryPage() {
    PageThroughServers.run(compute, out, 5);

    int count = listed().size();
    int pages = (count + 4) / 5;
    assertThat(output()).contains(count + " servers in " + pages + " pages of up to 5");
    assertThat(fake.requestCount()).isBetween(pages, pages + 1);
    assertThat(fake.takeRequest().queryParameter("limit")).contains("5");
    assertThat(fake.takeRequest().queryParameter("marker")).isPresent();
  }

  @Test
  void serversChangedSince_listsTheServersUpdatedSinceThen() {
    Instant since = SampleCloud.NOW.minus(Duration.ofDays(7));

    ServersChangedSince.run(compute, out, since);

    // Like Nova, changes-since also lists the project's deleted servers.
    long changed =
        fake.servers().stream()
            .filter(s -> s.tenantId().map(fake.projectId()::equals).orElse(true))
            .filter(s -> !s.updated().orElseThrow().isBefore(since))
            .count();
    assertThat(changed).isPositive().isLessThan(listed().size());
    assertThat(output()).contains(changed + " servers changed since " + Formats.time(since));
    assertThat(fake.takeRequest().queryParameter("changes-since")).contains(since.toString());
  }

  @Test
  void showServer_printsTheServerInFull() {
    Server newest =
        servers(ServerStatus.ACTIVE).stream()
            .max(Comparator.comparing(s -> s.created().orElseThrow()))
            .orElseThrow();

    ShowServer.run(compute, out, Examples.newestActiveServerId(compute));

    assertThat(output())
        .contains(newest.id())
        .contains(newest.name().orElseThrow())
        .contains("flavor");
    fake.takeRequest();
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + newest.id());
  }

  @Test
  void describeServer_printsItsFlavorKeypairZoneVolumesAndLastActions() {
    Server db =
        listed().stream()
            .filter(s -> s.name().orElseThrow().equals("db-01"))
            .findFirst()
            .orElseThrow();
    compute.servers().reboot(db.id());

    DescribeServer.run(compute, out, db.id());

    assertThat(output())
        .contains("Server db-01 (" + db.id() + ")")
        .contains("flavor: m1.large, 4 vCPU, 8192 MiB, 80 GiB")
        .containsPattern("key pair: ops-key, ssh ([0-9a-f]{2}:){15}[0-9a-f]{2}")
        .contains("zone: az-2 (available)")
        .containsPattern("volumes: /dev/vda [0-9a-f-]{36}, /dev/vdb [0-9a-f-]{36}")
        .containsPattern("reboot +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ +req-[0-9a-f-]{36}")
        .contains("    reboot: compute_reboot_instance Success");
    List<String> paths = new ArrayList<>();
    for (Optional<FakeRequest> r = fake.pollRequest(Duration.ZERO);
        r.isPresent();
        r = fake.pollRequest(Duration.ZERO)) {
      paths.add(r.get().method() + " " + r.get().path());
    }
    String server = "/v2.1/servers/" + db.id();
    assertThat(paths)
        .containsSubsequence(
            "GET " + server,
            "GET /v2.1/flavors/m1.large",
            "GET /v2.1/flavors/detail",
            "GET /v2.1/os-keypairs/ops-key",
            "GET /v2.1/os-availability-zone",
            "GET " + server + "/os-volume_attachments",
            "GET " + server + "/os-instance-actions",
            "GET "
                + server
                + "/os-instance-actions/"
                + compute.servers().actions(db.id()).stream()
                    .findFirst()
                    .orElseThrow()
                    .requestId());
  }

  @Test
  void listVirtualInterfaces_printsEveryAddress() {
    Server server = servers(ServerStatus.ACTIVE).get(0);
    List<VirtualInterface> vifs = fake.virtualInterfaces(server.id());
    int addresses = vifs.stream().mapToInt(vif -> vif.ipAddresses().size()).sum();
    assertThat(addresses).isPositive();

    ListVirtualInterfaces.run(compute, out, server.id());

    assertThat(output()).contains(addresses + " addresses on server " + server.id());
    vifs.forEach(vif -> assertThat(output()).contains(vif.macAddress()));
    assertThat(fake.takeRequest().path())
        .isEqualTo("/v2.1/servers/" + server.id() + "/os-virtual-interfacesv2");
  }

  @Test
  void handleErrors_reportsEachTypedError() {
    HandleErrors.run(compute, out);

    assertThat(output())
        .contains("Not found: Instance ")
        .contains("status 404, fault itemNotFound")
        .contains("Unknown marker ")
        .contains("Bad request: Invalid input for query parameters sort_key")
        .contains("status 400, fault badRequest");
    assertThat(fake.requestCount()).isEqualTo(3);
  }

  @Test
  void listServersAsync_countsEveryServerByStatus_andShowsThree() {
    ListServersAsync.run(compute, out);

    List<Server> servers = listed();
    assertThat(output())
        .contains(servers.size() + " servers counted and 3 shown asynchronously in ");
    for (ServerStatus status : List.of(ServerStatus.ACTIVE, ServerStatus.SHUTOFF)) {
      long count = servers.stream().filter(s -> s.status() == status).count();
      assertThat(output()).containsPattern("(?m)^" + status + " +" + count + " *$");
    }
    int pages = servers.size() / 10 + 1;
    List<FakeRequest> requests = new java.util.ArrayList<>();
    for (int i = 0; i < pages + 1 + 3; i++) {
      requests.add(fake.takeRequest());
    }
    assertThat(requests)
        .filteredOn(r -> r.path().equals("/v2.1/servers/detail"))
        .extracting(r -> r.queryParameter("limit").orElse("?"))
        .containsOnly("10", "3")
        .hasSize(pages + 1);
    assertThat(requests)
        .filteredOn(r -> r.path().startsWith("/v2.1/servers/") && !r.path().endsWith("/detail"))
        .hasSize(3);
  }

  @Test
  void listServersConcurrently_listsEveryServerBothWays() {
    ListServersConcurrently.run(compute, out, 10);

    int count = listed().size();
    assertThat(output())
        .contains(count + " servers one page after another, in ")
        .contains(count + " servers with concurrency(8), in ")
        .containsPattern("\\d+\\.\\dx as fast concurrently");
    List<FakeRequest> requests = new java.util.ArrayList<>();
    for (int i = 0; i < fake.requestCount(); i++) {
      requests.add(fake.takeRequest());
    }
    // The concurrent listing learns where its pages begin from the id listing.
    assertThat(requests).anyMatch(r -> r.path().equals("/v2.1/servers"));
    assertThat(requests)
        .filteredOn(r -> r.path().equals("/v2.1/servers/detail"))
        .extracting(r -> r.queryParameter("limit").orElse("?"))
        .containsOnly("10");
  }

  @Test
  void listServersConcurrently_againstTheSlowFake_isFasterConcurrently() {
    ListServersConcurrently.runAgainstSlowFake(out);

    String text = output();
    assertThat(text)
        .contains("seeded with 2,000 servers")
        .contains("2,000 servers one page after another")
        .contains("2,000 servers with concurrency(8)");
    java.util.regex.Matcher ratio =
        java.util.regex.Pattern.compile("(\\d+\\.\\d)x as fast concurrently").matcher(text);
    assertThat(ratio.find()).isTrue();
    assertThat(Double.parseDouble(ratio.group(1))).isGreaterThan(1.5);
  }

  @Test
  void watchServers_printsEachChangeOfTheFake_asItComes() throws InterruptedException {
    try (FakeCompute changing = FakeCompute.start()) {
      WatchServers.runAgainst(changing, out);

      // The first listing asks for the active servers; the polls, for every change since.
      assertThat(changing.takeRequest().path()).isEqualTo("/v2.1/servers");
      FakeRequest listing = changing.takeRequest();
      assertThat(listing.path()).isEqualTo("/v2.1/servers/detail");
      assertThat(listing.queryParameter("status")).contains("ACTIVE");
      FakeRequest poll = changing.takeRequest();
      assertThat(poll.queryParameter("changes-since")).isPresent();
      assertThat(poll.queryParameter("status")).isEmpty();
    }

    assertThat(output().lines().map(String::strip))
        .containsSubsequence(
            "The fake: boot web-3",
            "added   web-3",
            "The fake: rename web-1",
            "updated web-1a (was web-1)",
            "The fake: stop db-1",
            "removed db-1 (left the view)",
            "The fake: delete web-2",
            "removed web-2 (deleted)",
            "2 active servers in the view: web-1a, web-3")
        .contains("added   web-1", "added   web-2", "added   db-1");
  }

  @Test
  void tour_runsEveryExample_andSaysWhichCloudFirst() {
    try (ExampleCloud cloud = ExampleCloud.connect(Map.of(), out)) {
      Tour.run(cloud, Map.of(), out);
    }

    String[] lines = output().split("\n");
    assertThat(lines[0])
        .startsWith("Cloud: a local fake Nova at http://127.0.0.1:")
        .contains("sample servers");
    assertThat(output())
        .contains(
            "== 1.", "== 2.", "== 3.", "== 4.", "== 5.", "== 6.", "== 7.", "== 8.", "== 9.",
            "== 10.", "== 11.")
        .contains("deleted; Nova no longer has it")
        .doesNotContain("Exception");
  }

  @Test
  void bootAndReboot_createsWaitsRebootsAndDeletes_asItSays() throws Exception {
    String image =
        fake.servers().stream().flatMap(s -> s.image().stream()).findFirst().orElseThrow().id();
    int before = fake.servers().size();
    BootAndReboot.run(compute, out, image, "2", null, Duration.ofMillis(10));

    assertThat(output().lines().map(s -> s.replaceAll("^ *\\d+ ms  ", "")))
        .containsExactly(
            "created " + createdId() + ", now ACTIVE (power RUNNING)",
            "rebooted (hard), now ACTIVE (power RUNNING)",
            "deleted; Nova no longer has it");
    List<String> sent = new ArrayList<>();
    for (FakeRequest request = fake.pollRequest(Duration.ZERO).orElse(null);
        request != null;
        request = fake.pollRequest(Duration.ZERO).orElse(null)) {
      sent.add(request.method() + " " + request.path());
    }
    String server = "/v2.1/servers/" + createdId();
    assertThat(sent)
        .startsWith("POST /v2.1/servers")
        .contains("POST " + server + "/action", "DELETE " + server)
        .endsWith("GET " + server);
    assertThat(fake.servers()).hasSize(before + 1); // Nova keeps the deleted row
    assertThat(fake.servers().stream().filter(s -> s.id().equals(createdId())))
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(ServerStatus.DELETED));
  }

  @Test
  void bootAndReboot_beforeMicroversion237_sendsNoNetworks_asNovaThenWants() {
    String image =
        fake.servers().stream().flatMap(s -> s.image().stream()).findFirst().orElseThrow().id();
    try (ComputeClient baseline =
        ComputeClient.builder().endpoint(fake.endpoint()).token(fake.token()).build()) {
      assertThat(BootAndReboot.networksRequired(baseline)).isFalse();
      BootAndReboot.run(baseline, out, image, "1", null, Duration.ofMillis(10));
    }
    assertThat(BootAndReboot.networksRequired(compute)).isTrue();
    assertThat(output()).contains("deleted; Nova no longer has it");
    FakeRequest create = fake.takeRequest();
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.body()).doesNotContain("networks");
  }

  private String createdId() {
    return output().lines().findFirst().orElseThrow().replaceAll(".*created (\\S+),.*", "$1");
  }

  @Test
  void bootAndReboot_onARealCloudWithoutAnImage_explainsAndCreatesNothing() {
    try (ExampleCloud cloud =
        ExampleCloud.connect(
            Map.of("OS_COMPUTE_ENDPOINT_OVERRIDE", fake.endpoint(), "OS_TOKEN", fake.token()),
            out)) {
      BootAndReboot.runIfConfigured(cloud, Map.of(), out);
    }
    assertThat(output()).contains("Set STACKSDK_EXAMPLE_IMAGE");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void exampleCloud_usesTheOsSettings_whenBothAreGiven() {
    try (ExampleCloud cloud =
        ExampleCloud.connect(
            Map.of(
                "OS_COMPUTE_ENDPOINT_OVERRIDE",
                fake.endpoint(),
                "OS_TOKEN",
                fake.token(),
                "OS_COMPUTE_API_VERSION",
                "2.47"),
            out)) {
      assertThat(cloud.isFake()).isFalse();
      assertThat(cloud.compute().listServers().stream().count()).isEqualTo(listed().size());
    }
    assertThat(output())
        .startsWith("Cloud: " + fake.endpoint() + " (from OS_* settings), microversion 2.47");
    FakeRequest request = fake.takeRequest();
    assertThat(request.header("X-Auth-Token")).contains(fake.token());
    assertThat(request.header("OpenStack-API-Version")).contains("compute 2.47");
  }

  @Test
  void exampleCloud_halfASetting_isAClearError() {
    assertThatThrownBy(() -> ExampleCloud.connect(Map.of("OS_TOKEN", "t"), out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OS_COMPUTE_ENDPOINT_OVERRIDE");
  }
}
