package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.FixedIp;
import java.io.IOException;

/** The JSON of a {@link FixedIp}: {@code {"ip_address", "subnet_id"}}. */
public final class FixedIpJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private FixedIpJson() {}

  public static FixedIp read(JsonParser p) throws IOException {
    FixedIp.Builder b = FixedIp.builder();
    for (String name = NAMES.first(p, "fixed_ip");
        name != null;
        name = NAMES.next(p, name, "fixed_ip")) {
      switch (name) {
        case "ip_address":
          {
            String value = string(p, "fixed_ip.ip_address");
            if (value != null) {
              b.ipAddress(value);
            }
            break;
          }
        case "subnet_id":
          b.subnetId(sharedString(p, "fixed_ip.subnet_id"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "fixed ip", b::build);
  }

  public static void write(FixedIp fixedIp, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ip_address", fixedIp.ipAddress());
    JsonWriting.string(g, "subnet_id", fixedIp.subnetId());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link FixedIp}. */
  public static final class Deserializer extends ModelDeserializer<FixedIp> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(FixedIp.class, FixedIpJson::read);
    }
  }

  /** Lets Jackson write a {@link FixedIp}. */
  public static final class Serializer extends ModelSerializer<FixedIp> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(FixedIp.class, FixedIpJson::write);
    }
  }
}
