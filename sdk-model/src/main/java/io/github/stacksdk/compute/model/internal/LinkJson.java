package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.Link;
import java.io.IOException;

/** The JSON of a {@link Link}: {@code {"href", "rel", "type"?}}. */
public final class LinkJson {
  private static final FieldNamePredictor NAMES = new FieldNamePredictor();

  private LinkJson() {}

  public static Link read(JsonParser p) throws IOException {
    return read(p, false);
  }

  /**
   * A link whose {@code href} repeats from server to server, as an image's or a flavor's does
   * (a server's own links differ by its id): the {@code href} is shared too.
   */
  public static Link readShared(JsonParser p) throws IOException {
    return read(p, true);
  }

  private static Link read(JsonParser p, boolean sharedHref) throws IOException {
    Link.Builder b = Link.builder();
    for (String name = NAMES.first(p, "link"); name != null; name = NAMES.next(p, name, "link")) {
      switch (name) {
        case "href":
          {
            String value = sharedHref ? sharedString(p, "link.href") : string(p, "link.href");
            if (value != null) {
              b.href(value);
            }
            break;
          }
        case "rel":
          {
            String value = sharedString(p, "link.rel");
            if (value != null) {
              b.rel(value);
            }
            break;
          }
        case "type":
          b.type(sharedString(p, "link.type"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "link", b::build);
  }

  public static void write(Link link, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("href", link.href());
    g.writeStringField("rel", link.rel());
    JsonWriting.string(g, "type", link.type());
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link Link}. */
  public static final class Deserializer extends ModelDeserializer<Link> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Link.class, LinkJson::read);
    }
  }

  /** Lets Jackson write a {@link Link}. */
  public static final class Serializer extends ModelSerializer<Link> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Link.class, LinkJson::write);
    }
  }
}
