package io.github.stacksdk.compute.testing;

import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The microversion a compute request asks for, as Nova reads it: {@code OpenStack-API-Version:
 * compute X.Y} wins over {@code X-OpenStack-Nova-API-Version: X.Y}; neither means 2.1; {@code
 * latest} means the maximum; a malformed value is 400, and one outside [2.1, max] is 406.
 */
final class Microversions {
  static final String HEADER = "OpenStack-API-Version";
  static final String LEGACY_HEADER = "X-OpenStack-Nova-API-Version";

  private Microversions() {}

  /**
   * Negotiates the request's microversion.
   *
   * @throws NovaFault 400 for a malformed version, 406 for one outside the range
   */
  static ApiVersion negotiate(Headers headers, ApiVersion max) {
    String requested = requested(headers);
    if (requested == null) {
      return ApiVersion.MIN;
    }
    if (requested.equalsIgnoreCase("latest")) {
      return max;
    }
    ApiVersion version;
    try {
      version = ApiVersion.parse(requested);
    } catch (IllegalArgumentException e) {
      throw NovaFault.badRequest(
          "API Version String " + requested + " is of invalid format. Must be of format MajorNum.MinorNum.");
    }
    if (version.compareTo(ApiVersion.MIN) < 0 || version.compareTo(max) > 0) {
      throw NovaFault.versionNotSupported(requested, max);
    }
    return version;
  }

  /** The compute version named by the headers, or null when none is. */
  private static @Nullable String requested(Headers headers) {
    // Like microversion-parse: every OpenStack-API-Version header, each a comma-separated list of
    // "service version" pairs; only the compute entry counts.
    for (String header : headers.values(HEADER)) {
      for (String entry : header.split(",")) {
        List<String> parts = List.of(entry.trim().split("\\s+", 2));
        if (parts.size() == 2 && parts.get(0).toLowerCase(Locale.ROOT).equals("compute")) {
          return parts.get(1).trim();
        }
      }
    }
    String legacy = headers.get(LEGACY_HEADER);
    return legacy == null ? null : legacy.trim();
  }

  /** Adds the headers with which Nova states the microversion of its answer. */
  static MockResponse.Builder echo(MockResponse.Builder response, String version) {
    return response
        .setHeader(HEADER, "compute " + version)
        .setHeader(LEGACY_HEADER, version)
        .setHeader("Vary", HEADER + ", " + LEGACY_HEADER);
  }
}
