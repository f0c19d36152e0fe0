package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each call of {@link ServersClient} sends, and what it makes of Nova's answer. */
final class ServersClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "4f3d2c1b-0000-4000-8000-00000000aaaa";
  private static final String CREATED =
      "{\"server\": {\"id\": \""
          + ID
          + "\", \"adminPass\": \"6NpUwoz2QDRN\", \"OS-DCF:diskConfig\": \"AUTO\","
          + " \"links\": [], \"security_groups\": [{\"name\": \"default\"}]}}";
  private static final String SERVER =
      "{\"server\": {\"id\": \"" + ID + "\", \"name\": \"web-02\", \"status\": \"ACTIVE\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();

  private ComputeClient client(String microversion) {
    ComputeClient.Builder builder = TestSupport.client(server, "/v2.1");
    if (microversion != null) {
      builder.microversion(microversion);
    }
    return builder.build();
  }

  private RecordedRequest take(String method, String path) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isNull();
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void create_postsTheBodyWithTheMicroversionAndReadsTheAnswer() throws Exception {
    server.enqueue(json(202, CREATED));
    CreatedServer created;
    try (ComputeClient compute = client("2.52")) {
      created =
          compute
              .servers()
              .create(
                  r ->
                      r.name("web-01")
                          .imageRef("70a599e0-31e7-49b7-b260-868f441e862b")
                          .flavorRef("1")
                          .networks(Networks.auto())
                          .addTags("web")
                          .putMetadata("role", "frontend"));
    }
    assertThat(created.id()).contains(ID);
    assertThat(created.adminPass()).contains("6NpUwoz2QDRN");
    assertThat(created.securityGroups()).containsExactly("default");
    RecordedRequest request = take("POST", "/v2.1/servers");
    assertThat(request.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.52");
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isEqualTo("2.52");
    assertThat(body(request))
        .isEqualTo(
            JSON.readTree(
                "{\"server\": {\"name\": \"web-01\", \"imageRef\":"
                    + " \"70a599e0-31e7-49b7-b260-868f441e862b\", \"flavorRef\": \"1\","
                    + " \"networks\": \"auto\", \"metadata\": {\"role\": \"frontend\"},"
                    + " \"tags\": [\"web\"]}}"));
  }

  @Test
  void create_fieldAboveTheMicroversion_isRefusedBeforeAnythingIsSent() {
    try (ComputeClient compute = client("2.37")) {
      assertThatThrownBy(
              () ->
                  compute
                      .servers()
                      .create(
                          r ->
                              r.name("web-01")
                                  .imageRef("img")
                                  .flavorRef("1")
                                  .networks(Networks.none())
                                  .addTags("web")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.52");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void create_overQuota_isNovasForbiddenAnswer() throws Exception {
    server.enqueue(
        json(
            403,
            "{\"forbidden\": {\"code\": 403, \"message\": \"Quota exceeded for instances:"
                + " Requested 1, but already used 10 of 10 instances\"}}"));
    try (ComputeClient compute = client(null)) {
      assertThatThrownBy(
              () -> compute.servers().create(r -> r.name("a").imageRef("img").flavorRef("1")))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("Quota exceeded for instances");
    }
    take("POST", "/v2.1/servers");
  }

  @Test
  void update_putsTheChangesAndReturnsTheServer() throws Exception {
    server.enqueue(json(200, SERVER));
    Server updated;
    try (ComputeClient compute = client("2.19")) {
      updated =
          compute
              .servers()
              .update(ID, UpdateServerRequest.builder().name("web-02").description("two").build());
    }
    assertThat(updated.name()).contains("web-02");
    assertThat(body(take("PUT", "/v2.1/servers/" + ID)))
        .isEqualTo(JSON.readTree("{\"server\": {\"name\": \"web-02\", \"description\": \"two\"}}"));
  }

  @Test
  void delete_sendsADeleteWithoutABody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (ComputeClient compute = client(null)) {
      compute.servers().delete(ID);
    }
    RecordedRequest request = take("DELETE", "/v2.1/servers/" + ID);
    assertThat(request.getBodySize()).isZero();
  }

  static Stream<Arguments> actions() {
    return Stream.of(
        action("start", s -> s.start(ID), "{\"os-start\": null}"),
        action("stop", s -> s.stop(ID), "{\"os-stop\": null}"),
        action("soft reboot", s -> s.reboot(ID), "{\"reboot\": {\"type\": \"SOFT\"}}"),
        action(
            "hard reboot",
            s -> s.reboot(ID, RebootType.HARD),
            "{\"reboot\": {\"type\": \"HARD\"}}"),
        action("pause", s -> s.pause(ID), "{\"pause\": null}"),
        action("unpause", s -> s.unpause(ID), "{\"unpause\": null}"),
        action("suspend", s -> s.suspend(ID), "{\"suspend\": null}"),
        action("resume", s -> s.resume(ID), "{\"resume\": null}"),
        action("lock", s -> s.lock(ID), "{\"lock\": null}"),
        action("unlock", s -> s.unlock(ID), "{\"unlock\": null}"),
        action("unrescue", s -> s.unrescue(ID), "{\"unrescue\": null}"),
        action("resize", s -> s.resize(ID, "2"), "{\"resize\": {\"flavorRef\": \"2\"}}"),
        action("confirmResize", s -> s.confirmResize(ID), "{\"confirmResize\": null}"),
        action("revertResize", s -> s.revertResize(ID), "{\"revertResize\": null}"),
        action("shelve", s -> s.shelve(ID), "{\"shelve\": null}"),
        action("unshelve", s -> s.unshelve(ID), "{\"unshelve\": null}"),
        action("forceDelete", s -> s.forceDelete(ID), "{\"forceDelete\": null}"));
  }

  private static Arguments action(String name, Consumer<ServersClient> call, String body) {
    return Arguments.of(name, call, body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void action_postsItsBodyToTheActionUrl(String name, Consumer<ServersClient> call, String body)
      throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).build());
    try (ComputeClient compute = client(null)) {
      call.accept(compute.servers());
    }
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(JSON.readTree(body));
  }

  @Test
  void action_inTheWrongState_isAConflictWithNovasMessage() throws Exception {
    String message = "Cannot 'stop' instance " + ID + " while it is in vm_state stopped";
    server.enqueue(
        json(409, "{\"conflictingRequest\": {\"code\": 409, \"message\": \"" + message + "\"}}"));
    try (ComputeClient compute = client(null)) {
      assertThatThrownBy(() -> compute.servers().stop(ID))
          .isInstanceOf(ResourceConflictException.class)
          .hasMessageContaining(message)
          .satisfies(
              e -> assertThat(((ResourceConflictException) e).requestId()).contains("req-409"));
    }
    take("POST", "/v2.1/servers/" + ID + "/action");
  }

  @Test
  void lockWithReason_needs273_andSendsTheReason() throws Exception {
    try (ComputeClient compute = client("2.72")) {
      assertThatThrownBy(() -> compute.servers().lock(ID, "maintenance"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.73");
    }
    server.enqueue(new MockResponse.Builder().code(202).build());
    try (ComputeClient compute = client("2.73")) {
      compute.servers().lock(ID, "maintenance");
    }
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(JSON.readTree("{\"lock\": {\"locked_reason\": \"maintenance\"}}"));
  }

  @Test
  void rescue_returnsThePassword() throws Exception {
    server.enqueue(json(200, "{\"adminPass\": \"MySecretPass\"}"));
    try (ComputeClient compute = client(null)) {
      assertThat(compute.servers().rescue(ID)).isEqualTo("MySecretPass");
    }
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(JSON.readTree("{\"rescue\": null}"));
  }

  @Test
  void rebuild_returnsTheServer() throws Exception {
    server.enqueue(json(202, SERVER.replace("ACTIVE", "REBUILD")));
    Server rebuilt;
    try (ComputeClient compute = client(null)) {
      rebuilt =
          compute
              .servers()
              .rebuild(ID, RebuildServerRequest.builder().imageRef("img-2").name("web-03").build());
    }
    assertThat(rebuilt.status()).isEqualTo(ServerStatus.REBUILD);
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(JSON.readTree("{\"rebuild\": {\"imageRef\": \"img-2\", \"name\": \"web-03\"}}"));
  }

  @Test
  void createImage_from245_readsTheImageIdFromTheBody() throws Exception {
    server.enqueue(json(202, "{\"image_id\": \"0e7761dd-ee98-41f0-ba35-05994e446431\"}"));
    try (ComputeClient compute = client("2.45")) {
      assertThat(compute.servers().createImage(ID, "snap", Map.of("purpose", "backup")))
          .isEqualTo("0e7761dd-ee98-41f0-ba35-05994e446431");
    }
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(
            JSON.readTree(
                "{\"createImage\": {\"name\": \"snap\", \"metadata\": {\"purpose\":"
                    + " \"backup\"}}}"));
  }

  @Test
  void createImage_before245_readsTheImageIdFromTheLocation() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(202)
            .setHeader(
                "Location", "http://glance.example/v2/images/0e7761dd-ee98-41f0-ba35-05994e446431")
            .build());
    try (ComputeClient compute = client(null)) {
      assertThat(compute.servers().createImage(ID, "snap"))
          .isEqualTo("0e7761dd-ee98-41f0-ba35-05994e446431");
    }
    take("POST", "/v2.1/servers/" + ID + "/action");
  }

  @Test
  void metadataAndTags_sendTheirBodiesToTheirUrls() throws Exception {
    server.enqueue(json(200, "{\"metadata\": {\"a\": \"1\"}}"));
    server.enqueue(json(200, "{\"meta\": {\"b\": \"2\"}}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(json(200, "{\"tags\": [\"x\", \"y\"]}"));
    server.enqueue(new MockResponse.Builder().code(201).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    try (ComputeClient compute = client("2.26")) {
      ServersClient servers = compute.servers();
      assertThat(servers.replaceMetadata(ID, Map.of("a", "1")))
          .containsExactly(Map.entry("a", "1"));
      assertThat(servers.setMetadataItem(ID, "b", "2")).containsExactly(Map.entry("b", "2"));
      servers.deleteMetadataItem(ID, "b");
      assertThat(servers.replaceTags(ID, List.of("x", "y"))).containsExactly("x", "y");
      servers.addTag(ID, "z");
      servers.deleteTag(ID, "z");
      servers.deleteAllTags(ID);
    }
    String base = "/v2.1/servers/" + ID;
    assertThat(body(take("PUT", base + "/metadata")))
        .isEqualTo(JSON.readTree("{\"metadata\": {\"a\": \"1\"}}"));
    assertThat(body(take("PUT", base + "/metadata/b")))
        .isEqualTo(JSON.readTree("{\"meta\": {\"b\": \"2\"}}"));
    take("DELETE", base + "/metadata/b");
    assertThat(body(take("PUT", base + "/tags")))
        .isEqualTo(JSON.readTree("{\"tags\": [\"x\", \"y\"]}"));
    take("PUT", base + "/tags/z");
    take("DELETE", base + "/tags/z");
    take("DELETE", base + "/tags");
  }

  @Test
  void listeners_areToldOfEachCallByItsName() throws Exception {
    server.enqueue(json(202, CREATED));
    server.enqueue(json(409, "{\"conflictingRequest\": {\"code\": 409, \"message\": \"locked\"}}"));
    RecordingListener listener = new RecordingListener();
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1").addListener(listener).build()) {
      compute.servers().create(r -> r.name("a").imageRef("img").flavorRef("1"));
      assertThatThrownBy(() -> compute.servers().pause(ID))
          .isInstanceOf(ResourceConflictException.class);
    }
    RecordingListener.Op create = listener.only("servers.create");
    assertThat(create.attempts)
        .singleElement()
        .satisfies(a -> assertThat(a.method()).isEqualTo("POST"));
    assertThat(create.events).containsExactly("attempt 1", "attempt 1 -> 202", "ok");
    assertThat(listener.only("servers.pause").events)
        .containsExactly("attempt 1", "attempt 1 -> 409", "failed ResourceConflictException");
    take("POST", "/v2.1/servers");
    take("POST", "/v2.1/servers/" + ID + "/action");
  }

  @Test
  void async_createAndActions_sendTheSameRequests() throws Exception {
    server.enqueue(json(202, CREATED));
    server.enqueue(new MockResponse.Builder().code(202).build());
    try (ComputeClient compute = client(null)) {
      ServersAsyncClient servers = compute.async().servers();
      CreatedServer created =
          servers
              .create(r -> r.name("web-01").imageRef("img").flavorRef("1"))
              .get(5, TimeUnit.SECONDS);
      assertThat(created.id()).contains(ID);
      assertThat(servers.reboot(ID, RebootType.HARD).get(5, TimeUnit.SECONDS)).isNull();
    }
    assertThat(body(take("POST", "/v2.1/servers")).at("/server/name").asText()).isEqualTo("web-01");
    assertThat(body(take("POST", "/v2.1/servers/" + ID + "/action")))
        .isEqualTo(JSON.readTree("{\"reboot\": {\"type\": \"HARD\"}}"));
  }
}
