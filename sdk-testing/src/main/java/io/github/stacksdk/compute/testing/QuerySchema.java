package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.stacksdk.compute.model.internal.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Nova's query-string schemas ({@code nova/api/validation}): each parameter is a list of values
 * ({@code multi_params}, or {@code single_param} with at most one), checked in the schema's order,
 * then {@code additionalProperties}. When that is {@code true} (before 2.75 for most routes) the
 * unknown parameters are not refused but stripped, so they are in no next link either.
 */
final class QuerySchema {
  private static final Pattern DIGITS = Pattern.compile("^[0-9]*$");

  /** {@code parameter_types.boolean}'s enum, as strings. */
  static final List<String> BOOLEAN =
      List.of(
          "True", "TRUE", "true", "1", "ON", "On", "on", "YES", "Yes", "yes", "False", "FALSE",
          "false", "0", "OFF", "Off", "off", "NO", "No", "no");

  private QuerySchema() {}

  /**
   * The query with only the schema's parameters when {@code strict} is false, or Nova's 400 for
   * the first unknown ones when it is true ({@code additionalProperties: false}).
   */
  static QueryParams known(QueryParams q, Set<String> allowed, boolean strict) {
    if (!strict) {
      return q.retain(allowed::contains);
    }
    Set<String> extra = new LinkedHashSet<>();
    for (var pair : q.pairs()) {
      if (!allowed.contains(pair.getKey())) {
        extra.add(NovaSchema.repr(TextNode.valueOf(pair.getKey())));
      }
    }
    if (!extra.isEmpty()) {
      throw NovaFault.badRequest(
          "Additional properties are not allowed ("
              + String.join(", ", extra)
              + (extra.size() == 1 ? " was" : " were")
              + " unexpected)");
    }
    return q;
  }

  /** {@code single_param}: more than one value is {@code "[...] is too long"}. */
  static void single(QueryParams q, String name) {
    List<String> values = q.all(name);
    if (values.size() > 1) {
      List<String> reprs = new ArrayList<>();
      values.forEach(v -> reprs.add(NovaSchema.repr(TextNode.valueOf(v))));
      String list = "[" + String.join(", ", reprs) + "]";
      throw NovaFault.invalidQuery(name, list, list + " is too long");
    }
  }

  /** {@code parameter_types.non_negative_integer} for every value of a parameter. */
  static void nonNegativeInteger(QueryParams q, String name) {
    for (String value : q.all(name)) {
      if (!DIGITS.matcher(value).matches()) {
        throw NovaFault.invalidQuery(name, value, "'" + value + "' does not match '^[0-9]*$'");
      }
      if (value.isEmpty()) {
        throw NovaFault.invalidQuery(name, value, "'' is too short");
      }
    }
  }

  /** A string enum for every value of a parameter. */
  static void oneOf(QueryParams q, String name, List<String> values) {
    for (String value : q.all(name)) {
      if (!values.contains(value)) {
        List<String> reprs = new ArrayList<>();
        values.forEach(v -> reprs.add(NovaSchema.repr(TextNode.valueOf(v))));
        throw NovaFault.invalidQuery(
            name,
            value,
            NovaSchema.repr(TextNode.valueOf(value))
                + " is not one of ["
                + String.join(", ", reprs)
                + "]");
      }
    }
  }

  /** {@code parameter_types.boolean}, whose enum jsonschema prints with Python's booleans. */
  static void bool(QueryParams q, String name) {
    for (String value : q.all(name)) {
      if (!BOOLEAN.contains(value)) {
        List<String> reprs = new ArrayList<>();
        for (String b : BOOLEAN) {
          reprs.add("'" + b + "'");
        }
        // The enum holds Python's True and False before the strings of each half.
        reprs.add(0, "True");
        reprs.add(11, "False");
        throw NovaFault.invalidQuery(
            name,
            value,
            NovaSchema.repr(TextNode.valueOf(value))
                + " is not one of ["
                + String.join(", ", reprs)
                + "]");
      }
    }
  }

  /** {@code strutils.bool_from_string(value, strict=True)} after the schema let it through. */
  static boolean isTrue(String value) {
    return List.of("1", "t", "true", "on", "y", "yes")
        .contains(value.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code format: date-time}: the parsed last value, or null when the parameter is absent. */
  static @Nullable Instant dateTime(QueryParams q, String name) {
    Instant last = null;
    for (String value : q.all(name)) {
      try {
        last = Timestamps.parse(value);
      } catch (DateTimeParseException e) {
        throw NovaFault.invalidQuery(name, value, "'" + value + "' is not a 'date-time'");
      }
    }
    return last;
  }

  /** Python's {@code int()} of a query value, or null when it is not an integer. */
  static @Nullable Integer pythonInt(String value) {
    String text = value.strip();
    if (!text.matches("[+-]?[0-9]+")) {
      return null;
    }
    try {
      return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
