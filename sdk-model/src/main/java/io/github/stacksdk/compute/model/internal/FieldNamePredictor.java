package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Predicts the name of an object's next field from the order in which one reader last met the
 * fields of its objects, so that the name is read by comparing its bytes with the predicted one
 * ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}) rather than
 * decoded, hashed and looked up in the parser's symbol table. Nova writes the keys of every server
 * in the same order, so after the first server nearly every prediction is right; a name that
 * differs is read the usual way and becomes the prediction. A match is exact (the parser compares the whole
 * quoted name), so a wrong guess costs a few compared bytes and never a wrong name.
 *
 * <p>Shared by every thread without a lock: each slot holds an immutable pair (a name, the name
 * that followed it), so a racing reader sees an old pair or a new one, and at worst guesses wrong.
 * Use it as {@link JsonReading#firstField} and {@link JsonReading#nextField} are used:
 *
 * <pre>{@code
 * for (String name = NAMES.first(p, "server"); name != null; name = NAMES.next(p, name, "server")) { ... }
 * }</pre>
 */
public final class FieldNamePredictor {
  /** Slots for the names of one kind of object (a server has about 60), a power of two. */
  private static final int SLOTS = 256;

  private static final int PROBES = 4;

  /** A name, and the name that came after it the last time. */
  private static final class Successor {
    final String name;
    final SerializedString next;

    Successor(String name, SerializedString next) {
      this.name = name;
      this.next = next;
    }
  }

  private final Successor[] table = new Successor[SLOTS];
  private @Nullable SerializedString first;

  /** As {@link JsonReading#firstField}: the first field's name with the parser on its value. */
  public @Nullable String first(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return JsonReading.firstField(p, field);
    }
    SerializedString expected = first;
    JsonToken token;
    if (expected == null) {
      token = p.nextToken();
    } else if (p.nextFieldName(expected)) {
      p.nextToken();
      return expected.getValue();
    } else {
      token = p.currentToken();
    }
    String name = JsonReading.fieldAt(p, token, field);
    if (name != null) {
      first = new SerializedString(name);
    }
    return name;
  }

  /** As {@link JsonReading#nextField}: the name of the field after {@code current}, or null. */
  public @Nullable String next(JsonParser p, String current, String field) throws IOException {
    Successor known = find(current);
    JsonToken token;
    if (known == null) {
      token = p.nextToken();
    } else if (p.nextFieldName(known.next)) {
      p.nextToken();
      return known.next.getValue();
    } else {
      token = p.currentToken();
    }
    String name = JsonReading.fieldAt(p, token, field);
    if (name != null) {
      learn(current, name);
    }
    return name;
  }

  private @Nullable Successor find(String name) {
    int home = slot(name);
    for (int i = 0; i < PROBES; i++) {
      Successor s = table[(home + i) & (SLOTS - 1)];
      if (s == null) {
        return null;
      }
      if (s.name.equals(name)) { // the parser's names are interned: equal is nearly always same
        return s;
      }
    }
    return null;
  }

  private void learn(String name, String next) {
    Successor pair = new Successor(name, new SerializedString(next));
    int home = slot(name);
    for (int i = 0; i < PROBES; i++) {
      int at = (home + i) & (SLOTS - 1);
      Successor s = table[at];
      if (s == null || s.name.equals(name)) {
        table[at] = pair;
        return;
      }
    }
    table[home] = pair; // a crowded neighbourhood: the newest pair wins its home slot
  }

  private static int slot(String name) {
    int h = name.hashCode();
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }
}
