package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.TOKEN;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ComputeClientVersionsTest {
  /** Nova 26's {@code GET /}, as captured from a real server. */
  private static final String ROOT =
      "{\"versions\": [{\"id\": \"v2.0\", \"status\": \"SUPPORTED\", \"version\": \"\", \"min_version\": \"\","
          + " \"updated\": \"2011-01-21T11:33:21Z\", \"links\": []},"
          + " {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"%s\", \"min_version\": \"2.1\","
          + " \"updated\": \"2013-07-23T11:33:21Z\", \"links\": []}]}";

  private static final String VERSIONED =
      "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\", \"version\": \"2.93\", \"min_version\": \"2.1\"}}";

  @StartStop final MockWebServer server = new MockWebServer();

  private RecordedRequest takeVersionRequest(String path) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .as("no microversion on version documents")
        .isNull();
    assertThat(request.getHeaders().get("X-OpenStack-Nova-API-Version")).isNull();
    return request;
  }

  @Test
  void versions_readTheRootDocument_withoutMicroversionHeaders() throws Exception {
    server.enqueue(json(200, String.format(ROOT, "2.93")));
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.79").build()) {
      List<ComputeVersion> versions = compute.versions();

      assertThat(versions).extracting(ComputeVersion::id).containsExactly("v2.0", "v2.1");
      assertThat(versions.get(0).supportsMicroversions()).isFalse();
      assertThat(versions.get(0).minMicroversion()).isEmpty();
      assertThat(versions.get(1).minMicroversion()).contains("2.1");
      assertThat(versions.get(1).maxMicroversion()).contains("2.93");
      assertThat(versions.get(1).status()).isEqualTo("CURRENT");
    }
    takeVersionRequest("/");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/compute/v2.1, /compute/",
    "/compute/v2.1/b322a855, /compute/",
    "/v2.1/b322a855/, /",
    "/compute, /compute/",
  })
  void versions_rootIsTheEndpointUpToItsVersion(String endpoint, String root) throws Exception {
    server.enqueue(json(200, String.format(ROOT, "2.93")));
    try (ComputeClient compute = client(server, endpoint).build()) {
      assertThat(compute.versions()).hasSize(2);
    }
    takeVersionRequest(root);
  }

  @ParameterizedTest(name = "root answers {0}")
  @CsvSource({"404", "401"})
  void versions_rootUnavailable_fallsBackToTheVersionedRootWithoutTheProject(int status)
      throws Exception {
    server.enqueue(
        json(status, "{\"itemNotFound\": {\"code\": " + status + ", \"message\": \"no\"}}"));
    server.enqueue(json(200, VERSIONED));
    try (ComputeClient compute = client(server, "/v2.1/b322a855").build()) {
      assertThat(compute.versions())
          .singleElement()
          .satisfies(v -> assertThat(v.maxMicroversion()).contains("2.93"));
    }
    takeVersionRequest("/");
    takeVersionRequest("/v2.1/");
  }

  @Test
  void versions_bothDocumentsHidden_likeRackspacesRepose_isEmpty_andNegotiationSaysSo()
      throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          json(
              401, "{\"unauthorized\": {\"code\": 401, \"message\": \"Unable to authenticate\"}}"));
    }
    try (ComputeClient compute = client(server, "/v2.1/b322a855").build()) {
      assertThat(compute.versions()).isEmpty();
      assertThatThrownBy(compute::negotiateMicroversion)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("offers no microversions");
    }
    takeVersionRequest("/");
    takeVersionRequest("/v2.1/");
  }

  @Test
  void versions_otherErrors_areThrown() throws Exception {
    server.enqueue(json(500, "{\"computeFault\": {\"code\": 500, \"message\": \"boom\"}}"));
    server.enqueue(json(503, "{\"computeFault\": {\"code\": 503, \"message\": \"down\"}}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(compute::versions)
          .isInstanceOf(ServiceErrorException.class)
          .hasMessageContaining("down");
    }
    takeVersionRequest("/");
    takeVersionRequest("/v2.1/");
  }

  @ParameterizedTest(name = "server max {0}, pinned {1} -> {2}")
  @CsvSource({
    "2.93, , 2.93",
    "2.104, , 2.100",
    "2.93, 2.79, 2.79",
    "2.93, 2.1, 2.1",
    "2.93, 2.93, 2.93",
  })
  void negotiateMicroversion_highestBothKnow_orThePinnedOne(
      String serverMax, String pinned, String expected) throws Exception {
    server.enqueue(json(200, String.format(ROOT, serverMax)));
    ComputeClient.Builder builder = client(server, "/v2.1");
    if (pinned != null) {
      builder.microversion(pinned);
    }
    try (ComputeClient compute = builder.build()) {
      assertThat(compute.negotiateMicroversion()).isEqualTo(expected);
    }
    takeVersionRequest("/");
  }

  @Test
  void negotiateMicroversion_pinnedAboveTheServersRange_failsWithTheRange() throws Exception {
    server.enqueue(json(200, String.format(ROOT, "2.93")));
    try (ComputeClient compute = client(server, "/v2.1").microversion("2.96").build()) {
      assertThatThrownBy(compute::negotiateMicroversion)
          .isInstanceOfSatisfying(
              MicroversionNotSupportedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(406);
                assertThat(e.minimumMicroversion()).contains("2.1");
                assertThat(e.maximumMicroversion()).contains("2.93");
              })
          .hasMessageContaining("Version 2.96 is not supported");
    }
    takeVersionRequest("/");
  }

  @Test
  void legacyV2Endpoint_hasNoMicroversions_andSaysSoWithoutARequest() {
    try (ComputeClient compute = client(server, "/v2/b322a855").build()) {
      assertThatThrownBy(compute::negotiateMicroversion)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("legacy /v2");
    }
    assertThatThrownBy(() -> client(server, "/v2/b322a855").microversion("2.79").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("legacy /v2")
        .hasMessageContaining("2.79");
    assertThat(server.getRequestCount()).isZero();
  }
}
