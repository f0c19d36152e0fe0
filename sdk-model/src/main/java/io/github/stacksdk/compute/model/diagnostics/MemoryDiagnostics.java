package io.github.stacksdk.compute.model.diagnostics;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The memory of {@link ServerDiagnostics} ({@code memory_details}). Nova documents both values in
 * MiB, but its libvirt driver divides libvirt's KiB by 2<sup>20</sup> and so sends whole GiB,
 * rounded down.
 */
@Value.Immutable
@ValueStyle
public interface MemoryDiagnostics {
  /** The memory given to the server ({@code maximum}). */
  OptionalLong maximum();

  /** The memory the guest uses ({@code used}). */
  OptionalLong used();

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

  /** Builds {@link MemoryDiagnostics} values. */
  final class Builder extends ImmutableMemoryDiagnostics.Builder {
    Builder() {}
  }
}
