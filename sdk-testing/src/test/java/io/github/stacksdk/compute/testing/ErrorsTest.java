package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.Server;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nova's errors as the fake produces them, and the SDK exceptions they become. */
@ExtendWith(FakeComputeExtension.class)
final class ErrorsTest {
  private static final String REQUEST_ID =
      "req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void unknownServer_isResourceNotFound_withNovasMessage() {
    String id = "4a623d0f-c7aa-41d1-81c6-ed2d61f31255";
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThatThrownBy(() -> compute.getServer(id))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.faultName()).contains("itemNotFound");
                assertThat(e.faultMessage()).isEqualTo("Instance " + id + " could not be found.");
                assertThat(e.requestId())
                    .hasValueSatisfying(r -> assertThat(r).matches(REQUEST_ID));
                assertThat(e.microversion()).contains("2.1");
              });
    }
    RawHttp.assertGet(fake, "/v2.1/servers/" + id);
  }

  @Test
  void deletedServer_isNotFound() {
    String id =
        fake.servers().stream()
            .filter(s -> s.name().orElse("").equals("batch-00"))
            .findFirst()
            .orElseThrow()
            .id();
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThatThrownBy(() -> compute.getServer(id)).isInstanceOf(ResourceNotFoundException.class);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/" + id);
  }

  @Test
  void microversionAboveTheMaximum_isNotSupported_withTheRange() {
    try (ComputeClient compute = fake.clientBuilder().microversion("2.97").build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOfSatisfying(
              MicroversionNotSupportedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(406);
                assertThat(e.faultName()).contains("computeFault");
                assertThat(e.faultMessage())
                    .isEqualTo(
                        "Version 2.97 is not supported by the API. Minimum is 2.1 and maximum is 2.96.");
                assertThat(e.minimumMicroversion()).contains("2.1");
                assertThat(e.maximumMicroversion()).contains("2.96");
                assertThat(e.microversion()).contains("2.97");
              });
    }
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").header("OpenStack-API-Version"))
        .contains("compute 2.97");
  }

  @Test
  void
      microversionBelowTheMinimum_isNotSupported_andAMalformedOneIsBadRequestWithoutVersionHeaders() {
    RawHttp.Reply low =
        RawHttp.get(fake, "/v2.1/servers/detail", "OpenStack-API-Version", "compute 2.0");
    RawHttp.Reply malformed =
        RawHttp.get(fake, "/v2.1/servers/detail", "X-OpenStack-Nova-API-Version", "2.x");
    fake.takeRequest();
    assertThat(fake.takeRequest().header("X-OpenStack-Nova-API-Version")).contains("2.x");

    assertThat(low.status).isEqualTo(406);
    assertThat(low.json().at("/computeFault/message").asText())
        .contains("Version 2.0 is not supported");
    assertThat(malformed.status).isEqualTo(400);
    assertThat(malformed.json().at("/badRequest/message").asText())
        .isEqualTo(
            "API Version String 2.x is of invalid format. Must be of format MajorNum.MinorNum.");
    assertThat(malformed.header("OpenStack-API-Version")).isNull();
    assertThat(malformed.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void microversionOfNovasFormat_longNumbersAreOutsideTheRange_leadingZerosAreMalformed() {
    RawHttp.Reply longMinor =
        RawHttp.get(fake, "/v2.1/servers/detail", "OpenStack-API-Version", "compute 2.12345");
    RawHttp.Reply leadingZero =
        RawHttp.get(fake, "/v2.1/servers/detail", "OpenStack-API-Version", "compute 2.05");
    fake.takeRequest();
    fake.takeRequest();

    assertThat(longMinor.status).isEqualTo(406);
    assertThat(longMinor.json().at("/computeFault/message").asText())
        .isEqualTo(
            "Version 2.12345 is not supported by the API. Minimum is 2.1 and maximum is 2.96.");
    assertThat(leadingZero.status).isEqualTo(400);
    assertThat(leadingZero.json().at("/badRequest/message").asText())
        .isEqualTo(
            "API Version String 2.05 is of invalid format. Must be of format MajorNum.MinorNum.");
  }

  @Test
  void markerOfARemovedServerAfterClear_isMarkerNotFound() {
    String marker;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(5)).iterator();
      Server fifth = null;
      for (int i = 0; i < 5; i++) {
        fifth = servers.next();
      }
      marker = fifth.id();
      assertThat(fake.removeServer(marker)).isTrue();
      // clear() stands for archiving the deleted rows: then not even a marker finds the server.
      fake.clear();

      assertThatThrownBy(servers::hasNext)
          .isInstanceOfSatisfying(
              MarkerNotFoundException.class,
              e -> {
                assertThat(e.marker()).isEqualTo(marker);
                assertThat(e.faultMessage()).isEqualTo("marker [" + marker + "] not found");
              });
    }
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("marker"))
        .contains(marker);
  }

  @Test
  void wrongToken_isAuthenticationException() {
    try (ComputeClient compute =
        ComputeClient.builder().endpoint(fake.endpoint()).token("expired").build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.faultMessage())
                    .isEqualTo("The request you have made requires authentication.");
              })
          .hasMessageNotContaining("expired");
    }
    assertThat(fake.takeRequest().header("X-Auth-Token")).contains("expired");
  }

  @Test
  void unknownSortKey_isInvalidRequest_naming_sort_key() {
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThatThrownBy(
              () ->
                  compute.listServersPage(
                      ListServersRequest.builder()
                          .additionalQueryParameter("sort_key", "no-such-key")
                          .build()))
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.faultMessage())
                    .startsWith(
                        "Invalid input for query parameters sort_key. Value: no-such-key. 'no-such-key' is not one of [");
              });
    }
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("sort_key"))
        .contains("no-such-key");
  }

  @Test
  void ignoredSortKey_isDroppedBefore275_andRejectedFrom275() {
    RawHttp.Reply old = RawHttp.get(fake, "/v2.1/servers?sort_key=vcpus&sort_dir=asc");
    RawHttp.Reply strict =
        RawHttp.get(fake, "/v2.1/servers?sort_key=vcpus", "OpenStack-API-Version", "compute 2.75");
    RawHttp.assertGet(fake, "/v2.1/servers");
    RawHttp.assertGet(fake, "/v2.1/servers");

    assertThat(old.status).isEqualTo(200);
    assertThat(old.json().at("/servers/0/name").asText())
        .as("the default order")
        .isEqualTo("batch-07");
    assertThat(strict.status).isEqualTo(400);
    assertThat(strict.json().at("/badRequest/message").asText())
        .contains("sort_key. Value: vcpus.");
  }

  @Test
  void unknownStatus_isAnEmptyListBefore238_andBadRequestFrom238() {
    RawHttp.Reply old = RawHttp.get(fake, "/v2.1/servers/detail?status=FOO");
    RawHttp.Reply strict =
        RawHttp.get(
            fake, "/v2.1/servers/detail?status=FOO", "OpenStack-API-Version", "compute 2.38");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("status"))
        .contains("FOO");
    RawHttp.assertGet(fake, "/v2.1/servers/detail");

    assertThat(old.status).isEqualTo(200);
    assertThat(old.json().get("servers")).isEmpty();
    assertThat(strict.status).isEqualTo(400);
    assertThat(strict.json().at("/badRequest/message").asText()).isEqualTo("Invalid status value");
    assertThat(strict.header("OpenStack-API-Version")).isEqualTo("compute 2.38");
  }

  @Test
  void badFilterValues_areNovasValidationErrors() {
    assertBadRequest(
        "/v2.1/servers/detail?name=(",
        "Invalid input for query parameters name. Value: (. '(' is not a 'regex'");
    assertBadRequest(
        "/v2.1/servers/detail?changes-since=yesterday",
        "Invalid input for query parameters changes-since. Value: yesterday. 'yesterday' is not a 'date-time'");
    assertBadRequest(
        "/v2.1/servers/detail?sort_dir=up",
        "Invalid input for query parameters sort_dir. Value: up. 'up' is not one of ['asc', 'desc']");
    assertBadRequest(
        "/v2.1/servers/detail?all_tenants=maybe",
        "Invalid input received: Unrecognized value 'maybe'");
    assertBadRequest(
        "/v2.1/servers/detail?sort_dir=asc&sort_dir=desc",
        "Invalid input received: Sort direction size exceeds sort key size");
  }

  @Test
  void changesSinceAfterChangesBefore_isBadRequestFrom266() {
    String query =
        "/v2.1/servers/detail?changes-since=2026-11-01T00:00:00Z&changes-before=2026-10-01T00:00:00Z";
    RawHttp.Reply reply = RawHttp.get(fake, query, "OpenStack-API-Version", "compute 2.66");
    RawHttp.assertGet(fake, "/v2.1/servers/detail");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.json().at("/badRequest/message").asText())
        .isEqualTo("The value of changes-since must be less than or equal to changes-before.");
  }

  @Test
  void unknownRoute_isTheRoutersPage_andAnotherMethod_isBadMethod() {
    RawHttp.Reply route = RawHttp.get(fake, "/v2.1/os-nowhere/detail", "Accept", "*/*");
    RawHttp.Reply post =
        RawHttp.send(
            fake, "PATCH", "/v2.1/servers", "{\"server\": {}}", "X-Auth-Token", fake.token());
    RawHttp.Reply outside = RawHttp.send(fake, "GET", "/nowhere", null);
    RawHttp.assertGet(fake, "/v2.1/os-nowhere/detail");
    FakeRequest posted = fake.takeRequest();
    assertThat(posted.method()).isEqualTo("PATCH");
    assertThat(posted.body()).isEqualTo("{\"server\": {}}");
    assertThat(fake.takeRequest().path()).isEqualTo("/nowhere");

    // No route: Nova's router answers with WebOb's page, before its JSON fault wrapper.
    assertThat(route.status).isEqualTo(404);
    assertThat(route.header("Content-Type")).isEqualTo("text/html; charset=UTF-8");
    assertThat(route.body)
        .isEqualTo(
            "<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n"
                + "  The resource could not be found.<br /><br />\n\n\n\n </body>\n</html>");
    assertThat(route.header("OpenStack-API-Version")).isEqualTo("compute 2.1");
    assertThat(post.status).isEqualTo(405);
    assertThat(post.json().at("/badMethod/code").asInt()).isEqualTo(405);
    assertThat(outside.status).isEqualTo(404);
    assertThat(outside.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
    assertThat(outside.body).isEqualTo("404 Not Found\n\nThe resource could not be found.\n\n   ");
  }

  @Test
  void unknownRoute_askedForJson_isWebObsFlatJson() {
    RawHttp.Reply reply =
        RawHttp.get(fake, "/v2.1/servers/s1/nowhere", "Accept", "application/json");

    RawHttp.assertGet(fake, "/v2.1/servers/s1/nowhere");
    assertThat(reply.status).isEqualTo(404);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.body)
        .isEqualTo(
            "{\"message\": \"The resource could not be found.<br /><br />\\n\\n\\n\", "
                + "\"code\": \"404 Not Found\", \"title\": \"Not Found\"}");
  }

  private void assertBadRequest(String target, String messageStart) {
    RawHttp.Reply reply = RawHttp.get(fake, target);
    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat("/v2.1/servers/detail?" + request.query().orElseThrow()).isEqualTo(target);
    assertThat(reply.status).as(target).isEqualTo(400);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(reply.json().at("/badRequest/message").asText()).as(target).startsWith(messageStart);
  }
}
