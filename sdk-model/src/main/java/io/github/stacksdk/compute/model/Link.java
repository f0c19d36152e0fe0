package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.LinkJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to a resource ({@code {"href": …, "rel": …}}), as found in {@code links} lists.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = LinkJson.Deserializer.class)
@JsonSerialize(using = LinkJson.Serializer.class)
public interface Link {
  /** The URL ({@code href}). Its host is what Nova believes its own to be, not necessarily reachable. */
  String href();

  /** The relation ({@code rel}): {@code self}, {@code bookmark}, {@code next}, {@code describedby}… */
  String rel();

  /** The media type ({@code type}), sent only on some version-document links. */
  Optional<String> type();

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

  /** Builds {@link Link} values. */
  final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
