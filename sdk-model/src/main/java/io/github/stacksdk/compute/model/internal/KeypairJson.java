package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a {@link Keypair}: {@code {"name", "public_key", "fingerprint", "type"?,
 * "user_id"?, "id"?, "created_at"?, "deleted"?, "deleted_at"?, "updated_at"?, "private_key"?}},
 * and the bodies of the key pair API.
 */
public final class KeypairJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private KeypairJson() {}

  /** {@code {"keypair": {...}}}: a show or create body. */
  public static Keypair readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "keypair", KeypairJson::read);
  }

  /**
   * {@code {"keypairs": [{"keypair": {...}}, ...], "keypairs_links": [...]}}: a page of {@code GET
   * /os-keypairs}; the links are sent from 2.35.
   */
  public static ModelBodies.Page<Keypair> readPage(JsonParser p) throws IOException {
    return ModelBodies.page(p, "keypairs", "keypairs_links", KeypairJson::readEntry);
  }

  /** An entry of {@code keypairs}, {@code {"keypair": {...}}}; null when it holds none. */
  public static @Nullable Keypair readEntry(JsonParser p) throws IOException {
    Keypair found = null;
    for (String name = firstField(p, "keypairs"); name != null; name = nextField(p, "keypairs")) {
      if (name.equals("keypair") && found == null) {
        found = read(p);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }

  public static Keypair read(JsonParser p) throws IOException {
    Keypair.Builder b = Keypair.builder();
    for (String name = NAMES.first(p, "keypair");
        name != null;
        name = NAMES.next(p, name, "keypair")) {
      switch (name) {
        case "name":
          {
            String value = string(p, "keypair.name");
            if (value != null) {
              b.name(value);
            }
            break;
          }
        case "public_key":
          b.publicKey(string(p, "keypair.public_key"));
          break;
        case "fingerprint":
          b.fingerprint(string(p, "keypair.fingerprint"));
          break;
        case "type":
          b.type(sharedString(p, "keypair.type"));
          break;
        case "user_id":
          b.userId(sharedString(p, "keypair.user_id"));
          break;
        case "id":
          {
            Integer value = integer(p, "keypair.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "created_at":
          b.createdAt(instant(p, "keypair.created_at"));
          break;
        case "deleted":
          b.deleted(bool(p, "keypair.deleted"));
          break;
        case "deleted_at":
          b.deletedAt(instant(p, "keypair.deleted_at"));
          break;
        case "updated_at":
          b.updatedAt(instant(p, "keypair.updated_at"));
          break;
        case "private_key":
          b.privateKey(string(p, "keypair.private_key"));
          break;
        default:
          Object value = UntypedJson.read(p);
          if (value != null) {
            b.putAdditionalProperty(name, value);
          }
      }
    }
    return build(p, "keypair", b::build);
  }

  public static void write(Keypair keypair, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", keypair.name());
    JsonWriting.string(g, "public_key", keypair.publicKey());
    JsonWriting.string(g, "fingerprint", keypair.fingerprint());
    JsonWriting.string(g, "type", keypair.type());
    JsonWriting.string(g, "user_id", keypair.userId());
    JsonWriting.integer(g, "id", keypair.id());
    JsonWriting.zonelessInstant(g, "created_at", keypair.createdAt());
    JsonWriting.bool(g, "deleted", keypair.deleted());
    JsonWriting.zonelessInstant(g, "deleted_at", keypair.deletedAt());
    JsonWriting.zonelessInstant(g, "updated_at", keypair.updatedAt());
    JsonWriting.string(g, "private_key", keypair.privateKey());
    for (Map.Entry<String, Object> extra : keypair.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link Keypair}. */
  public static final class Deserializer extends ModelDeserializer<Keypair> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Keypair.class, KeypairJson::read);
    }
  }

  /** Lets Jackson write a {@link Keypair}. */
  public static final class Serializer extends ModelSerializer<Keypair> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Keypair.class, KeypairJson::write);
    }
  }
}
