package io.github.stacksdk.compute.it;

import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import io.github.stacksdk.compute.testing.FakeCompute;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Our fake, seeded in Java with what {@code integration/nova/seed.sh} makes on the real Nova, in
 * the same order and with the same states, so that the same scenarios hold for both.
 */
final class FakeNova extends Cloud {
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant CHANGES_SINCE = START.plus(Duration.ofMinutes(10));
  private static final String IMG_A = uuid("image cirros-fake");
  private static final String IMG_B = uuid("image ubuntu-fake");

  /** The loopback deployment's one host, which runs every service. */
  private static final String HOST = Seed.HOST;

  /** The projects of the tests that act as a member of a project of their own. */
  private static final List<String> MEMBER_PROJECTS =
      List.of(
          ServerWatchIT.PROJECT,
          DeletedServersIT.PROJECT,
          ServerLifecycleIT.PROJECT,
          AccountReadsIT.PROJECT,
          ServerReadsIT.PROJECT,
          FlavorsIT.PROJECT,
          FlavorsIT.OTHER);

  /** setup.sh's instances quota, the cloud's default. */
  private static final int DEFAULT_INSTANCES = 1000;

  /** The fake's clock, which stamps the servers the tests create, change and delete. */
  private static final Clock CLOCK = Clock.systemUTC();

  /** Started on first use, after the constants above; stopped when the JVM exits. */
  static final FakeNova INSTANCE = new FakeNova();

  private final FakeCompute fake;

  /** The creation order of the next server, after the seed's. */
  private final AtomicInteger nextOrder = new AtomicInteger(100);

  private FakeNova() {
    FakeCompute.Builder builder =
        FakeCompute.builder()
            .token("admin:admin")
            .projectId("admin")
            // noauth2 makes only the user admin an admin: demo is a member of its project.
            .addMemberToken("demo:demo", "demo")
            // The seed's flavor larger than the host (seed.sh), which the lifecycle test boots.
            .addFlavor("99", "x1.huge", 1, 2000000, 1)
            // setup.sh's quotas: 1000 instances, cores and RAM unlimited.
            .quota(DEFAULT_INSTANCES, -1, -1)
            // Properties of the loopback deployment, not of Nova: every service runs on the one
            // host fake-compute, and noauth2 takes the user from a token user:project.
            .singleHost(HOST)
            .userId("admin:admin", "admin")
            .userId("demo:demo", "demo")
            .clock(CLOCK)
            .maxMicroversion("2.93")
            .virtualInterfacesExtension(false);
    // Members of the tests' own projects, each the project's one user, as noauth2 makes them.
    for (String project : MEMBER_PROJECTS) {
      builder.addMemberToken(memberToken(project), project).userId(memberToken(project), project);
    }
    fake = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
    // The seed makes flavors 1, 2, 3 and 99 only; the fake's sample cloud also has 4.
    fake.removeFlavor("4");
    seed();
  }

  @Override
  public String toString() {
    return "fake Nova";
  }

  @Override
  String endpoint() {
    return fake.endpoint();
  }

  @Override
  String adminToken() {
    return "admin:admin";
  }

  @Override
  String demoToken() {
    return "demo:demo";
  }

  @Override
  Instant changesSince() {
    return CHANGES_SINCE;
  }

  @Override
  String imageId(String key) {
    switch (key) {
      case "IMG_A":
        return IMG_A;
      case "IMG_B":
        return IMG_B;
      default:
        throw new IllegalArgumentException(key);
    }
  }

  @Override
  String createServer(String project, String name) {
    // A fresh id: the fake keeps a deleted server's id as a marker, as Nova keeps its row.
    String id = UUID.randomUUID().toString();
    Instant now = CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    Server.Builder server =
        server(name, project, nextOrder.getAndIncrement(), tiny(), IMG_A)
            .id(id)
            .created(Optional.empty()) // stamped by the fake's clock, as Nova stamps a new row
            .updated(Optional.empty())
            .launchedAt(now);
    fake.createServer(server.build());
    return id;
  }

  @Override
  void deleteServer(String project, String id) {
    fake.deleteServer(id);
  }

  @Override
  void renameServer(String project, String id, String name) {
    fake.updateServer(id, s -> s.toBuilder().name(name).build());
  }

  @Override
  void stopServer(String project, String id) {
    fake.updateServer(
        id,
        s ->
            s.toBuilder()
                .statusAsString("SHUTOFF")
                .vmStateAsString("stopped")
                .powerStateCode(4)
                .build());
  }

  @Override
  void lockServer(String project, String id) {
    fake.updateServer(id, s -> s.toBuilder().locked(true).build());
  }

  @Override
  void unlockServer(String project, String id) {
    fake.updateServer(id, s -> s.toBuilder().locked(false).build());
  }

  @Override
  void tagServer(String project, String id, String tag) {
    // Unlike Nova's tag API, updateServer moves updated; the tests here do not watch tags.
    fake.updateServer(id, s -> s.toBuilder().addTags(tag).build());
  }

