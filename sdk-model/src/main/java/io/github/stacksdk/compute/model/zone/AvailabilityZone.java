package io.github.stacksdk.compute.model.zone;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.AvailabilityZoneJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An availability zone, an entry of {@code availabilityZoneInfo} as returned by {@code GET
 * /os-availability-zone} and {@code GET /os-availability-zone/detail}, at every microversion.
 *
 * <p>The summary sends {@code "hosts": null}, and so does the detail for a zone that is not
 * available; both read as no hosts. Only {@link #name()} is always present. Fields this SDK does
 * not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = AvailabilityZoneJson.Deserializer.class)
@JsonSerialize(using = AvailabilityZoneJson.Serializer.class)
public abstract class AvailabilityZone {
  /** Only the generated implementation extends it. */
  AvailabilityZone() {}

  /** The zone's name ({@code zoneName}). */
  public abstract String name();

  /** Whether the zone is available ({@code zoneState.available}). */
  public abstract Optional<Boolean> available();

  /**
   * The zone's hosts by host name ({@code hosts}), in the order Nova sent them; sent by {@code
   * /detail} only, for available zones. Nova also lists its {@code internal} zone here, with the
   * hosts of its conductor and scheduler services.
   */
  public abstract Map<String, AvailabilityZoneHost> hosts();

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
   * @return this zone, or an equal one with immutable nested values
   */
  @Value.Check
  AvailabilityZone normalize() {
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
   * Returns a builder initialised with this zone's values.
   *
   * @return a builder holding a copy of this zone
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link AvailabilityZone} values. */
  public static final class Builder extends ImmutableAvailabilityZone.Builder {
    Builder() {}
  }
}
