package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWaiter;
import io.github.stacksdk.compute.ServersClient;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServerErrorException;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The server lifecycle through the SDK's own calls ({@code compute.servers()}), on each cloud: a
 * create, every action that Nova's fake virt driver carries out, with the status each ends in,
 * the writes of names, metadata and tags, the refusals (409 for a wrong state and for a lock, 403
 * for a quota), and a build that fails. The fake is held to what the real Nova does here.
 *
 * <p>The servers live in a project of their own, created by a member of it (noauth2's {@code
 * lifecycle:lifecycle}); the admin locks and sets quotas. Every server made here is deleted, so
 * the seed's projects stay as they were and no deleted row reaches them.
 */
final class ServerLifecycleIT {
  static final String PROJECT = "lifecycle";

  /** As the other tests pin it (KeystoneIT): locked_reason (2.73), image_id (2.45), tags (2.26). */
  private static final String MICROVERSION = "2.79";

  private static final String NO_VALID_HOST = "No valid host was found. ";
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String PASSWORD = "[2-9A-HJ-NP-Za-km-z]{12}";

  @OnEachCloud
  void everyActionOfTheDriver_endsInItsStatus_withNoTask(Cloud cloud) {
    try (Session s = new Session(cloud)) {
      ServersClient servers = s.member.servers();
      CreatedServer created = servers.create(s.request("lifecycle-01"));
      String createdId = created.id().orElseThrow();
      s.made.add(createdId);
      assertThat(createdId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(created.links()).extracting(Link::rel).containsExactly("self", "bookmark");
      assertThat(created.links().get(0).href())
          .isEqualTo(cloud.endpoint() + "/servers/" + createdId);
      assertThat(created.links().get(1).href())
          .isEqualTo(cloud.endpoint().replaceAll("/v2\\.1$", "") + "/servers/" + createdId);
      // enable_instance_password is on by default: Nova makes one of password_length (12).
      assertThat(created.adminPass()).hasValueSatisfying(p -> assertThat(p).matches(PASSWORD));
      assertThat(created.securityGroups()).containsExactly("default");
      assertThat(created.diskConfig()).contains("MANUAL");
      assertThat(created.reservationId()).isEmpty();

      // Built again under a new id if SQLite failed the first build (Session.awaitBuilt).
      Server server = s.awaitBuilt(createdId, "lifecycle-01");
      String id = server.id();
      expect(server, "active", 1);
      assertThat(server.flavor().flatMap(f -> f.originalName())).contains("m1.tiny");
      assertThat(server.image().map(i -> i.id())).contains(cloud.imageId("IMG_A"));
      assertThat(server.locked()).contains(false);

      servers.stop(id);
      expect(s.until(id, ServerStatus.SHUTOFF), "stopped", 4);
      servers.start(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);
      servers.reboot(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);
      servers.reboot(id, RebootType.HARD);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);
      // The fake virt driver's pause and suspend leave its VM running: power state 1 on the real
      // Nova, where a hypervisor would report 3 (paused) and 4 (shut down); not compared.
      servers.pause(id);
      expect(s.until(id, ServerStatus.PAUSED), "paused", -1);
      servers.unpause(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);
      servers.suspend(id);
      expect(s.until(id, ServerStatus.SUSPENDED), "suspended", -1);
      servers.resume(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);

      String rescuePassword = servers.rescue(id);
      assertThat(rescuePassword).matches(PASSWORD);
      // Nova powers a server off before the driver rescues it; the fake driver then boots no
      // rescue VM (power state 4 on the real Nova, 1 under a hypervisor): not compared.
      expect(s.until(id, ServerStatus.RESCUE), "rescued", -1);
      servers.unrescue(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);

      servers.resize(id, "2");
      Server resized = s.until(id, ServerStatus.VERIFY_RESIZE);
      expect(resized, "resized", 1);
      assertThat(resized.flavor().flatMap(f -> f.originalName())).contains("m1.small");
      servers.confirmResize(id);
      Server confirmed = s.until(id, ServerStatus.ACTIVE);
      expect(confirmed, "active", 1);
      assertThat(confirmed.flavor().flatMap(f -> f.originalName())).contains("m1.small");
      servers.resize(id, "3");
      assertThat(s.until(id, ServerStatus.VERIFY_RESIZE).flavor().flatMap(f -> f.originalName()))
          .contains("m1.medium");
      servers.revertResize(id);
      Server reverted = s.until(id, ServerStatus.ACTIVE);
      expect(reverted, "active", 1);
      assertThat(reverted.flavor().flatMap(f -> f.originalName())).contains("m1.small");

      Server rebuilding =
          servers.rebuild(
              id,
              RebuildServerRequest.builder()
                  .imageRef(cloud.imageId("IMG_B"))
                  .name("lifecycle-01-rebuilt")
                  .build());
      assertThat(rebuilding.adminPass()).hasValueSatisfying(p -> assertThat(p).matches(PASSWORD));
      Server rebuilt = s.until(id, ServerStatus.ACTIVE);
      expect(rebuilt, "active", 1);
      assertThat(rebuilt.image().map(i -> i.id())).contains(cloud.imageId("IMG_B"));
      assertThat(rebuilt.name()).contains("lifecycle-01-rebuilt");

      // Locked by its own member, with a reason: shown from 2.73; that member's actions are then
      // refused as anyone's but an admin's (check_instance_lock), and it may unlock.
      servers.lock(id, "lifecycle test");
      Server locked = s.member.getServer(id);
      assertThat(locked.locked()).contains(true);
      assertThat(locked.lockedReason()).contains("lifecycle test");
      ResourceConflictException lockedOut =
          catchThrowableOfType(() -> servers.stop(id), ResourceConflictException.class);
      assertThat(lockedOut.statusCode()).isEqualTo(409);
      assertThat(lockedOut.faultMessage()).isEqualTo("Instance " + id + " is locked");
      servers.unlock(id);
      Server unlocked = s.member.getServer(id);
      assertThat(unlocked.locked()).contains(false);
      assertThat(unlocked.lockedReason()).isEmpty();

      Server updated =
          servers.update(
              id,
              UpdateServerRequest.builder()
                  .name("lifecycle-01-renamed")
                  .description("renamed by the lifecycle test")
                  .build());
      assertThat(updated.name()).contains("lifecycle-01-renamed");
      assertThat(updated.description()).contains("renamed by the lifecycle test");
      Server read = s.member.getServer(id);
      assertThat(read.name()).contains("lifecycle-01-renamed");
      assertThat(read.description()).contains("renamed by the lifecycle test");

      assertThat(servers.replaceMetadata(id, Map.of("a", "1", "b", "2")))
          .isEqualTo(Map.of("a", "1", "b", "2"));
      assertThat(servers.setMetadataItem(id, "c", "3")).isEqualTo(Map.of("c", "3"));
      servers.deleteMetadataItem(id, "a");
      assertThat(s.member.getServer(id).metadata()).isEqualTo(Map.of("b", "2", "c", "3"));
      assertThat(servers.replaceTags(id, List.of("blue", "green"))).containsOnly("blue", "green");
      servers.addTag(id, "red");
      servers.deleteTag(id, "blue");
      assertThat(s.member.getServer(id).tags()).containsOnly("green", "red");
      servers.deleteAllTags(id);
      assertThat(s.member.getServer(id).tags()).isEmpty();

      String imageId = servers.createImage(id, "lifecycle-01-snap", Map.of("purpose", "it"));
      assertThat(imageId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);
      // Glance has it under its name; the fake driver uploads no data, so it stays queued.
      cloud
          .deleteImage(imageId)
          .ifPresent(image -> assertThat(image).isEqualTo("lifecycle-01-snap queued"));

      servers.shelve(id);
      // shelved_offload_time is 0 by default: offloaded at once, off its host.
      Server shelved = s.until(id, ServerStatus.SHELVED_OFFLOADED);
      expect(shelved, "shelved_offloaded", 4);
      servers.unshelve(id);
      expect(s.until(id, ServerStatus.ACTIVE), "active", 1);

      servers.delete(id);
      s.waiter().untilDeleted(id);
      s.made.remove(id);
      assertThat(
              catchThrowableOfType(() -> s.member.getServer(id), ResourceNotFoundException.class))
          .isNotNull();
    }
  }

