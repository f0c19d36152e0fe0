package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import io.github.stacksdk.compute.model.internal.VirtualInterfaceJson;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A virtual interface of a server, as listed by Rackspace's {@code GET /servers/{server_id}/os-virtual-interfacesv2}.
 *
 * <p>Upstream Nova's retired {@code os-virtual-interfaces} body (ids, MAC addresses and, from
 * 2.12, a network id) parses into the same type.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = "address:addresses")
@JsonDeserialize(using = VirtualInterfaceJson.Deserializer.class)
@JsonSerialize(using = VirtualInterfaceJson.Serializer.class)
public interface VirtualInterface {
  /** The interface id ({@code id}). */
  String id();

  /** The MAC address ({@code mac_address}), in the case the cloud sent it. */
  String macAddress();

  /** The addresses on the interface ({@code ip_addresses}); Rackspace only. */
  List<VirtualInterfaceAddress> ipAddresses();

  /**
   * The network id of upstream Nova bodies ({@code net_id}, or {@code OS-EXT-VIF-NET:net_id} in
   * legacy v2 mode). Rackspace puts it on each address instead.
   */
  Optional<String> networkId();

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

  /** Builds {@link VirtualInterface} values. */
  final class Builder extends ImmutableVirtualInterface.Builder {
    Builder() {}
  }
}
