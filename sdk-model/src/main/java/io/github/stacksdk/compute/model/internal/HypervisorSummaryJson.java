package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import java.io.IOException;

/**
 * The JSON of a {@link HypervisorSummary}: {@code {"id", "hypervisor_hostname", "state",
 * "status", "servers"?: [{"name", "uuid"}]}}.
 */
public final class HypervisorSummaryJson {
  private HypervisorSummaryJson() {}

  public static HypervisorSummary read(JsonParser p) throws IOException {
    HypervisorSummary.Builder b = HypervisorSummary.builder();
    for (String name = firstField(p, "hypervisor");
        name != null;
        name = nextField(p, "hypervisor")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "hypervisor.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "hypervisor_hostname":
          b.hypervisorHostname(string(p, "hypervisor.hypervisor_hostname"));
          break;
        case "state":
          b.state(sharedString(p, "hypervisor.state"));
          break;
        case "status":
          b.status(sharedString(p, "hypervisor.status"));
          break;
        case "servers":
          for (boolean more = firstElement(p, "hypervisor.servers"); more; more = nextElement(p)) {
            b.addServer(HypervisorJson.readServer(p, "hypervisor.servers"));
          }
          break;
        default:
          {
            Object value = UntypedJson.read(p);
            if (value != null) {
              b.putAdditionalProperty(name, value);
            }
          }
      }
    }
    return build(p, "hypervisor", b::build);
  }

  /**
   * Writes a summary in Nova's wire shape, leaving out absent fields; an integer id as a number.
   */
  public static void write(HypervisorSummary hypervisor, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.numberOrText(g, "id", hypervisor.id());
    JsonWriting.string(g, "hypervisor_hostname", hypervisor.hypervisorHostname());
    JsonWriting.string(g, "state", hypervisor.state());
    JsonWriting.string(g, "status", hypervisor.status());
    HypervisorJson.writeServers(g, hypervisor.servers());
    JsonWriting.additionalProperties(g, hypervisor.additionalProperties());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link HypervisorSummary}. */
  public static final class Deserializer extends ModelDeserializer<HypervisorSummary> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(HypervisorSummary.class, HypervisorSummaryJson::read);
    }
  }

  /** Lets Jackson write a {@link HypervisorSummary}. */
  public static final class Serializer extends ModelSerializer<HypervisorSummary> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(HypervisorSummary.class, HypervisorSummaryJson::write);
    }
  }
}
