package io.github.stacksdk.compute.model.flavor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.FlavorAccessJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One project's access to a private flavor: an entry of {@code flavor_access}, as returned by
 * {@code GET /flavors/{flavor_id}/os-flavor-access} and the {@code addTenantAccess} and {@code
 * removeTenantAccess} actions.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = FlavorAccessJson.Deserializer.class)
@JsonSerialize(using = FlavorAccessJson.Serializer.class)
public interface FlavorAccess {
  /** The flavor's id ({@code flavor_id}). */
  String flavorId();

  /** The id of the project that may use the flavor ({@code tenant_id}). */
  String tenantId();

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

  /** Builds {@link FlavorAccess} values. */
  final class Builder extends ImmutableFlavorAccess.Builder {
    Builder() {}
  }
}
