package io.github.stacksdk.compute.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text of a non-JSON error body into one short line: markup, scripts and styles removed,
 * entities decoded, whitespace collapsed. Hand-written scanning rather than regular expressions, so
 * that a hostile 64 KiB body costs linear time and no stack.
 */
final class BodyText {
  /** Elements whose content is never shown. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript");

  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("hellip", "\u2026"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("laquo", "\u00ab"),
          Map.entry("raquo", "\u00bb"),
          Map.entry("middot", "\u00b7"),
          Map.entry("bull", "\u2022"));

  private static final int MAX_ENTITY_LENGTH = 10;

  private BodyText() {}

  /** The visible text of an HTML (or XML) document, on one line. */
  static String fromHtml(String html) {
    StringBuilder text = new StringBuilder(Math.min(html.length(), 4096));
    StringBuilder title = new StringBuilder();
    int length = html.length();
    int i = 0;
    while (i < length) {
      char c = html.charAt(i);
      if (c == '&') {
        i = appendEntity(html, i, text);
        continue;
      }
      if (c != '<' || i + 1 >= length || !startsTag(html.charAt(i + 1))) {
        text.append(c);
        i++;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? length : end + 3;
        text.append(' ');
        continue;
      }
      int end = tagEnd(html, i + 1);
      if (end < 0) {
        break; // an unfinished tag at the end of a truncated body
      }
      String name = tagName(html, i + 1, end);
      boolean opening = html.charAt(i + 1) != '/' && html.charAt(end - 1) != '/';
      i = end + 1;
      text.append(' ');
      if (opening && (HIDDEN.contains(name) || name.equals("title"))) {
        int close = indexOfIgnoreCase(html, "</" + name, i);
        int contentEnd = close < 0 ? length : close;
        if (name.equals("title") && title.length() == 0) {
          for (int j = i; j < contentEnd; ) {
            j = html.charAt(j) == '&' ? appendEntity(html, j, title) : appendChar(html, j, title);
          }
        }
        int closeEnd = close < 0 ? -1 : tagEnd(html, close + 1);
        i = closeEnd < 0 ? length : closeEnd + 1;
      }
    }
    String visible = collapse(text);
    // A page whose only words are its title (<title>502 Bad Gateway</title> and nothing else).
    return visible.isEmpty() ? collapse(title) : visible;
  }

  /**
   * Whether text decoded from a body is mostly not text: compressed or binary bytes, which decode
   * to replacement and control characters that would only garble a message.
   */
  static boolean looksBinary(String text) {
    int odd = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\ufffd' || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
        odd++;
      }
    }
    return odd >= 3 && odd * 10 >= text.length();
  }

  /** Plain text on one line: whitespace and control characters collapsed. */
  static String fromPlain(String plain) {
    return collapse(plain);
  }

  /** {@code text} cut to at most {@code max} characters, ending with {@code …} when cut. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + '\u2026';
  }

  /** Whitespace, control and space characters as single spaces, trimmed. */
  static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || c == '\ufeff') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int appendChar(String s, int i, StringBuilder out) {
    out.append(s.charAt(i));
    return i + 1;
  }

  private static boolean startsTag(char next) {
    return next == '/' || next == '!' || next == '?' || (next < 128 && Character.isLetter(next));
  }

  /** The index of the {@code >} that ends the tag whose name starts at {@code from}; -1 if none. */
  private static int tagEnd(String s, int from) {
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static String tagName(String s, int from, int end) {
    int start = s.charAt(from) == '/' ? from + 1 : from;
    int i = start;
    while (i < end && i - start < 16 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Appends the character of the entity at {@code amp}, or the {@code &} itself when none starts
   * there, and returns the index after what it consumed.
   */
  private static int appendEntity(String s, int amp, StringBuilder out) {
    int semicolon = -1;
    for (int i = amp + 1; i < s.length() && i <= amp + MAX_ENTITY_LENGTH; i++) {
      if (s.charAt(i) == ';') {
        semicolon = i;
        break;
      }
    }
    String decoded = semicolon < 0 ? null : decodeEntity(s.substring(amp + 1, semicolon));
    if (decoded == null) {
      out.append('&');
      return amp + 1;
    }
    out.append(decoded);
    return semicolon + 1;
  }

  private static @Nullable String decodeEntity(String name) {
    if (name.length() > 1 && name.charAt(0) == '#') {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      String digits = name.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > 8) {
        return null;
      }
      int codePoint;
      try {
        codePoint = Integer.parseInt(digits, hex ? 16 : 10);
      } catch (NumberFormatException e) {
        return null;
      }
      if (codePoint <= 0
          || codePoint > Character.MAX_CODE_POINT
          || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
        return "\ufffd";
      }
      return new String(Character.toChars(codePoint));
    }
    return ENTITIES.get(name.toLowerCase(Locale.ROOT));
  }
}
