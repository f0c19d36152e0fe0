package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.ServerFault;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The JSON of a {@link ServerFault}: {@code {"code", "message", "created", "details"?}}. */
public final class ServerFaultJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerFaultJson() {}

  public static @Nullable ServerFault read(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    ServerFault.Builder b = ServerFault.builder();
    for (String name = NAMES.first(p, "fault"); name != null; name = NAMES.next(p, name, "fault")) {
      switch (name) {
        case "code":
          {
            Integer value = integer(p, "fault.code");
            if (value != null) {
              b.code(value);
            }
            break;
          }
        case "message":
          {
            String value = string(p, "fault.message");
            if (value != null) {
              b.message(value);
            }
            break;
          }
        case "created":
          b.created(instant(p, "fault.created"));
          break;
        case "details":
          b.details(string(p, "fault.details"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "fault", b::build);
  }

  public static void write(ServerFault fault, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("code", fault.code());
    g.writeStringField("message", fault.message());
    JsonWriting.zonedInstant(g, "created", fault.created());
    JsonWriting.string(g, "details", fault.details());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ServerFault}. */
  public static final class Deserializer extends ModelDeserializer<ServerFault> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerFault.class, ServerFaultJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerFault}. */
  public static final class Serializer extends ModelSerializer<ServerFault> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerFault.class, ServerFaultJson::write);
    }
  }
}
