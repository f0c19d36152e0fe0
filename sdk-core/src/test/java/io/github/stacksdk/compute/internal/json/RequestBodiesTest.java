package io.github.stacksdk.compute.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.lifecycle.BlockDeviceMapping;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.NetworkRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes the lifecycle request bodies and compares them with Nova's own request samples. */
final class RequestBodiesTest {
  private static final ObjectMapper MAPPER = ModelJson.mapper();
  private static final String IMAGE = "70a599e0-31e7-49b7-b260-868f441e862b";
  private static final String SAMPLES = "requests/nova-api-samples/";

  private static Microversion v(String text) {
    return Microversion.parse(text);
  }

  private static JsonNode tree(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Nova sample as a tree, adjusted as the fixtures' README says: no {@code personality} or
   * {@code OS-DCF:diskConfig}, {@code os:scheduler_hints} for {@code OS-SCH-HNT:scheduler_hints},
   * and numeric {@code volume_size}.
   */
  private static JsonNode sample(String path) {
    try (InputStream in =
        RequestBodiesTest.class.getResourceAsStream("/fixtures/" + SAMPLES + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      ObjectNode body = (ObjectNode) MAPPER.readTree(in);
      JsonNode server = body.get("server");
      if (server instanceof ObjectNode) {
        ((ObjectNode) server).remove(List.of("personality", "OS-DCF:diskConfig"));
        JsonNode mappings = server.get("block_device_mapping_v2");
        if (mappings != null) {
          for (JsonNode mapping : mappings) {
            JsonNode size = mapping.get("volume_size");
            if (size != null && size.isTextual()) {
              ((ObjectNode) mapping).set("volume_size", IntNode.valueOf(size.asInt()));
            }
          }
        }
      }
      JsonNode hints = body.remove("OS-SCH-HNT:scheduler_hints");
      if (hints != null) {
        body.set("os:scheduler_hints", hints);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CreateServerRequest.Builder minimal() {
    return CreateServerRequest.builder().name("web").imageRef(IMAGE).flavorRef("1");
  }

  // ---- Nova's samples ----

  @Test
  void createServer_novaSample21_sameBody() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .accessIpV4("1.2.3.4")
            .accessIpV6("80fe::")
            .name("new-server-test")
            .imageRef(IMAGE)
            .flavorRef("1")
            .availabilityZone("us-west")
            .putMetadata("My Server Name", "Apache1")
            .addSecurityGroup("default")
            .userData("#!/bin/bash\n/bin/su\necho \"I am in you!\"\n")
            .schedulerHint("same_host", "48e6a9f6-30af-47e0-bc04-acaed113bb4e")
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.1")));

    assertThat(written).isEqualTo(sample("servers/server-create-req.json"));
  }

  @Test
  void createServer_novaSample237_autoNetworks() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("auto-allocate-network")
            .imageRef(IMAGE)
            .flavorRef("http://openstack.example.com/flavors/1")
            .networks(Networks.auto())
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.37")));

    assertThat(written).isEqualTo(sample("servers/v2.37/server-create-req.json"));
  }

  @Test
  void createServer_novaSample242_taggedNetworkAndBootVolume() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("device-tagging-server")
            .flavorRef("http://openstack.example.com/flavors/1")
            .networks(
                Networks.of(
                    NetworkRequest.builder()
                        .networkId("ff608d40-75e9-48cb-b745-77bb55b5eaf2")
                        .tag("nic1")
                        .build()))
            .addBlockDeviceMapping(
                BlockDeviceMapping.builder()
                    .uuid(IMAGE)
                    .sourceType("image")
                    .destinationType("volume")
                    .bootIndex(0)
                    .volumeSize(1)
                    .tag("disk1")
                    .build())
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.42")));

    assertThat(written).isEqualTo(sample("servers/v2.42/server-create-req.json"));
    assertThat(written.get("server").has("imageRef")).isFalse();
  }

  @Test
  void createServer_novaSample267_volumeType() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .name("bfv-server-with-volume-type")
            .flavorRef("http://openstack.example.com/flavors/1")
            .networks(
                Networks.of(
                    NetworkRequest.builder()
                        .networkId("3cb9bc59-5699-4588-a4b1-b87f96708bc6")
                        .tag("nic1")
                        .build()))
            .addBlockDeviceMapping(
                BlockDeviceMapping.builder()
                    .uuid(IMAGE)
                    .sourceType("image")
                    .destinationType("volume")
                    .bootIndex(0)
                    .volumeSize(1)
                    .tag("disk1")
                    .volumeType("lvm-1")
                    .build())
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.67")));

    assertThat(written).isEqualTo(sample("servers/v2.67/server-create-req.json"));
  }

  @Test
  void createServer_novaSample274_hostAndNode() {
    CreateServerRequest request =
        CreateServerRequest.builder()
            .adminPass("MySecretPass")
            .accessIpV4("1.2.3.4")
            .accessIpV6("80fe::")
            .name("new-server-test")
            .imageRef(IMAGE)
            .flavorRef("6")
            .putMetadata("My Server Name", "Apache1")
            .addSecurityGroup("default")
            .userData("#!/bin/bash\n/bin/su\necho \"I am in you!\"\n")
            .networks(Networks.auto())
            .host("openstack-node-01")
            .hypervisorHostname("openstack-node-01")
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.74")));

    assertThat(written)
        .isEqualTo(sample("servers/v2.74/server-create-req-with-host-and-node.json"));
  }

  @Test
  void rebuild_novaSample257_sameBody() {
    RebuildServerRequest request =
        RebuildServerRequest.builder()
            .accessIpV4("1.2.3.4")
            .accessIpV6("80fe::")
            .imageRef(IMAGE)
            .name("foobar")
            .keyName("new-key")
            .description("description of foobar")
            .adminPass("seekr3t")
            .putMetadata("meta_var", "meta_val")
            .userData("echo \"hello world\"")
            .build();

    JsonNode written = tree(RequestBodies.rebuild(request, v("2.57")));

    assertThat(written).isEqualTo(sample("servers/v2.57/server-action-rebuild.json"));
  }

  @Test
  void action_novaSamples_sameBodies() {
    assertThat(tree(RequestBodies.action("os-start")))
        .isEqualTo(sample("servers/server-action-start.json"));
    assertThat(tree(RequestBodies.action("forceDelete")))
        .isEqualTo(sample("os-deferred-delete/force-delete-post-req.json"));
    assertThat(tree(RequestBodies.rescue("MySecretPass", null)))
        .isEqualTo(sample("os-rescue/server-rescue-req.json"));
    assertThat(tree(RequestBodies.unshelve("us-west", v("2.77"))))
        .isEqualTo(sample("os-shelve/v2.77/os-unshelve.json"));
    assertThat(tree(RequestBodies.lock("I don't want to work", v("2.73"))))
        .isEqualTo(sample("servers/v2.73/lock-server-with-reason.json"));
  }

  // ---- microversions ----

  static Stream<Arguments> createFieldsByMicroversion() {
    return Stream.of(
        field("description", "2.19", b -> b.description("d")),
        field("tags", "2.52", b -> b.addTag("t")),
        field("trustedImageCertificates", "2.63", b -> b.addTrustedImageCertificate("c")),
        field("host", "2.74", b -> b.host("h")),
        field("hypervisorHostname", "2.74", b -> b.hypervisorHostname("n")),
        field("hostname", "2.90", b -> b.hostname("h")),
        field(
            "blockDeviceMappings[].volumeType",
            "2.67",
            b ->
                b.addBlockDeviceMapping(
                    BlockDeviceMapping.ephemeral(1).toBuilder().volumeType("x").build())),
        field("networks auto or none", "2.37", b -> b.networks(Networks.none())));
  }

  private static Arguments field(
      String name, String minimum, Consumer<CreateServerRequest.Builder> set) {
    return Arguments.of(name, minimum, set);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("createFieldsByMicroversion")
  void createServer_fieldBelowItsMicroversion_refused(
      String name, String minimum, Consumer<CreateServerRequest.Builder> set) {
    CreateServerRequest.Builder b = minimal();
    set.accept(b);
    CreateServerRequest request = b.build();
    Microversion min = v(minimum);
    Microversion below = Microversion.of(2, Integer.parseInt(minimum.substring(2)) - 1);
    CreateServerRequest withNetworks =
        request.networks().isPresent()
            ? request
            : request.toBuilder().networks(Networks.auto()).build();

    assertThatThrownBy(
            () ->
                RequestBodies.createServer(
                    below.isLowerThan(v("2.37")) ? request : withNetworks, below))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            name + " needs microversion " + minimum + " or later; the client uses " + below);
    assertThat(
            tree(
                RequestBodies.createServer(
                    min.isLowerThan(v("2.37")) ? request : withNetworks, min)))
        .isNotNull();
  }

  @ParameterizedTest(name = "2.{0}")
  @ValueSource(ints = {1, 31, 37, 40, 41})
  void createServer_networkTagOutsideNovasVersions_refused(int minor) {
    CreateServerRequest request =
        minimal()
            .networks(Networks.of(NetworkRequest.builder().networkId("n").tag("nic1").build()))
            .build();

    assertThatThrownBy(() -> RequestBodies.createServer(request, Microversion.of(2, minor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("networks[].tag needs microversion 2.")
        .hasMessageEndingWith("the client uses 2." + minor);
  }

  @ParameterizedTest(name = "2.{0}")
  @ValueSource(ints = {32, 33, 36, 42, 90})
  void createServer_networkTagInNovasVersions_written(int minor) {
    CreateServerRequest request =
        minimal()
            .networks(Networks.of(NetworkRequest.builder().networkId("n").tag("nic1").build()))
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, Microversion.of(2, minor)));

    assertThat(written.at("/server/networks/0/tag").asText()).isEqualTo("nic1");
    assertThat(written.at("/server/networks/0/uuid").asText()).isEqualTo("n");
  }

  @ParameterizedTest(name = "2.{0}")
  @ValueSource(ints = {31, 33, 36, 41})
  void createServer_diskTagOutsideNovasVersions_refused(int minor) {
    CreateServerRequest request =
        minimal()
            .networks(Networks.auto())
            .addBlockDeviceMapping(BlockDeviceMapping.ephemeral(1).toBuilder().tag("d").build())
            .build();
    CreateServerRequest old = request.toBuilder().networks(java.util.Optional.empty()).build();

    assertThatThrownBy(
            () -> RequestBodies.createServer(minor < 37 ? old : request, Microversion.of(2, minor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("blockDeviceMappings[].tag needs microversion 2.")
        .hasMessageEndingWith("the client uses 2." + minor);
  }

  @ParameterizedTest(name = "2.{0}")
  @ValueSource(ints = {32, 42})
  void createServer_diskTagInNovasVersions_written(int minor) {
    CreateServerRequest request =
        minimal()
            .addBlockDeviceMapping(BlockDeviceMapping.ephemeral(1).toBuilder().tag("d").build())
            .build();
    if (minor >= 37) {
      request = request.toBuilder().networks(Networks.none()).build();
    }

    JsonNode written = tree(RequestBodies.createServer(request, Microversion.of(2, minor)));

    assertThat(written.at("/server/block_device_mapping_v2/0/tag").asText()).isEqualTo("d");
  }

  @Test
  void createServer_noNetworksBefore237_networksLeftOut() {
    JsonNode written = tree(RequestBodies.createServer(minimal().build(), v("2.36")));

    assertThat(written.get("server").has("networks")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.37", "2.90"})
  void createServer_noNetworksFrom237_refusedNamingAutoAndNone(String version) {
    assertThatThrownBy(() -> RequestBodies.createServer(minimal().build(), v(version)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("networks is required from microversion 2.37")
        .hasMessageContaining("the client uses " + version)
        .hasMessageContaining("Networks.auto()")
        .hasMessageContaining("Networks.none()");
  }

  @Test
  void createServer_networksNone_writtenAsString() {
    JsonNode written =
        tree(RequestBodies.createServer(minimal().networks(Networks.none()).build(), v("2.37")));

    assertThat(written.at("/server/networks").asText()).isEqualTo("none");
  }

  @Test
  void createServer_networkList_uuidPortFixedIp() {
    CreateServerRequest request =
        minimal()
            .networks(
                Networks.of(
                    NetworkRequest.builder().networkId("net").fixedIp("10.0.0.5").build(),
                    NetworkRequest.ofPort("p")))
            .build();

    JsonNode written = tree(RequestBodies.createServer(request, v("2.1")));

    assertThat(written.at("/server/networks").toString())
        .isEqualTo("[{\"uuid\":\"net\",\"fixed_ip\":\"10.0.0.5\"},{\"port\":\"p\"}]");
  }

  static Stream<Arguments> updateAndRebuildFieldsByMicroversion() {
    UpdateServerRequest description = UpdateServerRequest.builder().description("d").build();
    UpdateServerRequest hostname = UpdateServerRequest.builder().hostname("h").build();
    RebuildServerRequest.Builder rebuild = RebuildServerRequest.builder().imageRef(IMAGE);
    return Stream.of(
        Arguments.of("description", "2.19", body(description)),
        Arguments.of("hostname", "2.90", body(hostname)),
        Arguments.of("description", "2.19", body(rebuild.description("d").build())),
        Arguments.of(
            "keyName",
            "2.54",
            body(RebuildServerRequest.builder().imageRef(IMAGE).keyName("k").build())),
        Arguments.of(
            "userData",
            "2.57",
            body(RebuildServerRequest.builder().imageRef(IMAGE).userData("u").build())),
        Arguments.of(
            "trustedImageCertificates",
            "2.63",
            body(
                RebuildServerRequest.builder()
                    .imageRef(IMAGE)
                    .addTrustedImageCertificate("c")
                    .build())),
        Arguments.of(
            "hostname",
            "2.90",
            body(RebuildServerRequest.builder().imageRef(IMAGE).hostname("h").build())),
        Arguments.of(
            "lock reason (locked_reason)",
            "2.73",
            (java.util.function.Function<Microversion, byte[]>) m -> RequestBodies.lock("r", m)),
        Arguments.of(
            "unshelve availabilityZone",
            "2.77",
            (java.util.function.Function<Microversion, byte[]>)
                m -> RequestBodies.unshelve("az", m)));
  }

  private static java.util.function.Function<Microversion, byte[]> body(UpdateServerRequest r) {
    return m -> RequestBodies.updateServer(r, m);
  }

  private static java.util.function.Function<Microversion, byte[]> body(RebuildServerRequest r) {
    return m -> RequestBodies.rebuild(r, m);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("updateAndRebuildFieldsByMicroversion")
  void otherBodies_fieldBelowItsMicroversion_refused(
      String name, String minimum, java.util.function.Function<Microversion, byte[]> write) {
    Microversion below = Microversion.of(2, Integer.parseInt(minimum.substring(2)) - 1);

    assertThatThrownBy(() -> write.apply(below))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            name + " needs microversion " + minimum + " or later; the client uses " + below);
    assertThat(tree(write.apply(v(minimum))).size()).isEqualTo(1);
  }

  // ---- values ----

  @Test
  void createServer_userData_base64OfUtf8() {
    String text = "#cloud-config\nmessage: héllo ☃\n";
    JsonNode written = tree(RequestBodies.createServer(minimal().userData(text).build(), v("2.1")));

    String sent = written.at("/server/user_data").asText();
    assertThat(sent)
        .isEqualTo(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(new String(Base64.getDecoder().decode(sent), StandardCharsets.UTF_8))
        .isEqualTo(text);
  }

  @Test
  void userData_atNovasLimit_accepted_aboveIt_refused() {
    // 49149 bytes encode to 65532 base64 characters, 49152 to 65536: Nova's maxLength is 65535.
    String largest = "a".repeat(49149);
    String tooLarge = "a".repeat(49152);

    CreateServerRequest request = minimal().userData(largest).build();
    assertThat(tree(RequestBodies.createServer(request, v("2.1"))).at("/server/user_data").asText())
        .hasSize(65532);
    assertThatThrownBy(() -> minimal().userData(tooLarge).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535")
        .hasMessageContaining("65536");
    assertThatThrownBy(
            () -> RebuildServerRequest.builder().imageRef(IMAGE).userData(tooLarge).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535");
    // Multi-byte text counts by its UTF-8 bytes: 16384 snowmen are 49152 bytes.
    assertThatThrownBy(() -> minimal().userData("☃".repeat(16384)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createServer_schedulerHints_oneValueString_severalArray_groupHint() {
    CreateServerRequest request =
        minimal()
            .schedulerHint("same_host", "a")
            .schedulerHint("different_host", "b", "c")
            .serverGroup("g")
            .build();

    JsonNode hints = tree(RequestBodies.createServer(request, v("2.1"))).get("os:scheduler_hints");

    assertThat(hints.toString())
        .isEqualTo("{\"same_host\":\"a\",\"different_host\":[\"b\",\"c\"],\"group\":\"g\"}");
  }

  @Test
  void createServer_noHints_noHintsObject() {
    JsonNode written = tree(RequestBodies.createServer(minimal().build(), v("2.1")));

    assertThat(written.has("os:scheduler_hints")).isFalse();
    assertThat(written.toString())
        .isEqualTo(
            "{\"server\":{\"name\":\"web\",\"imageRef\":\"" + IMAGE + "\",\"flavorRef\":\"1\"}}");
  }

  @Test
  void createServer_everyOtherField_wireNames() {
    CreateServerRequest request =
        minimal()
            .keyName("k")
            .minCount(2)
            .maxCount(3)
            .returnReservationId(true)
            .configDrive(true)
            .addBlockDeviceMapping(BlockDeviceMapping.swap(512))
            .addBlockDeviceMapping(BlockDeviceMapping.bootFromVolume("vol"))
            .build();

    JsonNode server = tree(RequestBodies.createServer(request, v("2.1"))).get("server");

    assertThat(server.get("key_name").asText()).isEqualTo("k");
    assertThat(server.get("min_count").asInt()).isEqualTo(2);
    assertThat(server.get("max_count").asInt()).isEqualTo(3);
    assertThat(server.get("return_reservation_id").asBoolean()).isTrue();
    assertThat(server.get("config_drive").asBoolean()).isTrue();
    assertThat(server.get("block_device_mapping_v2").toString())
        .isEqualTo(
            "[{\"source_type\":\"blank\",\"destination_type\":\"local\",\"boot_index\":-1,"
                + "\"volume_size\":512,\"guest_format\":\"swap\"},"
                + "{\"uuid\":\"vol\",\"source_type\":\"volume\",\"destination_type\":\"volume\","
                + "\"boot_index\":0}]");
  }

  @Test
  void createServer_returnReservationIdFalse_leftOut() {
    JsonNode server = tree(RequestBodies.createServer(minimal().build(), v("2.1"))).get("server");

    assertThat(server.has("return_reservation_id")).isFalse();
  }

  @Test
  void updateServer_fields_wireNames() {
    UpdateServerRequest request =
        UpdateServerRequest.builder()
            .name("n")
            .description("d")
            .hostname("h")
            .accessIpV4("1.2.3.4")
            .accessIpV6("80fe::")
            .build();

    assertThat(tree(RequestBodies.updateServer(request, v("2.90"))).toString())
        .isEqualTo(
            "{\"server\":{\"name\":\"n\",\"description\":\"d\",\"hostname\":\"h\","
                + "\"accessIPv4\":\"1.2.3.4\",\"accessIPv6\":\"80fe::\"}}");
  }

  @Test
  void rebuild_otherFields_wireNames() {
    RebuildServerRequest request =
        RebuildServerRequest.builder()
            .imageRef(IMAGE)
            .preserveEphemeral(true)
            .hostname("h")
            .addTrustedImageCertificate("c1")
            .build();

    JsonNode rebuild = tree(RequestBodies.rebuild(request, v("2.90"))).get("rebuild");

    assertThat(rebuild.get("preserve_ephemeral").asBoolean()).isTrue();
    assertThat(rebuild.get("hostname").asText()).isEqualTo("h");
    assertThat(rebuild.get("trusted_image_certificates").toString()).isEqualTo("[\"c1\"]");
  }

  // ---- actions ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "os-start",
        "os-stop",
        "pause",
        "unpause",
        "suspend",
        "resume",
        "unlock",
        "unrescue",
        "confirmResize",
        "revertResize",
        "shelve",
        "shelveOffload",
        "forceDelete",
        "restore"
      })
  void action_withoutArguments_nullValue(String name) {
    assertThat(new String(RequestBodies.action(name), StandardCharsets.UTF_8))
        .isEqualTo("{\"" + name + "\":null}");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"reboot", "resize", "start", "os-start ", ""})
  void action_notAnArgumentlessAction_refused(String name) {
    assertThatThrownBy(() -> RequestBodies.action(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an action without arguments");
  }

  @Test
  void reboot_types_upperCase() {
    assertThat(new String(RequestBodies.reboot(RebootType.SOFT), StandardCharsets.UTF_8))
        .isEqualTo("{\"reboot\":{\"type\":\"SOFT\"}}");
    assertThat(new String(RequestBodies.reboot(RebootType.HARD), StandardCharsets.UTF_8))
        .isEqualTo("{\"reboot\":{\"type\":\"HARD\"}}");
  }

  @Test
  void lockAndUnshelveAndRescue_withoutArguments_nullValue() {
    assertThat(new String(RequestBodies.lock(null, v("2.1")), StandardCharsets.UTF_8))
        .isEqualTo("{\"lock\":null}");
    assertThat(new String(RequestBodies.unshelve(null, v("2.1")), StandardCharsets.UTF_8))
        .isEqualTo("{\"unshelve\":null}");
    assertThat(new String(RequestBodies.rescue(null, null), StandardCharsets.UTF_8))
        .isEqualTo("{\"rescue\":null}");
    assertThat(tree(RequestBodies.rescue(null, "img")).toString())
        .isEqualTo("{\"rescue\":{\"rescue_image_ref\":\"img\"}}");
  }

  @Test
  void lock_blankOrLongReason_refused() {
    assertThatThrownBy(() -> RequestBodies.lock(" ", v("2.73")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestBodies.lock("r".repeat(256), v("2.73")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resizeCreateImageMetadataTags_bodies() {
    assertThat(tree(RequestBodies.resize("2")).toString())
        .isEqualTo("{\"resize\":{\"flavorRef\":\"2\"}}");
    assertThat(tree(RequestBodies.createImage("snap", Map.of())).toString())
        .isEqualTo("{\"createImage\":{\"name\":\"snap\"}}");
    assertThat(tree(RequestBodies.createImage("snap", Map.of("k", "v"))).toString())
        .isEqualTo("{\"createImage\":{\"name\":\"snap\",\"metadata\":{\"k\":\"v\"}}}");
    assertThat(tree(RequestBodies.metadata(Map.of())).toString()).isEqualTo("{\"metadata\":{}}");
    assertThat(tree(RequestBodies.metadata(Map.of("a", "b"))).toString())
        .isEqualTo("{\"metadata\":{\"a\":\"b\"}}");
    assertThat(tree(RequestBodies.metadataItem("a", "b")).toString())
        .isEqualTo("{\"meta\":{\"a\":\"b\"}}");
    assertThat(tree(RequestBodies.tags(List.of("x", "y"))).toString())
        .isEqualTo("{\"tags\":[\"x\",\"y\"]}");
    assertThat(tree(RequestBodies.tags(List.of())).toString()).isEqualTo("{\"tags\":[]}");
    assertThatThrownBy(() -> RequestBodies.resize(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestBodies.createImage("", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
