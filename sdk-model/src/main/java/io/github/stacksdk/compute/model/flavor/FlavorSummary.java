package io.github.stacksdk.compute.model.flavor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.internal.FlavorSummaryJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flavor as the id listing ({@code GET /flavors}) shows it: its id, name, links and, from 2.55,
 * description. For sizes, ask for {@code GET /flavors/detail} ({@link Flavor}).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = FlavorSummaryJson.Deserializer.class)
@JsonSerialize(using = FlavorSummaryJson.Serializer.class)
public interface FlavorSummary {
  /** The flavor's id ({@code id}). */
  String id();

  /** The flavor's name ({@code name}). */
  Optional<String> name();

  /** The description ({@code description}); Nova's null is absent. Since 2.55. */
  Optional<String> description();

  /** The flavor's {@code self} and {@code bookmark} links ({@code links}). */
  List<Link> links();

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

  /** Builds {@link FlavorSummary} values. */
  final class Builder extends ImmutableFlavorSummary.Builder {
    Builder() {}
  }
}
