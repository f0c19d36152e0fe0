package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nova's server writes, actions and transitions, through raw HTTP. */
final class ServerLifecycleTest {
  private static final String MEMBER = "member-token";
  private static final String V = "compute 2.96";

  private final TestClock clock = new TestClock(Instant.parse("2026-11-02T12:00:00Z"));
  private final FakeCompute fake =
      FakeCompute.builder()
          .clock(clock)
          .transitionTime(Duration.ofSeconds(8))
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .start();

  @AfterEach
  void close() {
    fake.close();
  }

  private RawHttp.Reply send(String method, String path, String body) {
    return send(fake.token(), method, path, body);
  }

  private RawHttp.Reply send(String token, String method, String path, String body) {
    return RawHttp.send(
        fake, method, path, body, "X-Auth-Token", token, "OpenStack-API-Version", V);
  }

  private JsonNode show(String id) {
    RawHttp.Reply reply = send("GET", "/v2.1/servers/" + id, null);
    assertThat(reply.status).isEqualTo(200);
    return reply.json().get("server");
  }

  private String create() {
    RawHttp.Reply reply =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"web\", \"flavorRef\": \"1\", \"imageRef\":"
                + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}");
    assertThat(reply.status).isEqualTo(202);
    return reply.json().get("server").get("id").asText();
  }

  private String active() {
    String id = create();
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
    return id;
  }

  @Test
  void create_answersNovasBodyAndBuildsThroughTaskStatesByTheClock() {
    RawHttp.Reply reply =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"web\", \"flavorRef\": \"2\", \"imageRef\":"
                + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"auto\"}}");

    assertThat(reply.status).isEqualTo(202);
    JsonNode server = reply.json().get("server");
    assertThat(RawHttp.keys(server))
        .containsExactly("id", "links", "OS-DCF:diskConfig", "security_groups", "adminPass");
    String id = server.get("id").asText();
    assertThat(reply.header("Location")).isEqualTo(fake.endpoint() + "/servers/" + id);
    assertThat(server.get("security_groups").toString()).isEqualTo("[{\"name\":\"default\"}]");
    assertThat(server.get("adminPass").asText()).hasSize(12);
    assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute 2.96");

    JsonNode building = show(id);
    assertThat(building.get("status").asText()).isEqualTo("BUILD");
    assertThat(building.get("OS-EXT-STS:task_state").asText()).isEqualTo("scheduling");
    clock.advance(Duration.ofSeconds(2));
    assertThat(show(id).get("OS-EXT-STS:task_state").asText()).isEqualTo("networking");
    clock.advance(Duration.ofSeconds(4));
    assertThat(show(id).get("OS-EXT-STS:task_state").asText()).isEqualTo("spawning");
    clock.advance(Duration.ofSeconds(2));
    JsonNode done = show(id);
    assertThat(done.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(done.get("OS-EXT-STS:vm_state").asText()).isEqualTo("active");
    assertThat(done.get("OS-EXT-STS:task_state").isNull()).isTrue();
    assertThat(done.get("OS-EXT-STS:power_state").asInt()).isEqualTo(1);
    assertThat(done.get("updated").asText()).isEqualTo("2026-11-02T12:00:08Z");
  }

  @Test
  void create_returnReservationId_answersOnlyIt() {
    RawHttp.Reply reply =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"web\", \"flavorRef\": \"1\", \"imageRef\":"
                + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\","
                + " \"return_reservation_id\": true, \"min_count\": 2}}");

    assertThat(reply.status).isEqualTo(202);
    assertThat(RawHttp.keys(reply.json())).containsExactly("reservation_id");
    assertThat(reply.json().get("reservation_id").asText()).matches("r-[0-9a-z]{8}");
    assertThat(fake.servers())
        .extracting(s -> s.name().orElse(""))
        .containsExactly("web-1", "web-2");
  }

  @Test
  void create_invalidBodies_answerNovasSchemaMessages() {
    assertThat(
            send("POST", "/v2.1/servers", "{\"server\": {\"name\": \"x\", \"networks\": \"none\"}}")
                .body)
        .isEqualTo(
            "{\"badRequest\": {\"code\": 400, \"message\": \"Invalid input for field/attribute"
                + " server. Value: {'name': 'x', 'networks': 'none'}. 'flavorRef' is a required"
                + " property\"}}");
    RawHttp.Reply extra =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"x\", \"flavorRef\": \"1\", \"networks\": \"none\", \"foo\": 1}}");
    assertThat(extra.status).isEqualTo(400);
    assertThat(extra.json().get("badRequest").get("message").asText())
        .endsWith("Additional properties are not allowed ('foo' was unexpected)");
    RawHttp.Reply noNetworks =
        send("POST", "/v2.1/servers", "{\"server\": {\"name\": \"x\", \"flavorRef\": \"1\"}}");
    assertThat(noNetworks.json().get("badRequest").get("message").asText())
        .endsWith("'networks' is a required property");
    RawHttp.Reply userData =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"x\", \"flavorRef\": \"1\", \"networks\": \"none\","
                + " \"user_data\": \"not base64!\"}}");
    assertThat(userData.json().get("badRequest").get("message").asText())
        .isEqualTo(
            "Invalid input for field/attribute user_data. Value: not base64!. 'not base64!' is"
                + " not a 'base64'");
    RawHttp.Reply noImage =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"x\", \"flavorRef\": \"1\", \"networks\": \"none\"}}");
    assertThat(noImage.json().get("badRequest").get("message").asText())
        .isEqualTo("Missing imageRef attribute");
    RawHttp.Reply flavor =
        send(
            "POST",
            "/v2.1/servers",
            "{\"server\": {\"name\": \"x\", \"flavorRef\": \"99\", \"networks\": \"none\","
                + " \"imageRef\": \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\"}}");
    assertThat(flavor.json().get("badRequest").get("message").asText())
        .isEqualTo("Flavor 99 could not be found.");
    assertThat(fake.servers()).isEmpty();
  }

  @Test
  void create_overQuota_answers403WithNovasText() {
    try (FakeCompute small = FakeCompute.builder().quota(1, 20, 51200).start()) {
      String body =
          "{\"server\": {\"name\": \"x\", \"flavorRef\": \"1\", \"networks\": \"none\","
              + " \"imageRef\": \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\"}}";
      assertThat(
              RawHttp.send(
                      small,
                      "POST",
                      "/v2.1/servers",
                      body,
                      "X-Auth-Token",
                      small.token(),
                      "OpenStack-API-Version",
                      V)
                  .status)
          .isEqualTo(202);
      RawHttp.Reply refused =
          RawHttp.send(
              small,
              "POST",
              "/v2.1/servers",
              body,
              "X-Auth-Token",
              small.token(),
              "OpenStack-API-Version",
              V);
      assertThat(refused.status).isEqualTo(403);
      assertThat(refused.body)
          .isEqualTo(
              "{\"forbidden\": {\"code\": 403, \"message\": \"Quota exceeded for instances:"
                  + " Requested 1, but already used 1 of 1 instances\"}}");
      assertThat(small.servers()).hasSize(1);
    }
  }

  @Test
  void stopAndStart_goThroughPoweringStates() {
    String id = active();
    RawHttp.Reply stop = send("POST", "/v2.1/servers/" + id + "/action", "{\"os-stop\": null}");
    assertThat(stop.status).isEqualTo(202);
    assertThat(stop.body).isEmpty();
    JsonNode stopping = show(id);
    assertThat(stopping.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(stopping.get("OS-EXT-STS:task_state").asText()).isEqualTo("powering-off");

    RawHttp.Reply again = send("POST", "/v2.1/servers/" + id + "/action", "{\"os-stop\": null}");
    assertThat(again.status).isEqualTo(409);
    assertThat(again.body)
        .isEqualTo(
            "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Cannot 'stop' instance "
                + id
                + " while it is in task_state powering-off\"}}");

    clock.advance(Duration.ofSeconds(8));
    JsonNode stopped = show(id);
    assertThat(stopped.get("status").asText()).isEqualTo("SHUTOFF");
    assertThat(stopped.get("OS-EXT-STS:power_state").asInt()).isEqualTo(4);

    RawHttp.Reply pause = send("POST", "/v2.1/servers/" + id + "/action", "{\"pause\": null}");
    assertThat(pause.status).isEqualTo(409);
    assertThat(pause.json().get("conflictingRequest").get("message").asText())
        .isEqualTo("Cannot 'pause' instance " + id + " while it is in vm_state stopped");

    assertThat(send("POST", "/v2.1/servers/" + id + "/action", "{\"os-start\": null}").status)
        .isEqualTo(202);
    assertThat(show(id).get("OS-EXT-STS:task_state").asText()).isEqualTo("powering-on");
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void actionOnBuildingServer_answers409ForVmStateBuilding() {
    String id = create();
    RawHttp.Reply reply =
        send("POST", "/v2.1/servers/" + id + "/action", "{\"reboot\": {\"type\": \"SOFT\"}}");
    assertThat(reply.status).isEqualTo(409);
    assertThat(reply.json().get("conflictingRequest").get("message").asText())
        .isEqualTo("Cannot 'reboot' instance " + id + " while it is in vm_state building");
  }

  @Test
  void reboot_hard_showsHardRebootThenActive() {
    String id = active();
    assertThat(
            send("POST", "/v2.1/servers/" + id + "/action", "{\"reboot\": {\"type\": \"HARD\"}}")
                .status)
        .isEqualTo(202);
    assertThat(show(id).get("status").asText()).isEqualTo("HARD_REBOOT");
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void lock_refusesMembersButNotAdmins() {
    String id = active();
    RawHttp.Reply lock =
        send(
            MEMBER,
            "POST",
            "/v2.1/servers/" + id + "/action",
            "{\"lock\": {\"locked_reason\": \"audit\"}}");
    assertThat(lock.status).isEqualTo(202);
    JsonNode locked = show(id);
    assertThat(locked.get("locked").asBoolean()).isTrue();
    assertThat(locked.get("locked_reason").asText()).isEqualTo("audit");

    RawHttp.Reply refused =
        send(MEMBER, "POST", "/v2.1/servers/" + id + "/action", "{\"pause\": null}");
    assertThat(refused.status).isEqualTo(409);
    assertThat(refused.body)
        .isEqualTo(
            "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Instance "
                + id
                + " is locked\"}}");
    assertThat(send(MEMBER, "DELETE", "/v2.1/servers/" + id, null).status).isEqualTo(409);
    // update_instance has no lock check.
    assertThat(
            send(MEMBER, "PUT", "/v2.1/servers/" + id, "{\"server\": {\"name\": \"renamed\"}}")
                .status)
        .isEqualTo(200);
    // check_instance_lock lets an admin context through.
    assertThat(send("POST", "/v2.1/servers/" + id + "/action", "{\"pause\": null}").status)
        .isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("PAUSED");
  }

  @Test
  void lock_byAnotherProjectsAdmin_takesUnlockOverrideToUndo() {
    try (FakeCompute cloud =
        FakeCompute.builder().clock(clock).addMemberToken("other:other", "other").start()) {
      String create =
          "{\"server\": {\"name\": \"web\", \"flavorRef\": \"1\", \"imageRef\":"
              + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}";
      RawHttp.Reply created =
          RawHttp.send(
              cloud,
              "POST",
              "/v2.1/servers",
              create,
              "X-Auth-Token",
              "other:other",
              "OpenStack-API-Version",
              V);
      assertThat(created.status).isEqualTo(202);
      String action =
          "/v2.1/servers/" + created.json().get("server").get("id").asText() + "/action";
      // The owner's lock; the admin (of another project) locks it again and takes it over.
      assertThat(
              RawHttp.send(
                      cloud,
                      "POST",
                      action,
                      "{\"lock\": null}",
                      "X-Auth-Token",
                      "other:other",
                      "OpenStack-API-Version",
                      V)
                  .status)
          .isEqualTo(202);
      assertThat(
              RawHttp.send(
                      cloud,
                      "POST",
                      action,
                      "{\"lock\": {\"locked_reason\": \"ops\"}}",
                      "X-Auth-Token",
                      cloud.token(),
                      "OpenStack-API-Version",
                      V)
                  .status)
          .isEqualTo(202);

      RawHttp.Reply refused =
          RawHttp.send(
              cloud,
              "POST",
              action,
              "{\"unlock\": null}",
              "X-Auth-Token",
              "other:other",
              "OpenStack-API-Version",
              V);
      assertThat(refused.status).isEqualTo(403);
      assertThat(refused.body)
          .isEqualTo(
              "{\"forbidden\": {\"code\": 403, \"message\": \"Policy doesn't allow"
                  + " os_compute_api:os-lock-server:unlock:unlock_override to be performed.\"}}");
      assertThat(
              RawHttp.send(
                      cloud,
                      "POST",
                      action,
                      "{\"unlock\": null}",
                      "X-Auth-Token",
                      cloud.token(),
                      "OpenStack-API-Version",
                      V)
                  .status)
          .isEqualTo(202);
      // Unlocked, the lock is the owner's again, and so is its unlock.
      for (String body : new String[] {"{\"lock\": null}", "{\"unlock\": null}"}) {
        assertThat(
                RawHttp.send(
                        cloud,
                        "POST",
                        action,
                        body,
                        "X-Auth-Token",
                        "other:other",
                        "OpenStack-API-Version",
                        V)
                    .status)
            .isEqualTo(202);
      }
    }
  }

  @Test
  void startAndStop_needAHost_whichShelveOffloadTakesAndUnshelveGivesBack() {
    String id = active();
    assertThat(show(id).get("OS-EXT-SRV-ATTR:host").asText()).isEqualTo("compute-01");
    String action = "/v2.1/servers/" + id + "/action";
    assertThat(send("POST", action, "{\"shelve\": null}").status).isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    JsonNode shelved = show(id);
    assertThat(shelved.get("status").asText()).isEqualTo("SHELVED_OFFLOADED");
    assertThat(shelved.get("OS-EXT-SRV-ATTR:host").isNull()).isTrue();

    // check_instance_host comes before check_instance_state for start and stop.
    for (String body : new String[] {"{\"os-start\": null}", "{\"os-stop\": null}"}) {
      RawHttp.Reply refused = send("POST", action, body);
      assertThat(refused.status).isEqualTo(409);
      assertThat(refused.body)
          .isEqualTo(
              "{\"conflictingRequest\": {\"code\": 409, \"message\": \"Instance "
                  + id
                  + " is not ready\"}}");
    }
    assertThat(send("POST", action, "{\"unshelve\": null}").status).isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("OS-EXT-SRV-ATTR:host").asText()).isEqualTo("compute-01");
    assertThat(send("POST", action, "{\"os-stop\": null}").status).isEqualTo(202);
  }

  @Test
  void confirmResize_isCarriedOutLater_andMeanwhileTheResizeIsNoLongerFinished() {
    String id = active();
    String action = "/v2.1/servers/" + id + "/action";
    assertThat(send("POST", action, "{\"resize\": {\"flavorRef\": \"2\"}}").status).isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    assertThat(send("POST", action, "{\"confirmResize\": null}").status).isEqualTo(204);

    // As the real Nova shows it: still VERIFY_RESIZE, with no task.
    JsonNode confirming = show(id);
    assertThat(confirming.get("status").asText()).isEqualTo("VERIFY_RESIZE");
    assertThat(confirming.get("OS-EXT-STS:task_state").isNull()).isTrue();
    for (String body : new String[] {"{\"revertResize\": null}", "{\"confirmResize\": null}"}) {
      RawHttp.Reply refused = send("POST", action, body);
      assertThat(refused.status).isEqualTo(400);
      assertThat(refused.body)
          .isEqualTo(
              "{\"badRequest\": {\"code\": 400, \"message\": \"Instance has not been"
                  + " resized.\"}}");
    }
    assertThat(send("POST", action, "{\"resize\": {\"flavorRef\": \"3\"}}").status).isEqualTo(409);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void update_changesNameAndAnswersTheServer() {
    String id = active();
    clock.advance(Duration.ofSeconds(30));
    RawHttp.Reply reply =
        send(
            "PUT",
            "/v2.1/servers/" + id,
            "{\"server\": {\"name\": \"db\", \"description\": \"main\"}}");
    assertThat(reply.status).isEqualTo(200);
    JsonNode server = reply.json().get("server");
    assertThat(server.get("name").asText()).isEqualTo("db");
    assertThat(server.get("description").asText()).isEqualTo("main");
    assertThat(server.get("updated").asText()).isEqualTo("2026-11-02T12:00:38Z");
    assertThat(show(id).get("name").asText()).isEqualTo("db");
  }

  @Test
  void delete_deletesAfterTheTransitionAndShowsInChangesSince() {
    String id = active();
    RawHttp.Reply reply = send("DELETE", "/v2.1/servers/" + id, null);
    assertThat(reply.status).isEqualTo(204);
    assertThat(show(id).get("OS-EXT-STS:task_state").asText()).isEqualTo("deleting");
    clock.advance(Duration.ofSeconds(8));
    assertThat(send("GET", "/v2.1/servers/" + id, null).status).isEqualTo(404);
    JsonNode listed =
        send("GET", "/v2.1/servers/detail?changes-since=2026-11-02T12:00:00Z", null).json();
    assertThat(listed.get("servers").get(0).get("status").asText()).isEqualTo("DELETED");
  }

  @Test
  void resize_thenConfirm_changesFlavor() {
    String id = active();
    assertThat(
            send("POST", "/v2.1/servers/" + id + "/action", "{\"resize\": {\"flavorRef\": \"1\"}}")
                .body)
        .contains("When resizing, instances must change flavor!");
    assertThat(
            send("POST", "/v2.1/servers/" + id + "/action", "{\"resize\": {\"flavorRef\": \"3\"}}")
                .status)
        .isEqualTo(202);
    assertThat(show(id).get("status").asText()).isEqualTo("RESIZE");
    clock.advance(Duration.ofSeconds(8));
    JsonNode resized = show(id);
    assertThat(resized.get("status").asText()).isEqualTo("VERIFY_RESIZE");
    assertThat(resized.get("flavor").get("original_name").asText()).isEqualTo("m1.medium");
    assertThat(send("POST", "/v2.1/servers/" + id + "/action", "{\"confirmResize\": null}").status)
        .isEqualTo(204);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void rescue_answersAdminPass_andCreateImageAnswersImageId() {
    String id = active();
    RawHttp.Reply rescue =
        send(
            "POST", "/v2.1/servers/" + id + "/action", "{\"rescue\": {\"adminPass\": \"secret\"}}");
    assertThat(rescue.status).isEqualTo(200);
    assertThat(rescue.body).isEqualTo("{\"adminPass\": \"secret\"}");
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("RESCUE");
    RawHttp.Reply image =
        send("POST", "/v2.1/servers/" + id + "/action", "{\"createImage\": {\"name\": \"snap\"}}");
    assertThat(image.status).isEqualTo(409);
    assertThat(image.json().get("conflictingRequest").get("message").asText())
        .isEqualTo("Cannot 'createImage' instance " + id + " while it is in vm_state rescued");
    send("POST", "/v2.1/servers/" + id + "/action", "{\"unrescue\": null}");
    clock.advance(Duration.ofSeconds(8));
    RawHttp.Reply snap =
        send("POST", "/v2.1/servers/" + id + "/action", "{\"createImage\": {\"name\": \"snap\"}}");
    assertThat(snap.status).isEqualTo(202);
    assertThat(RawHttp.keys(snap.json())).containsExactly("image_id");
  }

  @Test
  void shelveAndUnshelve_endShelvedOffloadedThenActive() {
    String id = active();
    assertThat(send("POST", "/v2.1/servers/" + id + "/action", "{\"shelve\": null}").status)
        .isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("SHELVED_OFFLOADED");
    assertThat(send("POST", "/v2.1/servers/" + id + "/action", "{\"unshelve\": null}").status)
        .isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    assertThat(show(id).get("status").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void failNextBuild_endsInErrorWithFault() {
    fake.failNextBuild("No valid host was found. ");
    String id = create();
    clock.advance(Duration.ofSeconds(8));
    JsonNode server = show(id);
    assertThat(server.get("status").asText()).isEqualTo("ERROR");
    assertThat(server.get("fault").get("code").asInt()).isEqualTo(500);
    assertThat(server.get("fault").get("message").asText()).isEqualTo("No valid host was found. ");
  }

  @Test
  void metadataAndTags_writesAnswerAsNova() {
    String id = active();
    RawHttp.Reply meta =
        send("POST", "/v2.1/servers/" + id + "/metadata", "{\"metadata\": {\"a\": \"1\"}}");
    assertThat(meta.status).isEqualTo(200);
    assertThat(meta.body).isEqualTo("{\"metadata\": {\"a\": \"1\"}}");
    RawHttp.Reply mismatch =
        send("PUT", "/v2.1/servers/" + id + "/metadata/b", "{\"meta\": {\"a\": \"2\"}}");
    assertThat(mismatch.json().get("badRequest").get("message").asText())
        .isEqualTo("Request body and URI mismatch");
    assertThat(send("DELETE", "/v2.1/servers/" + id + "/metadata/a", null).status).isEqualTo(204);
    assertThat(show(id).get("metadata").size()).isZero();

    RawHttp.Reply tag = send("PUT", "/v2.1/servers/" + id + "/tags/blue", "");
    assertThat(tag.status).isEqualTo(201);
    assertThat(tag.header("Location")).isEqualTo(fake.endpoint() + "/servers/" + id + "/tags/blue");
    assertThat(send("PUT", "/v2.1/servers/" + id + "/tags/blue", "").status).isEqualTo(204);
    RawHttp.Reply bad = send("PUT", "/v2.1/servers/" + id + "/tags/a,b", "");
    assertThat(bad.status).isEqualTo(400);
    assertThat(bad.json().get("badRequest").get("message").asText())
        .isEqualTo(
            "Tag 'a,b' is invalid. It must be a non empty string without characters '/' and ','."
                + " Validation error message: 'a,b' does not match '^[^,/]*$'");
    StringBuilder many = new StringBuilder("{\"tags\": [");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
    }
    RawHttp.Reply tooMany = send("PUT", "/v2.1/servers/" + id + "/tags", many + "]}");
    assertThat(tooMany.status).isEqualTo(400);
    assertThat(send("PUT", "/v2.1/servers/" + id + "/tags", "{\"tags\": [\"x\", \"y\"]}").body)
        .isEqualTo("{\"tags\": [\"x\", \"y\"]}");
    assertThat(show(id).get("tags").toString()).isEqualTo("[\"x\",\"y\"]");
    assertThat(send("DELETE", "/v2.1/servers/" + id + "/tags/nope", null).status).isEqualTo(404);
  }
}
