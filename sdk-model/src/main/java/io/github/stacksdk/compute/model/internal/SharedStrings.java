package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * One {@code String} per distinct value for the text that repeats from server to server: statuses,
 * project, user and host ids, host names, availability zones, image and flavor ids and links, link
 * relations, address types. The text is read from the parser's character buffer; when a value read
 * recently comes again, the {@code String} made for it the first time is returned, so a listing of
 * thousands of servers neither allocates nor keeps a copy per server of what they share.
 *
 * <p>A small table shared by every thread, two-way set-associative: 2,048 slots in pairs, the
 * newer of a pair first; a new value pushes out the older one of its pair. No lock: a {@code
 * String} is immutable, so a thread that reads a slot another one is writing sees either string,
 * complete. What it keeps is bounded (2,048 strings of at most {@value #MAX_LENGTH} characters)
 * and readers only pass it values that are not secrets.
 */
final class SharedStrings {
  /** Longer text is not looked up: it is rarely repeated, and hashing it would cost more. */
  static final int MAX_LENGTH = 128;

  private static final int BITS = 11;
  private static final String[] TABLE = new String[1 << BITS];

  private SharedStrings() {}

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
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    // Fibonacci hashing spreads String's hash over the table; the pair is (slot, slot + 1).
    int slot = ((hash * 0x9E3779B9) >>> (32 - BITS)) & ~1;
    String first = TABLE[slot];
    if (first != null && matches(first, chars, offset, length)) {
      return first;
    }
    String second = TABLE[slot + 1];
    if (second != null && matches(second, chars, offset, length)) {
      return second;
    }
    String text = new String(chars, offset, length);
    TABLE[slot + 1] = first;
    TABLE[slot] = text;
    return text;
  }

  private static boolean matches(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
