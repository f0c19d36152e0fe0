package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.ServerSummary;
import java.io.IOException;

/** The JSON of a {@link ServerSummary}: {@code {"id", "name", "links"}}, or a down cell's {@code {"id", "status", "links"}}. */
public final class ServerSummaryJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerSummaryJson() {}

  public static ServerSummary read(JsonParser p) throws IOException {
    ServerSummary.Builder b = ServerSummary.builder();
    for (String name = NAMES.first(p, "server");
        name != null;
        name = NAMES.next(p, name, "server")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "server.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "name":
          b.name(string(p, "server.name"));
          break;
        case "status":
          b.statusAsString(sharedString(p, "server.status"));
          break;
        case "links":
          for (boolean more = firstElement(p, "server.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.read(p));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "server", b::build);
  }

  public static void write(ServerSummary server, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", server.id());
    JsonWriting.string(g, "name", server.name());
    JsonWriting.string(g, "status", server.statusAsString());
    JsonWriting.array(g, "links", server.links(), LinkJson::write);
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ServerSummary}. */
  public static final class Deserializer extends ModelDeserializer<ServerSummary> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerSummary.class, ServerSummaryJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerSummary}. */
  public static final class Serializer extends ModelSerializer<ServerSummary> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerSummary.class, ServerSummaryJson::write);
    }
  }
}
