package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fake's own API: settings, seeding, recorded requests, threads and closing. */
final class FakeComputeTest {

  @Test
  void start_bindsLoopbackOnly_withTheDefaults() throws Exception {
    try (FakeCompute fake = FakeCompute.start()) {
      URI endpoint = URI.create(fake.endpoint());

      assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
      assertThat(endpoint.getPath()).isEqualTo("/v2.1");
      assertThat(fake.keystoneUrl())
          .isEqualTo("http://127.0.0.1:" + endpoint.getPort() + "/identity/v3");
      assertThat(fake.projectEndpoint())
          .isEqualTo(fake.endpoint() + "/" + FakeCompute.DEFAULT_PROJECT_ID);
      assertThat(fake.token()).isEqualTo("fake-token");
      assertThat(fake.maxMicroversion()).isEqualTo("2.96");
      assertThat(fake.projectId()).matches("[0-9a-f-]+");
      assertThat(fake.servers()).isEmpty();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 1000);
        assertThat(socket.isConnected()).isTrue();
      }
      assertThat(fake.toString()).contains(fake.endpoint());
    }
  }

  @Test
  void addToken_seesItsOwnProject_andEveryProjectWithAllTenants() {
    try (FakeCompute fake =
        FakeCompute.builder()
            .token("admin-token")
            .projectId("p-admin")
            .addToken("demo-token", "p-demo")
            .start()) {
      fake.addServer(Server.builder().id("a1").name("mine").build());
      fake.addServer(Server.builder().id("d1").name("theirs").tenantId("p-demo").build());
      try (ComputeClient admin = fake.clientBuilder().build();
          ComputeClient demo = fake.clientBuilder().token("demo-token").build();
          ComputeClient stranger = fake.clientBuilder().token("no-such-token").build()) {
        assertThat(admin.listServers().stream().map(Server::id)).containsExactly("a1");
        assertThat(demo.listServers().stream().map(Server::id)).containsExactly("d1");
        assertThat(admin.listServers(r -> r.allTenants(true)).stream().map(Server::id))
            .containsExactlyInAnyOrder("a1", "d1");
        assertThatThrownBy(() -> stranger.listServers().stream().count())
            .isInstanceOf(io.github.stacksdk.compute.exception.AuthenticationException.class);
      }
      assertThat(fake.takeRequest().header("X-Auth-Token")).contains("admin-token");
      assertThat(fake.takeRequest().header("X-Auth-Token")).contains("demo-token");
      assertThat(fake.takeRequest().queryParameter("all_tenants")).contains("true");
      assertThat(fake.takeRequest().header("X-Auth-Token")).contains("no-such-token");
    }
  }

  @Test
  void builder_setsTokenMaximumAndProject_andRejectsNonsense() {
    try (FakeCompute fake =
        FakeCompute.builder().token("t-1").maxMicroversion("2.93").projectId("p-1").start()) {
      fake.addServer(Server.builder().id("s1").name("one").statusAsString("ACTIVE").build());
      try (ComputeClient compute = fake.clientBuilder().microversion("2.93").build()) {
        assertThat(compute.getServer("s1").tenantId()).contains("p-1");
      }
      FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/s1");
      assertThat(request.header("X-Auth-Token")).contains("t-1");
      assertThat(fake.maxMicroversion()).isEqualTo("2.93");
    }
    assertThatThrownBy(() -> FakeCompute.builder().maxMicroversion("2.0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeCompute.builder().maxMicroversion("latest"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeCompute.builder().token(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeCompute.builder().projectId("a/b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void projectEndpoint_worksWithTheSdk_andLinksKeepTheProject() {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      try (ComputeClient compute =
          ComputeClient.builder().endpoint(fake.projectEndpoint()).token(fake.token()).build()) {
        List<Server> servers = new ArrayList<>();
        compute.listServers(r -> r.pageSize(20)).forEach(servers::add);

        assertThat(servers).hasSize(34);
        assertThat(servers.get(0).links().get(0).href())
            .startsWith(fake.projectEndpoint() + "/servers/");
      }
      String path = "/v2.1/" + fake.projectId() + "/servers/detail";
      RawHttp.assertGet(fake, path);
      assertThat(RawHttp.assertGet(fake, path).queryParameter("marker")).isPresent();
    }
  }

  @Test
  void addServer_replacesByIdInPlace_andRemoveAndClearEmpty() {
    try (FakeCompute fake = FakeCompute.start()) {
      fake.addServers(List.of(server("a", "first"), server("b", "second")));
      fake.addServer(server("a", "renamed"));

      assertThat(fake.servers())
          .extracting(s -> s.name().orElseThrow())
          .containsExactly("renamed", "second");
      assertThatThrownBy(() -> fake.servers().add(server("c", "x")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(fake.removeServer("a")).isTrue();
      assertThat(fake.removeServer("a")).isFalse();
      assertThat(fake.clear().servers()).isEmpty();
      assertThat(fake.requestCount()).isZero();
    }
  }

  @Test
  void takeRequest_recordsEveryDetail_andPollRequestDoesNotWait() {
    try (FakeCompute fake = FakeCompute.start()) {
      assertThat(fake.pollRequest(Duration.ZERO)).isEmpty();
      assertThatThrownBy(() -> fake.pollRequest(Duration.ofMillis(1)).orElseThrow())
          .isInstanceOf(RuntimeException.class);

      RawHttp.get(
          fake,
          "/v2.1/servers/detail?status=ACTIVE&status=PAUSED&name=web%2001&all_tenants",
          "OpenStack-API-Version",
          "compute 2.79");
      FakeRequest request = fake.takeRequest();

      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/v2.1/servers/detail");
      assertThat(request.query()).contains("status=ACTIVE&status=PAUSED&name=web%2001&all_tenants");
      assertThat(request.queryParameters("status")).containsExactly("ACTIVE", "PAUSED");
      assertThat(request.queryParameter("name")).contains("web 01");
      assertThat(request.queryParameter("all_tenants")).contains("");
      assertThat(request.queryParameter("marker")).isEmpty();
      assertThat(request.queryParameters()).containsOnlyKeys("status", "name", "all_tenants");
      assertThat(request.header("openstack-api-version")).contains("compute 2.79");
      assertThat(request.headers("X-Auth-Token")).containsExactly(fake.token());
      assertThat(request.headers()).containsKey("OpenStack-API-Version");
      assertThat(request.body()).isEmpty();
      assertThat(request)
          .hasToString(
              "GET /v2.1/servers/detail?status=ACTIVE&status=PAUSED&name=web%2001&all_tenants");
    }
  }

  @Test
  void everyResponse_carriesOneRequestIdUnderBothNames() {
    try (FakeCompute fake = FakeCompute.start()) {
      List<RawHttp.Reply> replies =
          List.of(
              RawHttp.send(fake, "GET", "/", null),
              RawHttp.get(fake, "/v2.1/servers"),
              RawHttp.get(fake, "/v2.1/servers/nope"),
              RawHttp.send(fake, "GET", "/v2.1/servers", null));
      for (int i = 0; i < replies.size(); i++) {
        fake.takeRequest();
      }

      assertThat(replies)
          .allSatisfy(
              r -> {
                assertThat(r.header("X-OpenStack-Request-Id")).matches("req-[0-9a-f-]{36}");
                assertThat(r.header("X-Compute-Request-Id"))
                    .isEqualTo(r.header("X-OpenStack-Request-Id"));
              });
      assertThat(replies.stream().map(r -> r.header("X-OpenStack-Request-Id")).distinct())
          .hasSize(4);
    }
  }

  @Test
  void concurrentListingsAndSeeding_areSafe() throws Exception {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try (ComputeClient compute = fake.clientBuilder().build()) {
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          counts.add(pool.submit(() -> compute.listServers(r -> r.pageSize(10)).stream().count()));
        }
        for (int i = 0; i < 50; i++) {
          fake.addServer(server("extra-" + i, "extra-" + i));
        }
        for (Future<Long> count : counts) {
          assertThat(count.get(30, TimeUnit.SECONDS)).isBetween(34L, 84L);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(fake.servers()).hasSize(87);
      assertThat(fake.requestCount()).isGreaterThanOrEqualTo(16 * 4);
      assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/detail");
    }
  }

  @Test
  void close_releasesThePort_andIsIdempotent() {
    FakeCompute fake = FakeCompute.start();
    int port = URI.create(fake.endpoint()).getPort();
    fake.close();
    fake.close();

    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
              }
            })
        .isInstanceOf(java.io.IOException.class);
    assertThat(fake.pollRequest(Duration.ZERO)).isEmpty();
  }

  private static Server server(String id, String name) {
    return Server.builder().id(id).name(name).statusAsString("ACTIVE").build();
  }
}
