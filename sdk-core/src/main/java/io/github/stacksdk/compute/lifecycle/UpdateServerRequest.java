package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code PUT /servers/{id}}, which changes a server's name, description, host name or
 * access addresses; what is left out stays as it is.
 *
 * <pre>{@code
 * UpdateServerRequest.builder().name("web-02").description("moved to rack 4").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class UpdateServerRequest {
  /** Only the generated implementation extends it. */
  UpdateServerRequest() {}

  /** The new name ({@code name}); not blank, at most 255 characters. */
  public abstract Optional<String> name();

  /** The new description ({@code description}), at most 255 characters. Needs microversion 2.19. */
  public abstract Optional<String> description();

  /** The new IPv4 access address ({@code accessIPv4}). */
  public abstract Optional<String> accessIpV4();

  /** The new IPv6 access address ({@code accessIPv6}). */
  public abstract Optional<String> accessIpV6();

  /** The new guest host name ({@code hostname}). Needs microversion 2.90. */
  public abstract Optional<String> hostname();

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

  /** Rejects an update that changes nothing, and blank or long names; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (name().isEmpty()
        && description().isEmpty()
        && accessIpV4().isEmpty()
        && accessIpV6().isEmpty()
        && hostname().isEmpty()) {
      throw new IllegalArgumentException(
          "an update needs at least one of name, description, accessIpV4, accessIpV6, hostname");
    }
    Checks.name("name", name());
    if (description().isPresent() && description().get().length() > Checks.MAX_NAME) {
      throw new IllegalArgumentException(
          "description must be at most 255 characters, was " + description().get().length());
    }
    Checks.notBlank("hostname", hostname());
  }

  /** Builds {@link UpdateServerRequest} values. Not thread-safe. */
  public static final class Builder extends ImmutableUpdateServerRequest.Builder {
    Builder() {}
  }
}
