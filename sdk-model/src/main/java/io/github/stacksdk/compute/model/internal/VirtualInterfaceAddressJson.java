package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.io.IOException;

/**
 * The JSON of a {@link VirtualInterfaceAddress}: {@code {"address", "network_id",
 * "network_label"}}.
 */
public final class VirtualInterfaceAddressJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private VirtualInterfaceAddressJson() {}

  public static VirtualInterfaceAddress read(JsonParser p) throws IOException {
    VirtualInterfaceAddress.Builder b = VirtualInterfaceAddress.builder();
    for (String name = NAMES.first(p, "ip_address");
        name != null;
        name = NAMES.next(p, name, "ip_address")) {
      switch (name) {
        case "address":
          {
            String value = string(p, "ip_address.address");
            if (value != null) {
              b.address(value);
            }
            break;
          }
        case "network_id":
          {
            String value = sharedString(p, "ip_address.network_id");
            if (value != null) {
              b.networkId(value);
            }
            break;
          }
        case "network_label":
          {
            String value = sharedString(p, "ip_address.network_label");
            if (value != null) {
              b.networkLabel(value);
            }
            break;
          }
        default:
          p.skipChildren();
      }
    }
    return build(p, "virtual interface address", b::build);
  }

  public static void write(VirtualInterfaceAddress address, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("address", address.address());
    g.writeStringField("network_id", address.networkId());
    g.writeStringField("network_label", address.networkLabel());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link VirtualInterfaceAddress}. */
  public static final class Deserializer extends ModelDeserializer<VirtualInterfaceAddress> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(VirtualInterfaceAddress.class, VirtualInterfaceAddressJson::read);
    }
  }

  /** Lets Jackson write a {@link VirtualInterfaceAddress}. */
  public static final class Serializer extends ModelSerializer<VirtualInterfaceAddress> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(VirtualInterfaceAddress.class, VirtualInterfaceAddressJson::write);
    }
  }
}
