package io.github.stacksdk.compute.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.auth.TokenProvider;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.internal.http.ErrorDecoder;
import io.github.stacksdk.compute.model.internal.ModelJson;
import io.github.stacksdk.compute.model.internal.Timestamps;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * A Keystone v3 token and its catalog, renewed before it expires and after Nova refuses it. One
 * authentication at a time: threads that need a new token at once wait for the same one.
 */
public final class KeystoneSession implements TokenProvider {
  /** Renew this long before {@code expires_at}, as keystoneauth does. */
  static final Duration RENEW_BEFORE = Duration.ofSeconds(120);

  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = ModelJson.mapper();

  private final KeystoneAuth auth;
  private final OkHttpClient http;
  private final String userAgent;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile @Nullable Token current;

  KeystoneSession(KeystoneAuth auth, OkHttpClient http, String userAgent, Clock clock) {
    this.auth = auth;
    this.http = http;
    this.userAgent = userAgent;
    this.clock = clock;
  }

  /** A session that authenticates with {@code auth} through {@code http}, on first use. */
  public static KeystoneSession of(KeystoneAuth auth, OkHttpClient http, String userAgent) {
    return new KeystoneSession(auth, http, userAgent, Clock.systemUTC());
  }

  /** The current token, authenticating first when there is none or it expires within two minutes. */
  @Override
  public String token() {
    return fresh().value;
  }

  /** Forgets {@code stale}, which Nova refused, unless another thread already replaced it: retry. */
  @Override
  public boolean refresh(String stale) {
    invalidate(stale);
    return true;
  }

  /** Forgets {@code stale}, which Nova refused, unless another thread already replaced it. */
  public void invalidate(String stale) {
    synchronized (lock) {
      Token token = current;
      if (token != null && token.value.equals(stale)) {
        current = null;
      }
    }
  }

  /**
   * The compute endpoint of the token's catalog for the auth's interface, region and service name.
   *
   * @throws IllegalStateException when none or several match, listing what the catalog offers
   */
  public String computeEndpoint() {
    Token token = fresh();
    return Catalogs.computeEndpoint(token.catalog, auth, token.projectId);
  }

  private Token fresh() {
    Token token = current;
    if (token != null && !token.expiresSoon(clock.instant())) {
      return token;
    }
    synchronized (lock) {
      token = current;
      if (token == null || token.expiresSoon(clock.instant())) {
        token = authenticate();
        current = token;
      }
      return token;
    }
  }

  private Token authenticate() {
    HttpUrl url = tokensUrl(auth.authUrl());
    Request request =
        new Request.Builder()
            .url(url)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .post(RequestBody.create(requestBody(auth).toString(), JSON))
            .build();
    List<String> secrets = new ArrayList<>();
    auth.password().ifPresent(secrets::add);
    auth.applicationCredentialSecret().ifPresent(secrets::add);
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw ErrorDecoder.decode(response, secrets);
      }
      String value = response.header("X-Subject-Token");
      if (value == null || value.isBlank()) {
        throw new ComputeClientException("Keystone answered POST " + url.encodedPath() + " without X-Subject-Token");
      }
      JsonNode token = MAPPER.readTree(response.body().byteStream()).path("token");
      Instant expires = Optional.ofNullable(token.path("expires_at").textValue()).map(Timestamps::parse).orElse(null);
      String projectId = token.path("project").path("id").textValue();
      return new Token(value, expires, projectId, token.path("catalog"));
    } catch (IOException e) {
      throw new ComputeClientException("POST " + url + " failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** {@code {authUrl}/v3/auth/tokens}, whether or not the auth URL ends with {@code /v3}. */
  static HttpUrl tokensUrl(String authUrl) {
    HttpUrl base = HttpUrl.parse(authUrl.trim());
    if (base == null) {
      throw new IllegalArgumentException("authUrl is not an http or https URL: " + authUrl);
    }
    HttpUrl.Builder url = base.newBuilder();
    List<String> segments = new ArrayList<>(base.pathSegments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      url.removePathSegment(segments.size() - 1);
      segments.remove(segments.size() - 1);
    }
    if (segments.isEmpty() || !segments.get(segments.size() - 1).equals("v3")) {
      url.addPathSegment("v3");
    }
    return url.addPathSegment("auth").addPathSegment("tokens").build();
  }

  /** The v3 password or application-credential request, with its scope. */
  static ObjectNode requestBody(KeystoneAuth auth) {
    ObjectNode body = MAPPER.createObjectNode();
    ObjectNode identity = body.putObject("auth").putObject("identity");
    if (auth.isApplicationCredential()) {
      identity.putArray("methods").add("application_credential");
      ObjectNode credential = identity.putObject("application_credential");
      auth.applicationCredentialId().ifPresent(id -> credential.put("id", id));
      auth.applicationCredentialName().ifPresent(name -> {
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

  private static final class Token {
    final String value;
    final @Nullable Instant expiresAt;
    final @Nullable String projectId;
    final JsonNode catalog;

    Token(String value, @Nullable Instant expiresAt, @Nullable String projectId, JsonNode catalog) {
      this.value = value;
      this.expiresAt = expiresAt;
      this.projectId = projectId;
      this.catalog = catalog;
    }

    boolean expiresSoon(Instant now) {
      return expiresAt != null && !now.plus(RENEW_BEFORE).isBefore(expiresAt);
    }

    @Override
    public String toString() {
      return "Token{expiresAt=" + expiresAt + ", projectId=" + projectId + "}";
    }
  }
}
