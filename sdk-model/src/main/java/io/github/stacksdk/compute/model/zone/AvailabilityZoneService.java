package io.github.stacksdk.compute.model.zone;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of one service on a host of an availability zone ({@code
 * {"available", "active", "updated_at"}} in {@code GET /os-availability-zone/detail}).
 */
@Value.Immutable
@ValueStyle
public interface AvailabilityZoneService {
  /** Whether the service group sees the service up ({@code available}). */
  Optional<Boolean> available();

  /** Whether the service is enabled ({@code active}); Nova lists only enabled services. */
  Optional<Boolean> active();

  /** When the service last reported ({@code updated_at}, sent without a zone: UTC). */
  Optional<Instant> updatedAt();

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

  /** Builds {@link AvailabilityZoneService} values. */
  final class Builder extends ImmutableAvailabilityZoneService.Builder {
    Builder() {}
  }
}
