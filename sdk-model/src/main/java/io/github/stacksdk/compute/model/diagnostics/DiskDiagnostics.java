package io.github.stacksdk.compute.model.diagnostics;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A disk of {@link ServerDiagnostics}, a {@code disk_details} entry. */
@Value.Immutable
@ValueStyle
public interface DiskDiagnostics {
  /** Bytes read ({@code read_bytes}). */
  OptionalLong readBytes();

  /** Read requests ({@code read_requests}). */
  OptionalLong readRequests();

  /** Bytes written ({@code write_bytes}). */
  OptionalLong writeBytes();

  /** Write requests ({@code write_requests}). */
  OptionalLong writeRequests();

  /** Errors ({@code errors_count}). */
  OptionalLong errorsCount();

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

  /** Builds {@link DiskDiagnostics} values. */
  final class Builder extends ImmutableDiskDiagnostics.Builder {
    Builder() {}
  }
}
