package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Where the real Nova is and what its seed made, from the environment that
 * {@code integration/nova/run-suite.sh} sets:
 *
 * <ul>
 *   <li>{@code NOVA_IT_ENDPOINT}: the compute URL of the noauth2 API, such as
 *       {@code http://127.0.0.1:8774/v2.1}; without it every test here is skipped;
 *   <li>{@code NOVA_IT_TOKEN}: its token, {@code admin:admin} by default;
 *   <li>{@code NOVA_IT_SEED_ENV}: the {@code seed.env} file the seed wrote (image ids and the
 *       changes-since instant);
 *   <li>{@code NOVA_IT_KEYSTONE_URL} and {@code NOVA_IT_KEYSTONE_ENDPOINT}: Keystone's v3 URL and
 *       the compute URL of the Keystone-authenticated API; {@code NOVA_IT_USERNAME},
 *       {@code NOVA_IT_PASSWORD} and {@code NOVA_IT_PROJECT} (all {@code admin} by default).
 * </ul>
 */
final class RealNova extends Cloud {
  static final String ENDPOINT = System.getenv("NOVA_IT_ENDPOINT");
  static final String TOKEN = envOr("NOVA_IT_TOKEN", "admin:admin");
  static final RealNova INSTANCE = new RealNova();

  private RealNova() {}

  static boolean configured() {
    return ENDPOINT != null && !ENDPOINT.isEmpty();
  }

  @Override
  public String toString() {
    return "real Nova";
  }

  @Override
  String endpoint() {
    return ENDPOINT;
  }

  @Override
  String adminToken() {
    return TOKEN;
  }

  @Override
  String demoToken() {
    return "demo:demo";
  }

  @Override
  Instant changesSince() {
    return Instant.parse(seed("CHANGES_SINCE"));
  }

  @Override
  String imageId(String key) {
    return seed(key);
  }

  @Override
  String createServer(String project, String name) {
    var body = JSON.createObjectNode();
    body.putObject("server")
        .put("name", name)
        .put("imageRef", imageId("IMG_A"))
        .put("flavorRef", "1")
        .put("networks", "none")
        // As the fake's servers have (FakeNova): a deleted server's metadata must be seen to go.
        .putObject("metadata")
        .put("group", name.replaceAll("-\\d+$", ""));
    String id;
    // networks "none" needs 2.37; the seed boots the same way (integration/nova/seed.sh).
    Request post =
        asProject(project, "/servers")
            .header("OpenStack-API-Version", "compute 2.37")
            .post(RequestBody.create(body.toString(), MediaType.get("application/json")))
            .build();
    try (Response response = RAW.newCall(post).execute()) {
      assertThat(response.code()).as("POST /servers for %s", name).isEqualTo(202);
      id = JSON.readTree(response.body().string()).path("server").path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitStatus(project, id, "ACTIVE");
    return id;
  }

  @Override
  void deleteServer(String project, String id) {
    send(asProject(project, "/servers/" + id).delete(), 204);
    awaitServer(project, id, null, "gone");
  }

  @Override
  void renameServer(String project, String id, String name) {
    var body = JSON.createObjectNode();
    body.putObject("server").put("name", name);
    send(asProject(project, "/servers/" + id).put(json(body.toString())), 200);
    awaitServer(project, id, s -> s.path("name").asText().equals(name), "named " + name);
  }

  @Override
  void stopServer(String project, String id) {
    action(project, id, "{\"os-stop\": null}");
    awaitStatus(project, id, "SHUTOFF");
  }

  @Override
  void lockServer(String project, String id) {
    action(project, id, "{\"lock\": null}");
    awaitServer(project, id, s -> s.path("locked").asBoolean(false), "locked");
  }

  @Override
  void unlockServer(String project, String id) {
    action(project, id, "{\"unlock\": null}");
    awaitServer(project, id, s -> !s.path("locked").asBoolean(true), "unlocked");
  }

  @Override
  void tagServer(String project, String id, String tag) {
    Request.Builder put =
        asProject(project, "/servers/" + id + "/tags/" + tag)
            .header("OpenStack-API-Version", "compute 2.26")
            .put(json(""));
    send(put, 201);
  }

  @Override
  java.time.Duration pollInterval() {
    return java.time.Duration.ofSeconds(1);
  }

  @Override
  void setInstancesQuota(String project, int instances) {
    var body = JSON.createObjectNode();
    body.putObject("quota_set").put("instances", instances);
    send(asAdmin("/os-quota-sets/" + project).put(json(body.toString())), 200);
  }

  /** {@code DELETE /os-quota-sets/{project}}: the project's own limits go, the defaults apply. */
  @Override
  void resetQuota(String project) {
    send(asAdmin("/os-quota-sets/" + project).delete(), 202);
  }

  /** Nothing to do: the seed's flavor 99 is larger than the fake host, so the scheduler fails. */
  @Override
  void failNextBuildWithNoValidHost() {}

  @Override
  void createKeypair(String project, String name, String publicKey) {
    var body = JSON.createObjectNode();
    body.putObject("keypair").put("name", name).put("public_key", publicKey);
    // 2.10: the type in the answer and a user_id the admin may set; a member imports its own.
    send(
        asProject(project, "/os-keypairs")
            .header("OpenStack-API-Version", "compute 2.10")
            .post(json(body.toString())),
        201);
  }

  @Override
  void deleteKeypair(String project, String name) {
    // 204 from 2.2; 2.1 answers 202.
    send(
        asProject(project, "/os-keypairs/" + name)
            .header("OpenStack-API-Version", "compute 2.2")
            .delete(),
        204);
  }

  @Override
  String createServerGroup(String project, String name, String policy, Map<String, Integer> rules) {
    var body = JSON.createObjectNode();
    var group = body.putObject("server_group").put("name", name).put("policy", policy);
    if (!rules.isEmpty()) {
      rules.forEach(group.putObject("rules")::put);
    }
    // 2.64: one policy and its rules; Nova answers 200, not 201.
    JsonNode created =
        exchange(
            asProject(project, "/os-server-groups")
                .header("OpenStack-API-Version", "compute 2.64")
                .post(json(body.toString())),
            200);
    return created.path("server_group").path("id").asText();
  }

  @Override
  void deleteServerGroup(String project, String id) {
    send(asProject(project, "/os-server-groups/" + id).delete(), 204);
  }

  @Override
  void createPrivateFlavor(
      String id,
      String name,
      int vcpus,
      int ramMb,
      int diskGb,
      String project,
      Map<String, String> extraSpecs) {
    var body = JSON.createObjectNode();
    body.putObject("flavor")
        .put("id", id)
        .put("name", name)
        .put("vcpus", vcpus)
        .put("ram", ramMb)
        .put("disk", diskGb)
        .put("os-flavor-access:is_public", false);
    send(asAdmin("/flavors").post(json(body.toString())), 200);
    var access = JSON.createObjectNode();
    access.putObject("addTenantAccess").put("tenant", project);
    send(asAdmin("/flavors/" + id + "/action").post(json(access.toString())), 200);
    var specs = JSON.createObjectNode();
    extraSpecs.forEach(specs.putObject("extra_specs")::put);
    send(asAdmin("/flavors/" + id + "/os-extra_specs").post(json(specs.toString())), 200);
  }

  @Override
  void deleteFlavor(String id) {
    send(asAdmin("/flavors/" + id).delete(), 202);
  }

  /** From Glance ({@code NOVA_IT_GLANCE}, which {@code run-suite.sh} sets), as its admin. */
  @Override
  Optional<String> deleteImage(String imageId) {
    String glance = System.getenv("NOVA_IT_GLANCE");
    if (glance == null || glance.isEmpty()) {
      return Optional.empty();
    }
    String url = glance.replaceAll("/+$", "") + "/v2/images/" + imageId;
    String image;
    try (Response response = RAW.newCall(new Request.Builder().url(url).build()).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as("GET %s: %s", url, body).isEqualTo(200);
      JsonNode json = JSON.readTree(body);
      image = json.path("name").asText() + " " + json.path("status").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    send(new Request.Builder().url(url).delete(), 204);
    return Optional.of(image);
  }

  private static Request.Builder asAdmin(String path) {
    return new Request.Builder().url(ENDPOINT + path).header("X-Auth-Token", TOKEN);
  }

  /**
   * Runs the script that {@code run-suite.sh} names in {@code NOVA_IT_ARCHIVE}: {@code nova-manage
   * db archive_deleted_rows --until-complete} with the suite's configuration. Every deleted row of
   * the cloud goes, the seed's and other tests' included; none of them counts on one.
   */
  @Override
  void purgeDeletedServers() {
    String script = System.getenv("NOVA_IT_ARCHIVE");
    assumeTrue(script != null && !script.isEmpty(), "NOVA_IT_ARCHIVE is not set");
    try {
      Process archive = new ProcessBuilder("bash", script).redirectErrorStream(true).start();
      String output = new String(archive.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(archive.waitFor()).as("%s:%n%s", script, output).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void action(String project, String id, String body) {
    send(asProject(project, "/servers/" + id + "/action").post(json(body)), 202);
  }

  private static void send(Request.Builder request, int expected) {
    Request built = request.build();
    try (Response response = RAW.newCall(built).execute()) {
      assertThat(response.code())
          .as("%s %s: %s", built.method(), built.url(), response.body().string())
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a request and returns its JSON answer, which must have the expected status. */
  private static JsonNode exchange(Request.Builder request, int expected) {
    Request built = request.build();
    try (Response response = RAW.newCall(built).execute()) {
      String text = response.body().string();
      assertThat(response.code())
          .as("%s %s: %s", built.method(), built.url(), text)
          .isEqualTo(expected);
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RequestBody json(String body) {
    return RequestBody.create(body, MediaType.get("application/json"));
  }

  /** Polls the server until it has that status and no task, or until it is gone (null). */
  private void awaitStatus(String project, String id, String wanted) {
    awaitServer(
        project,
        id,
        s ->
            s.path("status").asText().equals(wanted)
                && s.path("OS-EXT-STS:task_state").asText("").isEmpty(),
        wanted);
  }

  /**
   * Polls the server (at 2.9, which shows {@code locked}) until the condition holds, or, with a
   * null condition, until it is gone.
   */
  private void awaitServer(String project, String id, Predicate<JsonNode> condition, String what) {
    Instant deadline = Instant.now().plusSeconds(45);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      JsonNode server = null;
      Request get =
          asProject(project, "/servers/" + id)
              .header("OpenStack-API-Version", "compute 2.9")
              .build();
      try (Response response = RAW.newCall(get).execute()) {
        if (response.code() != 404) {
          server = JSON.readTree(response.body().string()).path("server");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (condition == null ? server == null : server != null && condition.test(server)) {
        return;
      }
      last =
          server == null
              ? "gone"
              : server.path("status").asText()
                  + "/"
                  + server.path("OS-EXT-STS:task_state").asText("");
      assertThat(last).as("server %s", id).doesNotStartWith("ERROR");
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("server " + id + " is " + last + ", not " + what);
  }

  /** A request as a project of noauth2 (token {@code project:project}). */
  private Request.Builder asProject(String project, String path) {
    return new Request.Builder()
        .url(ENDPOINT + path)
        .header("X-Auth-Token", project + ":" + project);
  }

  /** A value the seed recorded in its {@code seed.env}; the test is skipped without the file. */
  private static String seed(String key) {
    String file = System.getenv("NOVA_IT_SEED_ENV");
    assumeTrue(file != null && !file.isEmpty(), "NOVA_IT_SEED_ENV is not set");
    Properties values = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      values.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String value = values.getProperty(key);
    assertThat(value).as("%s in %s", key, file).isNotBlank();
    return value;
  }

  /** Keystone's settings, or empty when the suite runs without Keystone. */
  static Optional<String> keystoneUrl() {
    return Optional.ofNullable(System.getenv("NOVA_IT_KEYSTONE_URL")).filter(s -> !s.isEmpty());
  }

  static String keystoneEndpoint() {
    String endpoint = System.getenv("NOVA_IT_KEYSTONE_ENDPOINT");
    assumeTrue(endpoint != null && !endpoint.isEmpty(), "NOVA_IT_KEYSTONE_ENDPOINT is not set");
    return endpoint;
  }

  /**
   * A project-scoped password token from Keystone. The SDK's own Keystone support is a later
   * issue; until then the tests fetch the token themselves, as a caller of {@code token(..)} would.
   */
  static String keystoneToken() {
    String url =
        keystoneUrl()
            .orElseThrow(() -> new IllegalStateException("NOVA_IT_KEYSTONE_URL is not set"));
    String user = envOr("NOVA_IT_USERNAME", "admin");
    String password = envOr("NOVA_IT_PASSWORD", "admin");
    String project = envOr("NOVA_IT_PROJECT", "admin");
    var auth = JSON.createObjectNode();
    var identity = auth.putObject("auth").putObject("identity");
    identity.putArray("methods").add("password");
    var userNode = identity.putObject("password").putObject("user");
    userNode.put("name", user).put("password", password).putObject("domain").put("name", "Default");
    var scope = auth.with("auth").putObject("scope").putObject("project");
    scope.put("name", project).putObject("domain").put("name", "Default");
    Request request =
        new Request.Builder()
            .url(url.replaceAll("/+$", "") + "/auth/tokens")
            .post(RequestBody.create(auth.toString(), MediaType.get("application/json")))
            .build();
    try (Response response = RAW.newCall(request).execute()) {
      assertThat(response.code()).as("Keystone password authentication").isEqualTo(201);
      String token = response.header("X-Subject-Token");
      assertThat(token).isNotBlank();
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Revokes a token ({@code DELETE /v3/auth/tokens}), as an operator or a logout would. */
  static void revoke(String token) {
    Request request =
        new Request.Builder()
            .url(keystoneUrl().orElseThrow().replaceAll("/+$", "") + "/auth/tokens")
            .header("X-Auth-Token", keystoneToken())
            .header("X-Subject-Token", token)
            .delete()
            .build();
    try (Response response = RAW.newCall(request).execute()) {
      assertThat(response.code()).as("DELETE /v3/auth/tokens").isEqualTo(204);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
