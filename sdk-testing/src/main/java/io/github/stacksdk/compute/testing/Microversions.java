package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.internal.http.Microversion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Nova's rules for sdk-core's {@link Microversion}: the microversion a compute request asks for,
 * as Nova reads it: {@code OpenStack-API-Version: compute X.Y} wins over {@code
 * X-OpenStack-Nova-API-Version: X.Y}; neither means 2.1; {@code latest} means the maximum; a
 * malformed value is 400, and one outside [2.1, max] is 406.
 */
final class Microversions {
  static final String HEADER = "OpenStack-API-Version";
  static final String LEGACY_HEADER = "X-OpenStack-Nova-API-Version";

  /**
   * Nova's own check, {@code nova/api/openstack/api_version_request.py}: stricter than {@link
   * Microversion#parse} (no leading zeros, no spaces) and without its four-digit bound.
   */
  private static final Pattern FORMAT = Pattern.compile("^([1-9]\\d*)\\.([1-9]\\d*|0)$");

  private Microversions() {}

  /**
   * Parses {@code X.Y} as Nova does.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  /** A builder's maximum microversion: {@code X.Y}, at least 2.1. */
  static Microversion parseMax(String text) {
    Microversion max = parse(text);
    if (max.isLowerThan(Microversion.BASELINE)) {
      throw new IllegalArgumentException("maxMicroversion must be at least 2.1, was " + max);
    }
    return max;
  }

  static Microversion parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a microversion: " + text);
    }
    try {
      return Microversion.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a microversion: " + text, e);
    }
  }

  /** Whether {@code version} is {@code 2.minor} or later. */
  static boolean atLeast(Microversion version, int minor) {
    return !version.isLowerThan(Microversion.of(2, minor));
  }

  /**
   * Negotiates the request's microversion.
   *
   * @throws NovaFault 400 for a malformed version, 406 for one outside the range
   */
  static Microversion negotiate(Headers headers, Microversion max) {
    String requested = requested(headers);
    if (requested == null) {
      return Microversion.BASELINE;
    }
    if (requested.equalsIgnoreCase("latest")) {
      return max;
    }
    Microversion version;
    try {
      version = parse(requested);
    } catch (IllegalArgumentException e) {
      throw NovaFault.badRequest(
          "API Version String "
              + requested
              + " is of invalid format. Must be of format MajorNum.MinorNum.");
    }
    if (version.isLowerThan(Microversion.BASELINE) || max.isLowerThan(version)) {
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
