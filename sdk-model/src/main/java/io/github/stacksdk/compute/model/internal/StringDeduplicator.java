package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * One {@code String} per distinct value for the text that repeats from server to server: statuses,
 * project, user and host ids, host names, availability zones, image and flavor ids and links, link
 * relations, address types. The text is read from the parser's character buffer; a value seen
 * recently returns the {@code String} made for it before, so a listing of thousands of servers
 * neither allocates nor keeps a copy per server of what they share.
 *
 * <p>JVM-wide state: the table lives in static fields, shared by every thread and every client of
 * the JVM, and is never cleared. It holds at most 2,048 values of at most {@value #MAX_LENGTH}
 * characters (under 1 MB; a few tens of KB for the usual ids and names). A value stays reachable
 * until a newer one pushes it out, so readers never pass it a secret. No lock: an entry is
 * immutable, so a thread reading a slot that another one is writing sees either entry, complete.
 *
 * <p>How: a two-way set-associative table of 2,048 slots, the newer entry of a pair first. A
 * value's slot comes from its length and its last characters (where ids differ), and a hit is
 * confirmed with {@link Arrays#equals(char[], int, int, char[], int, int)}, which the JVM
 * vectorizes. A value enters the table only the second time it comes: a doorkeeper array notes the
 * hash of a value seen once, so values that never repeat (a metadata value, say) do not push out
 * the ones that do.
 */
final class StringDeduplicator {
  /** Longer text is not looked up: it is rarely repeated. */
  static final int MAX_LENGTH = 128;

  private static final int BITS = 11;
  private static final Entry[] TABLE = new Entry[1 << BITS];
  private static final int SEEN_BITS = 12;

  /** The mixed hashes of values seen once and not yet admitted; 16 KB. */
  private static final int[] SEEN = new int[1 << SEEN_BITS];

  /** A value: its characters, to compare, and its {@code String}. */
  private static final class Entry {
    final char[] chars;
    final String text;

    Entry(char[] chars, String text) {
      this.chars = chars;
      this.text = text;
    }
  }

  /** The value of the last {@link #reuseIfRepeated} call, JVM-wide too: racy on purpose. */
  private static String last = "";

  private StringDeduplicator() {}

  /**
   * The text of the parser's current {@code VALUE_STRING} token for a value that repeats only
   * next to itself, such as the MAC address of a port's IPv4 and IPv6 addresses: the {@code
   * String} of the previous call when the text is the same, else a new one. Such values kept in
   * the table would only push out the ones that repeat across servers. Threads that interleave
   * only miss a reuse.
   */
  static String reuseIfRepeated(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    String previous = last;
    if (previous.length() == length) {
      int i = 0;
      while (i < length && previous.charAt(i) == chars[offset + i]) {
        i++;
      }
      if (i == length) {
        return previous;
      }
    }
    String text = new String(chars, offset, length);
    last = text;
    return text;
  }

  /** The text of the parser's current {@code VALUE_STRING} token. */
  static String text(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    return text(chars, offset, length);
  }

  /** The text {@code chars[offset, offset + length)}. */
  static String text(char[] chars, int offset, int length) {
    if (length == 0) {
      return "";
    }
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int end = offset + length;
    int hash = 31 * length + chars[offset];
    for (int i = Math.max(offset + 1, end - 8); i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    // Fibonacci hashing spreads the hash over the table; the pair is (slot, slot + 1).
    int mixed = hash * 0x9E3779B9;
    int slot = (mixed >>> (32 - BITS)) & ~1;
    Entry first = TABLE[slot];
    if (first != null && matches(first, chars, offset, end)) {
      return first.text;
    }
    Entry second = TABLE[slot + 1];
    if (second != null && matches(second, chars, offset, end)) {
      return second.text;
    }
    String text = new String(chars, offset, length);
    int seen = mixed >>> (32 - SEEN_BITS);
    if (SEEN[seen] != mixed) {
      SEEN[seen] = mixed; // the first time (as far as the doorkeeper knows): not admitted yet
      return text;
    }
    TABLE[slot + 1] = first;
    TABLE[slot] = new Entry(Arrays.copyOfRange(chars, offset, end), text);
    return text;
  }

  private static boolean matches(Entry entry, char[] chars, int offset, int end) {
    char[] known = entry.chars;
    return known.length == end - offset
        && Arrays.equals(known, 0, known.length, chars, offset, end);
  }
}
