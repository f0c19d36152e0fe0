package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Lenient reading of the scalars and containers in Nova bodies, as Nova's own Python clients
 * tolerate them: numbers where text is expected become text, numeric text becomes a number,
 * {@code "True"} is true, and JSON null is absent. A value of the wrong kind altogether (an object
 * where a number belongs) fails with a {@link MismatchedInputException} that names the field.
 *
 * <p>Every method starts at the value's first token and leaves the parser on its last. Objects and
 * arrays are walked in loops, {@link #firstField}/{@link #nextField} and {@link
 * #firstElement}/{@link #nextElement}.
 */
public final class JsonReading {
  /**
   * The instants a model can write back: Nova's zoneless form has no room for the year past
   * {@code LocalDateTime}'s that an offset can push an {@code Instant} to.
   */
  private static final Instant EARLIEST = LocalDateTime.MIN.toInstant(ZoneOffset.UTC);

  private static final Instant LATEST = LocalDateTime.MAX.toInstant(ZoneOffset.UTC);

  private JsonReading() {}

  /** Reads one JSON value. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /** Returns the value at the parser's current token, or null to skip it. */
    @Nullable T read(JsonParser p) throws IOException;
  }

  /** Text; numbers and booleans become their text. */
  public static @Nullable String string(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NULL:
        return null;
      default:
        throw mismatch(p, field, "text");
    }
  }

  /** Text, where an empty string means absent. */
  public static @Nullable String nonEmptyString(JsonParser p, String field) throws IOException {
    String text = string(p, field);
    return text == null || text.isEmpty() ? null : text;
  }

  /**
   * Text, as {@link #string}, for a value that repeats from server to server (a status, a project
   * or host id, an image id): one {@code String} per distinct value, made without a copy per
   * occurrence (see {@link StringDeduplicator}). Not for secrets.
   */
  public static @Nullable String sharedString(JsonParser p, String field) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING
        ? StringDeduplicator.text(p)
        : string(p, field);
  }

  /**
   * Text, as {@link #string}, for a value that repeats only where it stands next to itself (a
   * MAC address in a server's addresses): the same {@code String} as the previous value's when
   * equal (see {@link StringDeduplicator#reuseIfRepeated}).
   */
  public static @Nullable String stringReusedIfRepeated(JsonParser p, String field)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING
        ? StringDeduplicator.reuseIfRepeated(p)
        : string(p, field);
  }

  /** Text that repeats, as {@link #sharedString}, where an empty string means absent. */
  public static @Nullable String nonEmptySharedString(JsonParser p, String field)
      throws IOException {
    String text = sharedString(p, field);
    return text == null || text.isEmpty() ? null : text;
  }

  /** An integer; numeric text and integral decimals are accepted, empty text is absent. */
  public static @Nullable Integer integer(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        try {
          return p
              .getIntValue(); // parses the digits once, without asking for the number's type first
        } catch (InputCoercionException e) {
          throw mismatch(p, field, "an integer within 32 bits");
        }
      case VALUE_NUMBER_FLOAT:
        double value = p.getDoubleValue();
        if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
          return (int) value;
        }
        throw mismatch(p, field, "an integer");
      case VALUE_STRING:
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        try {
          return Integer.valueOf(text);
        } catch (NumberFormatException e) {
          throw mismatch(p, field, "an integer");
        }
      case VALUE_NULL:
        return null;
      default:
        throw mismatch(p, field, "an integer");
    }
  }

  /**
   * A 64-bit integer, for counters that outgrow 32 bits (nanoseconds, bytes, totals over hosts);
   * numeric text and integral decimals are accepted, empty text is absent.
   */
  public static @Nullable Long longInteger(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NUMBER_INT:
        try {
          return p.getLongValue();
        } catch (InputCoercionException e) {
          throw mismatch(p, field, "an integer within 64 bits");
        }
      case VALUE_NUMBER_FLOAT:
        double value = p.getDoubleValue();
        // 2^63 is exact as a double; anything from it up does not fit.
        if (value == Math.rint(value) && Math.abs(value) < 0x1p63) {
          return (long) value;
        }
        throw mismatch(p, field, "an integer");
      case VALUE_STRING:
        String text = p.getText().trim();
        if (text.isEmpty()) {
          return null;
        }
        try {
          return Long.valueOf(text);
        } catch (NumberFormatException e) {
          throw mismatch(p, field, "an integer");
        }
      case VALUE_NULL:
        return null;
      default:
        throw mismatch(p, field, "an integer");
    }
  }

  /**
   * A boolean; also the texts oslo accepts ({@code true/false}, {@code yes/no}, {@code on/off},
   * {@code 1/0}, {@code t/f}, {@code y/n}, any case) and the numbers 0 and 1. Empty text is absent.
   */
  public static @Nullable Boolean bool(JsonParser p, String field) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT && (p.getIntValue() | 1) == 1) {
          return p.getIntValue() == 1;
        }
        throw mismatch(p, field, "a boolean");
      case VALUE_STRING:
        String text = p.getText().trim().toLowerCase(Locale.ROOT);
        switch (text) {
          case "":
            return null;
          case "true":
          case "t":
          case "yes":
          case "y":
          case "on":
          case "1":
            return Boolean.TRUE;
          case "false":
          case "f":
          case "no":
          case "n":
          case "off":
          case "0":
            return Boolean.FALSE;
          default:
            throw mismatch(p, field, "a boolean");
        }
      default:
        throw mismatch(p, field, "a boolean");
    }
  }

  /**
   * A timestamp in any form {@link Timestamps#parse} accepts, within the years it can be written
   * back in without a zone; empty text is absent.
   */
  public static @Nullable Instant instant(JsonParser p, String field) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Nova's own forms straight from the parser's buffer: no String, no formatter.
      Instant common =
          Timestamps.parseCommon(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (common != null) {
        return common;
      }
    }
    String text = nonEmptyString(p, field);
    if (text == null) {
      return null;
    }
    Instant instant;
    try {
      instant = Timestamps.parse(text);
    } catch (DateTimeException e) {
      throw mismatch(p, field, "a timestamp");
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw mismatch(p, field, "a timestamp within the years -999999999 to 999999999");
    }
    return instant;
  }

  /**
   * Reads an object field by field, in a loop rather than with a callback (no lambda per object),
   * which is how every reader walks an object: the name of the object's first field, with the
   * parser on its value, or null when the object is empty or null. Then {@link #nextField} after
   * each value.
   *
   * <pre>{@code
   * for (String name = firstField(p, "link"); name != null; name = nextField(p, "link")) { ... }
   * }</pre>
   *
   * <p>Readers of objects whose keys come in a fixed order (a server, a link) use {@link
   * FieldNamePredictor}'s equivalents, which match the expected name instead of parsing it.
   */
  public static @Nullable String firstField(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME) {
      throw mismatch(p, field, "an object");
    }
    return fieldAt(p, token, field);
  }

  /** The next field's name, with the parser on its value, or null at the end of the object. */
  public static @Nullable String nextField(JsonParser p, String field) throws IOException {
    return fieldAt(p, p.nextToken(), field);
  }

  static @Nullable String fieldAt(JsonParser p, @Nullable JsonToken token, String field)
      throws IOException {
    if (token == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      return name;
    }
    if (token != JsonToken.END_OBJECT) {
      throw mismatch(p, field, "an object");
    }
    return null;
  }

  /**
   * Reads an array element by element without a callback: true with the parser on the first
   * non-null element, false when the array is empty (or holds only nulls) or is null. Then
   * {@link #nextElement} after each element.
   */
  public static boolean firstElement(JsonParser p, String field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token != JsonToken.START_ARRAY) {
      throw mismatch(p, field, "an array");
    }
    return nextElement(p);
  }

  /** True with the parser on the next non-null element, false at the end of the array. */
  public static boolean nextElement(JsonParser p) throws IOException {
    JsonToken token = p.nextToken();
    while (token == JsonToken.VALUE_NULL) {
      token = p.nextToken();
    }
    return token != JsonToken.END_ARRAY;
  }

  /**
   * An object of text values, whose null values are left out. The keys are Jackson's canonical
   * field names; the values are shared (metadata, image properties and extra specs repeat from
   * server to server).
   */
  public static void stringEntries(JsonParser p, String field, BiConsumer<String, String> sink)
      throws IOException {
    for (String name = firstField(p, field); name != null; name = nextField(p, field)) {
      String value = entryValue(p, field, name);
      if (value != null) {
        sink.accept(name, value);
      }
    }
  }

  /** The shared text of entry {@code name} of the text object {@code field}, or null for null. */
  public static @Nullable String entryValue(JsonParser p, String field, String name)
      throws IOException {
    // Text needs no field path; only other kinds may fail and need one for the message.
    return p.currentToken() == JsonToken.VALUE_STRING
        ? StringDeduplicator.text(p)
        : string(p, field + "." + name);
  }

  /** An array of text values, or a single text value as an array of one. */
  public static void strings(JsonParser p, String field, Consumer<String> sink) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.VALUE_NULL) {
      for (boolean more = firstElement(p, field); more; more = nextElement(p)) {
        String value = string(p, field);
        if (value != null) {
          sink.accept(value);
        }
      }
    } else {
      String value = string(p, field);
      if (value != null) {
        sink.accept(value);
      }
    }
  }

  /** The integer {@link #longInteger} read, or empty for null. */
  public static OptionalLong optionalLong(@Nullable Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** The integer {@link #integer} read, or empty for null. */
  public static OptionalInt optionalInt(@Nullable Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** What a model reader does to finish: build, turning a missing or invalid field into a parse error. */
  @FunctionalInterface
  public interface Build<T> {
    /** Builds the value. */
    T build();
  }

  /** Builds a model, reporting a missing required field as a parse error that names it. */
  public static <T> T build(JsonParser p, String model, Build<T> build) throws IOException {
    try {
      return build.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw MismatchedInputException.from(
          p, (Class<?>) null, "Invalid " + model + " body: " + e.getMessage());
    }
  }

  /** The error for a field whose value has the wrong kind. */
  public static MismatchedInputException mismatch(JsonParser p, String field, String expected) {
    return MismatchedInputException.from(
        p,
        (Class<?>) null,
        "Cannot read '" + field + "': expected " + expected + ", found " + describe(p));
  }

  /** The error for a body that lacks a field the model requires. */
  public static MismatchedInputException missing(JsonParser p, String field) {
    return MismatchedInputException.from(
        p, (Class<?>) null, "Missing required field '" + field + "'");
  }

  private static String describe(JsonParser p) throws RuntimeException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
