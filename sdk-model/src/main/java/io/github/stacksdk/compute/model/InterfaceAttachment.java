package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.InterfaceAttachmentJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port attached to a server, as listed by upstream Nova's {@code GET
 * /servers/{server_id}/os-interface} ({@code interfaceAttachments} entry) and shown by {@code GET
 * /servers/{server_id}/os-interface/{port_id}} ({@code interfaceAttachment}).
 *
 * <p>This is upstream Nova's replacement for the retired {@code os-virtual-interfaces} API.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = InterfaceAttachmentJson.Deserializer.class)
@JsonSerialize(using = InterfaceAttachmentJson.Serializer.class)
public interface InterfaceAttachment {
  /** The id of the attached port ({@code port_id}). */
  String portId();

  /** The id of the port's network ({@code net_id}). */
  Optional<String> networkId();

  /** The port's MAC address ({@code mac_addr}). */
  Optional<String> macAddress();

  /** The port's state ({@code port_state}), for example {@code ACTIVE} or {@code DOWN}. */
  Optional<String> portState();

  /** The port's fixed addresses ({@code fixed_ips}). */
  List<FixedIp> fixedIps();

  /** The device tag of the attachment ({@code tag}), sent from microversion 2.70. */
  Optional<String> tag();

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

  /** Builds {@link InterfaceAttachment} values. */
  final class Builder extends ImmutableInterfaceAttachment.Builder {
    Builder() {}
  }
}
