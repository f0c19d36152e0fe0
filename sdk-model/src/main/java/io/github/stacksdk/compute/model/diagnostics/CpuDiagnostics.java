package io.github.stacksdk.compute.model.diagnostics;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A virtual CPU of {@link ServerDiagnostics}, a {@code cpu_details} entry. */
@Value.Immutable
@ValueStyle
public interface CpuDiagnostics {
  /** The CPU's number ({@code id}). */
  OptionalInt id();

  /** The CPU time used ({@code time}, sent in nanoseconds). */
  Optional<Duration> time();

  /** The CPU's use in percent ({@code utilisation}); libvirt does not report it. */
  OptionalInt utilisation();

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

  /** Builds {@link CpuDiagnostics} values. */
  final class Builder extends ImmutableCpuDiagnostics.Builder {
    Builder() {}
  }
}
