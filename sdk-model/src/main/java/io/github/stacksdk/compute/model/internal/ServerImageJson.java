package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringEntries;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.ServerImage;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a {@link ServerImage}: {@code {"id", "links", "properties"?}}, or the empty string
 * Nova sends for a server booted from a volume (read as absent), or a bare id.
 */
public final class ServerImageJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerImageJson() {}

  public static @Nullable ServerImage read(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String id = StringDeduplicator.text(p);
      return id.isEmpty() ? null : ServerImage.builder().id(id).build();
    }
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    ServerImage.Builder b = ServerImage.builder();
    for (String name = NAMES.first(p, "image"); name != null; name = NAMES.next(p, name, "image")) {
      switch (name) {
        case "id":
          {
            String value = sharedString(p, "image.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "links":
          for (boolean more = firstElement(p, "image.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.readShared(p));
          }
          break;
        case "properties":
          stringEntries(p, "image.properties", b::putProperty);
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "image", b::build);
  }

  public static void write(ServerImage image, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", image.id());
    JsonWriting.array(g, "links", image.links(), LinkJson::write);
    if (!image.properties().isEmpty()) {
      JsonWriting.stringMap(g, "properties", image.properties());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ServerImage}. */
  public static final class Deserializer extends ModelDeserializer<ServerImage> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerImage.class, ServerImageJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerImage}. */
  public static final class Serializer extends ModelSerializer<ServerImage> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerImage.class, ServerImageJson::write);
    }
  }
}
