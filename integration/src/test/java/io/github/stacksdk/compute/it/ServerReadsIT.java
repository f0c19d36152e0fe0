package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ConsoleProtocol;
import io.github.stacksdk.compute.ConsoleType;
import io.github.stacksdk.compute.PagedIterable;
import io.github.stacksdk.compute.ServerWaiter;
import io.github.stacksdk.compute.ServersClient;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reads of a server's sub-resources, on each cloud: the seed's action history (its creates,
 * the stops, pauses and locks of {@code seed.sh}) and one action's events, metadata and tags,
 * addresses, volume attachments, console output and a remote console; and the history of a server
 * of this test's own, which outlives its deletion. Every call here only reads the seed's servers.
 *
 * <p>The loopback Nova has no Neutron and no Cinder: its servers are on no network (an empty
 * {@code addresses}) and have no volume attached; its fake virt driver's console log is three
 * fixed lines, and it serves noVNC consoles only.
 */
final class ServerReadsIT {
  static final String PROJECT = "serverreads";

  /** The real Nova's newest: every field of the actions and their events. */
  private static final String NEWEST = "2.93";

  private static final String MISSING = "00000000-0000-4000-8000-000000000000";
  private static final String CONSOLE_LOG = "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE";
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private static String id(Cloud cloud, String name) {
    return ListingScenarios.server(cloud, name).id();
  }

  private static List<String> names(PagedIterable<InstanceAction> actions) {
    return actions.stream().map(a -> a.action().orElse("?")).collect(Collectors.toList());
  }

