package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Plain Java values for JSON this SDK does not model: {@code String}, {@code Boolean}, {@code
 * Long}, {@code BigInteger}, {@code Double}, immutable {@code List} and {@code Map}. JSON nulls
 * are left out, so that every value fits an immutable collection.
 */
public final class UntypedJson {
  private UntypedJson() {}

  /** Reads the value at the parser's current token; null for JSON null. */
  public static @Nullable Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? p.getBigIntegerValue()
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Object element = read(p);
          if (element != null) {
            list.add(element);
          }
        }
        return List.copyOf(list);
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          Object value = read(p);
          if (value != null) {
            map.put(name, value);
          }
        }
        return Map.copyOf(map);
      default:
        return null;
    }
  }

  /** Writes a value produced by {@link #read} (or given to a builder) as JSON. */
  public static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof BigInteger) {
      g.writeNumber((BigInteger) value);
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof Double || value instanceof Float) {
      g.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName((String) entry.getKey());
        write(g, entry.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName());
    }
  }

  /**
   * Returns {@code values} itself when every value is already immutable, else a copy whose
   * values are.
   *
   * @throws IllegalArgumentException for a value that is not JSON-like
   */
  public static Map<String, Object> freezeValues(Map<String, Object> values) {
    if (values.isEmpty()) {
      return values;
    }
    Map<String, Object> copy = null;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object frozen = freeze(entry.getValue());
      if (frozen != entry.getValue() && copy == null) {
        copy = new LinkedHashMap<>(values);
      }
      if (copy != null) {
        copy.put(entry.getKey(), frozen);
      }
    }
    return copy != null ? copy : values;
  }

  /** Returns {@code map} itself when every list in it is immutable, else a copy whose lists are. */
  public static <V> Map<String, List<V>> freezeListValues(Map<String, List<V>> map) {
    if (map.isEmpty()) {
      return map;
    }
    // forEach rather than entrySet(): a map keeps the views it hands out, which would then stay
    // in every server read, as long as the server.
    boolean[] frozen = {true};
    map.forEach((key, list) -> frozen[0] &= List.copyOf(list) == list);
    if (frozen[0]) {
      return map;
    }
    Map<String, List<V>> copy = new LinkedHashMap<>();
    map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return copy;
  }

  private static Object freeze(Object value) {
    if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      List<Object> frozen = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object element : list) {
        if (element == null) {
          changed = true;
          continue;
        }
        Object frozenElement = freeze(element);
        changed |= frozenElement != element;
        frozen.add(frozenElement);
      }
      if (!changed && List.copyOf(list) == list) {
        return list;
      }
      return List.copyOf(frozen);
    }
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      Map<String, Object> frozen = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new IllegalArgumentException("JSON object keys are strings: " + entry.getKey());
        }
        if (entry.getValue() == null) {
          changed = true;
          continue;
        }
        Object frozenValue = freeze(entry.getValue());
        changed |= frozenValue != entry.getValue();
        frozen.put((String) entry.getKey(), frozenValue);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> original = (Map<String, Object>) map;
      if (!changed && isImmutableMap(original)) {
        return map;
      }
      return Map.copyOf(frozen);
    }
    throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName());
  }

  private static boolean isImmutableMap(Map<String, Object> map) {
    try {
      return Map.copyOf(map) == map;
    } catch (NullPointerException e) {
      return false;
    }
  }
}
