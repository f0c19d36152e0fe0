package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Nova's checks of a request body and the messages they give: {@code nova/api/openstack/wsgi.py}
 * for a body that is not JSON, and {@code nova/api/validation/validators.py} for a JSON-schema
 * error, {@code "Invalid input for field/attribute <key>. Value: <value>. <jsonschema message>"},
 * where the value is printed as Python prints it ({@code str()} of a string, {@code repr()} of the
 * rest).
 */
final class NovaSchema {
  private static final Pattern UUID_FORMAT =
      Pattern.compile("(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$");
  private static final Pattern BASE64 =
      Pattern.compile("^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");

  private NovaSchema() {}

  /** The body as a JSON object, or Nova's 400 for anything else. */
  static ObjectNode body(RecordedRequest request) {
    String text = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    JsonNode node;
    try {
      node = text.isEmpty() ? null : ModelJson.mapper().readTree(text);
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw NovaFault.badRequest(
          node == null
              ? "Malformed request body"
              : "Invalid input for field/attribute . Value: "
                  + str(node)
                  + ". "
                  + repr(node)
                  + " is not of type 'object'");
    }
    return (ObjectNode) node;
  }

  /** The validator's message for an error at a key of the body. */
  static NovaFault invalid(String key, JsonNode value, String message) {
    return NovaFault.badRequest(
        "Invalid input for field/attribute " + key + ". Value: " + str(value) + ". " + message);
  }

  /** A missing required key of the object at {@code key} (or of the whole body: no prefix). */
  static void require(String key, ObjectNode object, String... required) {
    for (String name : required) {
      if (!object.has(name)) {
        String message = "'" + name + "' is a required property";
        throw key.isEmpty() ? NovaFault.badRequest(message) : invalid(key, object, message);
      }
    }
  }

  /** {@code additionalProperties: false}: jsonschema's message names every extra key. */
  static void noOthers(String key, ObjectNode object, Set<String> allowed) {
    List<String> extra = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        extra.add(repr(TextNode.valueOf(name)));
      }
    }
    if (extra.isEmpty()) {
      return;
    }
    String message =
        "Additional properties are not allowed ("
            + String.join(", ", extra)
            + (extra.size() == 1 ? " was" : " were")
            + " unexpected)";
    throw key.isEmpty() ? NovaFault.badRequest(message) : invalid(key, object, message);
  }

  /** {@code parameter_types.name}: a string of 1 to 255 characters. */
  static String name(String key, JsonNode value) {
    if (!value.isTextual()) {
      throw invalid(key, value, repr(value) + " is not of type 'string'");
    }
    String text = value.asText();
    if (text.isEmpty()) {
      throw invalid(key, value, "'' is too short");
    }
    if (text.codePointCount(0, text.length()) > 255) {
      throw invalid(key, value, repr(value) + " is too long");
    }
    if (!text.strip().equals(text)) {
      throw invalid(
          key,
          value,
          "An invalid 'name' value was provided. The name must be: printable characters. "
              + "Can not start or end with whitespace.");
    }
    return text;
  }

  /** A string of at most {@code max} characters. */
  static String requiredString(String key, JsonNode value, int max) {
    String text = string(key, value, max, false);
    return text == null ? "" : text;
  }

  /** A string of at most {@code max} characters, or null where {@code nullable}. */
  static @Nullable String string(String key, JsonNode value, int max, boolean nullable) {
    if (value.isNull() && nullable) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(
          key,
          value,
          repr(value) + " is not of type " + (nullable ? "'string', 'null'" : "'string'"));
    }
    String text = value.asText();
    if (text.codePointCount(0, text.length()) > max) {
      throw invalid(key, value, repr(value) + " is too long");
    }
    return text;
  }

  /** {@code parameter_types.positive_integer}: an integer or digits, at least 1. */
  static int positiveInteger(String key, JsonNode value) {
    if (value.isIntegralNumber()) {
      if (value.asLong() < 1) {
        throw invalid(key, value, value.asText() + " is less than the minimum of 1");
      }
      return value.asInt();
    }
    if (!value.isTextual()) {
      throw invalid(key, value, repr(value) + " is not of type 'integer', 'string'");
    }
    String text = value.asText();
    if (text.isEmpty()) {
      throw invalid(key, value, "'' is too short");
    }
    if (!text.matches("[0-9]*")) {
      throw invalid(key, value, repr(value) + " does not match '^[0-9]*$'");
    }
    if (Long.parseLong(text) < 1) {
      throw invalid(key, value, repr(value) + " is less than the minimum of 1");
    }
    return Integer.parseInt(text);
  }

  static boolean isUuid(String text) {
    return UUID_FORMAT.matcher(text).matches();
  }

  /** {@code format: base64}, as {@code base64.b64decode} accepts it (no line breaks). */
  static boolean isBase64(String text) {
    return BASE64.matcher(text).matches();
  }

  /** Python's {@code str()} of a decoded JSON value. */
  static String str(JsonNode value) {
    return value.isTextual() ? value.asText() : repr(value);
  }

  /** Python's {@code repr()} of a decoded JSON value. */
  static String repr(JsonNode value) {
    if (value.isTextual()) {
      String s = value.asText();
      char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
      StringBuilder out = new StringBuilder().append(quote);
      for (char c : s.toCharArray()) {
        if (c == '\\') {
          out.append("\\\\");
        } else if (c == quote) {
          out.append('\\').append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else {
          out.append(c);
        }
      }
      return out.append(quote).toString();
    }
    if (value.isNull() || value.isMissingNode()) {
      return "None";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "True" : "False";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(repr(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isObject()) {
      List<String> items = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        items.add(repr(TextNode.valueOf(field.getKey())) + ": " + repr(field.getValue()));
      }
      return "{" + String.join(", ", items) + "}";
    }
    return value.asText();
  }
}
