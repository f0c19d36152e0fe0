package io.github.stacksdk.compute.lifecycle;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One network interface of a new server, an element of {@code server.networks}: a network to get a
 * new port on, or an existing port.
 *
 * <pre>{@code
 * NetworkRequest.ofNetwork("ff608d40-75e9-48cb-b745-77bb55b5eaf2");
 * NetworkRequest.builder().networkId("ff608d40-…").fixedIp("10.0.0.5").tag("nic1").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class NetworkRequest {
  /** Only the generated implementation extends it. */
  NetworkRequest() {}

  /** The id of the network to attach to ({@code uuid}). */
  public abstract Optional<String> networkId();

  /** The id of an existing Neutron port to attach ({@code port}). */
  public abstract Optional<String> port();

  /** The fixed IP address to ask for on the network ({@code fixed_ip}). */
  public abstract Optional<String> fixedIp();

  /**
   * A device tag for the interface ({@code tag}), seen by the guest in its metadata. Nova accepts
   * it in microversions 2.32 to 2.36 and from 2.42, not in 2.37 to 2.41.
   */
  public abstract Optional<String> tag();

  /**
   * Returns a request for a new port on a network.
   *
   * @param networkId the network's id
   * @return the request
   */
  public static NetworkRequest ofNetwork(String networkId) {
    return builder().networkId(networkId).build();
  }

  /**
   * Returns a request to attach an existing port.
   *
   * @param portId the port's id
   * @return the request
   */
  public static NetworkRequest ofPort(String portId) {
    return builder().port(portId).build();
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

  /** Rejects a request that names neither a network nor a port; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (networkId().isEmpty() && port().isEmpty()) {
      throw new IllegalArgumentException("a network request needs a networkId or a port");
    }
    Checks.notBlank("networkId", networkId());
    Checks.notBlank("port", port());
    Checks.notBlank("fixedIp", fixedIp());
    Checks.tag("network tag", tag());
  }

  /** Builds {@link NetworkRequest} values. Not thread-safe. */
  public static final class Builder extends ImmutableNetworkRequest.Builder {
    Builder() {}
  }
}
