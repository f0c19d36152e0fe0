package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code of the section on a server's sub-resources in docs/reads.md, run against a
 * MockWebServer that answers with the bodies the loopback Nova of {@code integration/nova} sent
 * (FakeCompute does not serve these resources yet): what each snippet sends and makes of them.
 */
final class ServerReadsSnippetsTest {
  private static final String ID = "ae95dcd8-c0e2-4292-ab62-5df21d7ecb27";
  private static final String BASE = "/v2.1/servers/" + ID;
  private static final String VOLUME = "a26887c6-c47b-4654-abb5-dfadf7d3f803";
  private static final String STOP =
      "{\"action\": \"stop\", \"instance_uuid\": \""
          + ID
          + "\", \"request_id\": \"req-a5c30320-2935-4f43-8801-5ea85131d06f\", \"user_id\":"
          + " \"admin\", \"project_id\": \"admin\", \"start_time\": \"2026-12-07T18:23:57.062551\","
          + " \"message\": null, \"updated_at\": \"2026-12-07T18:23:57.261268\"}";
  private static final String CREATE =
      "{\"action\": \"create\", \"instance_uuid\": \""
          + ID
          + "\", \"request_id\": \"req-7a4d2b60-1b9a-4cb7-ae36-ec5c31c5c743\", \"user_id\":"
          + " \"admin\", \"project_id\": \"admin\", \"start_time\": \"2026-12-07T18:23:22.767675\","
          + " \"message\": null, \"updated_at\": \"2026-12-07T18:23:23.960847\"}";

  /** Nova's answers by method, path and query. */
  private static final Map<String, MockResponse> ANSWERS =
      Map.ofEntries(
          answer(
              "GET " + BASE + "/os-instance-actions",
              200,
              "{\"instanceActions\": [" + STOP + ", " + CREATE + "]}"),
          answer(
              "GET "
                  + BASE
                  + "/os-instance-actions?limit=50&changes-since=2026-12-07T18%3A23%3A55Z",
              200,
              "{\"instanceActions\": [" + STOP + "]}"),
          answer(
              "GET " + BASE + "/os-instance-actions/req-bdbaa3f3-9d0e-4903-8ec5-8b41296ebfcb",
              200,
              "{\"instanceAction\": {\"action\": \"create\", \"request_id\":"
                  + " \"req-bdbaa3f3-9d0e-4903-8ec5-8b41296ebfcb\", \"message\": \"Error\","
                  + " \"events\": [{\"event\": \"conductor_schedule_and_build_instances\","
                  + " \"start_time\": \"2026-12-07T18:23:49.409693\", \"finish_time\":"
                  + " \"2026-12-07T18:23:49.423951\", \"result\": \"Error\", \"traceback\": \""
                  + "  File \\\"nova/conductor/manager.py\\\", line 1587\", \"host\":"
                  + " \"fake-compute\", \"hostId\": \"15f3\", \"details\":"
                  + " \"No valid host was found. \"}]}}"),
          answer("GET " + BASE + "/metadata", 200, "{\"metadata\": {\"group\": \"web\"}}"),
          answer(
              "GET " + BASE + "/metadata/owner",
              404,
              "{\"itemNotFound\": {\"code\": 404, \"message\": \"Metadata item was not found\"}}"),
          answer("GET " + BASE + "/tags", 200, "{\"tags\": [\"canary\", \"frontend\"]}"),
          Map.entry("GET " + BASE + "/tags/canary", new MockResponse.Builder().code(204).build()),
          answer(
              "GET " + BASE + "/os-volume_attachments?limit=1000",
              200,
              "{\"volumeAttachments\": [{\"id\": \""
                  + VOLUME
                  + "\", \"volumeId\": \""
                  + VOLUME
                  + "\", \"serverId\": \""
                  + ID
                  + "\", \"device\": \"/dev/vdb\", \"tag\": null, \"delete_on_termination\":"
                  + " false}]}"),
          answer(
              "GET " + BASE + "/os-volume_attachments/" + VOLUME,
              404,
              "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
                  + ID
                  + " is not attached to volume "
                  + VOLUME
                  + "\"}}"),
          answer(
              "GET " + BASE + "/ips",
              200,
              "{\"addresses\": {\"private\": [{\"version\": 4, \"addr\": \"192.168.0.3\"}]}}"),
          answer(
              "GET " + BASE + "/ips/private",
              200,
              "{\"private\": [{\"version\": 4, \"addr\": \"192.168.0.3\"}]}"),
          answer(
              "POST " + BASE + "/action {\"os-getConsoleOutput\":{\"length\":50}}",
              200,
              "{\"output\": \"ANOTHER\\nLAST LINE\"}"),
          answer(
              "POST " + BASE + "/action {\"os-getConsoleOutput\":{}}",
              200,
              "{\"output\": \"FAKE CONSOLE OUTPUT\\nANOTHER\\nLAST LINE\"}"),
          answer(
              "POST "
                  + BASE
                  + "/remote-consoles"
                  + " {\"remote_console\":{\"protocol\":\"vnc\",\"type\":\"novnc\"}}",
              200,
              "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\", \"url\":"
                  + " \"http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D82f82962-4ad3\"}}"));

