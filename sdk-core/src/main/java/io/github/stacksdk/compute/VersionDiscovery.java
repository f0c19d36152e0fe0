package io.github.stacksdk.compute;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ServiceError;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Where an endpoint's version documents are, how to read them, and which microversion to use:
 * Nova's root ({@code GET /}) lists every version, its versioned root ({@code GET /v2.1/})
 * describes one.
 */
final class VersionDiscovery {
  /** The newest microversion this SDK's models and requests know (image properties, scheduler hints). */
  static final Microversion HIGHEST_KNOWN = Microversion.parse("2.100");

  private static final Pattern VERSION_SEGMENT = Pattern.compile("v\\d+(\\.\\d+)?");

  private VersionDiscovery() {}

  /** The position of the API version in the endpoint's path ({@code v2.1}, {@code v2}), or -1. */
  private static int versionIndex(HttpUrl endpoint) {
    List<String> segments = endpoint.pathSegments();
    for (int i = 0; i < segments.size(); i++) {
      if (VERSION_SEGMENT.matcher(segments.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The version id the endpoint addresses, as version documents name it: {@code v2.1}, {@code v2.0}. */
  static Optional<String> versionId(HttpUrl endpoint) {
    int index = versionIndex(endpoint);
    if (index < 0) {
      return Optional.empty();
    }
    String segment = endpoint.pathSegments().get(index);
    return Optional.of(segment.contains(".") ? segment : segment + ".0");
  }

  /** Whether this is the legacy v2 API, which strips microversion headers. */
  static boolean isLegacy(HttpUrl endpoint) {
    return versionId(endpoint).map(id -> id.equals("v2.0")).orElse(false);
  }

  /**
   * Fails for the legacy v2 API, which has no microversions.
   *
   * @throws IllegalStateException naming the endpoint and what to use instead
   */
  static void checkHasMicroversions(HttpUrl endpoint) {
    if (isLegacy(endpoint)) {
      throw new IllegalStateException(
          "The legacy /v2 endpoint "
              + endpoint
              + " has no microversions (Nova strips the headers);"
              + " use the catalog's /v2.1 endpoint");
    }
  }

  /** {@code GET} here lists every version: the endpoint up to its version segment. */
  static HttpUrl root(HttpUrl endpoint) {
    int index = versionIndex(endpoint);
    return truncate(endpoint, index < 0 ? endpoint.pathSize() : index);
  }

  /** {@code GET} here describes the endpoint's own version, without the project id; or empty. */
  static Optional<HttpUrl> versionedRoot(HttpUrl endpoint) {
    int index = versionIndex(endpoint);
    return index < 0 ? Optional.empty() : Optional.of(truncate(endpoint, index + 1));
  }

  private static HttpUrl truncate(HttpUrl endpoint, int keep) {
    HttpUrl.Builder url = endpoint.newBuilder();
    for (int i = endpoint.pathSize() - 1; i >= keep; i--) {
      url.removePathSegment(i);
    }
    return url.addPathSegment("").build();
  }

  /** Reads {@code {"versions": [...]}} or {@code {"version": {...}}}. */
  static List<ComputeVersion> read(JsonParser p) throws IOException {
    // The client's parsers stream tokens and carry no codec: the mapper reads the tree.
    JsonNode body = ModelJson.mapper().readTree(p);
    List<ComputeVersion> versions = new ArrayList<>();
    if (body != null && body.path("versions").isArray()) {
      body.path("versions").forEach(v -> versions.add(version(v)));
    } else if (body != null && body.path("version").isObject()) {
      versions.add(version(body.path("version")));
    } else {
      throw new JsonParseException(p, "no \"versions\" or \"version\" in the version document");
    }
    return versions;
  }

  private static ComputeVersion version(JsonNode v) {
    return ComputeVersion.builder()
        .id(v.path("id").asText(""))
        .status(v.path("status").asText(""))
        .minMicroversion(nonEmpty(v.path("min_version").asText("")))
        .maxMicroversion(nonEmpty(v.path("version").asText("")))
        .build();
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The version document entry of the endpoint's version, else the CURRENT one. */
  static Optional<ComputeVersion> versionOf(HttpUrl endpoint, List<ComputeVersion> versions) {
    Optional<String> id = versionId(endpoint);
    if (id.isPresent()) {
      return versions.stream().filter(v -> v.id().equals(id.get())).findFirst();
    }
    return versions.stream().filter(v -> v.status().equals("CURRENT")).findFirst();
  }

  /**
   * The microversion to use with this server: the pinned one when the server supports it, else the
   * highest that both this SDK and the server know.
   *
   * @throws MicroversionNotSupportedException when the server's range excludes the pinned one, or
   *     has nothing in common with this SDK's
   * @throws IllegalStateException when the endpoint's version has no microversions
   */
  static String negotiate(
      HttpUrl endpoint, List<ComputeVersion> versions, @Nullable String pinned) {
    ComputeVersion version =
        versionOf(endpoint, versions)
            .filter(ComputeVersion::supportsMicroversions)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The compute endpoint "
                            + endpoint
                            + " offers no microversions (its version document lists "
                            + versions
                            + "); a legacy /v2 endpoint ignores them: use the catalog's /v2.1 endpoint"));
    Microversion min = Microversion.parse(version.minMicroversion().orElse("2.1"));
    Microversion max = Microversion.parse(version.maxMicroversion().get());
    Microversion wanted =
        pinned != null
            ? Microversion.parse(pinned)
            : (HIGHEST_KNOWN.isLowerThan(max) ? HIGHEST_KNOWN : max);
    if (wanted.isLowerThan(min) || max.isLowerThan(wanted)) {
      String message =
          "Version "
              + wanted
              + " is not supported by the API. Minimum is "
              + min
              + " and maximum is "
              + max
              + "."
              + (pinned == null
                  ? " This SDK knows microversions up to " + HIGHEST_KNOWN + "."
                  : "");
      throw new MicroversionNotSupportedException(
          ServiceError.builder()
              .statusCode(406)
              .faultName("computeFault")
              .message(message)
              .build());
    }
    return wanted.toString();
  }
}
