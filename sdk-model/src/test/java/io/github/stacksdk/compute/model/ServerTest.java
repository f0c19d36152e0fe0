package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server quirks of real clouds, one test each, and the value-type contract. */
final class ServerTest {

  @Test
  void parse_unknownFields_ignoredAndKeptInAdditionalProperties() {
    Server server =
        Fixtures.parseServer(
            "{\"id\": \"s1\", \"RAX-PUBLIC-IP-ZONE-ID:publicIPZoneId\": \"zone-1\","
                + " \"RAX-SI:image_schedule\": {\"retention\": 7, \"days\": [\"mon\", null]},"
                + " \"future_field\": null, \"huge\": 123456789012345678901234567890,"
                + " \"ratio\": 0.5, \"flag\": true}");

    assertThat(server.id()).isEqualTo("s1");
    assertThat(server.additionalProperties())
        .containsOnlyKeys(
            "RAX-PUBLIC-IP-ZONE-ID:publicIPZoneId",
            "RAX-SI:image_schedule",
            "huge",
            "ratio",
            "flag")
        .containsEntry("RAX-PUBLIC-IP-ZONE-ID:publicIPZoneId", "zone-1")
        .containsEntry("RAX-SI:image_schedule", Map.of("retention", 7L, "days", List.of("mon")))
        .containsEntry("huge", new BigInteger("123456789012345678901234567890"))
        .containsEntry("ratio", 0.5)
        .containsEntry("flag", true);
  }

  @Test
  void parse_nullCollections_areEmpty() {
    Server server =
        Fixtures.parseServer(
            "{\"id\": \"s1\", \"links\": null, \"metadata\": null, \"addresses\": null,"
                + " \"security_groups\": null, \"os-extended-volumes:volumes_attached\": null,"
                + " \"tags\": null, \"trusted_image_certificates\": null, \"server_groups\": null,"
                + " \"scheduler_hints\": null, \"flavor\": null, \"image\": null, \"fault\": null}");

    assertThat(server.links()).isEmpty();
    assertThat(server.metadata()).isEmpty();
    assertThat(server.addresses()).isEmpty();
    assertThat(server.securityGroups()).isEmpty();
    assertThat(server.volumesAttached()).isEmpty();
    assertThat(server.tags()).isEmpty();
    assertThat(server.trustedImageCertificates()).isEmpty();
    assertThat(server.serverGroups()).isEmpty();
    assertThat(server.schedulerHints()).isEmpty();
    assertThat(server.flavor()).isEmpty();
    assertThat(server.image()).isEmpty();
    assertThat(server.fault()).isEmpty();
  }

  @Test
  void parse_imageEmptyString_imageAbsent() {
    Server server =
        Fixtures.servers("third-party/gophercloud-gophercloud_servers-detail_ServerListBody.json")
            .get(2);

    assertThat(server.name()).contains("merp");
    assertThat(server.image()).isEmpty();
    assertThat(Fixtures.parseServer("{\"id\": \"s1\", \"image\": \"\"}").image()).isEmpty();
  }

  @Test
  void parse_zonelessLaunchedAt_isUtc() {
    Server server = Fixtures.server("nova-api-samples/servers/server-get-resp.json");

    assertThat(server.launchedAt()).contains(Instant.parse("2013-09-23T13:37:00.880302Z"));
    assertThat(server.terminatedAt()).isEmpty();
  }

  @Test
  void parse_unknownStatus_isUnrecognizedWithRawValueKept() {
    Server server =
        Fixtures.server("third-party/apache-jclouds_server-get-image-empty-string.json");

    assertThat(server.status()).isEqualTo(ServerStatus.UNRECOGNIZED);
    assertThat(server.statusAsString()).contains("BUILD(scheduling)");
    assertThat(server.image()).isEmpty();
  }

  @Test
  void parse_numericId_keptAsText() {
    Server server =
        Fixtures.server("third-party/apache-jclouds_server-get-hpcloud-integer-id.json");

    assertThat(server.id()).isEqualTo("59662");
    assertThat(server.additionalProperties()).containsKey("uuid");
  }

  @Test
  void parse_lenientScalars_coerced() {
    Server server =
        Fixtures.parseServer(
            "{\"id\": \"s1\", \"progress\": \"42\", \"OS-EXT-STS:power_state\": 4.0,"
                + " \"locked\": \"yes\", \"config_drive\": true, \"accessIPv4\": \"\","
                + " \"status\": \"shutoff\", \"OS-EXT-STS:vm_state\": \"stopped\","
                + " \"OS-EXT-STS:task_state\": \"powering-on\", \"key_name\": \"\"}");

    assertThat(server.progress()).hasValue(42);
    assertThat(server.powerState()).contains(PowerState.SHUTDOWN);
    assertThat(server.locked()).contains(true);
    assertThat(server.configDrive()).contains(true);
    assertThat(server.accessIPv4()).isEmpty();
    assertThat(server.status()).isEqualTo(ServerStatus.SHUTOFF);
    assertThat(server.vmState()).contains(VmState.STOPPED);
    assertThat(server.taskState()).contains(TaskState.POWERING_ON);
    assertThat(server.keyName()).isEmpty();
  }

  @Test
  void parse_schedulerHintSingleValue_isListOfOne() {
    Server server =
        Fixtures.parseServer(
            "{\"id\": \"s1\", \"scheduler_hints\": {\"group\": \"g1\", \"same_host\": [\"a\", \"b\"]}}");

    assertThat(server.schedulerHints())
        .containsExactly(
            Map.entry("group", List.of("g1")), Map.entry("same_host", List.of("a", "b")));
  }

