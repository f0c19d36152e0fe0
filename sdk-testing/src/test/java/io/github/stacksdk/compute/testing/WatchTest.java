package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing the cloud while a client watches it through {@code changes-since}: the cloud's clock,
 * Nova's one-second {@code updated}, inclusive bounds, deleted servers for admins and members,
 * and purging.
 */
final class WatchTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
  private static final String MEMBER_TOKEN = "member-token";

  private final TestClock clock = new TestClock(T0);
  private FakeCompute fake;

  @BeforeEach
  void start() {
    fake =
        FakeCompute.builder()
            .clock(clock)
            .addMemberToken(MEMBER_TOKEN, FakeCompute.DEFAULT_PROJECT_ID)
            .start();
    fake.addServer(server("a", "web-a", T0.minus(Duration.ofHours(1))));
    fake.addServer(server("b", "web-b", T0.minus(Duration.ofHours(1))));
    fake.addServer(server("c", "db-c", T0.minus(Duration.ofHours(1))));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void updateServer_stampsTheCloudsSecond_roundedAsMySqlStoresIt() {
    clock.set(T0.plusMillis(400));
    Server a = fake.updateServer("a", s -> s.toBuilder().statusAsString("SHUTOFF").build());
    clock.set(T0.plusMillis(500));
    Server b = fake.updateServer("b", s -> s.toBuilder().name("web-b2").build());

    assertThat(a.updated()).contains(T0);
    assertThat(b.updated()).contains(T0.plusSeconds(1));
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(compute.getServer("a").status()).isEqualTo(ServerStatus.SHUTOFF);
      assertThat(compute.getServer("a").updated()).contains(T0);
      assertThat(compute.getServer("b").name()).contains("web-b2");
      assertThat(compute.getServer("b").updated()).contains(T0.plusSeconds(1));
    }
    assertThat(RawHttp.get(fake, "/v2.1/servers/a").json().at("/server/updated").asText())
        .isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void changesSince_isInclusive_andListsEveryChangeOfTheSameSecond() {
    clock.set(T0.plusMillis(100));
    fake.updateServer("a", s -> s.toBuilder().name("web-a2").build());
    clock.set(T0.plusMillis(300));
    fake.updateServer("c", s -> s.toBuilder().name("db-c2").build());

    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(ids(compute.listServers(r -> r.changesSince(T0)).stream()))
          .containsExactlyInAnyOrder("a", "c");
      assertThat(ids(compute.listServers(r -> r.changesSince(T0.plusSeconds(1))).stream()))
          .isEmpty();
    }
    assertThat(fake.takeRequest().queryParameter("changes-since")).contains("2026-01-02T03:04:05Z");
    assertThat(fake.takeRequest().queryParameter("changes-since")).contains("2026-01-02T03:04:06Z");
  }

  @Test
  void changesBefore_isInclusive_fromMicroversion266() {
    fake.updateServer("b", s -> s.toBuilder().name("web-b2").build());

    try (ComputeClient compute = fake.clientBuilder().microversion("2.66").build()) {
      assertThat(
              ids(
                  compute
                      .listServers(r -> r.changesSince(T0).changesBefore(T0).allTenants(true))
                      .stream()))
          .containsExactly("b");
      assertThat(ids(compute.listServers(r -> r.changesBefore(T0.minusSeconds(1))).stream()))
          .containsExactlyInAnyOrder("a", "c");
    }
    FakeRequest sent = fake.takeRequest();
    assertThat(sent.queryParameter("changes-since")).contains("2026-01-02T03:04:05Z");
    assertThat(sent.queryParameter("changes-before")).contains("2026-01-02T03:04:05Z");
  }

  @Test
  void deleteServer_hidesTheServer_butChangesSinceListsItAsNovaRendersADeletedOne() {
    clock.set(T0.plusSeconds(10));
    Server deleted = fake.deleteServer("a");

    assertThat(deleted.statusAsString()).contains("DELETED");
    try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
      assertThat(ids(compute.listServers().stream())).containsExactlyInAnyOrder("b", "c");
      assertThatThrownBy(() -> compute.getServer("a"))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("Instance a could not be found.");
      List<Server> changed =
          compute.listServers(r -> r.changesSince(T0)).stream().collect(toList());
      assertThat(changed).singleElement().satisfies(WatchTest::isDeletedAtT0Plus10);
      assertThat(ids(compute.listServers(r -> r.deleted(true)).stream())).containsExactly("a");
    }
    JsonNode body = RawHttp.get(fake, "/v2.1/servers/detail?changes-since=" + T0).json();
    JsonNode a = body.at("/servers/0");
    assertThat(a.get("status").asText()).isEqualTo("DELETED");
    assertThat(a.get("OS-EXT-STS:vm_state").asText()).isEqualTo("deleted");
    assertThat(a.get("OS-EXT-STS:task_state").isNull()).isTrue();
    assertThat(a.get("OS-EXT-STS:power_state").asInt()).isZero();
    assertThat(a.get("OS-SRV-USG:terminated_at").asText()).isEqualTo("2026-01-02T03:04:15.000000");
    assertThat(a.get("updated").asText()).isEqualTo("2026-01-02T03:04:15Z");
    assertThat(a.get("addresses").size()).isZero();
    assertThat(a.get("metadata").size()).isZero();
    assertThat(a.has("progress")).isFalse();
    assertThat(a.at("/flavor/id").asText()).isEqualTo("2");
  }

  @Test
  void deletedServers_comeToAMemberThroughChangesSinceOnly() {
    fake.deleteServer("a");

    try (ComputeClient member = fake.clientBuilder().token(MEMBER_TOKEN).build()) {
      assertThat(ids(member.listServers(r -> r.changesSince(T0)).stream())).containsExactly("a");
      // A member's deleted filter is dropped (remove_invalid_options): the plain listing.
      assertThat(ids(member.listServers(r -> r.deleted(true)).stream()))
          .containsExactlyInAnyOrder("b", "c");
      assertThatThrownBy(
              () -> member.listServers(r -> r.status(ServerStatus.DELETED)).stream().count())
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("Only administrators may list deleted instances");
      assertThatThrownBy(() -> member.listServers(r -> r.allTenants(true)).stream().count())
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("os_compute_api:servers:detail:get_all_tenants");
    }
    assertThat(fake.takeRequest().header("X-Auth-Token")).contains(MEMBER_TOKEN);
    assertThat(fake.takeRequest().queryParameter("deleted")).contains("true");
  }

  @Test
  void member_seesOnlyItsProject_andAdminOnlyFiltersAreIgnored() {
    fake.addServer(server("other", "web-other", T0).toBuilder().tenantId("p-other").build());

    try (ComputeClient member = fake.clientBuilder().token(MEMBER_TOKEN).build();
        ComputeClient admin = fake.clientBuilder().build()) {
      assertThat(ids(member.listServers(r -> r.host("no-such-host")).stream()))
          .containsExactlyInAnyOrder("a", "b", "c");
      assertThat(ids(admin.listServers(r -> r.host("no-such-host")).stream())).isEmpty();
      assertThatThrownBy(() -> member.getServer("other"))
          .isInstanceOf(ResourceNotFoundException.class);
      assertThat(admin.getServer("other").tenantId()).contains("p-other");
    }
  }

  @Test
  void member_seesNoExtendedAttributesOrHostStatus_butTheHostnameFrom290() {
    fake.deleteServer("a"); // a deleted server is rendered alike

    for (String path : List.of("/v2.1/servers/detail?changes-since=" + T0, "/v2.1/servers/b")) {
      JsonNode asAdmin = server(RawHttp.get(fake, path, "OpenStack-API-Version", "compute 2.93"));
      JsonNode at293 =
          server(
              RawHttp.get(
                  fake,
                  path,
                  "X-Auth-Token",
                  MEMBER_TOKEN,
                  "OpenStack-API-Version",
                  "compute 2.93"));
      JsonNode at289 =
          server(
              RawHttp.get(
                  fake,
                  path,
                  "X-Auth-Token",
                  MEMBER_TOKEN,
                  "OpenStack-API-Version",
                  "compute 2.89"));

      assertThat(asAdmin.has("OS-EXT-SRV-ATTR:host")).isTrue();
      assertThat(asAdmin.has("host_status")).isTrue();
      // Nova's default policy: os-extended-server-attributes and host_status are admin-only.
      assertThat(fieldNames(at293).filter(k -> k.startsWith("OS-EXT-SRV-ATTR:")))
          .containsExactly("OS-EXT-SRV-ATTR:hostname");
      assertThat(at293.has("host_status")).isFalse();
      assertThat(fieldNames(at289).filter(k -> k.startsWith("OS-EXT-SRV-ATTR:"))).isEmpty();
    }
  }

  private static JsonNode server(RawHttp.Reply reply) {
    JsonNode body = reply.json();
    return body.has("server") ? body.get("server") : body.at("/servers/0");
  }

  private static java.util.stream.Stream<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.stream();
  }

  @Test
  void changesSince_withAStatusFilter_missesDeletedServers_butAdminsMayAskForDeletedOnes() {
    fake.updateServer("b", s -> s);
    fake.deleteServer("a");

    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(
              ids(
                  compute
                      .listServers(r -> r.changesSince(T0).status(ServerStatus.ACTIVE))
                      .stream()))
          .containsExactly("b");
      assertThat(ids(compute.listServers(r -> r.changesSince(T0).name("^web-")).stream()))
          .containsExactlyInAnyOrder("a", "b");
      // vm_state ['deleted'] lists deleted servers whatever deleted says (servers.py).
      assertThat(
              ids(compute.listServers(r -> r.status(ServerStatus.DELETED).deleted(false)).stream()))
          .containsExactly("a");
    }
  }

  @Test
  void purgeDeletedServers_forgetsThemInEveryListing_andAsMarkers() {
    fake.deleteServer("a");
    fake.removeServer("b");

    assertThat(fake.purgeDeletedServers()).isEqualTo(2);

    assertThat(fake.servers()).extracting(Server::id).containsExactly("c");
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(ids(compute.listServers(r -> r.changesSince(T0.minusSeconds(7200))).stream()))
          .containsExactly("c");
      assertThat(ids(compute.listServers(r -> r.deleted(true)).stream())).isEmpty();
      assertThatThrownBy(() -> compute.listServersPage(builder().marker("a").build()))
          .isInstanceOf(MarkerNotFoundException.class)
          .hasMessageContaining("marker [a] not found");
    }
  }

  @Test
  void deletedServer_staysAPagingMarker_untilPurged() {
    fake.deleteServer("b");

    // Equal creation times: Nova's order is then by internal id, descending: c, b, a.
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(compute.listServersPage(builder().marker("b").build()).items())
          .extracting(Server::id)
          .containsExactly("a");
    }
    assertThat(fake.takeRequest().queryParameter("marker")).contains("b");
  }

  @Test
  void createServer_stampsCreatedAndUpdated_andRefusesATakenId() {
    clock.set(T0.plusMillis(700));
    Server created = fake.createServer(Server.builder().id("d").name("new").build());

    assertThat(created.created()).contains(T0.plusSeconds(1));
    assertThat(created.updated()).contains(T0.plusSeconds(1));
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(ids(compute.listServers(r -> r.changesSince(T0)).stream())).containsExactly("d");
    }
    assertThatThrownBy(() -> fake.createServer(Server.builder().id("a").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a server a");
  }

  @Test
  void mutators_explainWhatTheyCannotDo() {
    fake.deleteServer("a");

    assertThatThrownBy(() -> fake.updateServer("x", s -> s))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no server x");
    assertThatThrownBy(() -> fake.updateServer("a", s -> s))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a is deleted");
    assertThatThrownBy(() -> fake.deleteServer("a")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> fake.updateServer("b", s -> s.toBuilder().id("z").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep the server's id b");
    assertThat(fake.servers()).extracting(Server::id).containsExactly("a", "b", "c");
  }

  @Test
  void everyResponse_hasADateHeaderFromTheCloudsClock() {
    clock.set(Instant.parse("2026-03-04T05:06:07.999Z"));
    String expected = "Wed, 04 Mar 2026 05:06:07 GMT";

    assertThat(RawHttp.get(fake, "/v2.1/servers").header("Date")).isEqualTo(expected);
    assertThat(RawHttp.get(fake, "/").header("Date")).isEqualTo(expected);
    assertThat(RawHttp.get(fake, "/v2.1/servers/nope").header("Date")).isEqualTo(expected);
    fake.failNext(1, 503, "{}");
    assertThat(RawHttp.get(fake, "/v2.1/servers").header("Date")).isEqualTo(expected);
    clock.set(clock.instant().plus(Duration.ofDays(30)));
    assertThat(RawHttp.get(fake, "/identity/v3").header("Date"))
        .isEqualTo("Fri, 03 Apr 2026 05:06:07 GMT");
  }

  @Test
  void mutators_areSafeWhileAClientListsConcurrently() throws Exception {
    for (int i = 0; i < 200; i++) {
      fake.addServer(server(String.format("s%03d", i), "bulk", T0.minusSeconds(i)));
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread changer =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 50; i++) {
                  fake.updateServer("a", s -> s.toBuilder().name("web-a").build());
                  fake.createServer(Server.builder().id("n" + i).name("new").build());
                  fake.deleteServer("n" + i);
                  if (i % 10 == 0) {
                    fake.purgeDeletedServers();
                  }
                }
              } catch (RuntimeException | Error e) {
                failure.set(e);
              }
            });
    List<List<String>> listings = new java.util.ArrayList<>();
    try (ComputeClient compute = fake.clientBuilder().build()) {
      changer.start();
      while (changer.isAlive() || listings.isEmpty()) {
        listings.add(
            ids(compute.listServers(r -> r.name("bulk").pageSize(20)).concurrency(4).stream()));
      }
      changer.join();
    }

    assertThat(failure.get()).isNull();
    // The bulk servers never change, so every listing has them all, once, in Nova's order.
    List<String> bulk = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      bulk.add(String.format("s%03d", i));
    }
    assertThat(listings).allSatisfy(ids -> assertThat(ids).isEqualTo(bulk));
    assertThat(fake.servers()).extracting(Server::id).doesNotContain("n0").contains("n49");
  }

  private static void isDeletedAtT0Plus10(Server s) {
    assertThat(s.id()).isEqualTo("a");
    assertThat(s.status()).isEqualTo(ServerStatus.DELETED);
    assertThat(s.vmStateAsString()).contains("deleted");
    assertThat(s.taskStateAsString()).isEmpty();
    assertThat(s.terminatedAt()).contains(T0.plusSeconds(10));
    assertThat(s.updated()).contains(T0.plusSeconds(10));
    assertThat(s.addresses()).isEmpty();
    assertThat(s.metadata()).isEmpty();
    assertThat(s.tags()).isEmpty();
    assertThat(s.flavor()).isPresent();
    assertThat(s.name()).contains("web-a");
  }

  private static Server server(String id, String name, Instant updated) {
    return Server.builder()
        .id(id)
        .name(name)
        .statusAsString("ACTIVE")
        .vmStateAsString("active")
        .powerStateCode(1)
        .created(updated.minus(Duration.ofDays(1)))
        .updated(updated)
        .flavor(ServerFlavor.builder().id("2").build())
        .putMetadata("role", name)
        .addTags("t1")
        .addresses(
            Map.of(
                "private",
                List.of(
                    Address.builder().addr("10.0.0." + (id.hashCode() & 0x7f)).version(4).build())))
        .build();
  }

  private static io.github.stacksdk.compute.ListServersRequest.Builder builder() {
    return io.github.stacksdk.compute.ListServersRequest.builder();
  }

  private static <T> java.util.stream.Collector<T, ?, List<T>> toList() {
    return Collectors.toList();
  }

  private static List<String> ids(java.util.stream.Stream<Server> servers) {
    try (servers) {
      return servers.map(Server::id).collect(Collectors.toList());
    }
  }
}
