package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerFlavorJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The flavor of a server ({@code flavor} in a server body), in either of Nova's two shapes.
 *
 * <p>Before microversion 2.47 Nova sends a reference, {@code {"id", "links"}}: only {@link
 * #id()} and {@link #links()} are set. From 2.47 it sends the flavor's description as it was when
 * the server was created or resized, {@code {vcpus, ram, disk, ephemeral, swap, original_name,
 * extra_specs}}, and no id. {@link #isEmbedded()} tells them apart.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = ServerFlavorJson.Deserializer.class)
@JsonSerialize(using = ServerFlavorJson.Serializer.class)
public interface ServerFlavor {
  /** The flavor id ({@code id}); before 2.47 only. */
  Optional<String> id();

  /** The flavor links ({@code links}); before 2.47 only. */
  List<Link> links();

  /** The flavor name when the server got it ({@code original_name}); from 2.47. */
  Optional<String> originalName();

  /** Virtual CPUs ({@code vcpus}); from 2.47. */
  OptionalInt vcpus();

  /** Memory in MiB ({@code ram}); from 2.47. */
  OptionalInt ram();

  /** Root disk in GiB ({@code disk}); from 2.47. */
  OptionalInt disk();

  /** Ephemeral disk in GiB ({@code ephemeral}); from 2.47. */
  OptionalInt ephemeral();

  /** Swap in MiB ({@code swap}); from 2.47. */
  OptionalInt swap();

  /** The flavor extra specs ({@code extra_specs}); from 2.47, with the extra-specs policy. */
  Map<String, String> extraSpecs();

  /**
   * Tells whether this is the embedded description (2.47 and later) rather than a reference.
   *
   * @return true when Nova sent the flavor description instead of an id
   */
  default boolean isEmbedded() {
    return id().isEmpty();
  }

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

  /** Builds {@link ServerFlavor} values. */
  final class Builder extends ImmutableServerFlavor.Builder {
    Builder() {}
  }
}
