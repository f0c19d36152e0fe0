package io.github.stacksdk.compute.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Checks a token (or any credential sent as a header value) where it enters the SDK: from the
 * builder, from a token supplier or provider, or from an identity service's answer. Whitespace
 * around it (a token read from a file with its newline) is trimmed; anything else that HTTP cannot
 * carry is refused. No message ever quotes the token.
 */
public final class TokenValues {
  private TokenValues() {}

  /** The token without the whitespace around it; unchanged (the same instance) when it has none. */
  public static String strip(String token) {
    return token.strip();
  }

  /**
   * What is wrong with a token that was already {@linkplain #strip(String) stripped}, or null when
   * it can be sent: it is blank, or has a character outside visible ASCII (a control character,
   * a space inside it, a non-ASCII letter). The text names the position, never the token.
   */
  public static @Nullable String problem(String token) {
    if (token.isEmpty()) {
      return "is blank";
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return "has a character that cannot be sent in an HTTP header ("
            + describe(c)
            + " at index "
            + i
            + " of "
            + token.length()
            + ")";
      }
    }
    return null;
  }

  private static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    return c < 0x20 || c == 0x7f
        ? String.format("control character 0x%02x", (int) c)
        : "a non-ASCII character";
  }
}
