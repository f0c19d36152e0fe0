package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of the {@code rebuild} action, which reinstalls a server from an image, keeping its id,
 * addresses and volumes.
 *
 * <pre>{@code
 * RebuildServerRequest.builder().imageRef("70a599e0-31e7-49b7-b260-868f441e862b").build();
 * }</pre>
 *
 * <p>{@link #adminPass()} and {@link #userData()} print as {@code ****} in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
public abstract class RebuildServerRequest {
  /** Only the generated implementation extends it. */
  RebuildServerRequest() {}

  /** The id of the image to rebuild from ({@code imageRef}). */
  public abstract String imageRef();

  /** A new name ({@code name}); not blank, at most 255 characters. */
  public abstract Optional<String> name();

  /**
   * The new administrator password ({@code adminPass}); Nova generates one when absent. Printed as
   * {@code ****} by {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> adminPass();

  /** New metadata, replacing the old ({@code metadata}): keys of 1 to 255 characters, values of at most 255. */
  public abstract Map<String, String> metadata();

  /** A new description ({@code description}), at most 255 characters. Needs microversion 2.19. */
  public abstract Optional<String> description();

  /** The name of a new key pair ({@code key_name}). Needs microversion 2.54. */
  public abstract Optional<String> keyName();

  /**
   * New user data, as plain text sent base64-encoded ({@code user_data}); at most 65535 base64
   * characters. Needs microversion 2.57. Printed as {@code ****} by {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> userData();

  /** A new guest host name ({@code hostname}). Needs microversion 2.90. */
  public abstract Optional<String> hostname();

  /**
   * The ids of the certificates that may have signed the image ({@code
   * trusted_image_certificates}): at most 50, unique. Needs microversion 2.63.
   */
  public abstract List<String> trustedImageCertificates();

  /** Whether the ephemeral disk is kept ({@code preserve_ephemeral}). */
  public abstract Optional<Boolean> preserveEphemeral();

  /** A new IPv4 access address ({@code accessIPv4}). */
  public abstract Optional<String> accessIpV4();

  /** A new IPv6 access address ({@code accessIPv6}). */
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

  /** Rejects what Nova would refuse whatever the microversion; {@code build()} calls it. */
  @Value.Check
  void validate() {
    Checks.notBlank("imageRef", imageRef());
    Checks.name("name", name());
    Checks.metadata("metadata", metadata());
    if (description().isPresent() && description().get().length() > Checks.MAX_NAME) {
      throw new IllegalArgumentException(
          "description must be at most 255 characters, was " + description().get().length());
    }
    Checks.name("keyName", keyName());
    Checks.userData(userData());
    Checks.notBlank("hostname", hostname());
    Checks.trustedImageCertificates(trustedImageCertificates());
  }

  /** Builds {@link RebuildServerRequest} values. Not thread-safe. */
  public static final class Builder extends ImmutableRebuildServerRequest.Builder {
    Builder() {}
  }
}
