package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.OkHttp;
import org.jspecify.annotations.Nullable;

/** The {@code User-Agent} the SDK sends: its name and version, Java's, and OkHttp's. */
public final class UserAgent {
  /** The SDK version, from the build. */
  public static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  /** For example {@code stacksdk-compute/0.1.0 Java/17.0.15 okhttp/5.5.1 my-app/2.0}. */
  public static String of(@Nullable String suffix) {
    String base =
        "stacksdk-compute/"
            + SDK_VERSION
            + " Java/"
            + System.getProperty("java.version", "unknown")
            + " okhttp/"
            + OkHttp.VERSION;
    return suffix == null ? base : base + " " + suffix;
  }

  /**
   * Checks a caller's product token, such as {@code my-app/2.0}.
   *
   * @return it without surrounding whitespace
   * @throws IllegalArgumentException when it is blank or has control or non-ASCII characters
   */
  public static String checkSuffix(String suffix) {
    if (suffix.isBlank() || !suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("userAgentSuffix must be printable ASCII text");
    }
    return suffix.trim();
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
