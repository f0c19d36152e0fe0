package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerImageJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The image a server was booted from ({@code image} in a server body).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = ServerImageJson.Deserializer.class)
@JsonSerialize(using = ServerImageJson.Serializer.class)
public interface ServerImage {
  /** The image id ({@code id}). */
  String id();

  /** The image links ({@code links}); absent on some clouds. */
  List<Link> links();

  /**
   * The image properties stored with the server ({@code properties}). Since 2.98, and only with
   * the image properties policy. Properties Nova sends as null are left out.
   */
  Map<String, String> properties();

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

  /** Builds {@link ServerImage} values. */
  final class Builder extends ImmutableServerImage.Builder {
    Builder() {}
  }
}
