package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.stringEntries;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.ServerFlavor;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a {@link ServerFlavor}, both shapes: {@code {"id", "links"}} before 2.47, the
 * description from 2.47.
 */
public final class ServerFlavorJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerFlavorJson() {}

  public static @Nullable ServerFlavor read(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String id = StringDeduplicator.text(p);
      return id.isEmpty() ? null : ServerFlavor.builder().id(id).build();
    }
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    ServerFlavor.Builder b = ServerFlavor.builder();
    for (String name = NAMES.first(p, "flavor");
        name != null;
        name = NAMES.next(p, name, "flavor")) {
      switch (name) {
        case "id":
          b.id(sharedString(p, "flavor.id"));
          break;
        case "links":
          for (boolean more = firstElement(p, "flavor.links"); more; more = nextElement(p)) {
            b.addLink(LinkJson.readShared(p));
          }
          break;
        case "original_name":
          b.originalName(sharedString(p, "flavor.original_name"));
          break;
        case "vcpus":
          {
            Integer value = integer(p, "flavor.vcpus");
            if (value != null) {
              b.vcpus(value);
            }
            break;
          }
        case "ram":
          {
            Integer value = integer(p, "flavor.ram");
            if (value != null) {
              b.ram(value);
            }
            break;
          }
        case "disk":
          {
            Integer value = integer(p, "flavor.disk");
            if (value != null) {
              b.disk(value);
            }
            break;
          }
        case "ephemeral":
          {
            Integer value = integer(p, "flavor.ephemeral");
            if (value != null) {
              b.ephemeral(value);
            }
            break;
          }
        case "swap":
          {
            Integer value = integer(p, "flavor.swap");
            if (value != null) {
              b.swap(value);
            }
            break;
          }
        case "extra_specs":
          stringEntries(p, "flavor.extra_specs", b::putExtraSpec);
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "flavor", b::build);
  }

  public static void write(ServerFlavor flavor, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (flavor.isEmbedded()) {
      JsonWriting.integer(g, "vcpus", flavor.vcpus());
      JsonWriting.integer(g, "ram", flavor.ram());
      JsonWriting.integer(g, "disk", flavor.disk());
      JsonWriting.integer(g, "ephemeral", flavor.ephemeral());
      JsonWriting.integer(g, "swap", flavor.swap());
      JsonWriting.string(g, "original_name", flavor.originalName());
      JsonWriting.stringMap(g, "extra_specs", flavor.extraSpecs());
    } else {
      JsonWriting.string(g, "id", flavor.id());
      JsonWriting.array(g, "links", flavor.links(), LinkJson::write);
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ServerFlavor}. */
  public static final class Deserializer extends ModelDeserializer<ServerFlavor> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerFlavor.class, ServerFlavorJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerFlavor}. */
  public static final class Serializer extends ModelSerializer<ServerFlavor> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerFlavor.class, ServerFlavorJson::write);
    }
  }
}
