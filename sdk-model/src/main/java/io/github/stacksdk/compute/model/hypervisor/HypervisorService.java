package io.github.stacksdk.compute.model.hypervisor;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compute service of a {@link Hypervisor} ({@code service}: {@code {"host", "id",
 * "disabled_reason"}}).
 */
@Value.Immutable
@ValueStyle
public interface HypervisorService {
  /** The name of the service's host ({@code host}), as {@code GET /os-services} shows it. */
  Optional<String> host();

  /**
   * The service's id ({@code id}): an integer, as text, before microversion 2.53, a UUID from
   * 2.53; the id of {@code PUT /os-services/{service_id}}.
   */
  Optional<String> id();

  /** Why the service was disabled ({@code disabled_reason}); null (absent) when none was given. */
  Optional<String> disabledReason();

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

  /** Builds {@link HypervisorService} values. */
  final class Builder extends ImmutableHypervisorService.Builder {
    Builder() {}
  }
}
