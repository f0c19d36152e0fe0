package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.quota.Limits;
import java.io.IOException;
import java.util.Map;

/** The JSON of {@link Limits}, {@code {"absolute": {...}, "rate": [...]}}, and its body. */
public final class LimitsJson {
  private LimitsJson() {}

  public static Limits read(JsonParser p) throws IOException {
    Limits.Builder b = Limits.builder();
    for (String name = firstField(p, "limits"); name != null; name = nextField(p, "limits")) {
      switch (name) {
        case "absolute":
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            b.absolute(AbsoluteLimitsJson.read(p));
          }
          break;
        case "rate":
          for (boolean more = firstElement(p, "limits.rate"); more; more = nextElement(p)) {
            b.addRate(RateLimitJson.read(p));
          }
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
    return build(p, "limits", b::build);
  }

  public static void write(Limits limits, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.array(g, "rate", limits.rate(), RateLimitJson::write);
    g.writeFieldName("absolute");
    AbsoluteLimitsJson.write(limits.absolute(), g);
    for (Map.Entry<String, Object> extra : limits.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Reads {@code {"limits": {...}}}, the body of {@code GET /limits}, from a parser that has not
   * read its first token yet.
   */
  public static Limits readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "limits", LimitsJson::read);
  }

  /** Lets Jackson read {@link Limits}. */
  public static final class Deserializer extends ModelDeserializer<Limits> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Limits.class, LimitsJson::read);
    }
  }

  /** Lets Jackson write {@link Limits}. */
  public static final class Serializer extends ModelSerializer<Limits> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Limits.class, LimitsJson::write);
    }
  }
}
