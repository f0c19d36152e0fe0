package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.internal.http.Microversion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a fake was built with, and the address it got when it started: what {@link FakeCompute}
 * reports and {@link NovaDispatcher} answers with. Immutable.
 */
final class FakeSettings {
  /** {@code http://127.0.0.1:PORT}, which every link in a response starts with. */
  final String baseUrl;

  final String token;
  final String projectId;
  final Microversion maxVersion;
  final boolean virtualInterfacesExtension;
  private final Map<String, String> projectsByToken;

  FakeSettings(
      String baseUrl,
      String token,
      String projectId,
      Map<String, String> otherTokens,
      Microversion maxVersion,
      boolean virtualInterfacesExtension) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.projectId = projectId;
    Map<String, String> projects = new LinkedHashMap<>(otherTokens);
    projects.put(token, projectId);
    this.projectsByToken = Collections.unmodifiableMap(projects);
    this.maxVersion = maxVersion;
    this.virtualInterfacesExtension = virtualInterfacesExtension;
  }

  String endpoint() {
    return baseUrl + "/v2.1";
  }

  String keystoneUrl() {
    return baseUrl + "/identity/v3";
  }

  /** The project a token belongs to: the fake's own token's, or one added with {@code addToken}. */
  Optional<String> projectOf(@Nullable String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(projectsByToken.get(token));
  }

  /** The check of the builder's text settings. */
  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
