package io.github.stacksdk.compute.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Renders a model as text, for golden files: every accessor of its public type in name order, one
 * line per value, nested values indented. An attribute is written {@code name: value}, a derived
 * view that the generated class does not implement (such as {@code status()}) {@code name():
 * value}. Text is quoted, an empty {@code Optional} is {@code <absent>}, list elements are {@code
 * [i]} and map keys are quoted, in the collection's own order.
 */
final class ModelText {
  private static final String MODEL_PACKAGE = Server.class.getPackageName();

  private ModelText() {}

  /** The text of a model value. */
  static String render(Object model) {
    StringBuilder out = new StringBuilder();
    properties(out, 0, model);
    return out.toString();
  }

  private static void properties(StringBuilder out, int depth, Object model) {
    for (Method accessor : accessors(publicType(model.getClass()))) {
      String label =
          isAttribute(accessor, model.getClass()) ? accessor.getName() : accessor.getName() + "()";
      value(out, depth, label, invoke(accessor, model));
    }
  }

  private static void value(StringBuilder out, int depth, String label, Object value) {
    Object v = unwrap(value);
    String indent = "  ".repeat(depth);
    if (v instanceof List && !((List<?>) v).isEmpty()) {
      out.append(indent).append(label).append(":\n");
      List<?> list = (List<?>) v;
      for (int i = 0; i < list.size(); i++) {
        value(out, depth + 1, "[" + i + "]", list.get(i));
      }
    } else if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
      out.append(indent).append(label).append(":\n");
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
        value(out, depth + 1, quote(String.valueOf(entry.getKey())), entry.getValue());
      }
    } else if (isModel(v)) {
      out.append(indent).append(label).append(":\n");
      properties(out, depth + 1, v);
    } else {
      out.append(indent).append(label).append(": ").append(scalar(v)).append('\n');
    }
  }

  /** The value inside an {@code Optional}, or null for an empty one. */
  private static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? (Object) optional.getAsInt() : null;
    }
    return value;
  }

  private static String scalar(Object value) {
    if (value == null) {
      return "<absent>";
    }
    if (value instanceof List) {
      return "[]";
    }
    if (value instanceof Map) {
      return "{}";
    }
    if (value instanceof String) {
      return quote((String) value);
    }
    if (value instanceof Enum || value instanceof Integer || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Number) { // only untyped JSON holds other numbers
      return value + " (" + value.getClass().getSimpleName() + ")";
    }
    return value.toString(); // Instant
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean isModel(Object value) {
    return value != null
        && !(value instanceof Enum)
        && value.getClass().getPackageName().equals(MODEL_PACKAGE);
  }

  /** The public model type that a (generated) value class implements. */
  private static Class<?> publicType(Class<?> type) {
    List<Class<?>> candidates = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      candidates.add(c);
      candidates.addAll(Arrays.asList(c.getInterfaces()));
    }
    for (Class<?> candidate : candidates) {
      if (Modifier.isPublic(candidate.getModifiers())
          && candidate.getPackageName().equals(MODEL_PACKAGE)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("not a model: " + type.getName());
  }

  /** The public instance accessors the type declares, by name; not {@code toBuilder()}. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && method.getParameterCount() == 0
          && !method.isSynthetic()
          && method.getReturnType() != void.class
          && !method.getName().equals("toBuilder")) {
        accessors.add(method);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  /** An attribute, with or without a default, is one that the generated class implements. */
  private static boolean isAttribute(Method accessor, Class<?> implementation) {
    try {
      implementation.getDeclaredMethod(accessor.getName());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object invoke(Method accessor, Object model) {
    try {
      return accessor.invoke(model);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot call " + accessor, e);
    }
  }
}
