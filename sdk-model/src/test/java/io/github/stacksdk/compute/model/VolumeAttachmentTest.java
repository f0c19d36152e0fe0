package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.internal.VolumeAttachmentJson;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-volume_attachments} api-samples, from 2.1 to 2.101. */
final class VolumeAttachmentTest {
  private static final String DIR = "nova-api-samples/os-volume_attachments";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  private static List<VolumeAttachment> attachments(String path) {
    String json = Fixtures.read(path);
    if (Fixtures.tree(path).has("volumeAttachments")) {
      return NovaSamples.readBody(json, VolumeAttachmentJson::readList);
    }
    return List.of(NovaSamples.readBody(json, VolumeAttachmentJson::readBody));
  }

  private static List<JsonNode> nodes(String path) {
    return NovaSamples.nodes(path, "volumeAttachments", "volumeAttachment");
  }

  @Test
  void samples_allThere() {
    assertThat(samples()).hasSize(14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyFieldRead_writtenBackAsSentLessNulls_roundTripEqual(String path)
      throws Exception {
    List<JsonNode> sent = nodes(path);
    List<VolumeAttachment> attachments = attachments(path);
    int minor = NovaSamples.minor(path);

    assertThat(attachments).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode node = sent.get(i);
      VolumeAttachment attachment = attachments.get(i);
      assertThat(attachment.volumeId()).isEqualTo(node.get("volumeId").asText());
      assertThat(attachment.serverId()).contains(node.get("serverId").asText());
      assertThat(attachment.device()).contains(node.get("device").asText());
      if (minor < 89) {
        assertThat(attachment.id()).contains(attachment.volumeId());
        assertThat(attachment.attachmentId()).isEmpty();
        assertThat(attachment.bdmUuid()).isEmpty();
      } else {
        assertThat(attachment.id()).isEmpty();
        assertThat(attachment.attachmentId()).contains(node.get("attachment_id").asText());
        assertThat(attachment.bdmUuid()).contains(node.get("bdm_uuid").asText());
      }
      assertThat(attachment.tag()).isEqualTo(NovaSamples.optionalText(node, "tag"));
      assertThat(node.has("tag")).isEqualTo(minor >= 70);
      assertThat(attachment.deleteOnTermination())
          .isEqualTo(
              minor >= 79
                  ? Optional.of(node.get("delete_on_termination").asBoolean())
                  : Optional.empty());
      assertThat(attachment.additionalProperties()).isEmpty();
      String json = Fixtures.MAPPER.writeValueAsString(attachment);
      ObjectNode expected = node.deepCopy();
      if (expected.path("tag").isNull()) {
        expected.remove("tag");
      }
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(expected);
      assertThat(Fixtures.MAPPER.readValue(json, VolumeAttachment.class)).isEqualTo(attachment);
    }
  }

  @Test
  void sample21_detail_everyField() {
    VolumeAttachment attachment = attachments(DIR + "/volume-attachment-detail-resp.json").get(0);

    assertThat(attachment.id()).contains("a07f71dc-8151-4e7d-a0cc-cd24a3f11113");
    assertThat(attachment.volumeId()).isEqualTo("a07f71dc-8151-4e7d-a0cc-cd24a3f11113");
    assertThat(attachment.serverId()).contains("1ad6852e-6605-4510-b639-d0bff864b49a");
    assertThat(attachment.device()).contains("/dev/sdb");
    assertThat(attachment.tag()).isEmpty();
    assertThat(attachment.deleteOnTermination()).isEmpty();
    assertThat(attachment.attachmentId()).isEmpty();
    assertThat(attachment.bdmUuid()).isEmpty();
    assertThat(attachment.additionalProperties()).isEmpty();
  }

  @Test
  void sample279_list_tagAndDeleteOnTermination() {
    List<VolumeAttachment> list = attachments(DIR + "/v2.79/list-volume-attachments-resp.json");

    assertThat(list)
        .extracting(VolumeAttachment::volumeId)
        .containsExactly(
            "227cc671-f30b-4488-96fd-7d0bf13648d8", "a07f71dc-8151-4e7d-a0cc-cd24a3f11113");
    assertThat(list.get(0).tag()).isEmpty();
    assertThat(list.get(0).deleteOnTermination()).contains(false);
    assertThat(list.get(0).device()).contains("/dev/sdc");
    assertThat(list.get(1).tag()).contains("foo");
    assertThat(list.get(1).deleteOnTermination()).contains(true);
    assertThat(list)
        .allSatisfy(a -> assertThat(a.serverId()).contains("d5e4ae35-ac0e-4311-a8c5-0ee863e951d9"));
  }

  @Test
  void sample289_detail_everyField() {
    VolumeAttachment attachment =
        attachments(DIR + "/v2.89/volume-attachment-detail-resp.json").get(0);

    assertThat(attachment.id()).isEmpty();
    assertThat(attachment.volumeId()).isEqualTo("a07f71dc-8151-4e7d-a0cc-cd24a3f11113");
    assertThat(attachment.serverId()).contains("7ebed2ce-85b3-40b5-84ae-8cc725c37ed2");
    assertThat(attachment.device()).contains("/dev/sdb");
    assertThat(attachment.tag()).contains("foo");
    assertThat(attachment.deleteOnTermination()).contains(true);
    assertThat(attachment.attachmentId()).contains("721a5c82-5ebc-4c6a-8339-3d33d8d027ed");
    assertThat(attachment.bdmUuid()).contains("c088db45-92b8-49e8-81e2-a1b77a144b3b");
    assertThat(attachment.additionalProperties()).isEmpty();
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"volumeId\": \"v1\", \"vendor:tags\": [\"a\", null], \"gone\": null,"
            + " \"FUTURE:x\": {\"n\": 1}}";

    VolumeAttachment attachment = Fixtures.MAPPER.readValue(json, VolumeAttachment.class);

    assertThat(attachment.additionalProperties())
        .containsOnly(entry("vendor:tags", List.of("a")), entry("FUTURE:x", Map.of("n", 1L)));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(attachment), VolumeAttachment.class))
        .isEqualTo(attachment);
  }

  @Test
  void read_onlyVolumeId_everythingElseAbsent() throws Exception {
    VolumeAttachment attachment =
        Fixtures.MAPPER.readValue(
            "{\"volumeId\": \"v1\", \"device\": null, \"tag\": null}", VolumeAttachment.class);

    assertThat(attachment.volumeId()).isEqualTo("v1");
    assertThat(attachment.id()).isEmpty();
    assertThat(attachment.serverId()).isEmpty();
    assertThat(attachment.device()).isEmpty();
    assertThat(attachment.tag()).isEmpty();
    assertThat(attachment.deleteOnTermination()).isEmpty();
    assertThat(attachment.attachmentId()).isEmpty();
    assertThat(attachment.bdmUuid()).isEmpty();
    assertThat(attachment.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingVolumeId_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"id\": \"v1\"}", VolumeAttachment.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("volumeId");
  }

  @Test
  void readList_nullEntriesLeftOut_emptyListRead() {
    assertThat(
            NovaSamples.readBody(
                "{\"volumeAttachments\": [null, {\"volumeId\": \"v1\"}]}",
                VolumeAttachmentJson::readList))
        .extracting(VolumeAttachment::volumeId)
        .containsExactly("v1");
    assertThat(NovaSamples.readBody("{\"volumeAttachments\": []}", VolumeAttachmentJson::readList))
        .isEmpty();
  }

  @Test
  void readBody_withoutVolumeAttachment_fails() {
    assertThatThrownBy(
            () ->
                NovaSamples.readBody("{\"volumeAttachments\": []}", VolumeAttachmentJson::readBody))
        .hasMessageContaining("volumeAttachment");
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    VolumeAttachment attachment =
        VolumeAttachment.builder()
            .volumeId("v1")
            .id("v1")
            .serverId("s1")
            .device("/dev/vdb")
            .tag("data")
            .deleteOnTermination(false)
            .attachmentId("a1")
            .bdmUuid("b1")
            .putAdditionalProperty("vendor:flag", true)
            .build();

    VolumeAttachment back =
        Fixtures.MAPPER.readValue(
            Fixtures.MAPPER.writeValueAsString(attachment), VolumeAttachment.class);

    assertThat(back).isEqualTo(attachment);
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    VolumeAttachment attachment =
        VolumeAttachment.builder().volumeId("v1").putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(attachment.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }
}
