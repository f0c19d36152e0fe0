package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Keystone's {@code POST /v3/auth/tokens} (password, token or application-credential methods)
 * and its version document. The token it issues is the fake's one token, scoped to the fake's
 * project (as Keystone scopes a token without a scope to the user's default project), with a
 * catalog whose {@code compute} service points at the fake.
 */
final class Keystone {
  /** The id of the fake's one user; sample servers belong to it. */
  static final String USER_ID = "5e3f1d7c2b9a4c6e8d0f1a2b3c4d5e6f";

  static final String PROJECT_NAME = "fake-project";
  static final String REGION = "RegionOne";

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final String keystoneUrl;
  private final String computeEndpoint;
  private final String token;
  private final String projectId;
  private final @Nullable String username;
  private final @Nullable String password;

  Keystone(
      String keystoneUrl,
      String computeEndpoint,
      String token,
      String projectId,
      @Nullable String username,
      @Nullable String password) {
    this.keystoneUrl = keystoneUrl;
    this.computeEndpoint = computeEndpoint;
    this.token = token;
    this.projectId = projectId;
    this.username = username;
    this.password = password;
  }

  /** {@code GET /identity/v3}. */
  MockResponse.Builder versionDocument() {
    ObjectNode body = Responses.object();
    ObjectNode version = body.putObject("version");
    version.put("id", "v3.14").put("status", "stable").put("updated", "2020-04-07T00:00:00Z");
    version.putArray("links").add(ServerRenderer.link("self", keystoneUrl + "/"));
    version
        .putArray("media-types")
        .addObject()
        .put("base", "application/json")
        .put("type", "application/vnd.openstack.identity-v3+json");
    return Responses.json(200, body);
  }

  /** {@code POST /identity/v3/auth/tokens}. */
  MockResponse.Builder issueToken(RecordedRequest request) {
    JsonNode identity;
    try {
      JsonNode body =
          ModelJson.mapper()
              .readTree(
                  request.getBody() == null
                      ? ""
                      : request.getBody().string(StandardCharsets.UTF_8));
      identity = body == null ? null : body.path("auth").get("identity");
    } catch (IOException e) {
      return Responses.keystoneError(
          400, "Bad Request", "Expecting to find application/json in request body.");
    }
    if (identity == null
        || !identity.path("methods").isArray()
        || identity.path("methods").isEmpty()) {
      return Responses.keystoneError(
          400,
          "Bad Request",
          "Invalid input for field 'identity': 'methods' is a required property");
    }
    String method = identity.path("methods").path(0).asText();
    String user = authenticate(method, identity.path(method));
    if (user == null) {
      return Responses.keystoneError(
          401, "Unauthorized", "The request you have made requires authentication.");
    }
    boolean withCatalog = !request.getUrl().queryParameterNames().contains("nocatalog");
    return Responses.json(201, tokenBody(method, user, withCatalog))
        .setHeader("X-Subject-Token", token)
        .setHeader("Vary", "X-Auth-Token");
  }

  /** The user's name when the credentials are good, else null. */
  private @Nullable String authenticate(String method, JsonNode credentials) {
    switch (method) {
      case "password":
        JsonNode user = credentials.path("user");
        String name =
            user.hasNonNull("name") ? user.get("name").asText() : user.path("id").asText();
        String secret = user.path("password").asText();
        if (name.isEmpty() || secret.isEmpty()) {
          return null;
        }
        if (username != null
            && !(username.equals(name) && password != null && password.equals(secret))) {
          return null;
        }
        return name;
      case "token":
        return token.equals(credentials.path("id").asText())
            ? (username != null ? username : "fake-user")
            : null;
      case "application_credential":
        boolean named =
            !credentials.path("id").asText().isEmpty()
                || !credentials.path("name").asText().isEmpty();
        return named && !credentials.path("secret").asText().isEmpty()
            ? (username != null ? username : "fake-user")
            : null;
      default:
        return null;
    }
  }

  private ObjectNode tokenBody(String method, String user, boolean withCatalog) {
    Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ObjectNode body = Responses.object();
    ObjectNode t = body.putObject("token");
    t.putArray("methods").add(method);
    ObjectNode u = t.putObject("user");
    domain(u);
    u.put("id", USER_ID).put("name", user).putNull("password_expires_at");
    t.putArray("audit_ids").add(UUID.randomUUID().toString().replace("-", "").substring(0, 22));
    t.put("expires_at", MICROS.format(issued.plus(Duration.ofHours(1))));
    t.put("issued_at", MICROS.format(issued));
    ObjectNode project = t.putObject("project");
    domain(project);
    project.put("id", projectId).put("name", PROJECT_NAME);
    t.put("is_domain", false);
    ArrayNode roles = t.putArray("roles");
    roles.addObject().put("id", "37956f4e00004cb89f6559b2b56f63c5").put("name", "reader");
    roles.addObject().put("id", "f9c2b3ea3b5642e99eca6be796e45a7e").put("name", "member");
    roles.addObject().put("id", "9f5cabe34df54fea9d1c684bd60c17d1").put("name", "admin");
    if (withCatalog) {
      ArrayNode catalog = t.putArray("catalog");
      service(catalog, "compute", "nova", "a4b1c2d3e4f5061728394a5b6c7d8e9f", computeEndpoint);
      service(catalog, "identity", "keystone", "0f1e2d3c4b5a69788796a5b4c3d2e1f0", keystoneUrl);
    }
    return body;
  }

  private static void domain(ObjectNode owner) {
    owner.putObject("domain").put("id", "default").put("name", "Default");
  }

  private static void service(ArrayNode catalog, String type, String name, String id, String url) {
    ObjectNode service = catalog.addObject();
    ArrayNode endpoints = service.putArray("endpoints");
    int n = 0;
    for (String face : new String[] {"public", "internal", "admin"}) {
      endpoints
          .addObject()
          .put("id", id.substring(0, 31) + n++)
          .put("interface", face)
          .put("region_id", REGION)
          .put("url", url)
          .put("region", REGION);
    }
    service.put("id", id).put("type", type).put("name", name);
  }
}
