package io.github.stacksdk.compute.model.volume;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import io.github.stacksdk.compute.model.internal.VolumeAttachmentJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume attached to a server, as returned by {@code GET
 * /servers/{server_id}/os-volume_attachments} (a {@code volumeAttachments} entry) and {@code GET
 * /servers/{server_id}/os-volume_attachments/{volume_id}} ({@code volumeAttachment}), at any
 * microversion.
 *
 * <p>{@link #tag()} is sent from microversion 2.70, {@link #deleteOnTermination()} from 2.79, and
 * {@link #attachmentId()} and {@link #bdmUuid()} from 2.89, which removed {@link #id()}. Only
 * {@link #volumeId()} is always present: a body never fails to parse for another missing field.
 * Fields this SDK does not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = VolumeAttachmentJson.Deserializer.class)
@JsonSerialize(using = VolumeAttachmentJson.Serializer.class)
public abstract class VolumeAttachment {
  /** Only the generated implementation extends it. */
  VolumeAttachment() {}

  /** The id of the attached volume ({@code volumeId}), a UUID. */
  public abstract String volumeId();

  /**
   * The attachment's id ({@code id}), sent before microversion 2.89: the volume's id again, not
   * Cinder's attachment id (see {@link #attachmentId()}).
   */
  public abstract Optional<String> id();

  /** The id of the server ({@code serverId}). */
  public abstract Optional<String> serverId();

  /**
   * The device name the volume is attached as ({@code device}), such as {@code /dev/vdb}; Nova
   * leaves the key out while the block device mapping has no device name.
   */
  public abstract Optional<String> device();

  /** The device role tag of the attachment ({@code tag}); sent from 2.70, null (absent) if none. */
  public abstract Optional<String> tag();

  /**
   * Whether the volume is deleted with the server ({@code delete_on_termination}); sent from
   * microversion 2.79.
   */
  public abstract Optional<Boolean> deleteOnTermination();

  /** The id of Cinder's volume attachment ({@code attachment_id}); sent from microversion 2.89. */
  public abstract Optional<String> attachmentId();

  /**
   * The UUID of the block device mapping that holds the attachment ({@code bdm_uuid}); sent from
   * microversion 2.89.
   */
  public abstract Optional<String> bdmUuid();

  /**
   * The fields this SDK does not model, by wire key, so that nothing a newer or a vendor's cloud
   * sends is lost. Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return this attachment, or an equal one with immutable nested values
   */
  @Value.Check
  VolumeAttachment normalize() {
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    return extra == additionalProperties() ? this : toBuilder().additionalProperties(extra).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this attachment's values.
   *
   * @return a builder holding a copy of this attachment
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link VolumeAttachment} values. */
  public static final class Builder extends ImmutableVolumeAttachment.Builder {
    Builder() {}
  }
}