  @OnEachCloud
  void refusals_wrongState_lockedByTheAdmin_andQuota(Cloud cloud) {
    try (Session s = new Session(cloud)) {
      ServersClient servers = s.member.servers();
      String id = s.createActive("lifecycle-02").id();

      ResourceConflictException wrongState =
          catchThrowableOfType(() -> servers.start(id), ResourceConflictException.class);
      assertThat(wrongState.statusCode()).isEqualTo(409);
      assertThat(wrongState.faultMessage())
          .isEqualTo("Cannot 'start' instance " + id + " while it is in vm_state active");
      ResourceConflictException notResized =
          catchThrowableOfType(() -> servers.confirmResize(id), ResourceConflictException.class);
      assertThat(notResized.faultMessage())
          .isEqualTo("Cannot 'confirmResize' instance " + id + " while it is in vm_state active");

      // Locked by the admin (another project): the member's actions are refused, and so is its
      // unlock (only an admin overrides an admin's lock); the admin's own actions pass.
      s.admin.servers().lock(id, "admin says no");
      ResourceConflictException locked =
          catchThrowableOfType(() -> servers.stop(id), ResourceConflictException.class);
      assertThat(locked.statusCode()).isEqualTo(409);
      assertThat(locked.faultMessage()).isEqualTo("Instance " + id + " is locked");
      PermissionDeniedException override =
          catchThrowableOfType(() -> servers.unlock(id), PermissionDeniedException.class);
      assertThat(override.statusCode()).isEqualTo(403);
      assertThat(override.faultMessage())
          .isEqualTo(
              "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be"
                  + " performed.");
      assertThat(s.member.getServer(id).lockedReason()).contains("admin says no");
      s.admin.servers().unlock(id);
      assertThat(s.member.getServer(id).locked()).contains(false);

      // One server is in the project: a quota of one leaves no room for another.
      cloud.setInstancesQuota(PROJECT, 1);
      try {
        PermissionDeniedException quota =
            catchThrowableOfType(
                () -> servers.create(s.request("lifecycle-03")), PermissionDeniedException.class);
        assertThat(quota.statusCode()).isEqualTo(403);
        assertThat(quota.faultMessage())
            .isEqualTo(
                "Quota exceeded for instances: Requested 1, but already used 1 of 1 instances");
      } finally {
        cloud.resetQuota(PROJECT);
      }
      assertThat(s.member.listServers().stream().map(Server::id)).containsExactly(id);
    }
  }

