package io.github.stacksdk.compute.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Lookup of the open enums by their wire value, shared so that each enum stays a plain list. */
final class EnumLookup {
  private EnumLookup() {}

  /** Indexes {@code values} by their wire value and its lower-case form. */
  static <E extends Enum<E>> Map<String, E> index(E[] values, Function<E, String> wireValue) {
    Map<String, E> index = new HashMap<>();
    for (E value : values) {
      String wire = wireValue.apply(value);
      index.put(wire, value);
      index.put(wire.toLowerCase(Locale.ROOT), value);
    }
    return Map.copyOf(index);
  }

  /** Finds {@code value} exactly, then ignoring case; {@code fallback} when there is no match. */
  static <E> E lookup(Map<String, E> index, String value, E fallback) {
    E exact = index.get(value);
    if (exact != null) {
      return exact;
    }
    E folded = index.get(value.toLowerCase(Locale.ROOT));
    return folded != null ? folded : fallback;
  }
}
