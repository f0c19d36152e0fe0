package io.github.stacksdk.compute.model.zone;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A host of an availability zone, a value of {@code hosts} in {@code GET
 * /os-availability-zone/detail}: its enabled services by binary name.
 */
@Value.Immutable
@ValueStyle
public interface AvailabilityZoneHost {
  /**
   * The host's enabled services by binary name, for example {@code nova-compute}, in the order
   * Nova sent them (the object that is the host's value on the wire).
   */
  Map<String, AvailabilityZoneService> services();

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

  /** Builds {@link AvailabilityZoneHost} values. */
  final class Builder extends ImmutableAvailabilityZoneHost.Builder {
    Builder() {}
  }
}