  @OnEachCloud
  void actions_ofTheSeed_newestFirst_byTheAdmin(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = admin.servers();
      // The seed stops db-01..03 and pauses cache-01..02 once each (a second time only when the
      // first did not take), and locks db-04 and cache-03.
      assertThat(names(servers.actions(id(cloud, "web-05")))).containsExactly("create");
      assertThat(names(servers.actions(id(cloud, "db-01"))))
          .startsWith("stop")
          .endsWith("create")
          .containsOnly("stop", "create");
      assertThat(names(servers.actions(id(cloud, "cache-01"))))
          .startsWith("pause")
          .endsWith("create")
          .containsOnly("pause", "create");
      assertThat(names(servers.actions(id(cloud, "db-04")))).containsExactly("lock", "create");
      assertThat(names(servers.actions(id(cloud, "broken-01")))).containsExactly("create");

      String db01 = id(cloud, "db-01");
      List<InstanceAction> history = servers.actions(db01).stream().collect(Collectors.toList());
      assertThat(history)
          .allSatisfy(
              a -> {
                assertThat(a.requestId()).startsWith("req-");
                assertThat(a.instanceUuid()).contains(db01);
                assertThat(a.userId()).contains("admin");
                assertThat(a.projectId()).contains("admin");
                assertThat(a.message()).isEmpty();
                assertThat(a.updatedAt()).isPresent(); // from 2.58
                assertThat(a.updatedAt().orElseThrow())
                    .isAfterOrEqualTo(a.startTime().orElseThrow());
                assertThat(a.events()).isEmpty(); // a listing never has them
              });
      assertThat(history.get(0).startTime().orElseThrow())
          .isAfter(history.get(history.size() - 1).startTime().orElseThrow());
    }
  }

  @OnEachCloud
  void actions_inPagesOfOne_andSplitAtTheSeedsInstant(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion("2.66").build()) {
      ServersClient servers = admin.servers();
      String db04 = id(cloud, "db-04");
      List<String> whole =
          servers.actions(db04).stream()
              .map(InstanceAction::requestId)
              .collect(Collectors.toList());
      // Nova links to a next page after each full one, the last one's too: one request more.
      Cloud.Connections connections = new Cloud.Connections();
      try (ComputeClient counted =
          cloud.admin().microversion("2.66").httpClient(connections.client()).build()) {
        assertThat(
                counted.servers().actions(db04, r -> r.pageSize(1)).stream()
                    .map(InstanceAction::requestId))
            .containsExactlyElementsOf(whole);
      }
      assertThat(connections.calls).hasValue(whole.size() + 1);
      assertThat(servers.actions(db04, r -> r.pageSize(1)).pages().iterator().next().nextMarker())
          .contains(whole.get(0));

      // db-01 was stopped after the instant the seed recorded, and created before it.
      String db01 = id(cloud, "db-01");
      assertThat(names(servers.actions(db01, r -> r.changesSince(cloud.changesSince()))))
          .isNotEmpty()
          .containsOnly("stop");
      assertThat(names(servers.actions(db01, r -> r.changesBefore(cloud.changesSince()))))
          .containsExactly("create");
      // db-04's lock came before the instant.
      assertThat(names(servers.actions(db04, r -> r.changesSince(cloud.changesSince())))).isEmpty();

      InvalidRequestException unknownMarker =
          catchThrowableOfType(
              () -> servers.actions(db01, r -> r.marker("req-" + MISSING)).stream().count(),
              InvalidRequestException.class);
      // Nova names no marker in its message: it formats the marker it did not find as None.
      assertThat(unknownMarker.faultMessage()).isEqualTo("Marker None could not be found.");
    }
  }

  @OnEachCloud
  void action_withItsEvents_byMicroversion(Cloud cloud) {
    String db01 = id(cloud, "db-01");
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      InstanceAction stop =
          admin.servers().actions(db01).stream()
              .filter(a -> a.action().orElse("").equals("stop"))
              .findFirst()
              .orElseThrow();
      InstanceAction shown = admin.servers().action(db01, stop.requestId());
      assertThat(shown.requestId()).isEqualTo(stop.requestId());
      assertThat(shown.events())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.event()).isEqualTo("compute_stop_instance");
                assertThat(e.result()).contains("Success");
                assertThat(e.finishTime()).isPresent();
                assertThat(e.traceback()).isEmpty(); // sent as null to an admin
                assertThat(e.details()).isEmpty(); // 2.84, null when it did not fail
                assertThat(e.host()).isPresent(); // 2.62, to an admin
                assertThat(e.hostId()).hasValueSatisfying(h -> assertThat(h).hasSize(56));
              });

      // broken-01's build failed in the conductor: its one event says why, with a traceback.
      String broken = id(cloud, "broken-01");
      InstanceAction create = admin.servers().actions(broken).iterator().next();
      InstanceAction failed = admin.servers().action(broken, create.requestId());
      assertThat(failed.message()).contains("Error");
      assertThat(failed.events())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.event()).isEqualTo("conductor_schedule_and_build_instances");
                assertThat(e.result()).contains("Error");
                assertThat(e.details()).contains("No valid host was found. ");
                assertThat(e.traceback()).hasValueSatisfying(t -> assertThat(t).contains("File"));
              });

      ResourceNotFoundException noAction =
          catchThrowableOfType(
              () -> admin.servers().action(db01, "req-" + MISSING),
              ResourceNotFoundException.class);
      assertThat(noAction.faultMessage()).isEqualTo("Action req-" + MISSING + " not found");
      ResourceNotFoundException noServer =
          catchThrowableOfType(
              () -> admin.servers().actions(MISSING).stream().count(),
              ResourceNotFoundException.class);
      assertThat(noServer.faultMessage()).isEqualTo("Instance " + MISSING + " could not be found.");
    }
    // Before 2.62 an event has neither host nor hostId, before 2.84 no details; an admin's
    // traceback is there at every microversion, null when the event did not fail.
    try (ComputeClient admin = cloud.admin().microversion("2.58").build()) {
      List<InstanceAction> history =
          admin.servers().actions(db01).stream().collect(Collectors.toList());
      InstanceAction create =
          admin.servers().action(db01, history.get(history.size() - 1).requestId());
      assertThat(create.action()).contains("create");
      InstanceActionEvent build = create.events().get(0);
      assertThat(build.event()).isEqualTo("compute__do_build_and_run_instance");
      assertThat(build.result()).contains("Success");
      assertThat(build.host()).isEmpty();
      assertThat(build.hostId()).isEmpty();
      assertThat(build.details()).isEmpty();
      assertThat(build.traceback()).isEmpty();
      assertThat(build.additionalProperties()).isEmpty();
    }
  }

  @OnEachCloud
  void metadataAndTags_readOnTheirOwn(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = admin.servers();
      String web01 = id(cloud, "web-01");
      assertThat(servers.metadata(web01)).isEqualTo(Map.of("group", "web"));
      assertThat(servers.metadataItem(web01, "group")).contains("web");
      assertThat(servers.metadataItem(web01, "owner")).isEmpty();
      assertThat(servers.tags(web01)).containsExactlyInAnyOrder("frontend", "canary");
      assertThat(servers.tags(id(cloud, "cache-01"))).isEmpty();
      assertThat(servers.hasTag(web01, "canary")).isTrue();
      assertThat(servers.hasTag(web01, "backend")).isFalse();

      // A server that never was: the item reads say so as the server's absence, not the item's.
      ResourceNotFoundException metadata =
          catchThrowableOfType(
              () -> servers.metadataItem(MISSING, "group"), ResourceNotFoundException.class);
      assertThat(metadata.faultMessage()).isEqualTo("Instance " + MISSING + " could not be found.");
      ResourceNotFoundException tag =
          catchThrowableOfType(
              () -> servers.hasTag(MISSING, "canary"), ResourceNotFoundException.class);
      assertThat(tag.faultMessage())
          .isEqualTo("Instance " + MISSING + " has no mapping to a cell.");
    }
  }

  @OnEachCloud
  void addressesAndVolumes_ofAServerOnNoNetworkWithoutVolumes(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = admin.servers();
      String web01 = id(cloud, "web-01");
      // The seed boots with networks "none" and the loopback Nova has no Neutron.
      assertThat(servers.addresses(web01)).isEmpty();
      // Nova's 404 "Instance is not a member of specified network": no address there.
      assertThat(servers.addresses(web01, "private")).isEmpty();
      assertThat(
              catchThrowableOfType(
                      () -> servers.addresses(MISSING), ResourceNotFoundException.class)
                  .faultMessage())
          .isEqualTo("Instance " + MISSING + " could not be found.");

      // No Cinder: every server boots from its image, and no volume is attached.
      assertThat(servers.volumeAttachments(web01).stream()).isEmpty();
      assertThat(servers.volumeAttachment(web01, MISSING)).isEmpty();
      assertThat(
              catchThrowableOfType(
                      () -> servers.volumeAttachments(MISSING).stream().count(),
                      ResourceNotFoundException.class)
                  .faultMessage())
          .isEqualTo("Instance " + MISSING + " could not be found.");
    }
  }

  @OnEachCloud
  void consoleOutput_isTheFakeDriversLog(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = admin.servers();
      String web01 = id(cloud, "web-01");
      assertThat(servers.consoleOutput(web01)).isEqualTo(CONSOLE_LOG);
      assertThat(servers.consoleOutput(web01, 2)).isEqualTo("ANOTHER\nLAST LINE");
      assertThat(servers.consoleOutput(web01, 0)).isEmpty();
      // A stopped server's log is read as well; a server that never had a host has none.
      assertThat(servers.consoleOutput(id(cloud, "db-01"), 1)).isEqualTo("LAST LINE");
      String broken = id(cloud, "broken-01");
      ResourceConflictException notReady =
          catchThrowableOfType(
              () -> servers.consoleOutput(broken), ResourceConflictException.class);
      assertThat(notReady.faultMessage()).isEqualTo("Instance " + broken + " is not ready");
    }
  }

  @OnEachCloud
  void remoteConsole_noVncOnly(Cloud cloud) {
    try (ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = admin.servers();
      String web01 = id(cloud, "web-01");
      RemoteConsole console = servers.remoteConsole(web01, ConsoleProtocol.VNC, ConsoleType.NOVNC);
      assertThat(console.protocol()).contains("vnc");
      assertThat(console.type()).contains("novnc");
      // The token is masked before any comparison, so that no failure message can print it.
      String token = console.url().replaceAll("^.*token%3D", "");
      assertThat(token).as("the URL's token").matches("[0-9a-f-]{36}");
      assertThat(console.url().replace(token, "<token>"))
          .matches("http://[^/]+/vnc_auto\\.html\\?path=%3Ftoken%3D<token>");
      assertThat(console.toString()).doesNotContain(token);

      // Only VNC is enabled here; xvpvnc's proxy is gone from every Nova since 21.0.0.
      assertThat(
              catchThrowableOfType(
                      () ->
                          servers.remoteConsole(
                              web01, ConsoleProtocol.SPICE, ConsoleType.SPICE_HTML5),
                      InvalidRequestException.class)
                  .faultMessage())
          .isEqualTo("Unavailable console type spice-html5.");
      assertThat(
              catchThrowableOfType(
                      () ->
                          servers.remoteConsole(web01, ConsoleProtocol.SERIAL, ConsoleType.SERIAL),
                      InvalidRequestException.class)
                  .faultMessage())
          .isEqualTo("Unavailable console type serial.");
      assertThat(
              catchThrowableOfType(
                      () -> servers.remoteConsole(web01, ConsoleProtocol.VNC, ConsoleType.XVPVNC),
                      InvalidRequestException.class)
                  .faultMessage())
          .isEqualTo("Invalid console type xvpvnc");
    }
  }

  /**
   * A server of this test's own project, as its member sees it: the events of its actions from
   * 2.51 (without tracebacks or host), and its history still there once it is deleted (from 2.21),
   * when its tags and metadata are gone with it.
   */
  @OnEachCloud
  void history_outlivesTheServer_asItsMemberSeesIt(Cloud cloud) {
    try (ComputeClient member = cloud.member(PROJECT).microversion(NEWEST).build();
        ComputeClient admin = cloud.admin().microversion(NEWEST).build()) {
      ServersClient servers = member.servers();
      ServerWaiter waiter =
          servers.waiter().withInterval(cloud.pollInterval()).withTimeout(TIMEOUT);
      String id = build(servers, waiter, admin, cloud);
      try {
        servers.addTag(id, "reads");
        servers.stop(id);
        waiter.untilStatus(id, ServerStatus.SHUTOFF);
        assertThat(servers.hasTag(id, "reads")).isTrue();

        List<InstanceAction> history = servers.actions(id).stream().collect(Collectors.toList());
        assertThat(history).extracting(a -> a.action().orElse("?")).endsWith("stop", "create");
        InstanceAction stop = servers.action(id, history.get(0).requestId());
        assertThat(stop.events())
            .singleElement()
            .satisfies(
                e -> {
                  assertThat(e.event()).isEqualTo("compute_stop_instance");
                  assertThat(e.result()).contains("Success");
                  assertThat(e.traceback()).isEmpty(); // left out for a member
                  assertThat(e.host()).isEmpty(); // admin only
                  assertThat(e.hostId()).isPresent(); // everyone's, from 2.62
                });
        try (ComputeClient old = cloud.member(PROJECT).microversion("2.50").build()) {
          assertThat(old.servers().action(id, stop.requestId()).events())
              .as("a member's events before 2.51")
              .isEmpty();
        }
      } finally {
        servers.delete(id);
        waiter.untilDeleted(id);
      }
      awaitGone(member, id, cloud);

      assertThat(names(servers.actions(id))).startsWith("delete").endsWith("stop", "create");
      ResourceNotFoundException tags =
          catchThrowableOfType(() -> servers.tags(id), ResourceNotFoundException.class);
      assertThat(tags.faultMessage()).isEqualTo("Instance " + id + " could not be found.");
      assertThat(
              catchThrowableOfType(
                  () -> servers.hasTag(id, "reads"), ResourceNotFoundException.class))
          .isNotNull();
      assertThat(catchThrowableOfType(() -> servers.metadata(id), ResourceNotFoundException.class))
          .isNotNull();
      try (ComputeClient before = cloud.member(PROJECT).microversion("2.20").build()) {
        assertThat(
                catchThrowableOfType(
                    () -> before.servers().actions(id).stream().count(),
                    ResourceNotFoundException.class))
            .as("a deleted server's actions before 2.21")
            .isNotNull();
      }
    }
  }

  /**
   * Waits until Nova no longer shows a server. A waiter's {@code untilDeleted} returns once Nova
   * shows it {@code DELETED}: its vm_state, which the compute service sets before it destroys the
   * row; until then the server's tags and metadata still read.
   */
  private static void awaitGone(ComputeClient client, String id, Cloud cloud) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      try {
        client.getServer(id);
      } catch (ResourceNotFoundException gone) {
        return;
      }
      assertThat(System.nanoTime()).as("%s gone within %s", id, TIMEOUT).isLessThan(deadline);
      try {
        Thread.sleep(cloud.pollInterval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /**
   * Creates the test's server and waits until it is ACTIVE; a build that SQLite failed ({@code
   * database is locked}, NOTES.md item 6) is deleted and made once more.
   */
  private static String build(
      ServersClient servers, ServerWaiter waiter, ComputeClient admin, Cloud cloud) {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("reads-01")
            .flavorRef("1")
            .imageRef(cloud.imageId("IMG_A"))
            .networks(Networks.none())
            .build();
    String id = servers.create(request).id().orElseThrow();
    try {
      waiter.untilStatus(id, ServerStatus.ACTIVE);
      return id;
    } catch (ServerErrorException e) {
      // Only an admin sees the details of a fault of code 500.
      Server failed = admin.getServer(id);
      String fault = failed.fault().map(f -> f.message() + " " + f.details().orElse("")).orElse("");
      servers.delete(id);
      waiter.untilDeleted(id);
      if (!fault.contains("database is locked")) {
        throw e;
      }
      String again = servers.create(request).id().orElseThrow();
      waiter.untilStatus(again, ServerStatus.ACTIVE);
      return again;
    }
  }
}
