package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerSecurityGroupJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A security group of a server's ports ({@code security_groups} in a server body).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = ServerSecurityGroupJson.Deserializer.class)
@JsonSerialize(using = ServerSecurityGroupJson.Serializer.class)
public interface ServerSecurityGroup {
  /** The security group name ({@code name}). */
  String name();

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

  /** Builds {@link ServerSecurityGroup} values. */
  final class Builder extends ImmutableServerSecurityGroup.Builder {
    Builder() {}
  }
}
