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
import io.github.stacksdk.compute.model.internal.JsonReading.ValueReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads whole response bodies (the envelopes around the models of flavors, key pairs and zones)
 * from a parser at the start of the body, as the client's own body readers do: the body must be
 * one object, holding the named key, and nothing may follow it.
 */
public final class ModelBodies {
  private ModelBodies() {}

  /** One page of a listing: its items, and the {@code next} link's {@code href}, if any. */
  public static final class Page<T> {
    private final List<T> items;
    private final @Nullable String nextHref;

    Page(List<T> items, @Nullable String nextHref) {
      this.items = List.copyOf(items);
      this.nextHref = nextHref;
    }

    /** The page's items, in the order sent. */
    public List<T> items() {
      return items;
    }

    /** The {@code href} of the first {@code next} link, or null on the last page. */
    public @Nullable String nextHref() {
      return nextHref;
    }
  }

  /** {@code {"<key>": {...}}}: the object under {@code key}. */
  public static <T> T single(JsonParser p, String key, ValueReader<T> reader) throws IOException {
    startBody(p);
    T found = null;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (name.equals(key) && found == null) {
        found = reader.read(p);
        if (found == null) {
          throw mismatch(p, key, "an object");
        }
      } else {
        p.skipChildren();
      }
    }
    if (found == null) {
      throw missing(p, key);
    }
    endBody(p);
    return found;
  }

  /** {@code {"<key>": [...]}}: the list under {@code key}; null elements are left out. */
  public static <T> List<T> list(JsonParser p, String key, ValueReader<T> reader)
      throws IOException {
    return page(p, key, null, reader).items();
  }

  /**
   * {@code {"<key>": [...], "<linksKey>": [{"rel": "next", "href": ...}]}}: the items under
   * {@code key} (null elements left out) and the first {@code next} link under {@code linksKey}.
   */
  public static <T> Page<T> page(
      JsonParser p, String key, @Nullable String linksKey, ValueReader<T> reader)
      throws IOException {
    startBody(p);
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
      } else if (linksKey != null && name.equals(linksKey)) {
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
    endBody(p);
    return new Page<>(items, next);
  }

  private static void startBody(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
  }

  /** A body must end after its object; anything else is a broken or concatenated response. */
  private static void endBody(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
  }
}