  @Test
  void parse_wrongKindOfValue_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"id\": \"s1\", \"links\": {}}", Server.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'links'")
        .hasMessageContaining("expected an array, found an object");
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue(
                    "{\"id\": \"s1\", \"created\": \"yesterday\"}", Server.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'created'")
        .hasMessageContaining("timestamp");
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue("{\"id\": \"s1\", \"progress\": \"half\"}", Server.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'progress'");
  }

  @Test
  void parse_missingId_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"name\": \"x\"}", Server.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("server")
        .hasMessageContaining("id");
  }

  @Test
  void parse_parseErrorMessage_neverEchoesTheBody() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"id\": \"s1\", \"secret-token\": tru", Server.class))
        .hasMessageNotContaining("secret-token");
  }

  @Test
  void roundTrip_builtServer_isEqual() {
    Server server = fullServer();

    assertThat(Fixtures.roundTrip(server)).isEqualTo(server);
  }

  @Test
  void toBuilder_copiesEveryValue() {
    Server server = fullServer();

    assertThat(server.toBuilder().build()).isEqualTo(server);
    assertThat(server.toBuilder().name("other").build().name()).contains("other");
  }

  @Test
  void toString_redactsUserDataAndAdminPass() {
    Server server = fullServer();

    assertThat(server.toString())
        .contains("id=s1")
        .doesNotContain("c2VjcmV0")
        .doesNotContain("hunter2")
        .contains("****");
  }

  @Test
  void builder_mutableNestedCollections_areFrozen() {
    List<Address> addresses = new ArrayList<>(List.of(Address.builder().addr("10.0.0.1").build()));
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", new ArrayList<>(List.of("a")));
    Server server =
        Server.builder()
            .id("s1")
            .putAddress("private", addresses)
            .putAdditionalProperty("vendor", nested)
            .putSchedulerHint("same_host", new ArrayList<>(List.of("x")))
            .build();
    addresses.clear();
    nested.clear();

    assertThat(server.addresses().get("private")).hasSize(1);
    assertThat(server.additionalProperties().get("vendor")).isEqualTo(Map.of("list", List.of("a")));
    assertThatThrownBy(
            () -> server.addresses().get("private").add(Address.builder().addr("10.0.0.9").build()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> server.schedulerHints().get("same_host").add("y"))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> vendor = (Map<String, Object>) server.additionalProperties().get("vendor");
    assertThatThrownBy(() -> vendor.put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_nonJsonAdditionalProperty_isRejected() {
    assertThatThrownBy(
            () -> Server.builder().id("s1").putAdditionalProperty("when", Instant.EPOCH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.Instant");
  }

  @Test
  void address_withoutVersion_inferredFromAddress() {
    assertThat(Address.builder().addr("2001:db8::1").build().version()).isEqualTo(6);
    assertThat(Address.builder().addr("10.0.0.1").build().version()).isEqualTo(4);
  }

  @Test
  void status_absent_isUnrecognized() {
    Server server = Server.builder().id("s1").build();

    assertThat(server.status()).isEqualTo(ServerStatus.UNRECOGNIZED);
    assertThat(server.powerState()).isEmpty();
    assertThat(server.vmState()).isEmpty();
    assertThat(server.taskState()).isEmpty();
  }

  private static Server fullServer() {
    return Server.builder()
        .id("s1")
        .name("web")
        .statusAsString("ACTIVE")
        .tenantId("t")
        .userId("u")
        .created(Instant.parse("2020-01-02T03:04:05Z"))
        .updated(Instant.parse("2020-01-02T03:04:06.5Z"))
        .hostId("h")
        .addLink(Link.builder().href("http://x/servers/s1").rel("self").build())
        .putMetadata("k", "v")
        .putAddress(
            "private",
            List.of(
                Address.builder()
                    .addr("10.0.0.2")
                    .version(4)
                    .typeAsString("fixed")
                    .macAddress("fa:16:3e:00:00:01")
                    .build()))
        .accessIPv4("1.2.3.4")
        .accessIPv6("::1")
        .keyName("key")
        .image(ServerImage.builder().id("img").putProperty("architecture", "x86_64").build())
        .flavor(
            ServerFlavor.builder()
                .vcpus(1)
                .ram(512)
                .disk(1)
                .ephemeral(0)
                .swap(0)
                .originalName("m1.tiny")
                .build())
        .progress(100)
        .fault(
            ServerFault.builder()
                .code(500)
                .message("boom")
                .created(Instant.parse("2020-01-01T00:00:00Z"))
                .build())
        .addSecurityGroup(ServerSecurityGroup.builder().name("default").build())
        .addVolumesAttached(AttachedVolume.builder().id("v1").deleteOnTermination(true).build())
        .configDrive(true)
        .diskConfig("AUTO")
        .availabilityZone("nova")
        .host("host1")
        .hypervisorHostname("hv1")
        .instanceName("instance-1")
        .hostname("web")
        .kernelId("aki-1")
        .ramdiskId("ari-1")
        .reservationId("r-1")
        .launchIndex(0)
        .rootDeviceName("/dev/vda")
        .userData("c2VjcmV0")
        .powerStateCode(1)
        .vmStateAsString("active")
        .launchedAt(Instant.parse("2020-01-02T03:04:05.123456789Z"))
        .locked(false)
        .hostStatus("UP")
        .description("d")
        .addTag("t1")
        .addTrustedImageCertificate("c1")
        .addServerGroup("g1")
        .lockedReason("maintenance")
        .pinnedAvailabilityZone("nova")
        .putSchedulerHint("same_host", List.of("s0"))
        .adminPass("hunter2")
        .putAdditionalProperty("RAX-X", Map.of("a", List.of(1L, "b")))
        .build();
  }
}
