package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringReusedIfRepeated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.Address;
import java.io.IOException;

/**
 * The JSON of an {@link Address}: {@code {"addr", "version", "OS-EXT-IPS:type"?,
 * "OS-EXT-IPS-MAC:mac_addr"?}}.
 */
public final class AddressJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private AddressJson() {}

  public static Address read(JsonParser p) throws IOException {
    Address.Builder b = Address.builder();
    for (String name = NAMES.first(p, "address");
        name != null;
        name = NAMES.next(p, name, "address")) {
      switch (name) {
        case "addr":
          {
            String value = string(p, "address.addr");
            if (value != null) {
              b.addr(value);
            }
            break;
          }
        case "version":
          {
            Integer value = integer(p, "address.version");
            if (value != null) {
              b.version(value);
            }
            break;
          }
        case "OS-EXT-IPS:type":
          b.typeAsString(sharedString(p, "address.OS-EXT-IPS:type"));
          break;
        case "OS-EXT-IPS-MAC:mac_addr":
          // A MAC repeats only within its server (a port's IPv4 and IPv6 addresses), in a row.
          b.macAddress(stringReusedIfRepeated(p, "address.OS-EXT-IPS-MAC:mac_addr"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "address", b::build);
  }

  public static void write(Address address, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "OS-EXT-IPS-MAC:mac_addr", address.macAddress());
    JsonWriting.string(g, "OS-EXT-IPS:type", address.typeAsString());
    g.writeStringField("addr", address.addr());
    g.writeNumberField("version", address.version());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link Address}. */
  public static final class Deserializer extends ModelDeserializer<Address> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Address.class, AddressJson::read);
    }
  }

  /** Lets Jackson write a {@link Address}. */
  public static final class Serializer extends ModelSerializer<Address> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Address.class, AddressJson::write);
    }
  }
}
