package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import java.io.IOException;

/** The JSON of a {@link FlavorSummary}: {@code {"id", "name", "description"?, "links"}}. */
public final class FlavorSummaryJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private FlavorSummaryJson() {}

  public static FlavorSummary read(JsonParser p) throws IOException {
    FlavorSummary.Builder b = FlavorSummary.builder();
    for (String name = NAMES.first(p, "flavor");
        name != null;
        name = NAMES.next(p, name, "flavor")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "flavor.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "name":
          b.name(string(p, "flavor.name"));
          break;
        case "description":
          b.description(string(p, "flavor.description"));
          break;
        case "links":
          for (boolean more = firstElement(p, "flavor.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.readShared(p));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "flavor", b::build);
  }

  public static void write(FlavorSummary flavor, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", flavor.id());
    JsonWriting.string(g, "name", flavor.name());
    JsonWriting.string(g, "description", flavor.description());
    JsonWriting.array(g, "links", flavor.links(), LinkJson::write);
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link FlavorSummary}. */
  public static final class Deserializer extends ModelDeserializer<FlavorSummary> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(FlavorSummary.class, FlavorSummaryJson::read);
    }
  }

  /** Lets Jackson write a {@link FlavorSummary}. */
  public static final class Serializer extends ModelSerializer<FlavorSummary> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(FlavorSummary.class, FlavorSummaryJson::write);
    }
  }
}
