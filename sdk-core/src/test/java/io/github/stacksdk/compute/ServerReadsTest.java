package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What the reads of a server's sub-resources ({@link ServerReads}, through {@link ServersClient}
 * and {@link ServersAsyncClient}) send, and what they make of Nova's answers: its bodies and its
 * 404s, which tell a missing item from a missing server by their text.
 */
final class ServerReadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "4f3d2c1b-0000-4000-8000-00000000aaaa";
  private static final String BASE = "/v2.1/servers/" + ID;
  private static final String VOLUME = "a26887c6-c47b-4654-abb5-dfadf7d3f803";
  private static final String NO_SERVER =
      "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
          + ID
          + " could not be found.\"}}";
  private static final String NO_CELL =
      "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
          + ID
          + " has no mapping to a cell.\"}}";
  private static final String CREATE =
      "{\"action\": \"create\", \"instance_uuid\": \""
          + ID
          + "\", \"request_id\": \"req-1\", \"user_id\": \"admin\", \"project_id\": \"admin\","
          + " \"start_time\": \"2026-12-07T18:23:22.767675\", \"message\": null,"
          + " \"updated_at\": \"2026-12-07T18:23:23.960847\"}";
  private static final String STOP =
      "{\"action\": \"stop\", \"instance_uuid\": \""
          + ID
          + "\", \"request_id\": \"req-2\", \"user_id\": \"admin\", \"project_id\": \"admin\","
          + " \"start_time\": \"2026-12-07T18:23:57.062551\", \"message\": null,"
          + " \"updated_at\": \"2026-12-07T18:23:57.261268\"}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();
  private final RecordingLogSink log = new RecordingLogSink();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .logSink(log)
        .build();
  }

  /** The next request: this method, path and query (null: none), the token and the microversion. */
  private RecordedRequest take(String method, String path, String query, String microversion)
      throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().encodedQuery()).isEqualTo(query);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return JSON.readTree(request.getBody().utf8());
  }

  private static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  private static String actionsPage(String next, String... actions) {
    return "{\"instanceActions\": ["
        + String.join(", ", actions)
        + "]"
        + (next == null ? "" : ", \"links\": [{\"rel\": \"next\", \"href\": \"" + next + "\"}]")
        + "}";
  }

  // ---- instance actions

  @Test
  void actions_pagesByTheNextLinksMarker_withTheFilters() throws Exception {
    server.enqueue(
        json(
            200,
            actionsPage(
                "http://nova.example:8774/v2.1/servers/"
                    + ID
                    + "/os-instance-actions?limit=1&marker=req-2",
                STOP)));
    server.enqueue(json(200, actionsPage(null, CREATE)));
    Instant since = Instant.parse("2026-12-07T18:00:00Z");
    Instant before = Instant.parse("2026-12-08T00:00:00Z");
    List<String> actions;
    try (ComputeClient compute = client("2.66")) {
      actions =
          compute
              .servers()
              .actions(ID, r -> r.pageSize(1).changesSince(since).changesBefore(before))
              .stream()
              .map(a -> a.action().orElseThrow() + " " + a.requestId())
              .collect(Collectors.toList());
    }
    assertThat(actions).containsExactly("stop req-2", "create req-1");
    String filters =
        "&changes-since=2026-12-07T18%3A00%3A00Z&changes-before=2026-12-08T00%3A00%3A00Z";
    take("GET", BASE + "/os-instance-actions", "limit=1" + filters, "2.66");
    // The next page is asked of the configured endpoint, never of the link's host.
    take("GET", BASE + "/os-instance-actions", "limit=1&marker=req-2" + filters, "2.66");
    assertThat(listener.only(ServerReads.ACTIONS).events)
        .containsExactly("page 1 of 1", "page 2 of 1", "ok");
    assertThat(listener.named(ServerReads.ACTIONS + ".page")).hasSize(2);
  }

  @Test
  void actions_readTheFieldsOfEachMicroversion() throws Exception {
    server.enqueue(json(200, actionsPage(null, STOP, CREATE)));
    List<InstanceAction> actions;
    try (ComputeClient compute = client("2.58")) {
      actions = compute.servers().actions(ID).stream().collect(Collectors.toList());
    }
    take("GET", BASE + "/os-instance-actions", null, "2.58");
    InstanceAction stop = actions.get(0);
    assertThat(stop.instanceUuid()).contains(ID);
    assertThat(stop.userId()).contains("admin");
    assertThat(stop.message()).isEmpty();
    assertThat(stop.startTime()).contains(Instant.parse("2026-12-07T18:23:57.062551Z"));
    assertThat(stop.updatedAt()).contains(Instant.parse("2026-12-07T18:23:57.261268Z"));
    assertThat(stop.events()).isEmpty();
  }

  @Test
  void actions_filtersAboveTheMicroversion_areRefusedBeforeSending() {
    try (ComputeClient compute = client("2.57")) {
      ServersClient servers = compute.servers();
      assertThatThrownBy(() -> servers.actions(ID, r -> r.pageSize(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("needs microversion 2.58")
          .hasMessageContaining("2.57");
      assertThatThrownBy(() -> servers.actions(ID, r -> r.marker("req-1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.58");
      assertThatThrownBy(() -> servers.actions(ID, r -> r.changesSince(Instant.EPOCH)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.58");
      assertThatThrownBy(
              () ->
                  compute
                      .async()
                      .servers()
                      .actions(ID, ListServerActionsRequest.builder().pageSize(5).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.58");
    }
    try (ComputeClient compute = client("2.65")) {
      assertThatThrownBy(() -> compute.servers().actions(ID, r -> r.changesBefore(Instant.EPOCH)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("changes-before filter needs microversion 2.66");
    }
    assertThatThrownBy(
            () ->
                ListServerActionsRequest.builder()
                    .changesSince(Instant.parse("2026-01-02T00:00:00Z"))
                    .changesBefore(Instant.parse("2026-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be after");
    assertThatThrownBy(() -> ListServerActionsRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void actions_beforeTheirPaging_areOnePageWithoutAQuery() throws Exception {
    server.enqueue(json(200, actionsPage(null, STOP, CREATE)));
    try (ComputeClient compute = client("2.21")) {
      assertThat(compute.servers().actions(ID).stream().map(InstanceAction::requestId))
          .containsExactly("req-2", "req-1");
    }
    take("GET", BASE + "/os-instance-actions", null, "2.21");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void actions_ofAMissingServer_failTheIteration() throws Exception {
    server.enqueue(json(404, NO_SERVER));
    try (ComputeClient compute = client("2.93")) {
      PagedIterable<InstanceAction> actions = compute.servers().actions(ID);
      assertThat(server.getRequestCount()).as("no request before the iteration").isZero();
      assertThatThrownBy(() -> actions.stream().count())
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("could not be found");
    }
    take("GET", BASE + "/os-instance-actions", null, "2.93");
  }

  @Test
  void action_readsTheEvents_andA404IsAnException() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"instanceAction\": {\"action\": \"stop\", \"request_id\": \"req-2\","
                + " \"events\": [{\"event\": \"compute_stop_instance\","
                + " \"start_time\": \"2026-12-07T18:23:57.143953\","
                + " \"finish_time\": \"2026-12-07T18:23:57.261268\", \"result\": \"Success\","
                + " \"traceback\": null, \"host\": \"compute-1\", \"hostId\": \"15f3\","
                + " \"details\": null}]}}"));
    server.enqueue(
        json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"Action req-9 not found\"}}"));
    try (ComputeClient compute = client("2.93")) {
      InstanceAction action = compute.servers().action(ID, "req-2");
      assertThat(action.events())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.event()).isEqualTo("compute_stop_instance");
                assertThat(e.result()).contains("Success");
                assertThat(e.host()).contains("compute-1");
                assertThat(e.traceback()).isEmpty();
              });
      assertThatThrownBy(() -> compute.servers().action(ID, "req-9"))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("Action req-9 not found");
    }
    take("GET", BASE + "/os-instance-actions/req-2", null, "2.93");
    take("GET", BASE + "/os-instance-actions/req-9", null, "2.93");
  }

  // ---- metadata and tags

  @Test
  void metadata_readsTheMapAndOneItem_absentItemVersusMissingServer() throws Exception {
    server.enqueue(json(200, "{\"metadata\": {\"group\": \"web\", \"owner\": \"team-a\"}}"));
    server.enqueue(json(200, "{\"meta\": {\"group\": \"web\"}}"));
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Metadata item was not found\"}}"));
    server.enqueue(json(404, NO_SERVER));
    try (ComputeClient compute = client("2.93")) {
      ServersClient servers = compute.servers();
      assertThat(servers.metadata(ID))
          .containsExactly(Map.entry("group", "web"), Map.entry("owner", "team-a"));
      assertThat(servers.metadataItem(ID, "group")).contains("web");
      assertThat(servers.metadataItem(ID, "no such/key")).isEmpty();
      assertThatThrownBy(() -> servers.metadataItem(ID, "group"))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("could not be found");
    }
    take("GET", BASE + "/metadata", null, "2.93");
    take("GET", BASE + "/metadata/group", null, "2.93");
    take("GET", BASE + "/metadata/no%20such%2Fkey", null, "2.93");
    take("GET", BASE + "/metadata/group", null, "2.93");
    // The absent item ends its operation as a success; the missing server as a failure.
    assertThat(listener.named(ServerReads.METADATA_ITEM))
        .extracting(op -> op.events.get(op.events.size() - 1))
        .containsExactly("ok", "ok", "failed ResourceNotFoundException");
  }

  @Test
  void tags_andHasTag_204IsTrue_theTagsOwn404IsFalse_aMissingServerThrows() throws Exception {
    server.enqueue(json(200, "{\"tags\": [\"canary\", \"frontend\"]}"));
    server.enqueue(noContent());
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Server "
                + ID
                + " has no tag 'blue green'\"}}"));
    server.enqueue(json(404, NO_CELL));
    try (ComputeClient compute = client("2.26")) {
      ServersClient servers = compute.servers();
      assertThat(servers.tags(ID)).containsExactly("canary", "frontend");
      assertThat(servers.hasTag(ID, "canary")).isTrue();
      assertThat(servers.hasTag(ID, "blue green")).isFalse();
      assertThatThrownBy(() -> servers.hasTag(ID, "canary"))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageContaining("has no mapping to a cell");
    }
    take("GET", BASE + "/tags", null, "2.26");
    take("GET", BASE + "/tags/canary", null, "2.26");
    take("GET", BASE + "/tags/blue%20green", null, "2.26");
    take("GET", BASE + "/tags/canary", null, "2.26");
  }

  @Test
  void hasTag_aServerWhoseIdEndsLikeATagsMessage_isStillMissing() throws Exception {
    // Only the end of the message holds the tag: a server id cannot make a 404 pass for it.
    String odd = "x has no tag 'a'";
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
                + odd
                + " has no mapping to a cell.\"}}"));
    try (ComputeClient compute = client("2.93")) {
      assertThatThrownBy(() -> compute.servers().hasTag(odd, "a"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    take("GET", "/v2.1/servers/x%20has%20no%20tag%20'a'/tags/a", null, "2.93");
  }

  @Test
  void tags_belowTheirMicroversion_areRefusedBeforeSending() {
    try (ComputeClient compute = client("2.25")) {
      assertThatThrownBy(() -> compute.servers().tags(ID))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("server tags needs microversion 2.26");
      assertThatThrownBy(() -> compute.async().servers().hasTag(ID, "a"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.26");
      assertThatThrownBy(() -> compute.servers().hasTag(ID, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tag is blank");
      assertThatThrownBy(() -> compute.servers().metadataItem(" ", "a"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("serverId is blank");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- volume attachments

  private static String attachments(int from, int count) {
    StringJoiner items = new StringJoiner(", ", "{\"volumeAttachments\": [", "]}");
    for (int i = from; i < from + count; i++) {
      String volume = String.format("00000000-0000-4000-8000-%012d", i);
      items.add(
          "{\"id\": \""
              + volume
              + "\", \"volumeId\": \""
              + volume
              + "\", \"serverId\": \""
              + ID
              + "\", \"device\": \"/dev/vd"
              + (char) ('b' + i % 20)
              + "\"}");
    }
    return items.toString();
  }

  @Test
  void volumeAttachments_pageByOffset_aShortPageEnds() throws Exception {
    server.enqueue(json(200, attachments(0, ServerReads.VOLUME_ATTACHMENTS_PAGE)));
    server.enqueue(json(200, attachments(ServerReads.VOLUME_ATTACHMENTS_PAGE, 2)));
    long count;
    try (ComputeClient compute = client("2.79")) {
      count = compute.servers().volumeAttachments(ID).stream().count();
    }
    assertThat(count).isEqualTo(ServerReads.VOLUME_ATTACHMENTS_PAGE + 2);
    take("GET", BASE + "/os-volume_attachments", "limit=1000", "2.79");
    take("GET", BASE + "/os-volume_attachments", "limit=1000&offset=1000", "2.79");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(listener.only(ServerReads.VOLUME_ATTACHMENTS).events)
        .containsExactly("page 1 of 1000", "page 2 of 2", "ok");
  }

  @Test
  void volumeAttachments_emptyIsOneRequest() throws Exception {
    server.enqueue(json(200, "{\"volumeAttachments\": []}"));
    try (ComputeClient compute = client("2.93")) {
      assertThat(compute.async().servers().volumeAttachments(ID).toList().get(5, TimeUnit.SECONDS))
          .isEmpty();
    }
    take("GET", BASE + "/os-volume_attachments", "limit=1000", "2.93");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void volumeAttachment_readsIt_notAttachedIsEmpty_aMissingServerThrows() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"volumeAttachment\": {\"device\": \"/dev/sdb\", \"serverId\": \""
                + ID
                + "\", \"tag\": null, \"volumeId\": \""
                + VOLUME
                + "\", \"delete_on_termination\": true,"
                + " \"attachment_id\": \"979ce4f8-033a-409d-85e6-6b5c0f6a6302\","
                + " \"bdm_uuid\": \"c088db45-92b8-49e8-81e2-a1b77a144b3b\"}}"));
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Instance "
                + ID
                + " is not attached to volume "
                + VOLUME
                + "\"}}"));
    server.enqueue(json(404, NO_SERVER));
    try (ComputeClient compute = client("2.89")) {
      VolumeAttachment attachment = compute.servers().volumeAttachment(ID, VOLUME).orElseThrow();
      assertThat(attachment.device()).contains("/dev/sdb");
      assertThat(attachment.deleteOnTermination()).contains(true);
      assertThat(attachment.attachmentId()).contains("979ce4f8-033a-409d-85e6-6b5c0f6a6302");
      assertThat(compute.async().servers().volumeAttachment(ID, VOLUME).get(5, TimeUnit.SECONDS))
          .isEmpty();
      assertThatThrownBy(() -> compute.servers().volumeAttachment(ID, VOLUME))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    for (int i = 0; i < 3; i++) {
      take("GET", BASE + "/os-volume_attachments/" + VOLUME, null, "2.89");
    }
  }

  // ---- addresses

  @Test
  void addresses_byNetwork_andOfOneNetwork() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"addresses\": {\"private\": [{\"addr\": \"192.168.1.30\", \"version\": 4},"
                + " {\"addr\": \"fe80::1\", \"version\": 6}], \"public\": []}}"));
    server.enqueue(json(200, "{\"private\": [{\"addr\": \"192.168.1.30\", \"version\": 4}]}"));
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\":"
                + " \"Instance is not a member of specified network\"}}"));
    server.enqueue(json(404, NO_SERVER));
    try (ComputeClient compute = client("2.93")) {
      Map<String, List<Address>> byNetwork = compute.servers().addresses(ID);
      assertThat(byNetwork).containsOnlyKeys("private", "public");
      assertThat(byNetwork.get("private"))
          .extracting(Address::addr, Address::version)
          .containsExactly(tuple("192.168.1.30", 4), tuple("fe80::1", 6));
      assertThat(byNetwork.get("private").get(0).macAddress()).isEmpty();
      assertThatThrownBy(() -> byNetwork.get("private").add(byNetwork.get("private").get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(compute.servers().addresses(ID, "private"))
          .extracting(Address::addr)
          .containsExactly("192.168.1.30");
      assertThat(compute.async().servers().addresses(ID, "other net").get(5, TimeUnit.SECONDS))
          .isEmpty();
      assertThatThrownBy(() -> compute.servers().addresses(ID, "private"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    take("GET", BASE + "/ips", null, "2.93");
    take("GET", BASE + "/ips/private", null, "2.93");
    take("GET", BASE + "/ips/other%20net", null, "2.93");
    take("GET", BASE + "/ips/private", null, "2.93");
  }

  // ---- consoles

  @Test
  void consoleOutput_postsTheActionWithAndWithoutALength() throws Exception {
    server.enqueue(json(200, "{\"output\": \"FAKE CONSOLE OUTPUT\\nANOTHER\\nLAST LINE\"}"));
    server.enqueue(json(200, "{\"output\": \"ANOTHER\\nLAST LINE\"}"));
    try (ComputeClient compute = client("2.93")) {
      assertThat(compute.servers().consoleOutput(ID))
          .isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
      assertThat(compute.async().servers().consoleOutput(ID, 2).get(5, TimeUnit.SECONDS))
          .isEqualTo("ANOTHER\nLAST LINE");
    }
    assertThat(body(take("POST", BASE + "/action", null, "2.93")))
        .isEqualTo(JSON.readTree("{\"os-getConsoleOutput\": {}}"));
    assertThat(body(take("POST", BASE + "/action", null, "2.93")))
        .isEqualTo(JSON.readTree("{\"os-getConsoleOutput\": {\"length\": 2}}"));
    assertThat(listener.named(ServerReads.CONSOLE_OUTPUT)).hasSize(2);
  }

  @Test
  void consoleOutput_negativeLines_isRefusedBeforeSending() {
    try (ComputeClient compute = client("2.93")) {
      // -1 is not "all" in Nova, whatever its schema says: it drops the first line.
      assertThatThrownBy(() -> compute.servers().consoleOutput(ID, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lines must not be negative");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void consoleOutput_connectionDroppedAfterSending_isSentAgain() throws Exception {
    // It changes nothing, so unlike the other actions it is retried once it may have arrived.
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"output\": \"LAST LINE\"}"));
    RecordingDelays delays = new RecordingDelays();
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1")
            .microversion("2.93")
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .delays(delays)
            .build()) {
      assertThat(compute.servers().consoleOutput(ID, 1)).isEqualTo("LAST LINE");
    }
    take("POST", BASE + "/action", null, "2.93");
    assertThat(body(take("POST", BASE + "/action", null, "2.93")))
        .isEqualTo(JSON.readTree("{\"os-getConsoleOutput\": {\"length\": 1}}"));
    assertThat(delays.waits).hasSize(1);
  }

  @Test
  void remoteConsole_postsTheProtocolAndType_andNeverShowsTheUrlsToken() throws Exception {
    String token = "82f82962-4ad3-4a66-87d6-68d7dc4570f7";
    String url = "http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D" + token;
    server.enqueue(
        json(
            200,
            "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\", \"url\": \""
                + url
                + "\"}}"));
    server.enqueue(
        json(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\":"
                + " \"Unavailable console type spice-html5.\"}}"));
    RemoteConsole console;
    try (ComputeClient compute = client("2.6")) {
      console = compute.servers().remoteConsole(ID, ConsoleProtocol.VNC, ConsoleType.NOVNC);
      ExecutionException unavailable =
          catchThrowableOfType(
              () ->
                  compute
                      .async()
                      .servers()
                      .remoteConsole(ID, ConsoleProtocol.SPICE, ConsoleType.SPICE_HTML5)
                      .get(5, TimeUnit.SECONDS),
              ExecutionException.class);
      assertThat(unavailable.getCause())
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("Unavailable console type spice-html5.");
    }
    assertThat(console.url()).isEqualTo(url);
    assertThat(console.protocol()).contains("vnc");
    assertThat(console.type()).contains("novnc");
    assertThat(console.toString()).doesNotContain(token);
    assertThat(body(take("POST", BASE + "/remote-consoles", null, "2.6")))
        .isEqualTo(
            JSON.readTree("{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\"}}"));
    assertThat(body(take("POST", BASE + "/remote-consoles", null, "2.6")))
        .isEqualTo(
            JSON.readTree(
                "{\"remote_console\": {\"protocol\": \"spice\", \"type\": \"spice-html5\"}}"));
    assertThat(log.all()).isNotEmpty().noneMatch(line -> line.contains(token));
    assertThat(listener.named(ServerReads.REMOTE_CONSOLE))
        .extracting(op -> op.events.get(op.events.size() - 1))
        .containsExactly("ok", "failed InvalidRequestException");
  }

  @Test
  void remoteConsole_pairsAndMicroversionsNovaRefuses_areRefusedBeforeSending() {
    try (ComputeClient compute = client("2.5")) {
      assertThatThrownBy(
              () -> compute.servers().remoteConsole(ID, ConsoleProtocol.VNC, ConsoleType.NOVNC))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("remote consoles (POST /servers/{id}/remote-consoles) needs")
          .hasMessageContaining("2.6");
    }
    try (ComputeClient compute = client("2.7")) {
      assertThatThrownBy(
              () -> compute.servers().remoteConsole(ID, ConsoleProtocol.MKS, ConsoleType.WEBMKS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("protocol mks needs microversion 2.8");
      assertThatThrownBy(
              () -> compute.servers().remoteConsole(ID, ConsoleProtocol.VNC, ConsoleType.SERIAL))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("console type serial is served over serial, not vnc");
    }
    try (ComputeClient compute = client("2.98")) {
      assertThatThrownBy(
              () ->
                  compute
                      .async()
                      .servers()
                      .remoteConsole(ID, ConsoleProtocol.SPICE, ConsoleType.SPICE_DIRECT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("type spice-direct needs microversion 2.99");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void consoleTypes_eachBelongToOneProtocol() {
    assertThat(ConsoleType.values())
        .extracting(t -> t.value() + "/" + t.protocol().value())
        .containsExactly(
            "novnc/vnc",
            "xvpvnc/vnc",
            "spice-html5/spice",
            "spice-direct/spice",
            "serial/serial",
            "rdp-html5/rdp",
            "webmks/mks");
  }

  @Test
  void bodiesOfTheWrongShape_areTheClientsTypedError() throws Exception {
    server.enqueue(json(200, "{\"addresses\": [\"192.168.1.30\"]}"));
    server.enqueue(json(200, "{\"output\": 5}"));
    server.enqueue(json(200, "{\"metadata\": {\"a\": \"1\"}} {}"));
    server.enqueue(json(200, "{\"instanceActions\": [{\"action\": \"stop\"}]}"));
    server.enqueue(json(200, "{\"remote_console\": {\"type\": \"novnc\"}}"));
    try (ComputeClient compute = client("2.93")) {
      ServersClient servers = compute.servers();
      assertThatThrownBy(() -> servers.addresses(ID))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("Unreadable response to GET " + BASE + "/ips");
      assertThatThrownBy(() -> servers.consoleOutput(ID))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("output");
      assertThatThrownBy(() -> servers.metadata(ID))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("end of the body");
      assertThatThrownBy(() -> servers.actions(ID).stream().count())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("requestId");
      assertThatThrownBy(() -> servers.remoteConsole(ID, ConsoleProtocol.VNC, ConsoleType.NOVNC))
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("url");
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  // ---- the async face

  @Test
  void async_sendsWhatTheSyncFaceSends() throws Exception {
    server.enqueue(json(200, actionsPage(null, STOP)));
    server.enqueue(json(200, "{\"instanceAction\": " + STOP + "}"));
    server.enqueue(json(200, "{\"metadata\": {}}"));
    server.enqueue(json(200, "{\"meta\": {\"a\": \"1\"}}"));
    server.enqueue(json(200, "{\"tags\": []}"));
    server.enqueue(noContent());
    server.enqueue(json(200, "{\"addresses\": {}}"));
    server.enqueue(json(200, "{\"output\": \"\"}"));
    try (ComputeClient compute = client("2.93")) {
      ServersAsyncClient servers = compute.async().servers();
      assertThat(servers.actions(ID).toList().get(5, TimeUnit.SECONDS))
          .extracting(InstanceAction::requestId)
          .containsExactly("req-2");
      assertThat(servers.action(ID, "req-2").get(5, TimeUnit.SECONDS).events())
          .extracting(InstanceActionEvent::event)
          .isEmpty();
      assertThat(servers.metadata(ID).get(5, TimeUnit.SECONDS)).isEmpty();
      assertThat(servers.metadataItem(ID, "a").get(5, TimeUnit.SECONDS)).contains("1");
      assertThat(servers.tags(ID).get(5, TimeUnit.SECONDS)).isEmpty();
      assertThat(servers.hasTag(ID, "a").get(5, TimeUnit.SECONDS)).isTrue();
      assertThat(servers.addresses(ID).get(5, TimeUnit.SECONDS)).isEmpty();
      assertThat(servers.consoleOutput(ID).get(5, TimeUnit.SECONDS)).isEmpty();
    }
    take("GET", BASE + "/os-instance-actions", null, "2.93");
    take("GET", BASE + "/os-instance-actions/req-2", null, "2.93");
    take("GET", BASE + "/metadata", null, "2.93");
    take("GET", BASE + "/metadata/a", null, "2.93");
    take("GET", BASE + "/tags", null, "2.93");
    take("GET", BASE + "/tags/a", null, "2.93");
    take("GET", BASE + "/ips", null, "2.93");
    take("POST", BASE + "/action", null, "2.93");
    listener.awaitEnded(op -> true);
    assertThat(listener.operations)
        .extracting(op -> op.info.name())
        .contains(
            ServerReads.ACTIONS,
            ServerReads.ACTION,
            ServerReads.METADATA,
            ServerReads.METADATA_ITEM,
            ServerReads.TAGS,
            ServerReads.TAG,
            ServerReads.ADDRESSES,
            ServerReads.CONSOLE_OUTPUT);
  }

  @Test
  void async_absentValues_completeAndAMissingServerFails() throws Exception {
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Metadata item was not found\"}}"));
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\": \"Server "
                + ID
                + " has no tag 'a'\"}}"));
    server.enqueue(json(404, NO_CELL));
    try (ComputeClient compute = client("2.93")) {
      ServersAsyncClient servers = compute.async().servers();
      assertThat(servers.metadataItem(ID, "a").get(5, TimeUnit.SECONDS)).isEmpty();
      assertThat(servers.hasTag(ID, "a").get(5, TimeUnit.SECONDS)).isFalse();
      assertThatThrownBy(() -> servers.hasTag(ID, "a").get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(ResourceNotFoundException.class);
    }
    take("GET", BASE + "/metadata/a", null, "2.93");
    take("GET", BASE + "/tags/a", null, "2.93");
    take("GET", BASE + "/tags/a", null, "2.93");
  }
}
