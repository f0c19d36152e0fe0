package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.missing;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Whole response bodies, {@code {"<key>": {...}}} and {@code {"<key>": [...], "<key>_links"?:
 * [...]}}, for the body readers of the server-group, quota and instance-action models. Each reads
 * from a parser that has not read its first token yet, and requires the body to end after its
 * object.
 */
final class Bodies {
  private Bodies() {}

  /** A page of a listing: its items, and the {@code href} of its {@code next} link, if any. */
  static final class Page<T> {
    final List<T> items;
    final @Nullable String next;

    Page(List<T> items, @Nullable String next) {
      this.items = items;
      this.next = next;
    }
  }

  /** The object under {@code key}; the other keys are skipped. */
  static <T> T single(JsonParser p, String key, JsonReading.ValueReader<T> reader)
      throws IOException {
    start(p);
    T value = null;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (name.equals(key) && p.currentToken() == JsonToken.START_OBJECT) {
        value = reader.read(p);
      } else if (name.equals(key) && p.currentToken() != JsonToken.VALUE_NULL) {
        throw mismatch(p, key, "an object");
      } else {
        p.skipChildren();
      }
    }
    if (value == null) {
      throw missing(p, key);
    }
    end(p);
    return value;
  }

  /** The list under {@code key} and the next link of the list under {@code linksKey}. */
  static <T> Page<T> page(
      JsonParser p, String key, String linksKey, JsonReading.ValueReader<T> reader)
      throws IOException {
    start(p);
    List<T> items = new ArrayList<>();
    String next = null;
    boolean seen = false;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (name.equals(key)) {
        seen = true;
        for (boolean more = firstElement(p, key); more; more = nextElement(p)) {
          T item = reader.read(p);
          if (item != null) {
            items.add(item);
          }
        }
      } else if (name.equals(linksKey)) {
        for (boolean more = firstElement(p, linksKey); more; more = nextElement(p)) {
          Link link = LinkJson.read(p);
          if (next == null && link.rel().equals("next")) {
            next = link.href();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (!seen) {
      throw missing(p, key);
    }
    end(p);
    return new Page<>(List.copyOf(items), next);
  }

  /** The integer {@link JsonReading#integer} read, or empty for null. */
  static OptionalInt optionalInt(@Nullable Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static void start(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
  }

  /** A body must end after its object; anything else is a broken or concatenated response. */
  private static void end(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
  }
}
