package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.AbsoluteLimitsJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The {@code absolute} limits of a {@link Limits}: the project's quotas ({@code max*}) and its
 * usage ({@code total*Used}), at any microversion.
 *
 * <p>A limit of -1 means unlimited. Every value is absent when the body lacks it: microversion
 * 2.36 removed the nova-network ones ({@code maxSecurityGroups}, {@code maxSecurityGroupRules},
 * {@code maxTotalFloatingIps}, {@code totalSecurityGroupsUsed}, {@code totalFloatingIpsUsed}),
 * 2.39 {@code maxImageMeta}, and 2.57 {@code maxPersonality} and {@code maxPersonalitySize}. Keys
 * this SDK does not model (other clouds add their own, such as Rackspace's) are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = "additionalProperty:additionalProperties")
@JsonDeserialize(using = AbsoluteLimitsJson.Deserializer.class)
@JsonSerialize(using = AbsoluteLimitsJson.Serializer.class)
public abstract class AbsoluteLimits {
  /** Only the generated implementation extends it. */
  AbsoluteLimits() {}

  /** The most servers the project may have ({@code maxTotalInstances}); -1 means unlimited. */
  public abstract OptionalInt maxTotalInstances();

  /** The most virtual CPU cores the project's servers may have ({@code maxTotalCores}); -1 means unlimited. */
  public abstract OptionalInt maxTotalCores();

  /** The most RAM, in megabytes, the project's servers may have ({@code maxTotalRAMSize}); -1 means unlimited. */
  public abstract OptionalInt maxTotalRamSize();

  /** The most metadata items a server may have ({@code maxServerMeta}); -1 means unlimited. */
  public abstract OptionalInt maxServerMeta();

  /** The most metadata items an image may have ({@code maxImageMeta}); -1 means unlimited. Removed in microversion 2.39. */
  public abstract OptionalInt maxImageMeta();

  /** The most injected (personality) files a server may have ({@code maxPersonality}); -1 means unlimited. Removed in microversion 2.57. */
  public abstract OptionalInt maxPersonality();

  /** The most bytes of an injected file's content ({@code maxPersonalitySize}); -1 means unlimited. Removed in microversion 2.57. */
  public abstract OptionalInt maxPersonalitySize();

  /** The most key pairs a user may have ({@code maxTotalKeypairs}); -1 means unlimited. */
  public abstract OptionalInt maxTotalKeypairs();

  /** The most security groups the project may have ({@code maxSecurityGroups}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt maxSecurityGroups();

  /** The most rules a security group may have ({@code maxSecurityGroupRules}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt maxSecurityGroupRules();

  /** The most server groups the project may have ({@code maxServerGroups}); -1 means unlimited. */
  public abstract OptionalInt maxServerGroups();

  /** The most servers a server group may have ({@code maxServerGroupMembers}); -1 means unlimited. */
  public abstract OptionalInt maxServerGroupMembers();

  /** The most floating IP addresses the project may have ({@code maxTotalFloatingIps}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt maxTotalFloatingIps();

  /** How many servers the project has ({@code totalInstancesUsed}). */
  public abstract OptionalInt totalInstancesUsed();

  /** How many virtual CPU cores the project's servers use ({@code totalCoresUsed}). */
  public abstract OptionalInt totalCoresUsed();

  /** How much RAM, in megabytes, the project's servers use ({@code totalRAMUsed}). */
  public abstract OptionalInt totalRamUsed();

  /** How many security groups the project has ({@code totalSecurityGroupsUsed}). Removed in microversion 2.36. */
  public abstract OptionalInt totalSecurityGroupsUsed();

  /** How many floating IP addresses the project has ({@code totalFloatingIpsUsed}). Removed in microversion 2.36. */
  public abstract OptionalInt totalFloatingIpsUsed();

  /** How many server groups the project has ({@code totalServerGroupsUsed}). */
  public abstract OptionalInt totalServerGroupsUsed();

  /**
   * The absolute limits this SDK does not model, by wire key. Values are JSON-like and immutable:
   * {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger}, {@code Double}, {@code List}
   * and {@code Map}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the unknown fields immutable, whatever the builder was given; {@code build()} calls it.
   * Package-private, so that it is no part of the API.
   *
   * @return this value, or an equal one with immutable nested values
   */
  @Value.Check
  AbsoluteLimits normalize() {
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

  /** Builds {@link AbsoluteLimits} values. */
  public static final class Builder extends ImmutableAbsoluteLimits.Builder {
    Builder() {}
  }
}
