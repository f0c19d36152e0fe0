package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK code of the openstack4j migration guide, against the sample cloud. */
final class MigrationSnippetsTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private FakeCompute fake;
  private ComputeClient compute;

  @BeforeEach
  void sampleCloud() {
    fake = FakeCompute.start();
    SampleCloud.populate(fake);
    compute = MigrationSnippets.connectWithToken(fake.endpoint(), fake.token());
  }

  @AfterEach
  void close() {
    compute.close();
    fake.close();
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private List<FakeRequest> requests() {
    List<FakeRequest> requests = new ArrayList<>();
    for (int i = fake.requestCount(); i > 0; i--) {
      requests.add(fake.takeRequest());
    }
    return requests;
  }

  /** The servers a plain listing shows: the token's project's, not deleted. */
  private List<Server> listed() {
    return fake.servers().stream()
        .filter(s -> s.tenantId().map(fake.projectId()::equals).orElse(true))
        .filter(s -> s.status() != ServerStatus.DELETED)
        .collect(Collectors.toList());
  }

  private String id(String name) {
    return fake.servers().stream()
        .filter(s -> s.name().equals(Optional.of(name)))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void connectWithPassword_authenticatesWithKeystone_andPinsTheMicroversion() {
    try (ComputeClient keystone = MigrationSnippets.connectWithPassword(fake.keystoneUrl(), "s3")) {
      assertThat(keystone.endpoint().toString()).startsWith(fake.endpoint());
      assertThat(keystone.microversion()).contains("2.79");
      assertThat(keystone.getServer(id("web-01")).name()).contains("web-01");
    }
    List<FakeRequest> requests = requests();
    assertThat(requests.get(0).method()).isEqualTo("POST");
    assertThat(requests.get(0).path()).endsWith("/v3/auth/tokens");
    assertThat(requests.get(0).body())
        .contains("\"alice\"", "\"web\"", "\"Default\"", "\"password\"");
    assertThat(requests.get(1).header("OpenStack-API-Version")).contains("compute 2.79");
  }

  @Test
  void connectWithToken_sendsTheTokenAndTheMicroversion() {
    compute.getServer(id("web-01"));

    FakeRequest request = fake.takeRequest();
    assertThat(request.header("X-Auth-Token")).contains(fake.token());
    assertThat(request.header("X-OpenStack-Nova-API-Version")).contains("2.79");
  }

  @Test
  void list_readsEveryServer_andSendsEachFilter() {
    Instant since = SampleCloud.NOW.minus(Duration.ofDays(30));

    List<String> counts = MigrationSnippets.listServers(compute, since);

    assertThat(counts.get(0)).isEqualTo(listed().size() + " servers");
    long changedWeb =
        fake.servers().stream()
            .filter(s -> s.name().orElse("").startsWith("web-"))
            .filter(s -> s.status() == ServerStatus.ACTIVE || s.status() == ServerStatus.SHUTOFF)
            .filter(s -> !s.updated().orElseThrow().isBefore(since))
            .count();
    assertThat(changedWeb).isPositive();
    assertThat(counts.get(1)).isEqualTo(changedWeb + " changed web servers");
    List<FakeRequest> requests = requests();
    FakeRequest filtered = requests.get(requests.size() - 1);
    assertThat(filtered.path()).isEqualTo("/v2.1/servers/detail");
    assertThat(filtered.queryParameters("status")).containsExactly("ACTIVE", "SHUTOFF");
    assertThat(filtered.queryParameter("name")).contains("^web-");
    assertThat(filtered.queryParameter("changes-since")).contains(since.toString());
    assertThat(filtered.queryParameter("all_tenants")).contains("true");
  }

  @Test
  void paging_followsEveryPage_andListsOnePageOnRequest() {
    MigrationSnippets.pages(compute, out);

    int count = listed().size();
    assertThat(count).isLessThan(200);
    assertThat(output().lines().filter(line -> line.matches("[0-9a-f-]{36}")).count())
        .isEqualTo(count);
    assertThat(output()).contains(count + " servers, next marker -");
    assertThat(output()).contains(count + " servers on the first page");
    assertThat(requests())
        .extracting(r -> r.queryParameter("limit"))
        .containsOnly(Optional.of("200"));
  }

  @Test
  void paging_withMoreServersThanAPage_followsTheMarkers() {
    for (int i = 0; i < 450; i++) {
      fake.addServer(
          Server.builder()
              .id(UUID.nameUUIDFromBytes(("bulk-" + i).getBytes(StandardCharsets.UTF_8)).toString())
              .name(String.format("bulk-%03d", i))
              .statusAsString("ACTIVE")
              .tenantId(fake.projectId())
              .build());
    }
    int count = listed().size();

    MigrationSnippets.pages(compute, out);

    assertThat(output().lines().filter(line -> line.matches("[0-9a-f-]{36}")).count())
        .isEqualTo(count);
    assertThat(output()).contains("200 servers, next marker ");
    assertThat(output()).contains((count - 400) + " servers, next marker -");
    assertThat(output()).contains("200 servers on the first page");
  }

  @Test
  void get_printsTheServer_orTheRequestIdOfTheNotFound() {
    MigrationSnippets.get(compute, out, id("web-01"));
    String missing = UUID.randomUUID().toString();
    MigrationSnippets.get(compute, out, missing);

    assertThat(output()).startsWith("web-01 ACTIVE\n");
    assertThat(output()).containsPattern("No server " + missing + ", request req-[0-9a-f-]{36}");
  }

  @Test
  void fields_readsTheExtendedAttributes_addresses_flavorAndImage() {
    Server web = fake.servers().stream().filter(s -> s.id().equals(id("web-01"))).findFirst().get();

    String fields = MigrationSnippets.fields(compute, web.id());

    assertThat(fields)
        .startsWith("web-01 | ACTIVE | RUNNING | ")
        .contains(web.host().orElseThrow())
        .contains(web.launchedAt().orElseThrow().toString())
        .contains(" | m1.small | " + SampleCloud.IMAGE_UBUNTU + " | ")
        .contains(web.addresses().values().iterator().next().get(0).addr());
  }

  @Test
  void interfaces_listsThePortsOfTheServer() {
    String web = id("web-01");

    MigrationSnippets.interfaces(compute, out, web);

    String mac = fake.virtualInterfaces(web).get(0).macAddress();
    assertThat(output()).contains(mac);
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/" + web + "/os-interface");
  }

  @Test
  void find_findsExactlyThatName() {
    assertThat(MigrationSnippets.find(compute)).map(Server::id).contains(id("web-01"));

    assertThat(fake.takeRequest().queryParameter("name")).contains("^web-01$");
  }

  @Test
  void threads_shareOneClient_andTheAsyncListingReadsEveryServer() throws Exception {
    List<String> ids = List.of(id("web-01"), id("db-01"), id("cache-01"));

    List<String> all = MigrationSnippets.concurrently(compute, out, ids);

    assertThat(output().lines()).containsExactly("web-01", "db-01", "cache-01");
    assertThat(all).hasSize(listed().size()).containsAll(ids);
  }
}