  private final MockWebServer server = new MockWebServer();
  private ComputeClient compute;

  private static Map.Entry<String, MockResponse> answer(String request, int code, String body) {
    return Map.entry(
        request,
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String query = request.getUrl().encodedQuery();
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            String key =
                request.getMethod()
                    + " "
                    + request.getUrl().encodedPath()
                    + (query == null ? "" : "?" + query)
                    + (body.isEmpty() ? "" : " " + body);
            return ANSWERS.getOrDefault(
                key,
                new MockResponse.Builder().code(500).body("unexpected request " + key).build());
          }
        });
    server.start();
    compute =
        ComputeClient.builder()
            .endpoint(server.url("/v2.1").toString())
            .token("admin:admin")
            .microversion("2.93")
            .build();
  }

  @AfterEach
  void stop() {
    compute.close();
    server.close();
  }

  /** Every request the snippets sent, as method, path and query. */
  private List<String> sent() throws InterruptedException {
    List<String> sent = new ArrayList<>();
    for (RecordedRequest r = server.takeRequest(0, TimeUnit.SECONDS);
        r != null;
        r = server.takeRequest(0, TimeUnit.SECONDS)) {
      assertThat(r.getHeaders().get("OpenStack-API-Version")).isEqualTo("compute 2.93");
      String query = r.getUrl().encodedQuery();
      sent.add(r.getMethod() + " " + r.getUrl().encodedPath() + (query == null ? "" : "?" + query));
    }
    return sent;
  }

  private static String printed(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void actions_printTheHistoryAndTheFilteredPage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServerReadsSnippets.actions(
        compute,
        ID,
        Instant.parse("2026-12-07T18:23:55Z"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(printed(bytes))
        .isEqualTo(
            "2026-12-07T18:23:57.062551Z stop by admin (req-a5c30320-2935-4f43-8801-5ea85131d06f)\n"
                + "2026-12-07T18:23:22.767675Z create by admin"
                + " (req-7a4d2b60-1b9a-4cb7-ae36-ec5c31c5c743)\n"
                + "stop 2026-12-07T18:23:57.261268Z\n");
    assertThat(sent())
        .containsExactly(
            "GET " + BASE + "/os-instance-actions",
            "GET " + BASE + "/os-instance-actions?limit=50&changes-since=2026-12-07T18%3A23%3A55Z");
  }

  @Test
  void action_printsWhyTheBuildFailed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServerReadsSnippets.action(
        compute,
        ID,
        "req-bdbaa3f3-9d0e-4903-8ec5-8b41296ebfcb",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(printed(bytes))
        .isEqualTo("conductor_schedule_and_build_instances: Error\n  No valid host was found. \n");
    assertThat(sent())
        .containsExactly(
            "GET " + BASE + "/os-instance-actions/req-bdbaa3f3-9d0e-4903-8ec5-8b41296ebfcb");
  }

  @Test
  void metadataAndTags() throws Exception {
    assertThat(ServerReadsSnippets.metadata(compute, ID)).isEqualTo(Map.of("group", "web"));
    assertThat(ServerReadsSnippets.metadataItem(compute, ID)).isEqualTo("nobody");
    assertThat(ServerReadsSnippets.tags(compute, ID)).containsExactly("canary", "frontend");
    assertThat(ServerReadsSnippets.hasTag(compute, ID)).isTrue();
    assertThat(sent())
        .containsExactly(
            "GET " + BASE + "/metadata",
            "GET " + BASE + "/metadata/owner",
            "GET " + BASE + "/tags",
            "GET " + BASE + "/tags/canary");
  }

  @Test
  void volumesAndAddresses() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ServerReadsSnippets.volumeAttachments(compute, ID, out);
    assertThat(ServerReadsSnippets.volumeAttachment(compute, ID, VOLUME)).isEmpty();
    ServerReadsSnippets.addresses(compute, ID, out);

    assertThat(printed(bytes))
        .isEqualTo(VOLUME + " on /dev/vdb\nprivate IPv4 192.168.0.3\nprivate 192.168.0.3\n");
    assertThat(sent())
        .containsExactly(
            "GET " + BASE + "/os-volume_attachments?limit=1000",
            "GET " + BASE + "/os-volume_attachments/" + VOLUME,
            "GET " + BASE + "/ips",
            "GET " + BASE + "/ips/private");
  }

  @Test
  void consoles() throws Exception {
    assertThat(ServerReadsSnippets.consoleOutput(compute, ID))
        .isEqualTo("ANOTHER\nLAST LINE\n--\nFAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
    assertThat(ServerReadsSnippets.remoteConsole(compute, ID))
        .contains("http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D82f82962-4ad3");
    assertThat(sent())
        .containsExactly(
            "POST " + BASE + "/action",
            "POST " + BASE + "/action",
            "POST " + BASE + "/remote-consoles");
  }
}
