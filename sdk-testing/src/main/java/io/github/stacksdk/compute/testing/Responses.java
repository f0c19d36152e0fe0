package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/** Building blocks of the fake's responses, with the content types the real services send. */
final class Responses {
  /** What Nova sends with a successful body, and Keystone with every body. */
  static final String JSON = "application/json";

  /** What Nova's fault wrapper sends. */
  static final String FAULT_JSON = "application/json; charset=UTF-8";

  private Responses() {}

  /**
   * A time as Nova's JSON writer prints a Python {@code datetime} it was not formatted for ({@code
   * oslo_serialization}'s {@code %Y-%m-%dT%H:%M:%S.%f}: microseconds, no zone).
   */
  static String pythonTime(Instant time) {
    return PYTHON_TIME.format(time);
  }

  private static final DateTimeFormatter PYTHON_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  static ObjectNode object() {
    return ModelJson.mapper().createObjectNode();
  }

  /** Python's {@code json.dumps} spacing, which Nova's bodies have: {@code {"a": [1, 2]}}. */
  private static final ObjectWriter NOVA_STYLE =
      ModelJson.mapper()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEntrySpacing(Separators.Spacing.AFTER)
                          .withArrayValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                  .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

  static String write(JsonNode node) {
    try {
      return NOVA_STYLE.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse.Builder json(int status, JsonNode body) {
    return json(status, write(body), JSON);
  }

  static MockResponse.Builder json(int status, String body, String contentType) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", contentType)
        .body(body);
  }

  /**
   * A fault as Nova sends it; a path no route matches is answered by WebOb instead, in the type
   * the {@code Accept} header picks: HTML for {@code text/html} or any type, WebOb's flat JSON for
   * {@code application/json}, and plain text otherwise (also with no {@code Accept} at all).
   */
  static MockResponse.Builder fault(NovaFault fault, @Nullable String accept) {
    if (!fault.isHtmlPage()) {
      return json(fault.status(), write(fault.body()), FAULT_JSON);
    }
    String types = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    String message = fault.getMessage();
    if (types.contains("text/html") || types.contains("text/*") || types.contains("*/*")) {
      return json(
          404,
          "<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  "
              + message
              + "<br /><br />\n\n\n\n </body>\n</html>",
          "text/html; charset=UTF-8");
    }
    if (types.contains("application/json") || types.contains("application/*")) {
      ObjectNode body = object();
      body.put("message", message + "<br /><br />\n\n\n")
          .put("code", "404 Not Found")
          .put("title", "Not Found");
      return json(404, write(body), "application/json");
    }
    return json(404, "404 Not Found\n\n" + message + "\n\n   ", "text/plain; charset=UTF-8");
  }

  /** Keystone's (and keystonemiddleware's) error body: {@code {"error": {code, title, message}}}. */
  static MockResponse.Builder keystoneError(int status, String title, String message) {
    ObjectNode body = object();
    body.putObject("error").put("code", status).put("title", title).put("message", message);
    return json(status, body);
  }

  /** keystonemiddleware's answer to a compute request without a valid token. */
  static MockResponse.Builder unauthorized(String keystoneUrl) {
    return keystoneError(401, "Unauthorized", "The request you have made requires authentication.")
        .setHeader("WWW-Authenticate", "Keystone uri=\"" + keystoneUrl + "\"");
  }
}
