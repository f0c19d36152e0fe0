package io.github.stacksdk.compute.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/** A Keystone v3 token and its catalog ({@code POST /v3/auth/tokens}). */
public final class KeystoneSession extends RenewingSession {
  private static final ObjectMapper MAPPER = ModelJson.mapper();

  private final KeystoneAuth auth;

  KeystoneSession(KeystoneAuth auth, OkHttpClient http, String userAgent, Clock clock) {
    super(http, userAgent, clock);
    this.auth = auth;
  }

  /** A session that authenticates with {@code auth} through {@code http}, on first use. */
  public static KeystoneSession of(KeystoneAuth auth, OkHttpClient http, String userAgent) {
    return new KeystoneSession(auth, http, userAgent, Clock.systemUTC());
  }

  @Override
  String computeEndpoint(Token token) {
    return Catalogs.computeEndpoint(token.catalog, auth, token.projectId);
  }

  @Override
  String serviceName() {
    return "Keystone";
  }

  @Override
  HttpUrl tokensUrl() {
    return tokensUrl(auth.authUrl());
  }

  @Override
  String requestBody() {
    return requestBody(auth).toString();
  }

  @Override
  List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    auth.password().ifPresent(secrets::add);
    auth.applicationCredentialSecret().ifPresent(secrets::add);
    return secrets;
  }

  @Override
  Token read(Response response, JsonNode body) {
    String header = response.header("X-Subject-Token");
    if (header == null || header.isBlank()) {
      throw new ComputeClientException(answered() + " without X-Subject-Token");
    }
    String value = checkedToken(header, "X-Subject-Token");
    JsonNode token = body.path("token");
    return new Token(
        value,
        timestamp(token, "expires_at"),
        timestamp(token, "issued_at"),
        token.path("project").path("id").textValue(),
        token.path("catalog"));
  }

  /** {@code {authUrl}/v3/auth/tokens}, whether or not the auth URL ends with {@code /v3}. */
  static HttpUrl tokensUrl(String authUrl) {
    return underVersion(authUrl, "v3", "auth", "tokens");
  }

  /** The v3 password or application-credential request, with its scope. */
  static ObjectNode requestBody(KeystoneAuth auth) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode identity = body.putObject("auth").putObject("identity");
    if (auth.applicationCredentialSecret()
        .isPresent()) { // a secret means an application credential
      identity.putArray("methods").add("application_credential");
      ObjectNode credential = identity.putObject("application_credential");
      auth.applicationCredentialId().ifPresent(id -> credential.put("id", id));
      auth.applicationCredentialName()
          .ifPresent(
              name -> {
                credential.put("name", name);
                credential.set("user", user(auth));
              });
      credential.put("secret", auth.applicationCredentialSecret().get());
      return body;
    }
    identity.putArray("methods").add("password");
    ObjectNode user = user(auth);
    user.put("password", auth.password().get());
    identity.putObject("password").set("user", user);
    ObjectNode scope = MAPPER.createObjectNode();
    if (auth.projectId().isPresent()) {
      scope.putObject("project").put("id", auth.projectId().get());
    } else if (auth.projectName().isPresent()) {
      ObjectNode project = scope.putObject("project").put("name", auth.projectName().get());
      project.set("domain", domain(auth.projectDomainId(), auth.projectDomainName()));
    } else if (auth.domainId().isPresent() || auth.domainName().isPresent()) {
      scope.set("domain", domain(auth.domainId(), auth.domainName()));
    }
    if (scope.size() > 0) {
      body.with("auth").set("scope", scope);
    }
    return body;
  }

  private static ObjectNode user(KeystoneAuth auth) {
    ObjectNode user = MAPPER.createObjectNode();
    if (auth.userId().isPresent()) {
      return user.put("id", auth.userId().get());
    }
    user.put("name", auth.username().get());
    user.set("domain", domain(auth.userDomainId(), auth.userDomainName()));
    return user;
  }

  private static ObjectNode domain(Optional<String> id, Optional<String> name) {
    ObjectNode domain = MAPPER.createObjectNode();
    return id.isPresent() ? domain.put("id", id.get()) : domain.put("name", name.get());
  }
}
