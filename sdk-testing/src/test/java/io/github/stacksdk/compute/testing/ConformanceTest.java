package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.RawHttp.keys;
import static io.github.stacksdk.compute.testing.RealNovaResponses.captured;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's answers that cannot be replayed byte for byte (they hold the fake's own host,
 * maximum microversion or project) compared with a real Nova's by shape: key sets and order,
 * status codes, content types, fault bodies and headers.
 */
final class ConformanceTest {
  private final FakeCompute fake = FakeCompute.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void bodies_haveNovasOwnSpacing() {
    // Nova writes its bodies with Python's json.dumps: ", " and ": " separators, "{}" and "[]".
    RawHttp.Reply fault =
        RawHttp.get(fake, "/v2.1/servers/detail?marker=00000000-0000-0000-0000-000000000000");
    assertThat(fault.body)
        .isEqualTo(
            "{\"badRequest\": {\"code\": 400, \"message\": "
                + "\"marker [00000000-0000-0000-0000-000000000000] not found\"}}");
    assertThat(RawHttp.get(fake, "/v2.1/servers/detail").body).isEqualTo("{\"servers\": []}");
    assertThat(fake.takeRequest().queryParameter("marker"))
        .contains("00000000-0000-0000-0000-000000000000");
  }

  @Test
  void versionRoot_hasTheRealKeysWithTheFakesRangeAndNoMicroversionHeaders() {
    RealNovaResponses.Captured real = captured("01-version-root.txt");

    RawHttp.Reply reply = RawHttp.send(fake, "GET", "/", null);

    assertThat(fake.takeRequest().path()).isEqualTo("/");
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo(real.headers.get("Content-Type"));
    assertThat(reply.header("OpenStack-API-Version")).isNull();
    JsonNode versions = reply.json().get("versions");
    assertThat(versions).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(keys(versions.get(i))).isEqualTo(keys(real.json.get("versions").get(i)));
      assertThat(versions.get(i).get("id")).isEqualTo(real.json.get("versions").get(i).get("id"));
      assertThat(versions.get(i).get("updated"))
          .isEqualTo(real.json.get("versions").get(i).get("updated"));
    }
    assertThat(versions.get(1).get("version").asText()).isEqualTo("2.96");
    assertThat(versions.get(1).get("min_version").asText()).isEqualTo("2.1");
    assertThat(versions.get(1).at("/links/0/href").asText()).isEqualTo(fake.endpoint() + "/");
  }

  @Test
  void versionDocument_isTheRealOneWithTheFakesMaximum_withoutAToken() {
    RealNovaResponses.Captured real = captured("02-version-v2.1.txt");

    RawHttp.Reply reply = RawHttp.send(fake, "GET", "/v2.1/", null);

    FakeRequest request = fake.takeRequest();
    assertThat(request.path()).isEqualTo("/v2.1/");
    assertThat(request.header("X-Auth-Token")).isEmpty();
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute 2.1");
    String expected =
        RawHttp.readJson(
                real.json
                    .toString()
                    .replace("\"2.93\"", "\"2.96\"")
                    .replace("http://127.0.0.1:8774", fake.endpoint().replace("/v2.1", "")))
            .toString();
    assertThat(reply.json().toString()).isEqualTo(expected);
  }

  @Test
  void versionDocument_atLatest_statesTheMaximum() {
    RawHttp.Reply reply =
        RawHttp.send(fake, "GET", "/v2.1", null, "OpenStack-API-Version", "compute latest");

    assertThat(fake.takeRequest().header("OpenStack-API-Version")).contains("compute latest");
    assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute 2.96");
    assertThat(reply.header("X-OpenStack-Nova-API-Version")).isEqualTo("2.96");
    assertThat(reply.json().at("/version/version").asText()).isEqualTo("2.96");
  }

  @Test
  void noToken_isKeystonemiddlewares401() {
    RealNovaResponses.Captured real = captured("42-ks-no-token.txt");

    RawHttp.Reply reply = RawHttp.send(fake, "GET", "/v2.1/servers/detail", null);

    assertThat(fake.takeRequest().header("X-Auth-Token")).isEmpty();
    assertUnauthorized(reply, real);
  }

  @Test
  void wrongToken_isKeystonemiddlewares401_beforeTheMicroversionIsLookedAt() {
    RealNovaResponses.Captured real = captured("43-ks-bad-token.txt");

    RawHttp.Reply reply =
        RawHttp.send(
            fake,
            "GET",
            "/v2.1/servers/detail",
            null,
            "X-Auth-Token",
            "garbage",
            "OpenStack-API-Version",
            "compute 2.999");

    assertThat(fake.takeRequest().header("X-Auth-Token")).contains("garbage");
    assertUnauthorized(reply, real);
  }

  private void assertUnauthorized(RawHttp.Reply reply, RealNovaResponses.Captured real) {
    assertThat(reply.status).isEqualTo(401);
    assertThat(reply.json()).isEqualTo(real.json);
    assertThat(reply.header("Content-Type")).isEqualTo(real.headers.get("Content-Type"));
    assertThat(reply.header("WWW-Authenticate"))
        .isEqualTo("Keystone uri=\"" + fake.keystoneUrl() + "\"");
    assertThat(reply.header("OpenStack-API-Version")).isNull();
    assertThat(reply.header("X-OpenStack-Request-Id")).isNotNull();
  }

  @Test
  void projectIdInThePath_isEchoedIntoEveryLink_likeTheRealNova() {
    RealNovaResponses.Captured real = captured("37-v2.1-with-project-id-in-url.txt");
    try (FakeCompute hex =
        FakeCompute.builder().projectId("0123456789abcdef0123456789abcdef").start()) {
      SampleCloud.populate(hex);
      String project = "/0123456789abcdef0123456789abcdef";

      RawHttp.Reply reply = RawHttp.get(hex, "/v2.1" + project + "/servers?all_tenants=1&limit=2");

      assertThat(hex.takeRequest().path()).isEqualTo("/v2.1" + project + "/servers");
      JsonNode body = reply.json();
      assertThat(keys(body)).isEqualTo(keys(real.json));
      assertThat(keys(body.at("/servers/0"))).isEqualTo(keys(real.json.at("/servers/0")));
      String base = hex.endpoint().replace("/v2.1", "");
      String id = body.at("/servers/1/id").asText();
      assertThat(body.at("/servers/1/links/0/href").asText())
          .isEqualTo(base + "/v2.1" + project + "/servers/" + id);
      assertThat(body.at("/servers/1/links/1/href").asText())
          .isEqualTo(base + project + "/servers/" + id);
      assertThat(body.at("/servers_links/0/href").asText())
          .isEqualTo(base + "/v2.1" + project + "/servers?all_tenants=1&limit=2&marker=" + id);
    }
  }

  @Test
  void projectIdOfAnotherProject_isNovasMalformedUrl() {
    RawHttp.Reply reply = RawHttp.get(fake, "/v2.1/abcdef/servers/detail");

    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/abcdef/servers/detail");
    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.json().at("/badRequest/message").asText())
        .isEqualTo(
            "Malformed request URL: URL's project_id 'abcdef' doesn't match Context's project_id '"
                + fake.projectId()
                + "'");
    assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute 2.1");
  }

  @Test
  void serverBodies_haveExactlyTheKeysOfTheirMicroversion() {
    SampleCloud.populate(fake);
    String id = byName("web-01").id();
    List<String> atBaseline = keys(RawHttp.get(fake, "/v2.1/servers/" + id).json().get("server"));
    List<String> at279 =
        keys(
            RawHttp.get(fake, "/v2.1/servers/" + id, "OpenStack-API-Version", "compute 2.79")
                .json()
                .get("server"));
    List<String> at296 =
        keys(
            RawHttp.get(fake, "/v2.1/servers/" + id, "X-OpenStack-Nova-API-Version", "2.96")
                .json()
                .get("server"));
    for (int i = 0; i < 3; i++) {
      assertGetWithToken("/v2.1/servers/" + id);
    }

    // The real bodies have no security_groups (no ports); the sample servers do.
    List<String> real21 =
        new ArrayList<>(keys(captured("25-server-show-v2.1.txt").json.get("server")));
    real21.add("security_groups");
    List<String> real279 =
        new ArrayList<>(keys(captured("27-server-show-v2.79-new-header.txt").json.get("server")));
    real279.add(real279.indexOf("host_status"), "security_groups");
    assertThat(atBaseline).isEqualTo(real21);
    assertThat(at279).isEqualTo(real279);
    List<String> expected296 = new ArrayList<>(real279);
    expected296.add("pinned_availability_zone");
    assertThat(at296).isEqualTo(expected296);
  }

  @Test
  void listing_putsHostStatusLast_andHasNoServerGroups_likeTheRealListing() {
    SampleCloud.populate(fake);

    JsonNode server =
        RawHttp.get(fake, "/v2.1/servers/detail?limit=1", "OpenStack-API-Version", "compute 2.79")
            .json()
            .at("/servers/0");

    assertGetWithToken("/v2.1/servers/detail");
    List<String> real =
        new ArrayList<>(keys(captured("28-servers-detail-limit2-v2.79.txt").json.at("/servers/1")));
    real.add(real.indexOf("locked"), "security_groups");
    assertThat(keys(server))
        .isEqualTo(real)
        .doesNotContain("server_groups")
        .endsWith("host_status");
  }

  private void assertGetWithToken(String path) {
    RawHttp.assertGet(fake, path);
  }

  private Server byName(String name) {
    return fake.servers().stream()
        .filter(s -> s.name().orElse("").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
