package io.github.stacksdk.compute.internal.http;

import java.util.Locale;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** The request-id and microversion headers of a compute response. */
public final class ResponseHeaders {
  private ResponseHeaders() {}

  /** {@code X-OpenStack-Request-Id}, else Nova's historic {@code X-Compute-Request-Id}. */
  public static @Nullable String requestId(Headers headers) {
    String id = headers.get("X-OpenStack-Request-Id");
    return id != null ? id : headers.get("X-Compute-Request-Id");
  }

  /** The compute microversion of {@code OpenStack-API-Version}, else {@code X-OpenStack-Nova-API-Version}. */
  public static @Nullable String microversion(Headers headers) {
    for (String value : headers.values("OpenStack-API-Version")) {
      String trimmed = value.trim();
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("compute ")) {
        return trimmed.substring("compute ".length()).trim();
      }
    }
    String legacy = headers.get("X-OpenStack-Nova-API-Version");
    return legacy == null ? null : legacy.trim();
  }
}
