package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.AttachedVolume;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.internal.VolumeAttachmentJson;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /servers/{id}/os-volume_attachments} and {@code attachVolume}, through raw HTTP. */
final class VolumeAttachmentsTest {
  private static final String MEMBER = "member-token";
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";
  private static final String ROOT = "11111111-0000-4000-8000-000000000001";
  private static final String DATA = "22222222-0000-4000-8000-000000000002";
  private static final Instant UPDATED = Instant.parse("2026-10-01T00:00:00Z");

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID).start();
  private final NovaCalls nova = new NovaCalls(fake);

  @BeforeEach
  void seed() {
    fake.addServer(
        Server.builder()
            .id(ID)
            .name("db-01")
            .statusAsString("ACTIVE")
            .updated(UPDATED)
            .addVolumesAttached(AttachedVolume.builder().id(ROOT).deleteOnTermination(true).build())
            .build());
    fake.attachVolume(ID, DATA, "/dev/vdc");
  }

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> volumes(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("volumeAttachments").forEach(a -> ids.add(a.get("volumeId").asText()));
    return ids;
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_atEachMicroversion() {
    for (String v : List.of("2.1", "2.70", "2.79", "2.89")) {
      String dir = v.equals("2.1") ? "os-volume_attachments/" : "os-volume_attachments/v" + v + "/";
      String base = "/v2.1/servers/" + ID + "/os-volume_attachments";
      assertSameKeys(nova.get(v, base).json(), sample(dir + "list-volume-attachments-resp.json"));
      assertSameKeys(
          nova.get(v, base + "/" + DATA).json(),
          sample(dir + "volume-attachment-detail-resp.json"));
    }
  }

  @Test
  void attachVolume_showsInTheServer_andAsTheDeviceGiven() {
    JsonNode server = nova.get("2.79", "/v2.1/servers/" + ID).json().get("server");
    JsonNode data =
        nova.get("2.79", "/v2.1/servers/" + ID + "/os-volume_attachments/" + DATA)
            .json()
            .get("volumeAttachment");
    JsonNode root =
        nova.get(MEMBER, "2.89", "/v2.1/servers/" + ID + "/os-volume_attachments/" + ROOT)
            .json()
            .get("volumeAttachment");

    assertThat(server.get("os-extended-volumes:volumes_attached").toString())
        .isEqualTo(
            "[{\"id\":\""
                + ROOT
                + "\",\"delete_on_termination\":true},{\"id\":\""
                + DATA
                + "\",\"delete_on_termination\":false}]");
    assertThat(server.get("updated").asText()).isEqualTo("2026-10-01T00:00:00Z");
    assertThat(data.toString())
        .isEqualTo(
            "{\"id\":\""
                + DATA
                + "\",\"volumeId\":\""
                + DATA
                + "\",\"serverId\":\""
                + ID
                + "\",\"device\":\"/dev/vdc\",\"tag\":null,\"delete_on_termination\":false}");
    // Booted from a volume: the first volume is the root disk.
    assertThat(root.get("device").asText()).isEqualTo("/dev/vda");
    assertThat(root.has("id")).isFalse();
    assertThat(root.get("attachment_id").asText()).hasSize(36);
    assertThat(root.get("bdm_uuid").asText())
        .hasSize(36)
        .isNotEqualTo(root.get("attachment_id").asText());

    VolumeAttachment read =
        NovaCalls.read(
            nova.get("2.89", "/v2.1/servers/" + ID + "/os-volume_attachments/" + DATA),
            VolumeAttachmentJson::readBody);
    assertThat(read.device()).contains("/dev/vdc");
  }

  @Test
  void list_limitAndOffset_withoutLinks() {
    String base = "/v2.1/servers/" + ID + "/os-volume_attachments";
    assertThat(volumes(nova.get("2.1", base).json())).containsExactly(ROOT, DATA);
    assertThat(volumes(nova.get("2.1", base + "?limit=1").json())).containsExactly(ROOT);
    assertThat(volumes(nova.get("2.1", base + "?offset=1").json())).containsExactly(DATA);
    assertThat(volumes(nova.get("2.1", base + "?limit=0").json())).containsExactly(ROOT, DATA);
    assertThat(RawHttp.keys(nova.get("2.1", base + "?limit=1").json()))
        .containsExactly("volumeAttachments");
    assertFault(
        nova.get("2.75", base + "?device=vdb"),
        400,
        "badRequest",
        "Additional properties are not allowed ('device' was unexpected)",
        "2.75");
  }

  @Test
  void imageBackedServer_seededVolumesComeAfterTheRootDisk() {
    fake.addServer(
        Server.builder()
            .id("s2")
            .name("app")
            .image(ServerImage.builder().id("7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f").build())
            .addVolumesAttached(AttachedVolume.builder().id(DATA).build())
            .build());

    assertThat(
            nova.get("2.1", "/v2.1/servers/s2/os-volume_attachments")
                .json()
                .at("/volumeAttachments/0/device")
                .asText())
        .isEqualTo("/dev/vdb");
  }

  @Test
  void unknownVolumeOrServer_areNovas404s() {
    assertFault(
        nova.get("2.1", "/v2.1/servers/" + ID + "/os-volume_attachments/nope"),
        404,
        "itemNotFound",
        "Instance " + ID + " is not attached to volume nope",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/servers/nope/os-volume_attachments"),
        404,
        "itemNotFound",
        "Instance nope could not be found.",
        "2.1");
    assertThatThrownBy(() -> fake.attachVolume("nope", DATA, "/dev/vdb"))
        .isInstanceOf(NoSuchElementException.class);
  }
}
