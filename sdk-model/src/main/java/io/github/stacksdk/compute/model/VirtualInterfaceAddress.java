package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import io.github.stacksdk.compute.model.internal.VirtualInterfaceAddressJson;
import org.immutables.value.Value;

/**
 * An address of a {@link VirtualInterface} ({@code ip_addresses} entry).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = VirtualInterfaceAddressJson.Deserializer.class)
@JsonSerialize(using = VirtualInterfaceAddressJson.Serializer.class)
public interface VirtualInterfaceAddress {
  /** The IPv4 or IPv6 address ({@code address}). */
  String address();

  /** The network id ({@code network_id}). */
  String networkId();

  /** The network label ({@code network_label}), for example {@code public} or {@code private}. */
  String networkLabel();

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

  /** Builds {@link VirtualInterfaceAddress} values. */
  final class Builder extends ImmutableVirtualInterfaceAddress.Builder {
    Builder() {}
  }
}
