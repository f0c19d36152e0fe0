package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.QuotaUsageJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One quota of a {@link QuotaSetDetail}: {@code {"limit", "in_use", "reserved"}}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = QuotaUsageJson.Deserializer.class)
@JsonSerialize(using = QuotaUsageJson.Serializer.class)
public interface QuotaUsage {
  /** The limit ({@code limit}); -1 means unlimited. */
  OptionalInt limit();

  /** How much of it is used ({@code in_use}). */
  OptionalInt inUse();

  /**
   * How much of it is reserved ({@code reserved}); Nova no longer reserves quota (since Rocky),
   * and sends 0.
   */
  OptionalInt reserved();

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

  /** Builds {@link QuotaUsage} values. */
  final class Builder extends ImmutableQuotaUsage.Builder {
    Builder() {}
  }
}