  @OnEachCloud
  void buildWithNoValidHost_failsTheWaitAtOnce_andTheServerCanBeDeleted(Cloud cloud) {
    try (Session s = new Session(cloud)) {
      ServersClient servers = s.member.servers();
      cloud.failNextBuildWithNoValidHost();
      String id =
          servers
              .create(s.request("lifecycle-04").toBuilder().flavorRef("99").build())
              .id()
              .orElseThrow();
      s.made.add(id);
      long start = System.nanoTime();
      ServerErrorException error =
          catchThrowableOfType(
              () -> s.waiter().untilStatus(id, ServerStatus.ACTIVE), ServerErrorException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.dividedBy(2));
      ServerFault fault = error.fault().orElseThrow();
      assertThat(fault.code()).isEqualTo(500);
      assertThat(fault.message()).isEqualTo(NO_VALID_HOST);
      // A member is not shown the details of a fault of code 500.
      assertThat(fault.details()).isEmpty();
      Server failed = s.member.getServer(id);
      assertThat(failed.status()).isEqualTo(ServerStatus.ERROR);
      assertThat(failed.vmStateAsString()).contains("error");
      assertThat(failed.taskStateAsString()).isEmpty();

      // Buried in cell0: the delete is done by the API itself.
      servers.delete(id);
      s.waiter().untilDeleted(id);
      s.made.remove(id);
    }
  }

