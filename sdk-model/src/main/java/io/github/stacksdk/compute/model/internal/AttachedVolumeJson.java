package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.AttachedVolume;
import java.io.IOException;

/** The JSON of an {@link AttachedVolume}: {@code {"id", "delete_on_termination"?}}. */
public final class AttachedVolumeJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private AttachedVolumeJson() {}

  public static AttachedVolume read(JsonParser p) throws IOException {
    AttachedVolume.Builder b = AttachedVolume.builder();
    for (String name = NAMES.first(p, "volume");
        name != null;
        name = NAMES.next(p, name, "volume")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "volume.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "delete_on_termination":
          b.deleteOnTermination(bool(p, "volume.delete_on_termination"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "attached volume", b::build);
  }

  public static void write(AttachedVolume volume, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", volume.id());
    JsonWriting.bool(g, "delete_on_termination", volume.deleteOnTermination());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link AttachedVolume}. */
  public static final class Deserializer extends ModelDeserializer<AttachedVolume> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(AttachedVolume.class, AttachedVolumeJson::read);
    }
  }

  /** Lets Jackson write a {@link AttachedVolume}. */
  public static final class Serializer extends ModelSerializer<AttachedVolume> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(AttachedVolume.class, AttachedVolumeJson::write);
    }
  }
}
