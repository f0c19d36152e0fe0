package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.quota.RateLimit;
import java.io.IOException;

/** The JSON of a {@link RateLimit}: {@code {"uri", "regex", "limit": [...]}}. */
public final class RateLimitJson {
  private RateLimitJson() {}

  public static RateLimit read(JsonParser p) throws IOException {
    RateLimit.Builder b = RateLimit.builder();
    for (String name = firstField(p, "limits.rate");
        name != null;
        name = nextField(p, "limits.rate")) {
      switch (name) {
        case "uri":
          b.uri(string(p, "limits.rate.uri"));
          break;
        case "regex":
          b.regex(string(p, "limits.rate.regex"));
          break;
        case "limit":
          for (boolean more = firstElement(p, "limits.rate.limit"); more; more = nextElement(p)) {
            b.addLimit(RateLimitValueJson.read(p));
          }
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "rate limit", b::build);
  }

  public static void write(RateLimit rate, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "uri", rate.uri());
    JsonWriting.string(g, "regex", rate.regex());
    JsonWriting.array(g, "limit", rate.limits(), RateLimitValueJson::write);
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link RateLimit}. */
  public static final class Deserializer extends ModelDeserializer<RateLimit> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(RateLimit.class, RateLimitJson::read);
    }
  }

  /** Lets Jackson write a {@link RateLimit}. */
  public static final class Serializer extends ModelSerializer<RateLimit> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(RateLimit.class, RateLimitJson::write);
    }
  }
}
