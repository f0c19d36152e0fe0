package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import java.io.IOException;

/** The JSON of a {@link FlavorAccess}: {@code {"flavor_id", "tenant_id"}}. */
public final class FlavorAccessJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private FlavorAccessJson() {}

  public static FlavorAccess read(JsonParser p) throws IOException {
    FlavorAccess.Builder b = FlavorAccess.builder();
    for (String name = NAMES.first(p, "flavor_access");
        name != null;
        name = NAMES.next(p, name, "flavor_access")) {
      switch (name) {
        case "flavor_id":
          {
            String value = string(p, "flavor_access.flavor_id");
            if (value != null) {
              b.flavorId(value);
            }
            break;
          }
        case "tenant_id":
          {
            String value = string(p, "flavor_access.tenant_id");
            if (value != null) {
              b.tenantId(value);
            }
            break;
          }
        default:
          p.skipChildren();
      }
    }
    return build(p, "flavor access", b::build);
  }

  public static void write(FlavorAccess access, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("flavor_id", access.flavorId());
    g.writeStringField("tenant_id", access.tenantId());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link FlavorAccess}. */
  public static final class Deserializer extends ModelDeserializer<FlavorAccess> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(FlavorAccess.class, FlavorAccessJson::read);
    }
  }

  /** Lets Jackson write a {@link FlavorAccess}. */
  public static final class Serializer extends ModelSerializer<FlavorAccess> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(FlavorAccess.class, FlavorAccessJson::write);
    }
  }
}
