package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a {@link VolumeAttachment}: {@code {"id"?, "volumeId", "serverId", "device"?,
 * "tag"?, "delete_on_termination"?, "attachment_id"?, "bdm_uuid"?}}, and the bodies of {@code
 * os-volume_attachments}.
 */
public final class VolumeAttachmentJson {
  private VolumeAttachmentJson() {}

  /**
   * {@code {"volumeAttachment": {...}}}: the body of {@code GET
   * /servers/{server_id}/os-volume_attachments/{volume_id}}.
   */
  public static VolumeAttachment readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "volumeAttachment", VolumeAttachmentJson::read);
  }

  /**
   * {@code {"volumeAttachments": [...]}}: the body of {@code GET
   * /servers/{server_id}/os-volume_attachments}, which Nova pages with {@code limit} and {@code
   * offset} but without links.
   */
  public static List<VolumeAttachment> readList(JsonParser p) throws IOException {
    return ModelBodies.list(p, "volumeAttachments", VolumeAttachmentJson::read);
  }

  public static VolumeAttachment read(JsonParser p) throws IOException {
    VolumeAttachment.Builder b = VolumeAttachment.builder();
    for (String name = firstField(p, "volumeAttachment");
        name != null;
        name = nextField(p, "volumeAttachment")) {
      switch (name) {
        case "volumeId":
          {
            String value = string(p, "volumeAttachment.volumeId");
            if (value != null) {
              b.volumeId(value);
            }
            break;
          }
        case "id":
          b.id(string(p, "volumeAttachment.id"));
          break;
        case "serverId":
          b.serverId(sharedString(p, "volumeAttachment.serverId"));
          break;
        case "device":
          b.device(string(p, "volumeAttachment.device"));
          break;
        case "tag":
          b.tag(string(p, "volumeAttachment.tag"));
          break;
        case "delete_on_termination":
          b.deleteOnTermination(bool(p, "volumeAttachment.delete_on_termination"));
          break;
        case "attachment_id":
          b.attachmentId(string(p, "volumeAttachment.attachment_id"));
          break;
        case "bdm_uuid":
          b.bdmUuid(string(p, "volumeAttachment.bdm_uuid"));
          break;
        default:
          {
            Object value = UntypedJson.read(p);
            if (value != null) {
              b.putAdditionalProperty(name, value);
            }
          }
      }
    }
    return build(p, "volume attachment", b::build);
  }

  /** Writes an attachment in Nova's wire shape, leaving out absent fields. */
  public static void write(VolumeAttachment attachment, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "id", attachment.id());
    g.writeStringField("volumeId", attachment.volumeId());
    JsonWriting.string(g, "serverId", attachment.serverId());
    JsonWriting.string(g, "device", attachment.device());
    JsonWriting.string(g, "tag", attachment.tag());
    JsonWriting.bool(g, "delete_on_termination", attachment.deleteOnTermination());
    JsonWriting.string(g, "attachment_id", attachment.attachmentId());
    JsonWriting.string(g, "bdm_uuid", attachment.bdmUuid());
    for (Map.Entry<String, Object> extra : attachment.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link VolumeAttachment}. */
  public static final class Deserializer extends ModelDeserializer<VolumeAttachment> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(VolumeAttachment.class, VolumeAttachmentJson::read);
    }
  }

  /** Lets Jackson write a {@link VolumeAttachment}. */
  public static final class Serializer extends ModelSerializer<VolumeAttachment> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(VolumeAttachment.class, VolumeAttachmentJson::write);
    }
  }
}
