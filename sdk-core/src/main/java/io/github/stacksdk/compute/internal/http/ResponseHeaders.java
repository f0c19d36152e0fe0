package io.github.stacksdk.compute.internal.http;

import java.util.regex.Pattern;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** The request-id and microversion headers of a compute response, for pages and errors alike. */
public final class ResponseHeaders {
  private static final Pattern VERSION = Pattern.compile("\\d{1,5}\\.\\d{1,5}");

  private ResponseHeaders() {}

  /** {@code X-OpenStack-Request-Id}, else Nova's historic {@code X-Compute-Request-Id}; blank is none. */
  public static @Nullable String requestId(Headers headers) {
    for (String name : new String[] {"X-OpenStack-Request-Id", "X-Compute-Request-Id"}) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /**
   * The compute microversion of {@code OpenStack-API-Version} ({@code compute 2.79}, possibly among
   * other services' entries), else of {@code X-OpenStack-Nova-API-Version}; only {@code X.Y} counts.
   */
  public static @Nullable String microversion(Headers headers) {
    for (String value : headers.values("OpenStack-API-Version")) {
      for (String part : value.split(",")) {
        String[] words = part.strip().split("\\s+");
        if (words.length == 2
            && words[0].equalsIgnoreCase("compute")
            && VERSION.matcher(words[1]).matches()) {
          return words[1];
        }
      }
    }
    String legacy = headers.get("X-OpenStack-Nova-API-Version");
    if (legacy != null && VERSION.matcher(legacy.strip()).matches()) {
      return legacy.strip();
    }
    return null;
  }
}
