package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.FixedIpJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fixed address of an {@link InterfaceAttachment} ({@code fixed_ips} entry).
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = FixedIpJson.Deserializer.class)
@JsonSerialize(using = FixedIpJson.Serializer.class)
public interface FixedIp {
  /** The IPv4 or IPv6 address ({@code ip_address}). */
  String ipAddress();

  /** The id of the address's subnet ({@code subnet_id}). */
  Optional<String> subnetId();

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

  /** Builds {@link FixedIp} values. */
  final class Builder extends ImmutableFixedIp.Builder {
    Builder() {}
  }
}
