package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import java.io.IOException;

/** The JSON of a {@link ServerSecurityGroup}: {@code {"name"}}. */
public final class ServerSecurityGroupJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private ServerSecurityGroupJson() {}

  public static ServerSecurityGroup read(JsonParser p) throws IOException {
    ServerSecurityGroup.Builder b = ServerSecurityGroup.builder();
    for (String name = NAMES.first(p, "security_group");
        name != null;
        name = NAMES.next(p, name, "security_group")) {
      if (name.equals("name")) {
        String value = sharedString(p, "security_group.name");
        if (value != null) {
          b.name(value);
        }
      } else {
        p.skipChildren();
      }
    }
    return build(p, "security group", b::build);
  }

  public static void write(ServerSecurityGroup group, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", group.name());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link ServerSecurityGroup}. */
  public static final class Deserializer extends ModelDeserializer<ServerSecurityGroup> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerSecurityGroup.class, ServerSecurityGroupJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerSecurityGroup}. */
  public static final class Serializer extends ModelSerializer<ServerSecurityGroup> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerSecurityGroup.class, ServerSecurityGroupJson::write);
    }
  }
}
