package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import java.io.IOException;
import java.util.Map;

/**
 * The JSON of a {@link RemoteConsole}: {@code {"protocol"?, "type", "url"}}; the bodies of {@code
 * POST /servers/{server_id}/remote-consoles} and of the {@code os-get*Console} actions; and the
 * body of the {@code os-getConsoleOutput} action, {@code {"output": "..."}}.
 */
public final class RemoteConsoleJson {
  private RemoteConsoleJson() {}

  /**
   * {@code {"remote_console": {...}}}: the body of {@code POST
   * /servers/{server_id}/remote-consoles}, from microversion 2.6.
   */
  public static RemoteConsole readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "remote_console", RemoteConsoleJson::read);
  }

  /**
   * {@code {"console": {...}}}: the body of the {@code os-getVNCConsole}, {@code
   * os-getSPICEConsole}, {@code os-getSerialConsole} and {@code os-getRDPConsole} actions, 2.1 to
   * 2.5.
   */
  public static RemoteConsole readActionBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "console", RemoteConsoleJson::read);
  }

  /**
   * {@code {"output": "..."}}: the body of the {@code os-getConsoleOutput} action, the server's
   * console log as text (Nova strips control characters other than tab and newline).
   */
  public static String readOutputBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "output", RemoteConsoleJson::readOutput);
  }

  /** The text of {@code output}; anything else is an error. */
  private static String readOutput(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonReading.mismatch(p, "output", "text");
    }
    return p.getText();
  }

  public static RemoteConsole read(JsonParser p) throws IOException {
    RemoteConsole.Builder b = RemoteConsole.builder();
    for (String name = firstField(p, "remote_console");
        name != null;
        name = nextField(p, "remote_console")) {
      switch (name) {
        case "url":
          {
            String value = string(p, "remote_console.url");
            if (value != null) {
              b.url(value);
            }
            break;
          }
        case "protocol":
          b.protocol(sharedString(p, "remote_console.protocol"));
          break;
        case "type":
          b.type(sharedString(p, "remote_console.type"));
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
    return build(p, "remote console", b::build);
  }

  /** Writes a console in Nova's wire shape, leaving out an absent {@code protocol}. */
  public static void write(RemoteConsole console, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "protocol", console.protocol());
    JsonWriting.string(g, "type", console.type());
    g.writeStringField("url", console.url());
    for (Map.Entry<String, Object> extra : console.additionalProperties().entrySet()) {
      g.writeFieldName(extra.getKey());
      UntypedJson.write(g, extra.getValue());
    }
    g.writeEndObject();
  }

  /** Lets Jackson read a {@link RemoteConsole}. */
  public static final class Deserializer extends ModelDeserializer<RemoteConsole> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(RemoteConsole.class, RemoteConsoleJson::read);
    }
  }

  /** Lets Jackson write a {@link RemoteConsole}. */
  public static final class Serializer extends ModelSerializer<RemoteConsole> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(RemoteConsole.class, RemoteConsoleJson::write);
    }
  }
}