  /** The fake takes no {@code POST /os-keypairs}: it is seeded, for the member's own user. */
  @Override
  void createKeypair(String project, String name, String publicKey) {
    fake.addKeypair(fake.userId(memberToken(project)), name, publicKey, "ssh");
  }

  @Override
  void deleteKeypair(String project, String name) {
    fake.removeKeypair(fake.userId(memberToken(project)), name);
  }

  /** The fake takes no {@code POST /os-server-groups}: it is seeded, as Nova would make it. */
  @Override
  String createServerGroup(String project, String name, String policy, Map<String, Integer> rules) {
    String id = UUID.randomUUID().toString();
    ServerGroup.Builder group =
        ServerGroup.builder()
            .id(id)
            .name(name)
            .policy(policy)
            .projectId(project)
            .userId(fake.userId(memberToken(project)));
    fake.addServerGroup(group.rules(Map.<String, Object>copyOf(rules)).build());
    return id;
  }

  @Override
  void deleteServerGroup(String project, String id) {
    fake.removeServerGroup(id);
  }

  @Override
  void createPrivateFlavor(
      String id,
      String name,
      int vcpus,
      int ramMb,
      int diskGb,
      String project,
      Map<String, String> extraSpecs) {
    fake.addFlavor(
        Flavor.builder()
            .id(id)
            .name(name)
            .vcpus(vcpus)
            .ram(ramMb)
            .disk(diskGb)
            .isPublic(false)
            .build());
    fake.addFlavorAccess(id, project);
    fake.addFlavorExtraSpecs(id, extraSpecs);
  }

  @Override
  void deleteFlavor(String id) {
    fake.removeFlavor(id);
  }

  @Override
  void purgeDeletedServers() {
    fake.purgeDeletedServers();
  }

  @Override
  Duration pollInterval() {
    return Duration.ofMillis(20);
  }

  @Override
  void setInstancesQuota(String project, int instances) {
    fake.quota(instances, -1, -1);
  }

  /** setup.sh's defaults, as the fake starts: 1000 instances, cores and RAM unlimited. */
  @Override
  void resetQuota(String project) {
    fake.quota(DEFAULT_INSTANCES, -1, -1);
  }

  /** Nova's fault for a build that no host can take (NoValidHost, from the scheduler). */
  @Override
  void failNextBuildWithNoValidHost() {
    fake.failNextBuild("No valid host was found. ");
  }

  /** The fake has no image service: a snapshot's id leads nowhere. */
  @Override
  Optional<String> deleteImage(String imageId) {
    return Optional.empty();
  }

  private void seed() {
    int[] order = {0};
    for (int i = 1; i <= 12; i++) {
      String name = String.format("web-%02d", i);
      List<String> tags =
          i <= 2 ? List.of("canary", "frontend") : i <= 4 ? List.of("frontend") : List.of();
      add(
          server(name, "admin", order[0]++, tiny(), IMG_A)
              .tags(tags)
              .description("web server " + String.format("%02d", i)));
    }
    for (int i = 1; i <= 10; i++) {
      Server.Builder db =
          server(String.format("db-%02d", i), "admin", order[0]++, small(), IMG_B)
              .tags(List.of("backend"));
      if (i <= 3) {
        stopped(db, i);
      } else if (i == 4) {
        db.locked(true).lockedReason("maintenance").updated(CHANGES_SINCE.minusSeconds(10));
      }
      add(db);
    }
    for (int i = 1; i <= 8; i++) {
      Server.Builder cache =
          server(String.format("cache-%02d", i), "admin", order[0]++, medium(), IMG_A);
      if (i <= 2) {
        paused(cache, i);
      } else if (i == 3) {
        cache.locked(true).updated(CHANGES_SINCE.minusSeconds(8));
      }
      add(cache);
    }
    Instant brokenAt = created(order[0]++);
    add(
        server("broken-01", "admin", order[0] - 1, huge(), IMG_A)
            .statusAsString("ERROR")
            .vmStateAsString("error")
            .powerStateCode(0)
            .host(java.util.Optional.empty())
            .hypervisorHostname(java.util.Optional.empty())
            .hostStatus("")
            .availabilityZone("")
            .launchedAt(java.util.Optional.empty())
            // Named by the host that builds the server; this one never reached one.
            .rootDeviceName(java.util.Optional.empty())
            .fault(
                ServerFault.builder()
                    .code(500)
                    .message("No valid host was found. ")
                    .created(brokenAt)
                    .details(
                        "Traceback (most recent call last):\nnova.exception.NoValidHost: No valid host was found. \n")
                    .build()));
    add(server("demo-01", "demo", order[0]++, tiny(), IMG_A));
    add(server("demo-02", "demo", order[0]++, tiny(), IMG_A));
  }

