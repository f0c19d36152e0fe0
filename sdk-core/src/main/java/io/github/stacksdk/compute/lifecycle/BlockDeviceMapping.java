package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One disk of a new server, an element of {@code server.block_device_mapping_v2}: where it comes
 * from ({@link #sourceType()}: an image, a volume, a snapshot or nothing) and where it lives
 * ({@link #destinationType()}: a Cinder volume or the compute host's local disk).
 *
 * <pre>{@code
 * BlockDeviceMapping.bootFromImage("70a599e0-…", 20);  // a new 20 GB volume from the image
 * BlockDeviceMapping.bootFromVolume("c1b3…");           // an existing volume
 * BlockDeviceMapping.ephemeral(10);                     // 10 GB of local scratch disk
 * BlockDeviceMapping.swap(512);                         // 512 MiB of swap
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class BlockDeviceMapping {
  private static final Set<String> SOURCE_TYPES = Set.of("image", "volume", "snapshot", "blank");
  private static final Set<String> DESTINATION_TYPES = Set.of("volume", "local");

  /** Only the generated implementation extends it. */
  BlockDeviceMapping() {}

  /** The id of the image, volume or snapshot the disk comes from ({@code uuid}); none for blank. */
  public abstract Optional<String> uuid();

  /** What the disk comes from ({@code source_type}): {@code image}, {@code volume}, {@code snapshot} or {@code blank}. */
  public abstract String sourceType();

  /** Where the disk lives ({@code destination_type}): {@code volume} (Cinder) or {@code local}. */
  public abstract Optional<String> destinationType();

  /** The boot order ({@code boot_index}): 0 is the root disk, a negative value is not bootable. */
  public abstract OptionalInt bootIndex();

  /**
   * The size ({@code volume_size}): GB for volumes and ephemeral disks, but MiB for swap ({@code
   * guest_format} {@code swap}), which Nova compares with the flavor's swap in MiB.
   */
  public abstract OptionalInt volumeSize();

  /** Whether the volume is deleted with the server ({@code delete_on_termination}). */
  public abstract Optional<Boolean> deleteOnTermination();

  /** The device name the guest should see ({@code device_name}), such as {@code /dev/vdb}; a hint. */
  public abstract Optional<String> deviceName();

  /** How a blank disk is formatted ({@code guest_format}): {@code swap}, {@code ext4}… */
  public abstract Optional<String> guestFormat();

  /** The bus the disk is attached to ({@code disk_bus}): {@code virtio}, {@code scsi}… */
  public abstract Optional<String> diskBus();

  /** The device type ({@code device_type}): {@code disk}, {@code cdrom}… */
  public abstract Optional<String> deviceType();

  /** The Cinder volume type of a new volume ({@code volume_type}). Needs microversion 2.67. */
  public abstract Optional<String> volumeType();

  /**
   * A device tag, seen by the guest in its metadata ({@code tag}). Needs microversion 2.42 (Nova
   * also accepts it in 2.32 alone, not in 2.33 to 2.41).
   */
  public abstract Optional<String> tag();

  /**
   * Returns the root disk as a new volume made from an image, deleted with the server.
   *
   * @param imageId the image's id
   * @param volumeSizeGb the volume's size in GB
   * @return image to volume, boot index 0, deleted on termination
   */
  public static BlockDeviceMapping bootFromImage(String imageId, int volumeSizeGb) {
    return builder()
        .uuid(imageId)
        .sourceType("image")
        .destinationType("volume")
        .bootIndex(0)
        .volumeSize(volumeSizeGb)
        .deleteOnTermination(true)
        .build();
  }

  /**
   * Returns the root disk as an existing volume, kept when the server is deleted.
   *
   * @param volumeId the volume's id
   * @return volume to volume, boot index 0
   */
  public static BlockDeviceMapping bootFromVolume(String volumeId) {
    return builder()
        .uuid(volumeId)
        .sourceType("volume")
        .destinationType("volume")
        .bootIndex(0)
        .build();
  }

  /**
   * Returns a blank local disk, not bootable.
   *
   * @param sizeGb its size in GB
   * @return blank to local, boot index -1
   */
  public static BlockDeviceMapping ephemeral(int sizeGb) {
    return builder()
        .sourceType("blank")
        .destinationType("local")
        .bootIndex(-1)
        .volumeSize(sizeGb)
        .build();
  }

  /**
   * Returns a local swap disk. Its size is in MiB, not GB: Nova checks it against the flavor's
   * swap, which is in MiB, and refuses a larger one.
   *
   * @param sizeMb its size in MiB
   * @return blank to local, guest format swap, boot index -1
   */
  public static BlockDeviceMapping swap(int sizeMb) {
    return builder()
        .sourceType("blank")
        .destinationType("local")
        .guestFormat("swap")
        .bootIndex(-1)
        .volumeSize(sizeMb)
        .build();
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
   * Returns a builder initialised with this value.
   *
   * @return a builder holding a copy of this value
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Rejects values Nova's schema refuses; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (!SOURCE_TYPES.contains(sourceType())) {
      throw new IllegalArgumentException(
          "sourceType must be image, volume, snapshot or blank, was " + sourceType());
    }
    if (destinationType().isPresent() && !DESTINATION_TYPES.contains(destinationType().get())) {
      throw new IllegalArgumentException(
          "destinationType must be volume or local, was " + destinationType().get());
    }
    if (uuid().isEmpty() && !sourceType().equals("blank")) {
      throw new IllegalArgumentException("a " + sourceType() + " block device needs its uuid");
    }
    Checks.notBlank("uuid", uuid());
    if (volumeSize().isPresent() && volumeSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "volumeSize must be at least 1, was " + volumeSize().getAsInt());
    }
    Checks.notBlank("deviceName", deviceName());
    Checks.notBlank("volumeType", volumeType());
    Checks.tag("block device tag", tag());
  }

  /** Builds {@link BlockDeviceMapping} values. Not thread-safe. */
  public static final class Builder extends ImmutableBlockDeviceMapping.Builder {
    Builder() {}
  }
}
