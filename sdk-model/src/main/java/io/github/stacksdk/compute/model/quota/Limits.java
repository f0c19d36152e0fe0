package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.LimitsJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The project's limits, as returned by {@code GET /limits} ({@code limits}), at any microversion:
 * its {@link #absolute()} quotas and usage, and the {@link #rate()} limits legacy clouds send.
 *
 * <p>Fields this SDK does not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = "additionalProperty:additionalProperties")
@JsonDeserialize(using = LimitsJson.Deserializer.class)
@JsonSerialize(using = LimitsJson.Serializer.class)
public abstract class Limits {
  /** Only the generated implementation extends it. */
  Limits() {}

  /** The quotas and their usage ({@code absolute}); -1 means unlimited. */
  @Value.Default
  public AbsoluteLimits absolute() {
    return AbsoluteLimits.builder().build();
  }

  /**
   * The rate limits ({@code rate}): always empty from Nova since its v2.1 API, sent by legacy
   * clouds such as Rackspace's, per URI and regular expression.
   */
  public abstract List<RateLimit> rate();

  /**
   * The fields this SDK does not model, by wire key. Values are JSON-like and immutable: {@code
   * String}, {@code Boolean}, {@code Long}, {@code BigInteger}, {@code Double}, {@code List} and
   * {@code Map}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the unknown fields immutable, whatever the builder was given; {@code build()} calls it.
   * Package-private, so that it is no part of the API.
   *
   * @return this value, or an equal one with immutable nested values
   */
  @Value.Check
  Limits normalize() {
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    return extra == additionalProperties() ? this : toBuilder().additionalProperties(extra).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return a builder holding a copy of this value
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Limits} values. */
  public static final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
