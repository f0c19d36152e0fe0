package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.ComputeClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keystone's token API: the token and a catalog that leads to the fake's compute endpoint. */
final class KeystoneTest {
  private static final String PASSWORD_AUTH =
      "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"%s\", "
          + "\"domain\": {\"name\": \"Default\"}, \"password\": \"%s\"}}}, "
          + "\"scope\": {\"project\": {\"name\": \"fake-project\", \"domain\": {\"name\": \"Default\"}}}}}";

  private final FakeCompute fake = FakeCompute.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void passwordAuth_issuesTheToken_withACatalogLeadingToTheFake() {
    RawHttp.Reply reply =
        RawHttp.send(
            fake,
            "POST",
            "/identity/v3/auth/tokens",
            String.format(PASSWORD_AUTH, "alice", "secret"));

    FakeRequest request = fake.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(request.body()).contains("\"alice\"");
    assertThat(reply.status).isEqualTo(201);
    assertThat(reply.header("X-Subject-Token")).isEqualTo(fake.token());
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    JsonNode token = reply.json().get("token");
    assertThat(token.at("/user/name").asText()).isEqualTo("alice");
    assertThat(token.at("/project/id").asText()).isEqualTo(fake.projectId());
    assertThat(token.at("/methods/0").asText()).isEqualTo("password");
    assertThat(Instant.parse(token.get("expires_at").asText()))
        .isAfter(Instant.parse(token.get("issued_at").asText()).plus(Duration.ofMinutes(59)));
    assertThat(token.findValuesAsText("name")).contains("admin", "member", "reader");
    JsonNode compute = null;
    for (JsonNode service : token.get("catalog")) {
      if (service.get("type").asText().equals("compute")) {
        compute = service;
      }
    }
    assertThat(compute).isNotNull();
    assertThat(compute.get("endpoints"))
        .hasSize(3)
        .allSatisfy(
            e -> {
              assertThat(e.get("url").asText()).isEqualTo(fake.endpoint());
              assertThat(e.get("region").asText()).isEqualTo("RegionOne");
              assertThat(e.get("region_id").asText()).isEqualTo("RegionOne");
            });
    assertThat(compute.get("endpoints").findValuesAsText("interface"))
        .containsExactly("public", "internal", "admin");
  }

  @Test
  void issuedTokenAndCatalogUrl_workWithTheSdk() {
    RawHttp.Reply reply =
        RawHttp.send(
            fake, "POST", "/identity/v3/auth/tokens", String.format(PASSWORD_AUTH, "bob", "pw"));
    fake.takeRequest();
    String endpoint = reply.json().at("/token/catalog/0/endpoints/0/url").asText();
    SampleCloud.populate(fake);

    try (ComputeClient compute =
        ComputeClient.builder().endpoint(endpoint).token(reply.header("X-Subject-Token")).build()) {
      assertThat(compute.listServers().stream().count()).isEqualTo(34);
    }
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").header("X-Auth-Token"))
        .contains(fake.token());
  }

  @Test
  void emptyPassword_isKeystones401() {
    RawHttp.Reply reply =
        RawHttp.send(
            fake, "POST", "/identity/v3/auth/tokens", String.format(PASSWORD_AUTH, "alice", ""));

    assertThat(fake.takeRequest().path()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(reply.status).isEqualTo(401);
    assertThat(reply.header("X-Subject-Token")).isNull();
    assertThat(reply.json().toString())
        .isEqualTo(
            "{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"The request you have made requires authentication.\"}}");
  }

  @Test
  void configuredCredentials_areTheOnlyOnesAccepted() {
    try (FakeCompute strict =
        FakeCompute.builder().credentials("admin", "s3cret").token("tok-1").start()) {
      RawHttp.Reply wrong =
          RawHttp.send(
              strict,
              "POST",
              "/identity/v3/auth/tokens",
              String.format(PASSWORD_AUTH, "admin", "guess"));
      RawHttp.Reply right =
          RawHttp.send(
              strict,
              "POST",
              "/identity/v3/auth/tokens",
              String.format(PASSWORD_AUTH, "admin", "s3cret"));

      assertThat(strict.takeRequest().body()).contains("guess");
      assertThat(strict.takeRequest().body()).contains("s3cret");
      assertThat(wrong.status).isEqualTo(401);
      assertThat(right.status).isEqualTo(201);
      assertThat(right.header("X-Subject-Token")).isEqualTo("tok-1");
    }
  }

  @Test
  void tokenAndApplicationCredentialMethods_nocatalog_andMalformedBodies() {
    RawHttp.Reply byToken =
        RawHttp.send(
            fake,
            "POST",
            "/identity/v3/auth/tokens?nocatalog",
            "{\"auth\": {\"identity\": {\"methods\": [\"token\"], \"token\": {\"id\": \""
                + fake.token()
                + "\"}}}}");
    RawHttp.Reply byCredential =
        RawHttp.send(
            fake,
            "POST",
            "/identity/v3/auth/tokens",
            "{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"], "
                + "\"application_credential\": {\"id\": \"ac1\", \"secret\": \"s\"}}}}");
    RawHttp.Reply malformed = RawHttp.send(fake, "POST", "/identity/v3/auth/tokens", "{not json");
    RawHttp.Reply get = RawHttp.send(fake, "GET", "/identity/v3/auth/tokens", null);
    assertThat(fake.takeRequest().queryParameter("nocatalog")).contains("");
    assertThat(fake.takeRequest().body()).contains("application_credential");
    assertThat(fake.takeRequest().body()).isEqualTo("{not json");
    assertThat(fake.takeRequest().method()).isEqualTo("GET");

    assertThat(byToken.status).isEqualTo(201);
    assertThat(byToken.json().get("token").has("catalog")).isFalse();
    assertThat(byCredential.status).isEqualTo(201);
    assertThat(byCredential.json().at("/token/catalog").size()).isEqualTo(2);
    assertThat(malformed.status).isEqualTo(400);
    assertThat(malformed.json().at("/error/title").asText()).isEqualTo("Bad Request");
    assertThat(get.status).isEqualTo(405);
  }

  @Test
  void versionDocument_pointsAtItself() {
    RawHttp.Reply reply = RawHttp.send(fake, "GET", "/identity/v3", null);

    assertThat(fake.takeRequest().path()).isEqualTo("/identity/v3");
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.json().at("/version/id").asText()).startsWith("v3.");
    assertThat(reply.json().at("/version/links/0/href").asText())
        .isEqualTo(fake.keystoneUrl() + "/");
  }
}
