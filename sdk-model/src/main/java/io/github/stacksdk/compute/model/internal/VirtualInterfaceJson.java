package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.io.IOException;

/**
 * The JSON of a {@link VirtualInterface}: Rackspace's {@code {"id", "mac_address",
 * "ip_addresses"}} and upstream's with a net id.
 */
public final class VirtualInterfaceJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private VirtualInterfaceJson() {}

  public static VirtualInterface read(JsonParser p) throws IOException {
    VirtualInterface.Builder b = VirtualInterface.builder();
    for (String name = NAMES.first(p, "virtual_interface");
        name != null;
        name = NAMES.next(p, name, "virtual_interface")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "virtual_interface.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "mac_address":
          {
            String value = string(p, "virtual_interface.mac_address");
            if (value != null) {
              b.macAddress(value);
            }
            break;
          }
        case "ip_addresses":
          for (boolean more = firstElement(p, "virtual_interface.ip_addresses");
              more;
              more = nextElement(p)) {
            b.addIpAddress(VirtualInterfaceAddressJson.read(p));
          }
          break;
        case "net_id":
        case "OS-EXT-VIF-NET:net_id":
          b.networkId(sharedString(p, "virtual_interface." + name));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "virtual interface", b::build);
  }

  public static void write(VirtualInterface vif, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", vif.id());
    g.writeStringField("mac_address", vif.macAddress());
    JsonWriting.array(g, "ip_addresses", vif.ipAddresses(), VirtualInterfaceAddressJson::write);
    JsonWriting.string(g, "net_id", vif.networkId());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link VirtualInterface}. */
  public static final class Deserializer extends ModelDeserializer<VirtualInterface> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(VirtualInterface.class, VirtualInterfaceJson::read);
    }
  }

  /** Lets Jackson write a {@link VirtualInterface}. */
  public static final class Serializer extends ModelSerializer<VirtualInterface> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(VirtualInterface.class, VirtualInterfaceJson::write);
    }
  }
}
