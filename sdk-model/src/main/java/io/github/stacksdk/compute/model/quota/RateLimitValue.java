package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.RateLimitValueJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One rate limit of a {@link RateLimit}: {@code {"verb", "value", "unit", "remaining",
 * "next-available"}}, for example at most 10 {@code POST}s a {@code MINUTE}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = RateLimitValueJson.Deserializer.class)
@JsonSerialize(using = RateLimitValueJson.Serializer.class)
public interface RateLimitValue {
  /** The HTTP method limited ({@code verb}), for example {@code POST}. */
  Optional<String> verb();

  /** How many requests are allowed per {@link #unit()} ({@code value}). */
  OptionalInt value();

  /** The period of the limit ({@code unit}): {@code SECOND}, {@code MINUTE}, {@code HOUR} or {@code DAY}. */
  Optional<String> unit();

  /** How many requests are left in the current period ({@code remaining}). */
  OptionalInt remaining();

  /** When the next request will be allowed ({@code next-available}). */
  Optional<Instant> nextAvailable();

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

  /** Builds {@link RateLimitValue} values. */
  final class Builder extends ImmutableRateLimitValue.Builder {
    Builder() {}
  }
}
