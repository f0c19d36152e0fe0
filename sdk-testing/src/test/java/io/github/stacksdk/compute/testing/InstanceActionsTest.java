package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.internal.InstanceActionJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The instance actions the fake records, and {@code os-instance-actions}, through raw HTTP. */
final class InstanceActionsTest {
  private static final String MEMBER = "member-token";
  private static final String PROJECT = FakeCompute.DEFAULT_PROJECT_ID;
  private static final String CREATE =
      "{\"server\": {\"name\": \"web\", \"flavorRef\": \"1\", \"imageRef\":"
          + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}";

  private final TestClock clock = new TestClock(Instant.parse("2026-11-02T12:00:00Z"));
  private final FakeCompute fake =
      FakeCompute.builder()
          .clock(clock)
          .transitionTime(Duration.ofSeconds(8))
          .addMemberToken(MEMBER, PROJECT)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  /** Creates a server as the member and waits for its build; returns its id and request id. */
  private String[] createAndBuild() {
    RawHttp.Reply created = nova.post(MEMBER, "2.79", "/v2.1/servers", CREATE);
    assertThat(created.status).isEqualTo(202);
    clock.advance(Duration.ofSeconds(8));
    return new String[] {
      created.json().at("/server/id").asText(), created.header("X-OpenStack-Request-Id")
    };
  }

  private RawHttp.Reply act(String token, String id, String body) {
    return nova.post(token, "2.79", "/v2.1/servers/" + id + "/action", body);
  }

  private static List<String> actions(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("instanceActions").forEach(a -> names.add(a.get("action").asText()));
    return names;
  }

  @Test
  void create_isRecordedWithTheAnswersRequestId_andItsEventEndsWithTheBuild() {
    RawHttp.Reply created = nova.post(MEMBER, "2.79", "/v2.1/servers", CREATE);
    String id = created.json().at("/server/id").asText();
    String requestId = created.header("X-OpenStack-Request-Id");
    String path = "/v2.1/servers/" + id + "/os-instance-actions";

    JsonNode listed = nova.get(MEMBER, "2.1", path).json();
    JsonNode building = nova.get("2.1", path + "/" + requestId).json().get("instanceAction");
    clock.advance(Duration.ofSeconds(8));
    JsonNode built = nova.get("2.84", path + "/" + requestId).json().get("instanceAction");

    assertThat(requestId).startsWith("req-");
    assertThat(listed.toString())
        .isEqualTo(
            "{\"instanceActions\":[{\"action\":\"create\",\"instance_uuid\":\""
                + id
                + "\",\"request_id\":\""
                + requestId
                + "\",\"user_id\":\""
                + fake.userId(MEMBER)
                + "\",\"project_id\":\""
                + PROJECT
                + "\",\"start_time\":\"2026-11-02T12:00:00.000000\",\"message\":null}]}");
    assertThat(building.at("/events/0").toString())
        .isEqualTo(
            "{\"event\":\"compute__do_build_and_run_instance\","
                + "\"start_time\":\"2026-11-02T12:00:00.000000\",\"finish_time\":null,"
                + "\"result\":null,\"traceback\":null}");
    JsonNode event = built.at("/events/0");
    assertThat(event.get("finish_time").asText()).isEqualTo("2026-11-02T12:00:08.000000");
    assertThat(event.get("result").asText()).isEqualTo("Success");
    assertThat(event.get("host").asText()).isEqualTo("compute-01");
    assertThat(event.get("hostId").asText()).isEqualTo(sha224(PROJECT + "compute-01"));
    assertThat(event.get("details").isNull()).isTrue();
    assertThat(built.get("updated_at").asText()).isEqualTo("2026-11-02T12:00:08.000000");
  }

  private static String sha224(String text) {
    try {
      StringBuilder hex = new StringBuilder();
      for (byte b :
          MessageDigest.getInstance("SHA-224").digest(text.getBytes(StandardCharsets.UTF_8))) {
        hex.append(String.format(java.util.Locale.ROOT, "%02x", b & 0xff));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_forAdminsAndMembers() {
    String[] server = createAndBuild();
    RawHttp.Reply stop = act(MEMBER, server[0], "{\"os-stop\": null}");
    String stopId = stop.header("X-OpenStack-Request-Id");
    clock.advance(Duration.ofSeconds(8));
    String path = "/v2.1/servers/" + server[0] + "/os-instance-actions";

    assertSameKeys(
        nova.get("2.1", path).json(),
        sample("os-instance-actions/instance-actions-list-resp.json"));
    assertSameKeys(
        nova.get("2.1", path + "/" + stopId).json(),
        sample("os-instance-actions/instance-action-get-resp.json"));
    assertSameKeys(
        nova.get("2.21", path + "/" + stopId).json(),
        sample("os-instance-actions/v2.21/instance-action-get-resp.json"));
    for (String v : List.of("2.51", "2.58", "2.62", "2.84")) {
      String dir = "os-instance-actions/v" + v + "/";
      assertSameKeys(
          nova.get(v, path + "/" + stopId).json(), sample(dir + "instance-action-get-resp.json"));
      assertSameKeys(
          nova.get(MEMBER, v, path + "/" + stopId).json(),
          sample(dir + "instance-action-get-non-admin-resp.json"));
    }
    for (String v : List.of("2.58", "2.66", "2.84")) {
      assertSameKeys(
          nova.get(v, path).json(),
          sample("os-instance-actions/v" + v + "/instance-actions-list-resp.json"));
    }
    assertSameKeys(
        nova.get("2.58", path + "?limit=1").json(),
        sample("os-instance-actions/v2.58/instance-actions-list-with-limit-resp.json"));
  }

  @Test
  void events_areTheAdminsBefore251_withoutTracebackForMembersFrom251() {
    String[] server = createAndBuild();
    String path = "/v2.1/servers/" + server[0] + "/os-instance-actions/" + server[1];

    assertThat(nova.get(MEMBER, "2.50", path).json().get("instanceAction").has("events")).isFalse();
    assertThat(RawHttp.keys(nova.get(MEMBER, "2.51", path).json().at("/instanceAction/events/0")))
        .containsExactly("event", "start_time", "finish_time", "result");
    assertThat(RawHttp.keys(nova.get(MEMBER, "2.84", path).json().at("/instanceAction/events/0")))
        .containsExactly("event", "start_time", "finish_time", "result", "hostId");
    assertThat(RawHttp.keys(nova.get("2.50", path).json().at("/instanceAction/events/0")))
        .containsExactly("event", "start_time", "finish_time", "result", "traceback");
    assertThat(RawHttp.keys(nova.get("2.84", path).json().at("/instanceAction/events/0")))
        .containsExactly(
            "event",
            "start_time",
            "finish_time",
            "result",
            "traceback",
            "host",
            "hostId",
            "details");
  }

  @Test
  void actions_areNewestFirst_withNovasNamesAndEvents() {
    String[] server = createAndBuild();
    String id = server[0];
    act(MEMBER, id, "{\"lock\": null}");
    act(MEMBER, id, "{\"unlock\": null}");
    RawHttp.Reply resize = act(fake.token(), id, "{\"resize\": {\"flavorRef\": \"2\"}}");
    clock.advance(Duration.ofSeconds(8));
    act(fake.token(), id, "{\"confirmResize\": null}");
    clock.advance(Duration.ofSeconds(8));
    // Refused (already active): Nova records nothing.
    assertThat(act(MEMBER, id, "{\"os-start\": null}").status).isEqualTo(409);
    String path = "/v2.1/servers/" + id + "/os-instance-actions";

    assertThat(actions(nova.get("2.1", path).json()))
        .containsExactly("confirmResize", "resize", "unlock", "lock", "create");
    JsonNode resized =
        nova.get("2.84", path + "/" + resize.header("X-OpenStack-Request-Id"))
            .json()
            .get("instanceAction");
    List<String> events = new ArrayList<>();
    resized
        .get("events")
        .forEach(e -> events.add(e.get("event").asText() + "@" + e.get("host").asText()));
    assertThat(events)
        .containsExactly(
            "compute_finish_resize@compute-01",
            "compute_resize_instance@compute-01",
            "compute_prep_resize@compute-01",
            "cold_migrate@controller",
            "conductor_migrate_server@controller");
    assertThat(resized.get("user_id").asText()).isEqualTo(Keystone.USER_ID);
    JsonNode lock = nova.get("2.84", path).json().get("instanceActions").get(3);
    JsonNode lockEvents =
        nova.get("2.84", path + "/" + lock.get("request_id").asText())
            .json()
            .at("/instanceAction/events");
    assertThat(lockEvents.toString())
        .contains("\"event\":\"api_lock\"")
        // The API records its own host (CONF.host of nova-api), as Nova does.
        .contains("\"host\":\"controller\"")
        .contains("\"hostId\":\"" + sha224(PROJECT + "controller") + "\"");
    assertThat(lockEvents.at("/0/result").asText()).isEqualTo("Success");
  }

  @Test
  void paging_and_changesFilters_from258() {
    String[] server = createAndBuild();
    String id = server[0];
    act(MEMBER, id, "{\"os-stop\": null}");
    clock.advance(Duration.ofSeconds(8));
    act(MEMBER, id, "{\"os-start\": null}");
    clock.advance(Duration.ofSeconds(8));
    String path = "/v2.1/servers/" + id + "/os-instance-actions";
    List<String> ids = new ArrayList<>();
    nova.get("2.58", path)
        .json()
        .get("instanceActions")
        .forEach(a -> ids.add(a.get("request_id").asText()));

    RawHttp.Reply first = nova.get("2.58", path + "?limit=2");
    RawHttp.Reply second = nova.get("2.58", path + "?limit=2&marker=" + ids.get(1));
    RawHttp.Reply old = nova.get("2.57", path + "?limit=1");

    assertThat(actions(first.json())).containsExactly("start", "stop");
    assertThat(first.json().at("/links/0/href").asText())
        .isEqualTo(
            fake.endpoint()
                + "/servers/"
                + id
                + "/os-instance-actions?limit=2&marker="
                + ids.get(1));
    assertThat(actions(second.json())).containsExactly("create");
    assertThat(second.json().has("links")).isFalse();
    assertThat(actions(old.json())).hasSize(3);
    assertThat(RawHttp.keys(old.json())).containsExactly("instanceActions");

    // stop finished at 12:00:16, start at 12:00:24; updated_at is what the filters compare.
    assertThat(actions(nova.get("2.58", path + "?changes-since=2026-11-02T12:00:16Z").json()))
        .containsExactly("start", "stop");
    assertThat(actions(nova.get("2.66", path + "?changes-before=2026-11-02T12:00:16Z").json()))
        .containsExactly("stop", "create");
    assertFault(
        nova.get(
            "2.66",
            path + "?changes-since=2026-11-03T00:00:00Z&changes-before=2026-11-02T00:00:00Z"),
        400,
        "badRequest",
        "The value of changes-since must be less than or equal to changes-before.",
        "2.66");
    assertFault(
        nova.get("2.65", path + "?changes-before=2026-11-02T12:00:16Z"),
        400,
        "badRequest",
        "Additional properties are not allowed ('changes-before' was unexpected)",
        "2.65");
    assertFault(
        nova.get("2.58", path + "?changes-since=yesterday"),
        400,
        "badRequest",
        "Invalid input for query parameters changes-since. Value: yesterday. 'yesterday' is not"
            + " a 'date-time'",
        "2.58");
    // actions_get reuses its variable: the unknown marker is reported as None.
    assertFault(
        nova.get("2.58", path + "?marker=req-nope"),
        400,
        "badRequest",
        "Marker None could not be found.",
        "2.58");

    ModelBodies.Page<InstanceAction> page = NovaCalls.read(first, InstanceActionJson::readPage);
    assertThat(page.items())
        .extracting(InstanceAction::requestId)
        .containsExactly(ids.get(0), ids.get(1));
    assertThat(page.nextHref()).endsWith("marker=" + ids.get(1));
  }

  @Test
  void deletedServer_hasItsActions_readableFrom221() {
    String[] server = createAndBuild();
    String id = server[0];
    assertThat(nova.get("2.79", "/v2.1/servers/" + id).status).isEqualTo(200);
    RawHttp.Reply deleted =
        RawHttp.send(fake, "DELETE", "/v2.1/servers/" + id, null, "X-Auth-Token", fake.token());
    assertThat(fake.takeRequest().method()).isEqualTo("DELETE");
    assertThat(deleted.status).isEqualTo(204);
    clock.advance(Duration.ofSeconds(8));
    String path = "/v2.1/servers/" + id + "/os-instance-actions";

    assertThat(actions(nova.get("2.21", path).json())).containsExactly("delete", "create");
    assertThat(actions(nova.get(MEMBER, "2.21", path).json())).containsExactly("delete", "create");
    JsonNode delete =
        nova.get("2.21", path + "/" + deleted.header("X-OpenStack-Request-Id")).json();
    assertThat(delete.at("/instanceAction/events/0/event").asText())
        .isEqualTo("compute_terminate_instance");
    assertThat(delete.at("/instanceAction/events/0/result").asText()).isEqualTo("Success");
    assertFault(
        nova.get("2.20", path),
        404,
        "itemNotFound",
        "Instance " + id + " could not be found.",
        "2.20");
  }

  @Test
  void failedBuild_hasAnErrorEvent_withTracebackAndDetailsForAdmins() {
    fake.failNextBuild("No valid host was found. ");
    String[] server = createAndBuild();
    String path = "/v2.1/servers/" + server[0] + "/os-instance-actions/" + server[1];

    JsonNode admin = nova.get("2.84", path).json().get("instanceAction");
    JsonNode member = nova.get(MEMBER, "2.84", path).json().get("instanceAction");

    assertThat(admin.get("message").asText()).isEqualTo("Error");
    assertThat(admin.at("/events/0/result").asText()).isEqualTo("Error");
    assertThat(admin.at("/events/0/details").asText()).isEqualTo("No valid host was found. ");
    assertThat(admin.at("/events/0/traceback").asText())
        .startsWith("Traceback (most recent call last):")
        .contains("No valid host was found.");
    assertThat(member.at("/events/0").has("traceback")).isFalse();
    assertThat(member.at("/events/0").has("details")).isFalse();
    assertThat(member.at("/events/0/result").asText()).isEqualTo("Error");
  }

  @Test
  void unknownRequestOrServer_areNovas404s_andOtherProjectsServersAreNotFound() {
    String[] server = createAndBuild();
    String path = "/v2.1/servers/" + server[0] + "/os-instance-actions";

    assertFault(
        nova.get("2.1", path + "/req-nope"),
        404,
        "itemNotFound",
        "Action req-nope not found",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/servers/nope/os-instance-actions"),
        404,
        "itemNotFound",
        "Instance nope could not be found.",
        "2.1");
    assertFault(
        nova.get("2.58", path + "?sort=asc"),
        400,
        "badRequest",
        "Additional properties are not allowed ('sort' was unexpected)",
        "2.58");
    InstanceAction read =
        NovaCalls.read(nova.get("2.84", path + "/" + server[1]), InstanceActionJson::readBody);
    assertThat(read.action()).contains("create");
    assertThat(read.events()).hasSize(1);
  }
}
