package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.quota.QuotaUsage;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The JSON of a {@link QuotaUsage}: {@code {"limit", "in_use", "reserved"}}. */
public final class QuotaUsageJson {
  private QuotaUsageJson() {}

  public static @Nullable QuotaUsage read(JsonParser p) throws IOException {
    return read(p, "quota");
  }

  /** The usage at the parser's current token, or null for JSON null; {@code field} names it. */
  static @Nullable QuotaUsage read(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    QuotaUsage.Builder b = QuotaUsage.builder();
    for (String name = firstField(p, field); name != null; name = nextField(p, field)) {
      switch (name) {
        case "limit":
          b.limit(JsonReading.optionalInt(integer(p, field + ".limit")));
          break;
        case "in_use":
          b.inUse(JsonReading.optionalInt(integer(p, field + ".in_use")));
          break;
        case "reserved":
          b.reserved(JsonReading.optionalInt(integer(p, field + ".reserved")));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "quota", b::build);
  }

  public static void write(QuotaUsage usage, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.integer(g, "limit", usage.limit());
    JsonWriting.integer(g, "in_use", usage.inUse());
    JsonWriting.integer(g, "reserved", usage.reserved());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link QuotaUsage}. */
  public static final class Deserializer extends ModelDeserializer<QuotaUsage> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(QuotaUsage.class, QuotaUsageJson::read);
    }
  }

  /** Lets Jackson write a {@link QuotaUsage}. */
  public static final class Serializer extends ModelSerializer<QuotaUsage> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(QuotaUsage.class, QuotaUsageJson::write);
    }
  }
}
