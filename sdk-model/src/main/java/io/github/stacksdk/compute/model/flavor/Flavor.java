package io.github.stacksdk.compute.model.flavor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.internal.FlavorJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A flavor as returned by {@code GET /flavors/detail}, {@code GET /flavors/{flavor_id}}, {@code
 * POST /flavors} and {@code PUT /flavors/{flavor_id}}, at any microversion from 2.1 to the
 * newest.
 *
 * <p>Only {@link #id()} is always present; a body never fails to parse for a missing field. Each
 * accessor names its wire key and, when it is not in every microversion, the microversion that
 * added or removed it. Fields this SDK does not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = FlavorJson.Deserializer.class)
@JsonSerialize(using = FlavorJson.Serializer.class)
public abstract class Flavor {
  /** Only the generated implementation extends it. */
  Flavor() {}

  /** The flavor's id ({@code id}), text that is often a number or a UUID. */
  public abstract String id();

  /** The flavor's name ({@code name}). */
  public abstract Optional<String> name();

  /** The memory in MiB ({@code ram}). */
  public abstract OptionalInt ram();

  /** The root disk in GiB ({@code disk}); 0 means the image's size (a volume-backed server). */
  public abstract OptionalInt disk();

  /** The number of virtual CPUs ({@code vcpus}). */
  public abstract OptionalInt vcpus();

  /** The ephemeral disk in GiB ({@code OS-FLV-EXT-DATA:ephemeral}). */
  public abstract OptionalInt ephemeral();

  /**
   * The swap disk in MiB ({@code swap}). Before 2.75 Nova sends an empty string for no swap, and
   * from 2.75 the number 0; both read as 0, so that every microversion reads alike.
   */
  public abstract OptionalInt swap();

  /**
   * The network bandwidth factor ({@code rxtx_factor}). Nova sends an empty string for a factor of
   * 0 or none, which is absent. Removed in 2.102.
   */
  public abstract OptionalDouble rxtxFactor();

  /** Whether every project may use the flavor ({@code os-flavor-access:is_public}). */
  public abstract Optional<Boolean> isPublic();

  /** Whether the flavor is disabled ({@code OS-FLV-DISABLED:disabled}). Removed in 2.102. */
  public abstract Optional<Boolean> disabled();

  /** The description ({@code description}); Nova's null is absent. Since 2.55. */
  public abstract Optional<String> description();

  /**
   * The extra specs ({@code extra_specs}), in the order Nova sent them. Since 2.61, and only when
   * policy lets the caller see them: empty when the flavor has none or Nova did not send them.
   */
  public abstract Map<String, String> extraSpecs();

  /** The flavor's {@code self} and {@code bookmark} links ({@code links}). */
  public abstract List<Link> links();

  /**
   * The fields this SDK does not model, by wire key, so that nothing a newer or a vendor's cloud
   * sends is lost. Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return this flavor, or an equal one with immutable nested values
   */
  @Value.Check
  Flavor normalize() {
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
   * Returns a builder initialised with this flavor's values.
   *
   * @return a builder holding a copy of this flavor
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Flavor} values. */
  public static final class Builder extends ImmutableFlavor.Builder {
    Builder() {}
  }
}
