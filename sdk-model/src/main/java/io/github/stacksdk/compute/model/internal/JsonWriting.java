package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Writes optional fields and containers: an absent value writes no field at all. */
public final class JsonWriting {
  private JsonWriting() {}

  /** Writes one value. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /** Writes {@code value} at the generator's current position. */
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Writes a text field when present. */
  public static void string(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /** Writes a number field when present. */
  public static void integer(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  /** Writes a 64-bit number field when present. */
  public static void longInteger(JsonGenerator g, String name, OptionalLong value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsLong());
    }
  }

  /**
   * Writes an id that Nova sends as an integer in older microversions and as a UUID in newer ones
   * (hypervisors and services before and from 2.53): as a number when the text is one, written
   * the way Java writes it back, else as text, so that a body is written as Nova sent it.
   */
  public static void numberOrText(JsonGenerator g, String name, String value) throws IOException {
    if (isPlainInteger(value)) {
      g.writeNumberField(name, Long.parseLong(value));
    } else {
      g.writeStringField(name, value);
    }
  }

  /** Writes an id as {@link #numberOrText} does, when present. */
  public static void numberOrText(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      numberOrText(g, name, value.get());
    }
  }

  /** Whether {@code text} is a {@code long} as Java writes it: no '+', no leading 0, no "-0". */
  private static boolean isPlainInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits == 0 || digits > 18 || (text.charAt(start) == '0' && (digits > 1 || start > 0))) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Writes a boolean field when present. */
  public static void bool(JsonGenerator g, String name, Optional<Boolean> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  /** Writes a timestamp field as Nova writes {@code created}, when present. */
  public static void zonedInstant(JsonGenerator g, String name, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, Timestamps.formatZoned(value.get()));
    }
  }

  /** Writes a timestamp field as Nova writes {@code launched_at} (no zone), when present. */
  public static void zonelessInstant(JsonGenerator g, String name, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, Timestamps.formatZoneless(value.get()));
    }
  }

  /** Writes a model's unknown fields ({@code additionalProperties()}), each a field of its own. */
  public static void additionalProperties(JsonGenerator g, Map<String, Object> values)
      throws IOException {
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      g.writeFieldName(entry.getKey());
      UntypedJson.write(g, entry.getValue());
    }
  }

  /** Writes an array field, always (an empty collection writes {@code []}). */
  public static <T> void array(
      JsonGenerator g, String name, Collection<T> values, ValueWriter<? super T> writer)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      writer.write(value, g);
    }
    g.writeEndArray();
  }

  /** Writes an array of text, always. */
  public static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    array(g, name, values, (value, gen) -> gen.writeString(value));
  }

  /** Writes an object of text values, always. */
  public static void stringMap(JsonGenerator g, String name, Map<String, String> values)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      g.writeStringField(entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
  }
}
