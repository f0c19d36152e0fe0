package io.github.stacksdk.compute.model.diagnostics;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A virtual network interface of {@link ServerDiagnostics}, a {@code nic_details} entry: counters
 * of what it received ({@code rx_*}) and transmitted ({@code tx_*}). libvirt reports no counters
 * for an interface without a host device, and no rates.
 */
@Value.Immutable
@ValueStyle
public interface NicDiagnostics {
  /** The interface's MAC address ({@code mac_address}). */
  Optional<String> macAddress();

  /** Bytes received ({@code rx_octets}). */
  OptionalLong rxOctets();

  /** Receive errors ({@code rx_errors}). */
  OptionalLong rxErrors();

  /** Received packets dropped ({@code rx_drop}). */
  OptionalLong rxDrop();

  /** Packets received ({@code rx_packets}). */
  OptionalLong rxPackets();

  /** The receive rate ({@code rx_rate}). */
  OptionalLong rxRate();

  /** Bytes transmitted ({@code tx_octets}). */
  OptionalLong txOctets();

  /** Transmit errors ({@code tx_errors}). */
  OptionalLong txErrors();

  /** Transmitted packets dropped ({@code tx_drop}). */
  OptionalLong txDrop();

  /** Packets transmitted ({@code tx_packets}). */
  OptionalLong txPackets();

  /** The transmit rate ({@code tx_rate}). */
  OptionalLong txRate();

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

  /** Builds {@link NicDiagnostics} values. */
  final class Builder extends ImmutableNicDiagnostics.Builder {
    Builder() {}
  }
}
