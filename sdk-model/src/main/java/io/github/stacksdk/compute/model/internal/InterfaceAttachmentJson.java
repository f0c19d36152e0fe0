package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import java.io.IOException;

/**
 * The JSON of an {@link InterfaceAttachment}, upstream Nova's {@code {"port_id", "net_id",
 * "mac_addr", "port_state", "fixed_ips", "tag"?}} ({@code os-interface}).
 */
public final class InterfaceAttachmentJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private InterfaceAttachmentJson() {}

  public static InterfaceAttachment read(JsonParser p) throws IOException {
    InterfaceAttachment.Builder b = InterfaceAttachment.builder();
    for (String name = NAMES.first(p, "interface_attachment");
        name != null;
        name = NAMES.next(p, name, "interface_attachment")) {
      switch (name) {
        case "port_id":
          {
            String value = string(p, "interface_attachment.port_id");
            if (value != null) {
              b.portId(value);
            }
            break;
          }
        case "net_id":
          b.networkId(sharedString(p, "interface_attachment.net_id"));
          break;
        case "mac_addr":
          b.macAddress(string(p, "interface_attachment.mac_addr"));
          break;
        case "port_state":
          b.portState(sharedString(p, "interface_attachment.port_state"));
          break;
        case "fixed_ips":
          for (boolean more = firstElement(p, "interface_attachment.fixed_ips");
              more;
              more = nextElement(p)) {
            b.addFixedIp(FixedIpJson.read(p));
          }
          break;
        case "tag":
          b.tag(string(p, "interface_attachment.tag"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "interface attachment", b::build);
  }

  public static void write(InterfaceAttachment attachment, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("port_id", attachment.portId());
    JsonWriting.string(g, "net_id", attachment.networkId());
    JsonWriting.string(g, "mac_addr", attachment.macAddress());
    JsonWriting.string(g, "port_state", attachment.portState());
    JsonWriting.array(g, "fixed_ips", attachment.fixedIps(), FixedIpJson::write);
    JsonWriting.string(g, "tag", attachment.tag());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link InterfaceAttachment}. */
  public static final class Deserializer extends ModelDeserializer<InterfaceAttachment> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(InterfaceAttachment.class, InterfaceAttachmentJson::read);
    }
  }

  /** Lets Jackson write a {@link InterfaceAttachment}. */
  public static final class Serializer extends ModelSerializer<InterfaceAttachment> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(InterfaceAttachment.class, InterfaceAttachmentJson::write);
    }
  }
}
