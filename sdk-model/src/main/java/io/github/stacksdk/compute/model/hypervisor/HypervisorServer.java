package io.github.stacksdk.compute.model.hypervisor;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A server on a hypervisor, a {@code servers} entry: {@code {"name", "uuid"}}. */
@Value.Immutable
@ValueStyle
public interface HypervisorServer {
  /** The server's id ({@code uuid}). */
  String uuid();

  /** The server's name ({@code name}). */
  Optional<String> name();

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

  /** Builds {@link HypervisorServer} values. */
  final class Builder extends ImmutableHypervisorServer.Builder {
    Builder() {}
  }
}
