package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;
import static io.github.stacksdk.compute.model.internal.JsonReading.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The JSON of a {@link ServerGroup}: {@code {"id", "name", "policies", "metadata", "members",
 * "project_id"?, "user_id"?}} before microversion 2.64, {@code {"id", "name", "policy", "rules",
 * "members", "project_id", "user_id"}} from it; and the bodies of {@code os-server-groups}.
 */
public final class ServerGroupJson {
  private ServerGroupJson() {}

  /** Reads the server-group object at the parser's current token. */
  public static ServerGroup read(JsonParser p) throws IOException {
    ServerGroup.Builder b = ServerGroup.builder();
    for (String name = firstField(p, "server_group");
        name != null;
        name = nextField(p, "server_group")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "server_group.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "name":
          b.name(string(p, "server_group.name"));
          break;
        case "policies":
          strings(p, "server_group.policies", b::addPolicy);
          break;
        case "policy":
          b.policy(sharedString(p, "server_group.policy"));
          break;
        case "rules":
          readObject(p, "server_group.rules", b::putRule);
          break;
        case "members":
          strings(p, "server_group.members", b::addMember);
          break;
        case "metadata":
          JsonReading.stringEntries(p, "server_group.metadata", b::putMetadata);
          break;
        case "project_id":
          b.projectId(sharedString(p, "server_group.project_id"));
          break;
        case "user_id":
          b.userId(sharedString(p, "server_group.user_id"));
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
    return build(p, "server group", b::build);
  }

  /** The entries of an object of JSON-like values, whose nulls are left out. */
  static void readObject(JsonParser p, String field, BiConsumer<String, Object> sink)
      throws IOException {
    for (String name = firstField(p, field); name != null; name = nextField(p, field)) {
      Object value = UntypedJson.read(p);
      if (value != null) {
        sink.accept(name, value);
      }
    }
  }

  /**
   * Writes a server group in Nova's wire shape: {@code policy} and {@code rules} when the group has
   * a {@link ServerGroup#policy()} (2.64), else {@code policies} and {@code metadata}.
   */
  public static void write(ServerGroup group, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", group.id());
    JsonWriting.string(g, "name", group.name());
    if (group.policy().isPresent()) {
      g.writeStringField("policy", group.policy().get());
      writeObject(g, "rules", group.rules());
    } else {
      JsonWriting.strings(g, "policies", group.policies());
      if (!group.rules().isEmpty()) {
        writeObject(g, "rules", group.rules());
      }
    }
    JsonWriting.strings(g, "members", group.members());
    if (group.policy().isEmpty() || !group.metadata().isEmpty()) {
      JsonWriting.stringMap(g, "metadata", group.metadata());
    }
    JsonWriting.string(g, "project_id", group.projectId());
    JsonWriting.string(g, "user_id", group.userId());
    for (Map.Entry<String, Object> extra : group.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  static void writeObject(JsonGenerator g, String name, Map<String, Object> values)
      throws IOException {
    g.writeFieldName(name);
    UntypedJson.write(g, values);
  }

  /**
   * Reads {@code {"server_group": {...}}}, the body of {@code GET /os-server-groups/{id}} and of
   * {@code POST /os-server-groups}, from a parser that has not read its first token yet.
   */
  public static ServerGroup readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "server_group", ServerGroupJson::read);
  }

  /**
   * Reads {@code {"server_groups": [...]}}, the body of {@code GET /os-server-groups}, from a
   * parser that has not read its first token yet.
   */
  public static List<ServerGroup> readListBody(JsonParser p) throws IOException {
    return ModelBodies.page(p, "server_groups", "server_groups_links", ServerGroupJson::read)
        .items();
  }

  /** Lets Jackson read a {@link ServerGroup}. */
  public static final class Deserializer extends ModelDeserializer<ServerGroup> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerGroup.class, ServerGroupJson::read);
    }
  }

  /** Lets Jackson write a {@link ServerGroup}. */
  public static final class Serializer extends ModelSerializer<ServerGroup> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerGroup.class, ServerGroupJson::write);
    }
  }
}