  /**
   * The same answers, code and body, on both clouds to a run of actions sent around the SDK: the
   * accepted ones, the wrong states (409), and the requests Nova refuses as invalid (400). Each
   * accepted action is waited out before the next. Ids and passwords are masked.
   */
  @EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
  @Test
  void fakeAgreesWithNova_onActionAnswers() {
    List<String> onNova = actionAnswers(RealNova.INSTANCE);
    List<String> onFake = actionAnswers(FakeNova.INSTANCE);
    assertThat(onFake).containsExactlyElementsOf(onNova);
  }

  /** Action, then the status to wait for once it was accepted (null: nothing to wait for). */
  private static final String[][] ACTIONS = {
    {"{\"os-start\": null}", null},
    {"{\"os-stop\": null}", "SHUTOFF"},
    {"{\"os-stop\": null}", null},
    {"{\"pause\": null}", null},
    {"{\"reboot\": {\"type\": \"SOFT\"}}", null},
    {"{\"os-start\": null}", "ACTIVE"},
    {"{\"unpause\": null}", null},
    {"{\"resume\": null}", null},
    {"{\"unrescue\": null}", null},
    {"{\"confirmResize\": null}", null},
    {"{\"revertResize\": null}", null},
    {"{\"unshelve\": null}", null},
    {"{\"reboot\": {\"type\": \"bogus\"}}", null},
    {"{\"reboot\": {\"type\": \"HARD\"}}", "ACTIVE"},
    {"{\"pause\": null}", "PAUSED"},
    {"{\"suspend\": null}", null},
    {"{\"unpause\": null}", "ACTIVE"},
    {"{\"suspend\": null}", "SUSPENDED"},
    {"{\"resume\": null}", "ACTIVE"},
    {"{\"rescue\": null}", "RESCUE"},
    {"{\"rescue\": null}", null},
    {"{\"unrescue\": null}", "ACTIVE"},
    {"{\"resize\": {\"flavorRef\": \"1\"}}", null},
    {"{\"resize\": {\"flavorRef\": \"404\"}}", null},
    {"{\"resize\": {\"flavorRef\": \"2\"}}", "VERIFY_RESIZE"},
    {"{\"resize\": {\"flavorRef\": \"3\"}}", null},
    {"{\"confirmResize\": null}", "ACTIVE"},
    {"{\"createImage\": {\"name\": \"lifecycle-snap\"}}", "ACTIVE"},
    {"{\"shelve\": null}", "SHELVED_OFFLOADED"},
    {"{\"os-start\": null}", null},
    {"{\"unshelve\": null}", "ACTIVE"},
    {"{\"lock\": {\"locked_reason\": \"why\"}}", null},
    {"{\"lock\": null}", null},
    {"{\"unlock\": null}", null},
    {"{\"noSuchAction\": null}", null},
    {"{}", null},
  };

