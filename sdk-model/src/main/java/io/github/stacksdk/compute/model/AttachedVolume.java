package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.AttachedVolumeJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volume attached to a server ({@code os-extended-volumes:volumes_attached}).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = AttachedVolumeJson.Deserializer.class)
@JsonSerialize(using = AttachedVolumeJson.Serializer.class)
public interface AttachedVolume {
  /** The volume id ({@code id}). */
  String id();

  /** Whether the volume is deleted with the server ({@code delete_on_termination}). Since 2.3. */
  Optional<Boolean> deleteOnTermination();

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

  /** Builds {@link AttachedVolume} values. */
  final class Builder extends ImmutableAttachedVolume.Builder {
    Builder() {}
  }
}
