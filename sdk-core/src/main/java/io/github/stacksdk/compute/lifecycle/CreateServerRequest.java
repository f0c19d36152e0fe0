package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The body of {@code POST /servers}, which creates one server or several alike.
 *
 * <pre>{@code
 * CreateServerRequest request = CreateServerRequest.builder()
 *     .name("web-01")
 *     .imageRef("70a599e0-31e7-49b7-b260-868f441e862b")
 *     .flavorRef("1")
 *     .networks(Networks.of(NetworkRequest.ofNetwork("ff608d40-75e9-48cb-b745-77bb55b5eaf2")))
 *     .keyName("ops")
 *     .userData("#cloud-config\n…")
 *     .schedulerHint("different_host", "a0cf03a5-…", "9b2e…")
 *     .build();
 * }</pre>
 *
 * <p>Building checks what needs no microversion (names, sizes, counts, that there is something to
 * boot from); sending it refuses, with an {@link IllegalArgumentException}, any field the client's
 * microversion does not have, and from microversion 2.37 a request without {@link #networks()}.
 * {@link #adminPass()} and {@link #userData()} print as {@code ****} in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
public abstract class CreateServerRequest {
  /** Only the generated implementation extends it. */
  CreateServerRequest() {}

  /** The server's name ({@code name}); not blank, at most 255 characters. */
  public abstract String name();

  /**
   * The id of the image to boot from ({@code imageRef}). Left out when the server boots from a
   * volume, that is from a {@link #blockDeviceMappings()} entry with boot index 0.
   */
  public abstract Optional<String> imageRef();

  /** The id (or URL) of the flavor ({@code flavorRef}). */
  public abstract String flavorRef();

  /**
   * The server's networks ({@code networks}). Needed from microversion 2.37, where {@link
   * Networks#auto()} and {@link Networks#none()} also start; before it, none given attaches the
   * server to every network the project may use.
   */
  public abstract Optional<Networks> networks();

  /** The server's disks ({@code block_device_mapping_v2}). */
  public abstract List<BlockDeviceMapping> blockDeviceMappings();

  /** The name of the key pair to inject ({@code key_name}). */
  public abstract Optional<String> keyName();

  /**
   * User data for the guest, such as a cloud-init script ({@code user_data}), as plain text: it
   * is sent base64-encoded from its UTF-8 bytes, and Nova takes at most 65535 base64 characters
   * (about 49 KiB of text). Printed as {@code ****} by {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> userData();

  /** Metadata of the server ({@code metadata}): keys of 1 to 255 characters, values of at most 255. */
  public abstract Map<String, String> metadata();

  /** Tags of the server ({@code tags}): at most 50, each 1 to 60 characters without {@code ,} or {@code /}. Needs microversion 2.52. */
  public abstract List<String> tags();

  /** The names (or ids) of the security groups ({@code security_groups[].name}); Nova's default is {@code default}. */
  public abstract List<String> securityGroups();

  /** The availability zone ({@code availability_zone}), as {@code zone}, {@code zone:host} or {@code zone:host:node}. */
  public abstract Optional<String> availabilityZone();

  /** The compute host to build on ({@code host}); admin only by default. Needs microversion 2.74. */
  public abstract Optional<String> host();

  /** The hypervisor node to build on ({@code hypervisor_hostname}); admin only by default. Needs microversion 2.74. */
  public abstract Optional<String> hypervisorHostname();

  /**
   * Hints for the scheduler ({@code os:scheduler_hints}), such as {@code same_host} or {@code
   * different_host}: a hint with one value is sent as a string, one with several as an array.
   * See also {@link #serverGroup()}.
   */
  public abstract Map<String, List<String>> schedulerHints();

  /** The id of the server group to build in, sent as the scheduler hint {@code group}. */
  public abstract Optional<String> serverGroup();

  /** The least number of servers to create ({@code min_count}); Nova creates none if it cannot create these. */
  public abstract OptionalInt minCount();

  /** The most servers to create ({@code max_count}). */
  public abstract OptionalInt maxCount();

  /**
   * Whether Nova answers with the reservation id of the servers rather than the server ({@code
   * return_reservation_id}); sent only when true.
   */
  @Value.Default
  public boolean returnReservationId() {
    return false;
  }

  /** A description of the server ({@code description}), at most 255 characters. Needs microversion 2.19. */
  public abstract Optional<String> description();

  /** The guest's host name ({@code hostname}), without domain. Needs microversion 2.90. */
  public abstract Optional<String> hostname();

  /** Whether the server gets a config drive ({@code config_drive}). */
  public abstract Optional<Boolean> configDrive();

  /**
   * The administrator password to set ({@code adminPass}); Nova generates one when absent.
   * Printed as {@code ****} by {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> adminPass();

  /**
   * The ids of the certificates that may have signed the image ({@code
   * trusted_image_certificates}): at most 50, unique. Needs microversion 2.63.
   */
  public abstract List<String> trustedImageCertificates();

  /** The IPv4 address to show as the server's access address ({@code accessIPv4}). */
  public abstract Optional<String> accessIpV4();

  /** The IPv6 address to show as the server's access address ({@code accessIPv6}). */
  public abstract Optional<String> accessIpV6();

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

  /**
   * Rejects what Nova would refuse whatever the microversion, and makes the hint lists immutable;
   * {@code build()} calls it.
   *
   * @return this request, or an equal one whose hint lists are immutable
   */
  @Value.Check
  CreateServerRequest validate() {
    Checks.name("name", name());
    Checks.notBlank("flavorRef", flavorRef());
    Checks.notBlank("imageRef", imageRef());
    if (imageRef().isEmpty() && !bootsFromVolume()) {
      throw new IllegalArgumentException(
          "a server needs an imageRef or a block device mapping with boot index 0");
    }
    Checks.name("keyName", keyName());
    Checks.userData(userData());
    Checks.metadata("metadata", metadata());
    Checks.tags(tags());
    for (String group : securityGroups()) {
      Checks.name("securityGroups", group);
    }
    Checks.name("availabilityZone", availabilityZone());
    Checks.notBlank("host", host());
    Checks.notBlank("hypervisorHostname", hypervisorHostname());
    schedulerHints()
        .forEach(
            (key, values) -> {
              Checks.notBlank("scheduler hint name", key);
              if (values.isEmpty()) {
                throw new IllegalArgumentException("scheduler hint " + key + " needs a value");
              }
            });
    Checks.notBlank("serverGroup", serverGroup());
    if (serverGroup().isPresent() && schedulerHints().containsKey("group")) {
      throw new IllegalArgumentException(
          "serverGroup is sent as the scheduler hint group; do not set both");
    }
    count("minCount", minCount());
    count("maxCount", maxCount());
    if (minCount().isPresent()
        && maxCount().isPresent()
        && minCount().getAsInt() > maxCount().getAsInt()) {
      throw new IllegalArgumentException(
          "minCount ("
              + minCount().getAsInt()
              + ") must not be greater than maxCount ("
              + maxCount().getAsInt()
              + ")");
    }
    if (description().isPresent() && description().get().length() > Checks.MAX_NAME) {
      throw new IllegalArgumentException(
          "description must be at most 255 characters, was " + description().get().length());
    }
    Checks.notBlank("hostname", hostname());
    Checks.trustedImageCertificates(trustedImageCertificates());
    Map<String, List<String>> hints = UntypedJson.freezeListValues(schedulerHints());
    return hints == schedulerHints() ? this : toBuilder().schedulerHints(hints).build();
  }

  private boolean bootsFromVolume() {
    for (BlockDeviceMapping mapping : blockDeviceMappings()) {
      if (mapping.bootIndex().isPresent() && mapping.bootIndex().getAsInt() == 0) {
        return true;
      }
    }
    return false;
  }

  private static void count(String field, OptionalInt count) {
    if (count.isPresent() && count.getAsInt() < 1) {
      throw new IllegalArgumentException(field + " must be at least 1, was " + count.getAsInt());
    }
  }

  /** Builds {@link CreateServerRequest} values. Not thread-safe. */
  public static final class Builder extends ImmutableCreateServerRequest.Builder {
    Builder() {}

    /**
     * Adds a scheduler hint, replacing one of the same name: sent as a string for one value, as an
     * array for several.
     *
     * @param key the hint's name, such as {@code same_host}
     * @param values its values, at least one
     * @return this builder
     */
    public Builder schedulerHint(String key, String... values) {
      putSchedulerHint(key, List.of(values));
      return this;
    }
  }
}