  /**
   * Adds a seeded server with the history Nova recorded for it: its {@code create} (a build on the
   * host, or, for a server that never reached one, the conductor's failed scheduling), then the
   * lock, stop or pause seed.sh did, which ended at the server's {@code updated}.
   */
  private void add(Server.Builder builder) {
    Server server = builder.build();
    fake.addServer(server);
    String name = server.name().orElseThrow();
    Instant created = server.created().orElseThrow();
    if (server.host().isPresent()) {
      record(
          server, "create", created, "compute__do_build_and_run_instance", created.plusSeconds(1));
    } else {
      fake.addInstanceAction(
          action(server, "create", created)
              .message("Error")
              .addEvent(
                  event("conductor_schedule_and_build_instances", created, created.plusMillis(300))
                      .result("Error")
                      .details("No valid host was found. ")
                      // As Nova stores it: the traceback's frames, without its first line.
                      .traceback(
                          "  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\","
                              + " line 1587, in schedule_and_build_instances\n"
                              + "nova.exception.NoValidHost: No valid host was found. \n")
                      .build())
              .build());
    }
    Instant changed = server.updated().orElseThrow();
    if (server.locked().orElse(false)) {
      record(server, "lock", changed, "api_lock", changed);
    } else if (Seed.SHUTOFF.contains(name)) {
      record(server, "stop", changed.minusSeconds(1), "compute_stop_instance", changed);
    } else if (Seed.PAUSED.contains(name)) {
      record(server, "pause", changed.minusSeconds(1), "compute_pause_instance", changed);
    }
  }

  /** An action of the admin's, with one event on the host that succeeded. */
  private void record(Server server, String name, Instant start, String event, Instant end) {
    fake.addInstanceAction(
        action(server, name, start)
            .addEvent(event(event, start, end).result("Success").build())
            .build());
  }

  private static InstanceAction.Builder action(Server server, String name, Instant start) {
    return InstanceAction.builder()
        .requestId("req-" + uuid(name + " " + server.name().orElseThrow()))
        .action(name)
        .instanceUuid(server.id())
        .userId(server.userId().orElseThrow())
        .projectId(server.tenantId().orElseThrow())
        .startTime(start);
  }

  private static InstanceActionEvent.Builder event(String name, Instant start, Instant end) {
    return InstanceActionEvent.builder().event(name).startTime(start).finishTime(end).host(HOST);
  }

  private static void stopped(Server.Builder server, int i) {
    server
        .statusAsString("SHUTOFF")
        .vmStateAsString("stopped")
        .powerStateCode(4)
        .updated(CHANGES_SINCE.plusSeconds(2L * i));
  }

  private static void paused(Server.Builder server, int i) {
    // Nova's fake virt driver reports a paused VM as running (power state 1), not paused (3).
    server
        .statusAsString("PAUSED")
        .vmStateAsString("paused")
        .powerStateCode(1)
        .updated(CHANGES_SINCE.plusSeconds(10L + i));
  }

  private static Instant created(int order) {
    return START.plusSeconds(2L * order);
  }

  private Server.Builder server(
      String name, String project, int order, ServerFlavor flavor, String image) {
    String id = uuid("server " + name);
    Instant created = created(order);
    String base = fake.endpoint().replaceAll("/v2\\.1/?$", "");
    return Server.builder()
        .id(id)
        .name(name)
        .statusAsString("ACTIVE")
        .tenantId(project)
        .userId(project)
        .metadata(Map.of("group", name.replaceAll("-\\d+$", "")))
        .hostId(uuid("host " + project).replace("-", ""))
        .image(
            ServerImage.builder()
                .id(image)
                .addLinks(link("bookmark", base + "/images/" + image))
                .build())
        .flavor(flavor)
        .created(created)
        .updated(created.plusSeconds(1))
        .diskConfig("MANUAL")
        .progress(0)
        .availabilityZone("nova")
        .configDrive(false)
        .launchedAt(created.plusSeconds(1))
        .host(HOST)
        .instanceName(String.format("instance-%08x", order + 1))
        .hypervisorHostname(HOST)
        .reservationId("r-" + id.substring(0, 8))
        .launchIndex(0)
        .hostname(name)
        .rootDeviceName("/dev/sda")
        .vmStateAsString("active")
        .powerStateCode(1)
        .hostStatus("UP")
        .locked(false);
  }

  private static ServerFlavor tiny() {
    return flavor("1", "m1.tiny", 512, 1, 1);
  }

  private static ServerFlavor small() {
    return flavor("2", "m1.small", 2048, 1, 20);
  }

  private static ServerFlavor medium() {
    return flavor("3", "m1.medium", 4096, 2, 40);
  }

  private static ServerFlavor huge() {
    return flavor("99", "x1.huge", 2000000, 1, 1);
  }

  private static ServerFlavor flavor(String id, String name, int ram, int vcpus, int disk) {
    return ServerFlavor.builder()
        .id(id)
        .originalName(name)
        .ram(ram)
        .vcpus(vcpus)
        .disk(disk)
        .ephemeral(0)
        .swap(0)
        .build();
  }

  private static Link link(String rel, String href) {
    return Link.builder().rel(rel).href(href).build();
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
