package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.KeystoneResponses.PASSWORD;
import static io.github.stacksdk.compute.KeystoneResponses.endpoint;
import static io.github.stacksdk.compute.KeystoneResponses.service;
import static io.github.stacksdk.compute.KeystoneResponses.token;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fromEnvironment()} and {@code fromCloudsYaml(..)}: what they read, and what they say when something is missing. */
final class ComputeClientConfigTest {
  private static final Instant IN_AN_HOUR =
      Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  private String url(String path) {
    return server.url(path).toString().replaceAll("/$", "");
  }

  private void keystoneAnswers() {
    server.enqueue(
        token(
            "tok-1",
            IN_AN_HOUR,
            service(
                "compute",
                "nova",
                endpoint("public", "RegionOne", url("/public/v2.1")),
                endpoint("internal", "RegionOne", url("/internal/v2.1")),
                endpoint("public", "RegionTwo", url("/two/v2.1")))));
  }

  private Map<String, String> passwordEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("OS_AUTH_URL", url("/identity/v3"));
    env.put("OS_USERNAME", "alice");
    env.put("OS_PASSWORD", PASSWORD);
    env.put("OS_USER_DOMAIN_NAME", "Default");
    env.put("OS_PROJECT_NAME", "web");
    env.put("OS_PROJECT_DOMAIN_NAME", "Default");
    env.put("OS_REGION_NAME", "RegionOne");
    return env;
  }

  private JsonNode tokenRequestAuth() throws Exception {
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/identity/v3/auth/tokens");
    return JSON.readTree(post.getBody().utf8()).path("auth");
  }

  @Test
  void environment_password_interfaceAndMicroversion() throws Exception {
    keystoneAnswers();
    Map<String, String> env = passwordEnv();
    env.put("OS_INTERFACE", "internalURL");
    env.put("OS_COMPUTE_API_VERSION", "2.79");
    try (ComputeClient compute = ComputeClient.fromEnvironment(env).build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/internal/v2.1"));
      assertThat(compute.microversion()).contains("2.79");
    }
    JsonNode auth = tokenRequestAuth();
    assertThat(auth.at("/identity/password/user/name").asText()).isEqualTo("alice");
    assertThat(auth.at("/identity/password/user/domain/name").asText()).isEqualTo("Default");
    assertThat(auth.at("/scope/project/name").asText()).isEqualTo("web");
  }

  @Test
  void environment_applicationCredential_andComputeApiVersion2_pinsNothing() throws Exception {
    keystoneAnswers();
    Map<String, String> env = new HashMap<>();
    env.put("OS_AUTH_URL", url("/identity"));
    env.put("OS_AUTH_TYPE", "v3applicationcredential");
    env.put("OS_APPLICATION_CREDENTIAL_ID", "ac1");
    env.put("OS_APPLICATION_CREDENTIAL_SECRET", "sec");
    env.put("OS_REGION_NAME", "RegionTwo");
    env.put("OS_COMPUTE_API_VERSION", "2");
    try (ComputeClient compute = ComputeClient.fromEnvironment(env).build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/two/v2.1"));
      assertThat(compute.microversion()).isEmpty();
    }
    assertThat(tokenRequestAuth().toString())
        .isEqualTo(
            "{\"identity\":{\"methods\":[\"application_credential\"],"
                + "\"application_credential\":{\"id\":\"ac1\",\"secret\":\"sec\"}}}");
  }

  @Test
  void environment_tokenWithEndpoint_needsNoKeystone() throws Exception {
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    Map<String, String> env =
        Map.of("OS_AUTH_TOKEN", "static-token", "OS_COMPUTE_ENDPOINT_OVERRIDE", url("/v2.1"));
    try (ComputeClient compute = ComputeClient.fromEnvironment(env).build()) {
      compute.getServer("s1");
    }
    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2.1/servers/s1");
    assertThat(get.getHeaders().get("X-Auth-Token")).isEqualTo("static-token");
  }

  @Test
  void environment_missingSettings_areNamed() {
    Map<String, String> noPassword = passwordEnv();
    noPassword.remove("OS_PASSWORD");
    Map<String, String> noUserDomain = passwordEnv();
    noUserDomain.remove("OS_USER_DOMAIN_NAME");
    Map<String, String> latest = passwordEnv();
    latest.put("OS_COMPUTE_API_VERSION", "latest");

    assertThatThrownBy(() -> ComputeClient.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OS_AUTH_URL is not set in the environment");
    assertThatThrownBy(() -> ComputeClient.fromEnvironment(noPassword))
        .hasMessage("OS_PASSWORD is not set in the environment");
    assertThatThrownBy(() -> ComputeClient.fromEnvironment(noUserDomain))
        .hasMessage(
            "OS_USER_DOMAIN_NAME or OS_USER_DOMAIN_ID (needed with OS_USERNAME) is not set in the environment");
    assertThatThrownBy(() -> ComputeClient.fromEnvironment(Map.of("OS_AUTH_TOKEN", "t")))
        .hasMessage(
            "OS_COMPUTE_ENDPOINT_OVERRIDE (needed with a token) is not set in the environment");
    assertThatThrownBy(() -> ComputeClient.fromEnvironment(latest))
        .hasMessageContaining(
            "OS_COMPUTE_API_VERSION in the environment must be a microversion such as 2.79");
    assertThat(server.getRequestCount()).isZero();
  }

  private Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private String cloud(String name, boolean withPassword) {
    return "  "
        + name
        + ":\n"
        + "    region_name: RegionOne\n"
        + "    compute_api_version: '2.93'\n"
        + "    auth:\n"
        + "      auth_url: "
        + url("/identity")
        + "\n"
        + "      username: alice\n"
        + (withPassword ? "      password: " + PASSWORD + "\n" : "")
        + "      user_domain_name: Default\n"
        + "      project_name: web\n"
        + "      project_domain_name: Default\n";
  }

  @Test
  void cloudsYaml_inTheWorkingDirectory_withSecureYamlMergedOverIt_andOsCloudChoosing()
      throws Exception {
    keystoneAnswers();
    Path cwd = dir.resolve("work");
    write(cwd.resolve("clouds.yaml"), "clouds:\n" + cloud("test", false) + cloud("other", true));
    write(
        cwd.resolve("secure.yaml"),
        "clouds:\n  test:\n    auth:\n      password: " + PASSWORD + "\n");

    try (ComputeClient compute =
        BuilderFromSettings.fromCloudsYaml(
                null, Map.of("OS_CLOUD", "test"), cwd, dir.resolve("home"))
            .build()) {
      assertThat(compute.endpoint().toString()).isEqualTo(url("/public/v2.1"));
      assertThat(compute.microversion()).contains("2.93");
    }
    assertThat(tokenRequestAuth().at("/identity/password/user/password").asText())
        .isEqualTo(PASSWORD);
  }

  @Test
  void cloudsYaml_searchOrder_explicitFileFirst_thenHomeConfig() throws Exception {
    keystoneAnswers();
    keystoneAnswers();
    Path home = dir.resolve("home");
    write(home.resolve(".config/openstack/clouds.yaml"), "clouds:\n" + cloud("mine", true));
    Path explicit =
        write(dir.resolve("elsewhere/my-clouds.yaml"), "clouds:\n" + cloud("explicit", true));

    BuilderFromSettings.fromCloudsYaml("mine", Map.of(), dir.resolve("empty"), home)
        .build()
        .close();
    BuilderFromSettings.fromCloudsYaml(
            null, Map.of("OS_CLIENT_CONFIG_FILE", explicit.toString()), dir, home)
        .build()
        .close();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                BuilderFromSettings.fromCloudsYaml(
                    "mine", Map.of("OS_CLIENT_CONFIG_FILE", explicit.toString()), dir, home))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No cloud 'mine' in " + explicit + "; it has [explicit]");
  }

  @Test
  void cloudsYaml_missingFileCloudOrSetting_isNamedWithWhereItWasLooked() throws Exception {
    Path cwd = dir.resolve("work");
    Path home = dir.resolve("home");
    assertThatThrownBy(() -> BuilderFromSettings.fromCloudsYaml("x", Map.of(), cwd, home))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No clouds.yaml found; looked for [" + cwd.resolve("clouds.yaml"))
        .hasMessageContaining(home.resolve(".config/openstack/clouds.yaml").toString())
        .hasMessageContaining("/etc/openstack/clouds.yaml");

    Path file =
        write(cwd.resolve("clouds.yaml"), "clouds:\n" + cloud("a", false) + cloud("b", true));
    assertThatThrownBy(() -> BuilderFromSettings.fromCloudsYaml(null, Map.of(), cwd, home))
        .hasMessage("Which cloud of " + file + "? Set OS_CLOUD or name one of [a, b]");
    assertThatThrownBy(() -> BuilderFromSettings.fromCloudsYaml("a", Map.of(), cwd, home))
        .hasMessage("auth.password is not set in cloud 'a' of " + file);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void caCertificate_isLoaded_andAFileWithoutOneIsAClearError() throws Exception {
    Path pem = Path.of(getClass().getResource("/fixtures/tls/ca.pem").toURI());
    server.enqueue(json(200, "{\"server\": {\"id\": \"s1\"}}"));
    try (ComputeClient compute =
        ComputeClient.fromEnvironment(
                Map.of(
                    "OS_AUTH_TOKEN",
                    "t",
                    "OS_COMPUTE_ENDPOINT_OVERRIDE",
                    url("/v2.1"),
                    "OS_CACERT",
                    pem.toString()))
            .build()) {
      assertThat(compute.getServer("s1").id()).isEqualTo("s1");
    }
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2.1/servers/s1");
    Path empty = write(dir.resolve("empty.pem"), "not a certificate\n");
    assertThatThrownBy(
            () ->
                ComputeClient.builder()
                    .endpoint(url("/v2.1"))
                    .token("t")
                    .caCertificate(empty)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(empty.toString());
  }
}
