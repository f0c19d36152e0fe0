package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link KeypairsClient} and its async face sends, and what it makes of it. */
final class KeypairsClientTest {
  private static final String SAMPLE_NAME = "keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3";
  private static final String NOT_FOUND =
      "{\"itemNotFound\": {\"code\": 404, \"message\": \"Keypair ops not found for user u1\"}}";
  private static final String FORBIDDEN =
      "{\"forbidden\": {\"code\": 403, \"message\":"
          + " \"Policy doesn't allow os_compute_api:os-keypairs:index to be performed.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client(String microversion) {
    return TestSupport.client(server, "/v2.1")
        .microversion(microversion)
        .addListener(listener)
        .build();
  }

  private static String entry(String name) {
    return "{\"keypair\": {\"name\": \"" + name + "\", \"fingerprint\": \"f-" + name + "\"}}";
  }

  private static String page(String next, String... names) {
    return "{\"keypairs\": ["
        + List.of(names).stream().map(KeypairsClientTest::entry).collect(Collectors.joining(", "))
        + "]"
        + (next == null
            ? ""
            : ", \"keypairs_links\": [{\"rel\": \"next\", \"href\": \"" + next + "\"}]")
        + "}";
  }

  private RecordedRequest assertSent(String path, String query, String microversion)
      throws InterruptedException {
    RecordedRequest request = assertSentGet(server, path, query);
    assertThat(request.getHeaders().get("OpenStack-API-Version"))
        .isEqualTo("compute " + microversion);
    return request;
  }

  @Test
  void list_sendsUserAndPageSize_andFollowsTheNextLinksMarker() throws Exception {
    // Nova's 2.35 sample: a page of one for user2, linked (on another host) to the next page.
    server.enqueue(json(200, NovaSamples.read("os-keypairs/v2.35/keypairs-list-user2-resp.json")));
    server.enqueue(json(200, page(null, "zz-last")));
    List<Keypair> keypairs;
    try (ComputeClient compute = client("2.79")) {
      keypairs =
          compute.keypairs().list(r -> r.userId("user2").pageSize(1)).stream()
              .collect(Collectors.toList());
    }
    assertThat(keypairs).extracting(Keypair::name).containsExactly(SAMPLE_NAME, "zz-last");
    assertThat(keypairs.get(0).type()).contains("ssh");
    assertThat(keypairs.get(0).fingerprint())
        .contains("7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd");
    assertSent("/v2.1/os-keypairs", "user_id=user2&limit=1", "2.79");
    assertSent("/v2.1/os-keypairs", "user_id=user2&limit=1&marker=" + SAMPLE_NAME, "2.79");
    assertThat(listener.only(KeypairReads.LIST).events)
        .containsExactly("page 1 of 1", "page 2 of 1", "ok");
    assertThat(listener.named(KeypairReads.LIST + ".page")).hasSize(2);
  }

  @Test
  void list_atMicroversion21_sendsNoQueryAndReadsEveryKeypairAtOnce() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-keypairs/keypairs-list-resp.json")));
    List<Keypair> keypairs;
    try (ComputeClient compute = client("2.1")) {
      keypairs = compute.keypairs().list().stream().collect(Collectors.toList());
    }
    assertThat(keypairs)
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.publicKey())
                  .hasValueSatisfying(key -> assertThat(key).startsWith("ssh-rsa "));
              assertThat(k.type()).isEmpty();
              assertThat(k.userId()).isEmpty();
            });
    assertSent("/v2.1/os-keypairs", null, "2.1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void list_aPageWithoutALinkEndsTheListing_andAnEmptyPageAfterALinkToo() throws Exception {
    // Nova links to a next page whenever a page is as full as asked for, even when it is the last.
    server.enqueue(json(200, page("http://nova/v2.1/os-keypairs?limit=2&marker=b", "a", "b")));
    server.enqueue(json(200, page(null)));
    try (ComputeClient compute = client("2.35")) {
      assertThat(compute.keypairs().list(r -> r.pageSize(2)).stream().map(Keypair::name))
          .containsExactly("a", "b");
    }
    assertSent("/v2.1/os-keypairs", "limit=2", "2.35");
    assertSent("/v2.1/os-keypairs", "limit=2&marker=b", "2.35");
  }

  @Test
  void list_refusesWhatTheClientsMicroversionLacks_beforeSending() {
    try (ComputeClient compute = client("2.9")) {
      assertThatThrownBy(() -> compute.keypairs().list(r -> r.userId("u2")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("user_id")
          .hasMessageContaining("2.10")
          .hasMessageContaining("2.9");
      assertThatThrownBy(() -> compute.async().keypairs().list(r -> r.userId("u2")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.keypairs().get("ops", "u2"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.10");
    }
    try (ComputeClient compute = client("2.34")) {
      assertThat(compute.keypairs().list(r -> r.userId("u2"))).isNotNull();
      assertThatThrownBy(() -> compute.keypairs().list(r -> r.pageSize(10)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit")
          .hasMessageContaining("2.35");
      assertThatThrownBy(() -> compute.async().keypairs().list(r -> r.marker("ops")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("marker");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void list_403_throwsPermissionDeniedFromIteration() throws Exception {
    server.enqueue(json(403, FORBIDDEN));
    try (ComputeClient compute = client("2.79")) {
      PagedIterable<Keypair> keypairs = compute.keypairs().list(r -> r.userId("someone-else"));
      assertThat(server.getRequestCount()).isZero();
      PermissionDeniedException e =
          catchThrowableOfType(() -> keypairs.stream().count(), PermissionDeniedException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.requestId()).contains("req-403");
      assertThat(e.getMessage()).contains("os-keypairs:index");
    }
    assertSent("/v2.1/os-keypairs", "user_id=someone-else", "2.79");
  }

  @Test
  void list_unknownMarker_throwsInvalidRequest() throws Exception {
    server.enqueue(
        json(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\": \"Marker zz could not be found.\"}}"));
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.keypairs().list(r -> r.marker("zz")).stream().count())
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("Marker zz could not be found.");
    }
    assertSent("/v2.1/os-keypairs", "marker=zz", "2.79");
  }

  @Test
  void get_readsTheKeypair_andSendsTheUserWhenNamed() throws Exception {
    server.enqueue(json(200, NovaSamples.read("os-keypairs/v2.2/keypairs-get-resp.json")));
    server.enqueue(json(200, NovaSamples.read("os-keypairs/v2.10/keypairs-get-resp.json")));
    Keypair own;
    Keypair other;
    try (ComputeClient compute = client("2.79")) {
      own = compute.keypairs().get("my key");
      other = compute.keypairs().get("ops", "user 2");
    }
    assertThat(own.userId()).contains("fake");
    assertThat(own.id()).hasValue(1);
    assertThat(own.createdAt()).contains(Instant.parse("2014-05-07T12:06:13.681238Z"));
    assertThat(own.type()).contains("ssh");
    assertThat(other.name()).isNotBlank();
    assertSent("/v2.1/os-keypairs/my%20key", null, "2.79");
    assertSent("/v2.1/os-keypairs/ops", "user_id=user%202", "2.79");
    assertThat(listener.named(KeypairReads.GET)).hasSize(2);
  }

  @Test
  void get_404_throwsResourceNotFoundWithRequestId() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client("2.79")) {
      ResourceNotFoundException e =
          catchThrowableOfType(
              () -> compute.keypairs().get("ops"), ResourceNotFoundException.class);
      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.requestId()).contains("req-404");
      assertThat(e.getMessage()).contains("Keypair ops not found for user u1");
    }
    assertSent("/v2.1/os-keypairs/ops", null, "2.79");
  }

  @Test
  void find_isEmptyOnNovas404_andTheKeypairOtherwise() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(200, "{\"keypair\": {\"name\": \"ops\", \"user_id\": \"u1\"}}"));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client("2.79")) {
      assertThat(compute.keypairs().find("ops")).isEmpty();
      assertThat(compute.keypairs().find("ops").map(Keypair::name)).contains("ops");
      assertThat(compute.async().keypairs().find("ops").get(5, TimeUnit.SECONDS)).isEmpty();
    }
    for (int i = 0; i < 3; i++) {
      assertSent("/v2.1/os-keypairs/ops", null, "2.79");
    }
    // Nova's 404 for a key pair is an answer, not a failure, for the listeners too.
    assertThat(listener.named(KeypairReads.GET))
        .allSatisfy(op -> assertThat(op.events).endsWith("ok"));
  }

  @Test
  void find_a404ThatIsNotNovas_stillThrows() throws Exception {
    // A proxy's or a missing route's 404: no itemNotFound fault, so no answer about the key pair.
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "text/html")
            .body("<html><body>404 Not Found</body></html>")
            .build());
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.keypairs().find("ops"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertSent("/v2.1/os-keypairs/ops", null, "2.79");
  }

  @Test
  void asyncFace_listsPagesAndGets() throws Exception {
    server.enqueue(json(200, page("os-keypairs?limit=1&marker=a", "a")));
    server.enqueue(json(200, page(null)));
    server.enqueue(json(200, NovaSamples.read("os-keypairs/v2.2/keypairs-get-resp.json")));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client("2.79")) {
      KeypairsAsyncClient keypairs = compute.async().keypairs();
      assertThat(
              keypairs
                  .list(ListKeypairsRequest.builder().pageSize(1).build())
                  .toList()
                  .get(5, TimeUnit.SECONDS)
                  .stream()
                  .map(Keypair::name))
          .containsExactly("a");
      assertThat(keypairs.get("k").get(5, TimeUnit.SECONDS).id()).hasValue(1);
      assertThatThrownBy(() -> keypairs.get("ops", "u1").get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ResourceNotFoundException.class);
    }
    assertSent("/v2.1/os-keypairs", "limit=1", "2.79");
    assertSent("/v2.1/os-keypairs", "limit=1&marker=a", "2.79");
    assertSent("/v2.1/os-keypairs/k", null, "2.79");
    assertSent("/v2.1/os-keypairs/ops", "user_id=u1", "2.79");
  }

  @Test
  void requestsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> ListKeypairsRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListKeypairsRequest.builder().userId(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListKeypairsRequest.builder().marker("").build())
        .isInstanceOf(IllegalArgumentException.class);
    try (ComputeClient compute = client("2.79")) {
      assertThatThrownBy(() -> compute.keypairs().get(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.keypairs().get("ops", ""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.async().keypairs().find(""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.keypairs().get(null))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
