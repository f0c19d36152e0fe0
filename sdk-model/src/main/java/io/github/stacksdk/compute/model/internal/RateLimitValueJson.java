package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.instant;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.quota.RateLimitValue;
import java.io.IOException;

/**
 * The JSON of a {@link RateLimitValue}: {@code {"verb", "value", "unit", "remaining",
 * "next-available"}}.
 */
public final class RateLimitValueJson {
  private static final String FIELD = "limits.rate.limit";

  private RateLimitValueJson() {}

  public static RateLimitValue read(JsonParser p) throws IOException {
    RateLimitValue.Builder b = RateLimitValue.builder();
    for (String name = firstField(p, FIELD); name != null; name = nextField(p, FIELD)) {
      switch (name) {
        case "verb":
          b.verb(sharedString(p, FIELD + ".verb"));
          break;
        case "value":
          b.value(JsonReading.optionalInt(integer(p, FIELD + ".value")));
          break;
        case "unit":
          b.unit(sharedString(p, FIELD + ".unit"));
          break;
        case "remaining":
          b.remaining(JsonReading.optionalInt(integer(p, FIELD + ".remaining")));
          break;
        case "next-available":
          b.nextAvailable(instant(p, FIELD + ".next-available"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "rate limit", b::build);
  }

  public static void write(RateLimitValue limit, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "verb", limit.verb());
    JsonWriting.integer(g, "value", limit.value());
    JsonWriting.string(g, "unit", limit.unit());
    JsonWriting.integer(g, "remaining", limit.remaining());
    JsonWriting.zonedInstant(g, "next-available", limit.nextAvailable());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link RateLimitValue}. */
  public static final class Deserializer extends ModelDeserializer<RateLimitValue> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(RateLimitValue.class, RateLimitValueJson::read);
    }
  }

  /** Lets Jackson write a {@link RateLimitValue}. */
  public static final class Serializer extends ModelSerializer<RateLimitValue> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(RateLimitValue.class, RateLimitValueJson::write);
    }
  }
}
