package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.RateLimitJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rate limits of the requests to some URIs, an entry of {@link Limits#rate()}: {@code {"uri",
 * "regex", "limit": [...]}}, as legacy clouds (Rackspace's, Nova's v2 API) send them.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = RateLimitJson.Deserializer.class)
@JsonSerialize(using = RateLimitJson.Serializer.class)
public interface RateLimit {
  /** The URI the limits apply to ({@code uri}), for example {@code *} or {@code /servers}. */
  Optional<String> uri();

  /** The regular expression of the request paths the limits apply to ({@code regex}). */
  Optional<String> regex();

  /** The limits, one per HTTP method ({@code limit}). */
  List<RateLimitValue> limits();

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

  /** Builds {@link RateLimit} values. */
  final class Builder extends ImmutableRateLimit.Builder {
    Builder() {}
  }
}
