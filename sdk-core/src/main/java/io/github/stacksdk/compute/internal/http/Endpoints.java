package io.github.stacksdk.compute.internal.http;

import okhttp3.HttpUrl;

/**
 * The compute endpoint as a service catalog gives it ({@code …/v2.1}, {@code …/v2.1/{project_id}},
 * {@code …/v2/{project_id}}, {@code …/compute/v2.1}), treated as an opaque base to which resource
 * paths are joined with exactly one slash.
 */
public final class Endpoints {
  private Endpoints() {}

  /**
   * Parses and normalises an endpoint: no trailing slash, no query, no fragment.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static HttpUrl parse(String endpoint) {
    String trimmed = endpoint.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("endpoint is blank");
    }
    if (trimmed.contains("%(") || trimmed.contains("$(")) {
      throw new IllegalArgumentException(
          "endpoint " + trimmed + " holds an unsubstituted catalog template; give the project id");
    }
    HttpUrl url = HttpUrl.parse(trimmed);
    if (url == null) {
      throw new IllegalArgumentException("endpoint is not an http or https URL: " + trimmed);
    }
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new IllegalArgumentException("endpoint must not have a query or fragment: " + trimmed);
    }
    HttpUrl.Builder builder = url.newBuilder();
    for (int i = url.pathSize() - 1; i >= 0 && url.pathSegments().get(i).isEmpty(); i--) {
      builder.removePathSegment(i);
    }
    return builder.build();
  }

  /** The endpoint with {@code segments} appended, each percent-encoded as one path segment. */
  public static HttpUrl.Builder resolve(HttpUrl endpoint, String... segments) {
    HttpUrl.Builder builder = endpoint.newBuilder();
    for (String segment : segments) {
      builder.addPathSegment(segment);
    }
    return builder;
  }

  /** The path and query of a URL, as logs and messages show it. */
  public static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
  }
}