  private static List<String> actionAnswers(Cloud cloud) {
    List<String> answers = new ArrayList<>();
    try (Session s = new Session(cloud)) {
      String id = s.createActive("lifecycle-05").id();
      for (String[] action : ACTIONS) {
        Request post =
            new Request.Builder()
                .url(cloud.endpoint() + "/servers/" + id + "/action")
                .header("X-Auth-Token", Cloud.memberToken(PROJECT))
                .header("OpenStack-API-Version", "compute " + MICROVERSION)
                .post(RequestBody.create(action[0], MediaType.get("application/json")))
                .build();
        String body;
        int code;
        try (Response response = Cloud.RAW.newCall(post).execute()) {
          code = response.code();
          body = response.body().string();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        Matcher image = Pattern.compile("\"image_id\": \"([0-9a-f-]{36})\"").matcher(body);
        if (image.find()) {
          cloud.deleteImage(image.group(1));
        }
        answers.add(
            action[0]
                + " -> "
                + code
                + " "
                + body.replace(id, "<id>")
                    .replaceAll("\"adminPass\": \"[^\"]*\"", "\"adminPass\": \"<password>\"")
                    .replaceAll("\"image_id\": \"[^\"]*\"", "\"image_id\": \"<id>\""));
        if (action[1] != null && code / 100 == 2) {
          s.until(id, ServerStatus.valueOf(action[1]));
        }
      }
    }
    return answers;
  }

  /**
   * The status the waiter arrived at, with Nova's vm_state and (unless -1) power state; the waiter
   * returns only with no task under way, which is checked again here.
   */
  private static void expect(Server server, String vmState, int powerState) {
    assertThat(server.taskStateAsString()).as("task state of %s", server.id()).isEmpty();
    assertThat(server.vmStateAsString()).as("vm_state of %s", server.id()).contains(vmState);
    if (powerState >= 0) {
      assertThat(server.powerStateCode().orElse(-1)).as("power state").isEqualTo(powerState);
    }
  }

  /** A member's and the admin's clients, and the servers made, deleted at the end. */
  private static final class Session implements AutoCloseable {
    final Cloud cloud;
    final ComputeClient member;
    final ComputeClient admin;
    final List<String> made = new ArrayList<>();

    Session(Cloud cloud) {
      this.cloud = cloud;
      this.member = cloud.member(PROJECT).microversion(MICROVERSION).build();
      this.admin = cloud.admin().microversion(MICROVERSION).build();
    }

    ServerWaiter waiter() {
      return member.servers().waiter().withInterval(cloud.pollInterval()).withTimeout(TIMEOUT);
    }

    Server until(String id, ServerStatus status) {
      return waiter().untilStatus(id, status);
    }

    CreateServerRequest request(String name) {
      return CreateServerRequest.builder()
          .name(name)
          .flavorRef("1")
          .imageRef(cloud.imageId("IMG_A"))
          .networks(Networks.none())
          .build();
    }

    Server createActive(String name) {
      String id = member.servers().create(request(name)).id().orElseThrow();
      made.add(id);
      return awaitBuilt(id, name);
    }

    /**
     * Waits for a build. With SQLite a build now and then fails with {@code database is locked}
     * (NOTES.md item 6): such a build is deleted and made once more, as the seed does; any other
     * failure fails the test. Returns the server as it arrived.
     */
    Server awaitBuilt(String id, String name) {
      try {
        return until(id, ServerStatus.ACTIVE);
      } catch (ServerErrorException e) {
        Server failed = admin.getServer(id);
        String fault =
            failed.fault().map(f -> f.message() + " " + f.details().orElse("")).orElse("");
        if (!fault.contains("database is locked")) {
          throw e;
        }
        member.servers().delete(id);
        waiter().untilDeleted(id);
        made.remove(id);
        String again = member.servers().create(request(name)).id().orElseThrow();
        made.add(again);
        return until(again, ServerStatus.ACTIVE);
      }
    }

    /** Deletes what is left (unlocked first, as the admin), then waits until all are gone. */
    @Override
    public void close() {
      try {
        for (String id : made) {
          try {
            admin.servers().unlock(id);
            admin.servers().delete(id);
          } catch (ResourceNotFoundException gone) {
            // deleted already
          }
        }
        if (!made.isEmpty()) {
          admin
              .servers()
              .waiter()
              .withInterval(cloud.pollInterval())
              .withTimeout(TIMEOUT)
              .untilDeleted(made);
        }
      } finally {
        member.close();
        admin.close();
      }
    }
  }
}
