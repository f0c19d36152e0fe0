package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One API version a compute service offers, from its version document ({@code GET /} or {@code GET
 * /v2.1/}): {@code v2.0} (the legacy API, without microversions) or {@code v2.1} with its range of
 * microversions.
 */
@Value.Immutable
@ValueStyle
public interface ComputeVersion {
  /** The version's id, such as {@code v2.1} ({@code id}). */
  String id();

  /** {@code CURRENT}, {@code SUPPORTED} or {@code DEPRECATED} ({@code status}). */
  String status();

  /** The lowest microversion, such as {@code 2.1} ({@code min_version}); empty without microversions. */
  Optional<String> minMicroversion();

  /** The highest microversion, such as {@code 2.93} ({@code version}); empty without microversions. */
  Optional<String> maxMicroversion();

  /** Whether this version has microversions: Nova sends an empty range for {@code v2.0}. */
  default boolean supportsMicroversions() {
    return maxMicroversion().isPresent();
  }

  /** Starts a version; for tests of code that takes one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComputeVersion}s. */
  final class Builder extends ImmutableComputeVersion.Builder {}
}
