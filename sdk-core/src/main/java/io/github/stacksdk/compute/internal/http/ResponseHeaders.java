package io.github.stacksdk.compute.internal.http;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The request-id, microversion and content-type headers of a compute response, for pages and errors
 * alike. They are read on every response, so they are scanned in place, without the regular
 * expressions that {@code String.split} and OkHttp's {@code MediaType} run on each call.
 */
public final class ResponseHeaders {
  private static final String OPENSTACK_REQUEST_ID = "X-OpenStack-Request-Id";
  private static final String COMPUTE_REQUEST_ID = "X-Compute-Request-Id";
  private static final String COMPUTE = "compute";

  private ResponseHeaders() {}

  /** {@code X-OpenStack-Request-Id}, else Nova's historic {@code X-Compute-Request-Id}; blank is none. */
  public static @Nullable String requestId(Headers headers) {
    String value = headers.get(OPENSTACK_REQUEST_ID);
    if (value == null || value.isBlank()) {
      value = headers.get(COMPUTE_REQUEST_ID);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The compute microversion of {@code OpenStack-API-Version} ({@code compute 2.79}, possibly among
   * other services' entries), else of {@code X-OpenStack-Nova-API-Version}; only {@code X.Y} counts.
   */
  public static @Nullable String microversion(Headers headers) {
    for (int i = 0, size = headers.size(); i < size; i++) {
      if (headers.name(i).equalsIgnoreCase("OpenStack-API-Version")) {
        String version = computeEntry(headers.value(i));
        if (version != null) {
          return version;
        }
      }
    }
    String legacy = headers.get("X-OpenStack-Nova-API-Version");
    if (legacy == null) {
      return null;
    }
    int start = skipSpace(legacy, 0, legacy.length());
    int end = trimSpace(legacy, start, legacy.length());
    return isVersion(legacy, start, end) ? legacy.substring(start, end) : null;
  }

  /**
   * The version of the first {@code compute X.Y} entry of a comma-separated list: an entry is two
   * words, {@code compute} in any case and the version, and nothing else.
   */
  private static @Nullable String computeEntry(String value) {
    int length = value.length();
    for (int entry = 0; entry <= length; ) {
      int comma = value.indexOf(',', entry);
      int entryEnd = comma < 0 ? length : comma;
      int start = skipSpace(value, entry, entryEnd);
      int end = trimSpace(value, start, entryEnd);
      int wordEnd = start;
      while (wordEnd < end && !isSeparator(value.charAt(wordEnd))) {
        wordEnd++;
      }
      int versionStart = wordEnd;
      while (versionStart < end && isSeparator(value.charAt(versionStart))) {
        versionStart++;
      }
      if (wordEnd - start == COMPUTE.length()
          && value.regionMatches(true, start, COMPUTE, 0, COMPUTE.length())
          && isVersion(value, versionStart, end)) {
        return value.substring(versionStart, end);
      }
      entry = entryEnd + 1;
    }
    return null;
  }

  /** Whether {@code s[start..end)} is one to five digits, a dot, and one to five digits. */
  private static boolean isVersion(String s, int start, int end) {
    int dot = start;
    while (dot < end && isDigit(s.charAt(dot))) {
      dot++;
    }
    int minor = dot + 1;
    int digits = minor;
    while (digits < end && isDigit(s.charAt(digits))) {
      digits++;
    }
    return dot - start >= 1
        && dot - start <= 5
        && dot < end
        && s.charAt(dot) == '.'
        && digits == end
        && end - minor >= 1
        && end - minor <= 5;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What separates the words of an entry: the ASCII white space of {@code \s}. */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The first index from {@code start} that is not white space, as {@link String#strip} sees it. */
  private static int skipSpace(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  /** The end of {@code s[start..end)} without its trailing white space. */
  private static int trimSpace(String s, int start, int end) {
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether a {@code Content-Type} names a media type other than JSON: its subtype (as in {@code
   * text/html; charset=utf-8}) does not contain {@code json}, in any case, as {@code
   * application/json}, {@code application/problem+json} and {@code text/json} do. A missing header,
   * or one that does not start with {@code type/subtype}, says nothing either way.
   */
  public static boolean isOtherThanJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    int length = contentType.length();
    int slash = 0;
    while (slash < length && isTokenChar(contentType.charAt(slash))) {
      slash++;
    }
    if (slash == 0 || slash == length || contentType.charAt(slash) != '/') {
      return false;
    }
    int subtypeEnd = slash + 1;
    while (subtypeEnd < length && isTokenChar(contentType.charAt(subtypeEnd))) {
      subtypeEnd++;
    }
    if (subtypeEnd == slash + 1) {
      return false;
    }
    for (int i = slash + 1; i + 4 <= subtypeEnd; i++) {
      if (contentType.regionMatches(true, i, "json", 0, 4)) {
        return false;
      }
    }
    return true;
  }

  /** An HTTP token character (RFC 9110), as OkHttp's {@code MediaType} parses a type. */
  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`{|}~".indexOf(c) >= 0;
  }
}
