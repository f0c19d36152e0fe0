package io.github.stacksdk.compute.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.auth.RackspaceAuth;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/** A Rackspace identity v2.0 token ({@code RAX-KSKEY:apiKeyCredentials}) and its service catalog. */
public final class RackspaceSession extends RenewingSession {
  private final RackspaceAuth auth;

  RackspaceSession(RackspaceAuth auth, OkHttpClient http, String userAgent, Clock clock) {
    super(http, userAgent, clock);
    this.auth = auth;
  }

  /** A session that authenticates with {@code auth} through {@code http}, on first use. */
  public static RackspaceSession of(RackspaceAuth auth, OkHttpClient http, String userAgent) {
    return new RackspaceSession(auth, http, userAgent, Clock.systemUTC());
  }

  @Override
  String serviceName() {
    return "Rackspace identity";
  }

  @Override
  HttpUrl tokensUrl() {
    return underVersion(auth.authUrl(), "v2.0", "tokens");
  }

  @Override
  String requestBody() {
    ObjectNode body = ModelJson.mapper().createObjectNode();
    body.putObject("auth")
        .putObject("RAX-KSKEY:apiKeyCredentials")
        .put("username", auth.username())
        .put("apiKey", auth.apiKey());
    return body.toString();
  }

  @Override
  List<String> secrets() {
    return List.of(auth.apiKey());
  }

  @Override
  Token read(Response response, JsonNode body) {
    JsonNode token = body.path("access").path("token");
    String id = token.path("id").textValue();
    if (id == null || id.isBlank()) {
      throw new ComputeClientException(answered() + " without access.token.id");
    }
    String value = checkedToken(id, "access.token.id");
    // No issued_at: the token's lifetime is counted from the answer's Date.
    return new Token(
        value,
        timestamp(token, "expires"),
        null,
        token.path("tenant").path("id").textValue(),
        body.path("access").path("serviceCatalog"));
  }

  @Override
  String computeEndpoint(Token token) {
    Set<String> matches = new LinkedHashSet<>();
    List<String> offers = new ArrayList<>();
    for (JsonNode service : token.catalog) {
      String name = service.path("name").asText("");
      for (JsonNode endpoint : service.path("endpoints")) {
        String region = endpoint.path("region").asText("");
        String url = endpoint.path(auth.urlType()).asText("");
        offers.add(
            name
                + " "
                + (region.isEmpty() ? "(no region)" : region)
                + " "
                + endpoint.path("publicURL").asText(""));
        if (name.equals(auth.serviceName())
            && auth.region().map(region::equalsIgnoreCase).orElse(true)
            && !url.isEmpty()) {
          matches.add(url);
        }
      }
    }
    if (matches.size() != 1) {
      throw new IllegalStateException(
          (matches.isEmpty() ? "No " : "Several (" + matches.size() + ") ")
              + auth.serviceName()
              + " "
              + auth.urlType()
              + auth.region().map(r -> " in region " + r).orElse("")
              + " in the catalog; it offers: "
              + String.join("; ", offers)
              + (matches.isEmpty() ? "" : ". Set the region."));
    }
    return matches.iterator().next();
  }
}
