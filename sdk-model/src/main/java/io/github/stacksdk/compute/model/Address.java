package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.AddressJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One address of a server on one network, an entry of {@link Server#addresses()}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = AddressJson.Deserializer.class)
@JsonSerialize(using = AddressJson.Serializer.class)
public interface Address {
  /** The IP address ({@code addr}). */
  String addr();

  /** The IP version, 4 or 6 ({@code version}); inferred from the address when not sent. */
  @Value.Default
  default int version() {
    return addr().indexOf(':') >= 0 ? 6 : 4;
  }

  /** The type exactly as sent ({@code OS-EXT-IPS:type}); see {@link #type()}. */
  Optional<String> typeAsString();

  /** The MAC address of the port ({@code OS-EXT-IPS-MAC:mac_addr}). */
  Optional<String> macAddress();

  /**
   * Returns how the address was assigned.
   *
   * @return the type, empty when the cloud did not say
   */
  default Optional<AddressType> type() {
    return typeAsString().map(AddressType::fromValue);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return a builder holding a copy of this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Address} values. */
  final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
