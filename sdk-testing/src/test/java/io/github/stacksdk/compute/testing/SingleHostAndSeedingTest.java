package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fake on one host with noauth2's users ({@code singleHost}, {@code userId}), as a loopback
 * test cloud is, and the seeding of instance actions and removal of keypairs, server groups and
 * flavors; through raw HTTP.
 */
final class SingleHostAndSeedingTest {
  private static final String MEMBER = "reads:reads";
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";
  private static final Instant CREATED = Instant.parse("2026-11-02T12:00:00Z");

  private final FakeCompute fake =
      FakeCompute.builder()
          .token("admin:admin")
          .projectId("admin")
          .addMemberToken(MEMBER, "reads")
          .singleHost("devstack")
          .userId("admin:admin", "admin")
          .userId(MEMBER, "reads")
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void singleHost_runsEveryServiceAndEveryBuildOnIt() {
    String created =
        nova.post(
                "2.79",
                "/v2.1/servers",
                "{\"server\": {\"name\": \"web\", \"flavorRef\": \"1\", \"imageRef\":"
                    + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}")
            .json()
            .at("/server/id")
            .asText();

    JsonNode zones = nova.get("2.79", "/v2.1/os-availability-zone/detail").json();
    List<String> hosts = new ArrayList<>();
    zones
        .get("availabilityZoneInfo")
        .forEach(
            z ->
                z.get("hosts")
                    .fieldNames()
                    .forEachRemaining(h -> hosts.add(z.get("zoneName").asText() + "/" + h)));
    JsonNode server = nova.get("2.79", "/v2.1/servers/" + created).json().get("server");
    JsonNode lock =
        nova.post("2.79", "/v2.1/servers/" + created + "/action", "{\"lock\": null}").json();

    assertThat(hosts).containsExactly("internal/devstack", "nova/devstack");
    assertThat(server.get("OS-EXT-SRV-ATTR:host").asText()).isEqualTo("devstack");
    assertThat(lock).isNotNull();
    JsonNode actions = nova.get("2.84", "/v2.1/servers/" + created + "/os-instance-actions").json();
    String lockRequest = actions.at("/instanceActions/0/request_id").asText();
    JsonNode lockEvent =
        nova.get("2.84", "/v2.1/servers/" + created + "/os-instance-actions/" + lockRequest)
            .json()
            .at("/instanceAction/events/0");
    assertThat(lockEvent.get("event").asText()).isEqualTo("api_lock");
    assertThat(lockEvent.get("host").asText()).isEqualTo("devstack");
    assertThat(actions.at("/instanceActions/0/user_id").asText()).isEqualTo("admin");
  }

  @Test
  void userId_isTheTokensUser_forKeypairsAndWhatTheTokenCreates() {
    fake.addKeypair(fake.userId(MEMBER), "kp", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB key", "ssh");

    JsonNode shown = nova.get(MEMBER, "2.10", "/v2.1/os-keypairs/kp").json();
    RawHttp.Reply missing = nova.get(MEMBER, "2.10", "/v2.1/os-keypairs/none");

    assertThat(fake.userId(MEMBER)).isEqualTo("reads");
    assertThat(fake.userId("admin:admin")).isEqualTo("admin");
    assertThat(shown.at("/keypair/user_id").asText()).isEqualTo("reads");
    assertThat(missing.json().at("/itemNotFound/message").asText())
        .isEqualTo("Keypair none not found for user reads");
    assertThat(fake.removeKeypair("reads", "kp")).isTrue();
    assertThat(fake.removeKeypair("reads", "kp")).isFalse();
    assertThat(nova.get(MEMBER, "2.10", "/v2.1/os-keypairs").json().get("keypairs")).isEmpty();
  }

  @Test
  void userId_ofATokenTheFakeDoesNotAccept_failsTheStart() {
    assertThatThrownBy(() -> FakeCompute.builder().userId("unknown:unknown", "unknown").start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not accept");
  }

  @Test
  void addInstanceAction_isListedAndShown_asNovaRecordedIt() throws Exception {
    fake.addServer(Server.builder().id(ID).name("db-01").tenantId("admin").userId("admin").build());
    Instant stopped = CREATED.plusSeconds(60);
    fake.addInstanceAction(
        InstanceAction.builder()
            .requestId("req-1")
            .action("create")
            .instanceUuid(ID)
            .startTime(CREATED)
            .addEvent(
                InstanceActionEvent.builder()
                    .event("compute__do_build_and_run_instance")
                    .startTime(CREATED)
                    .finishTime(CREATED.plusSeconds(1))
                    .result("Success")
                    .host("devstack")
                    .build())
            .build());
    fake.addInstanceAction(
        InstanceAction.builder()
            .requestId("req-2")
            .action("stop")
            .instanceUuid(ID)
            .startTime(stopped)
            .addEvent(
                InstanceActionEvent.builder()
                    .event("compute_stop_instance")
                    .startTime(stopped)
                    .finishTime(stopped.plusSeconds(2))
                    .result("Success")
                    .host("devstack")
                    .build())
            .build());
    String path = "/v2.1/servers/" + ID + "/os-instance-actions";

    JsonNode listed = nova.get("2.84", path).json().get("instanceActions");
    JsonNode stop = nova.get("2.84", path + "/req-2").json().get("instanceAction");
    RawHttp.Reply since = nova.get("2.84", path + "?changes-since=2026-11-02T12:01:01Z");

    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).get("action").asText()).isEqualTo("stop");
    assertThat(listed.get(0).get("user_id").asText()).isEqualTo("admin");
    assertThat(listed.get(0).get("project_id").asText()).isEqualTo("admin");
    assertThat(listed.get(0).get("updated_at").asText()).isEqualTo("2026-11-02T12:01:02.000000");
    assertThat(listed.get(1).get("action").asText()).isEqualTo("create");
    assertThat(stop.at("/events/0/event").asText()).isEqualTo("compute_stop_instance");
    assertThat(stop.at("/events/0/host").asText()).isEqualTo("devstack");
    assertThat(stop.at("/events/0/hostId").asText()).isEqualTo(sha224("admin" + "devstack"));
    assertThat(since.json().get("instanceActions")).hasSize(1);
    assertThatThrownBy(
            () ->
                fake.addInstanceAction(
                    InstanceAction.builder().requestId("req-3").instanceUuid(ID).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void removeServerGroupAndFlavor_makeThemUnknown() {
    fake.addServerGroup(
        ServerGroup.builder()
            .id("0b5a0e52-52b4-4d4f-9c1a-3a5e8c1d0b11")
            .name("g")
            .policy("affinity")
            .build());

    assertThat(fake.removeServerGroup("0b5a0e52-52b4-4d4f-9c1a-3a5e8c1d0b11")).isTrue();
    assertThat(fake.removeFlavor("4")).isTrue();
    assertThat(fake.removeFlavor("4")).isFalse();
    assertThat(
            nova.get("2.79", "/v2.1/os-server-groups/0b5a0e52-52b4-4d4f-9c1a-3a5e8c1d0b11").status)
        .isEqualTo(404);
    assertThat(nova.get("2.79", "/v2.1/flavors/4").json().at("/itemNotFound/message").asText())
        .isEqualTo("Flavor 4 could not be found.");
    List<String> ids = new ArrayList<>();
    nova.get("2.79", "/v2.1/flavors")
        .json()
        .get("flavors")
        .forEach(f -> ids.add(f.get("id").asText()));
    assertThat(ids).containsExactly("1", "2", "3");
  }

  private static String sha224(String text) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b :
        MessageDigest.getInstance("SHA-224").digest(text.getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }
}
