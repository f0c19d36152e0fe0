package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.internal.http.Microversion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

  /** The cloud's clock: {@code updated} stamps and the {@code Date} header. */
  final Clock clock;

  private final Map<String, String> projectsByToken;
  private final Set<String> memberTokens;
  private final Map<String, String> usersByToken;

  FakeSettings(
      String baseUrl,
      String token,
      String projectId,
      Map<String, String> otherTokens,
      Map<String, String> memberTokens,
      Microversion maxVersion,
      boolean virtualInterfacesExtension,
      Clock clock,
      Map<String, String> usersByToken) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.projectId = projectId;
    Map<String, String> projects = new LinkedHashMap<>(otherTokens);
    projects.putAll(memberTokens);
    projects.put(token, projectId);
    this.memberTokens = Set.copyOf(memberTokens.keySet());
    this.projectsByToken = Collections.unmodifiableMap(projects);
    this.maxVersion = maxVersion;
    this.virtualInterfacesExtension = virtualInterfacesExtension;
    this.clock = clock;
    this.usersByToken = Map.copyOf(usersByToken);
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

  /**
   * The user a known token belongs to: the one set for it with {@code userId}, else Keystone's one
   * user for the fake's own token, and a user of its own, derived from the token, for each added
   * one.
   */
  String userOf(String token) {
    String set = usersByToken.get(token);
    if (set != null) {
      return set;
    }
    return token.equals(this.token) ? Keystone.USER_ID : derivedUserId(token);
  }

  /** A user id as Keystone makes them (32 hexadecimal digits), the same for a token every time. */
  static String derivedUserId(String token) {
    return UUID.nameUUIDFromBytes(("user:" + token).getBytes(StandardCharsets.UTF_8))
        .toString()
        .replace("-", "");
  }

  /** The projects of the known tokens. */
  Set<String> tokenProjects() {
    return Set.copyOf(projectsByToken.values());
  }

  /** Whether a known token is an administrator's; those of {@code addMemberToken} are not. */
  boolean isAdmin(String token) {
    return !memberTokens.contains(token);
  }

  /** The check of the builder's project id, which goes into paths. */
  static String requireProjectId(String projectId) {
    String id = requireText(projectId, "projectId");
    if (id.contains("/")) {
      throw new IllegalArgumentException("projectId must not contain '/'");
    }
    return id;
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
