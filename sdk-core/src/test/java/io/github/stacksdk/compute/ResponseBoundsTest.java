package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every response is bounded: a page with more servers than the {@code limit} asked for ends as soon
 * as the count is passed, and no body is read past its bound after decompression. Both are typed
 * and never retried. Before, 85 KB of gzip inflating to 4,000,000 servers in one page ended in an
 * {@code OutOfMemoryError}.
 */
@Timeout(60)
final class ResponseBoundsTest {
  /** A gzip'd page of 4,000,000 tiny servers: about 85 KB on the wire. */
  private static byte[] millionsOfServers;

  /** A gzip'd server whose object holds 1 GiB of whitespace: about 4.5 MB on the wire. */
  private static byte[] gigabyteOfWhitespace;

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void bodies() throws IOException {
    millionsOfServers =
        gzip(
            Deflater.DEFAULT_COMPRESSION,
            out -> {
              out.write("{\"servers\": [".getBytes(StandardCharsets.US_ASCII));
              byte[] server = "{\"id\": \"s\"},".getBytes(StandardCharsets.US_ASCII);
              for (int i = 0; i < 4_000_000; i++) {
                out.write(server);
              }
              out.write("{\"id\": \"s\"}]}".getBytes(StandardCharsets.US_ASCII));
            });
    gigabyteOfWhitespace =
        gzip(
            Deflater.BEST_SPEED,
            out -> {
              out.write("{\"server\": {\"id\": \"s1\",".getBytes(StandardCharsets.US_ASCII));
              byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
              for (int i = 0; i < 1024; i++) {
                out.write(spaces);
              }
              out.write("\"name\": \"n\"}}".getBytes(StandardCharsets.US_ASCII));
            });
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] gzip(int level, Body body) throws IOException {
    Buffer compressed = new Buffer();
    try (GZIPOutputStream out =
        new GZIPOutputStream(compressed.outputStream(), 64 * 1024) {
          {
            def.setLevel(level);
          }
        }) {
      body.write(out);
    }
    return compressed.readByteArray();
  }

  private static MockResponse gzipped(byte[] body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(body))
        .build();
  }

  @Test
  void pageWithMoreServersThanAskedFor_endsAtTheFirstOneTooMany_andIsNotRetried() throws Exception {
    server.enqueue(TestSupport.serversPage(TestSupport.ids("s", 4), null));
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1").retryPolicy(RetryPolicy.defaults()).build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.pageSize(3)).stream().count())
          .isInstanceOfSatisfying(
              ComputeClientException.class, e -> assertThat(e.attempts()).isEqualTo(1))
          .hasMessageContaining("GET /v2.1/servers/detail?limit=3")
          .hasMessageContaining("the page holds more than the 3 servers asked for (limit)");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=3");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void pageWithExactlyTheLimit_isRead() throws Exception {
    server.enqueue(TestSupport.serversPage(TestSupport.ids("s", 3), null));
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      assertThat(compute.listServers(r -> r.pageSize(3)).stream().count()).isEqualTo(3);
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=3");
  }

  @Test
  void gzipBombOfServers_endsTyped_syncAndAsync() throws Exception {
    assertThat(millionsOfServers.length).isLessThan(200_000);
    server.enqueue(gzipped(millionsOfServers));
    server.enqueue(gzipped(millionsOfServers));
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("the page holds more than the 1000 servers asked for (limit)")
          .hasMessageContaining("Content-Encoding gzip");
      assertThatThrownBy(() -> compute.async().listServers().toList().get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("more than the 1000 servers");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000");
  }

  @Test
  void gigabyteOfWhitespace_isReadOnlyUpToTheBound() throws Exception {
    assertThat(gigabyteOfWhitespace.length).isLessThan(8 << 20);
    server.enqueue(gzipped(gigabyteOfWhitespace));
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1").retryPolicy(RetryPolicy.defaults()).build()) {
      assertThatThrownBy(() -> compute.getServer("s1"))
          .isInstanceOfSatisfying(
              ComputeClientException.class, e -> assertThat(e.attempts()).isEqualTo(1))
          .hasMessageContaining("GET /v2.1/servers/s1")
          .hasMessageContaining(
              "the body is longer than the "
                  + ComputeOperations.MAX_BODY_BYTES
                  + " bytes read at most");
    }
    assertSentGet(server, "/v2.1/servers/s1", null);
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void pageBound_growsWithThePageSize() throws Exception {
    // A page of two servers, each with 20 MiB of metadata: 40 MiB is past the fixed bound, yet
    // within what a page of 200 may take.
    String value = "\"" + "x".repeat(5 << 20) + "\"";
    String metadata =
        "{\"k1\": "
            + value
            + ", \"k2\": "
            + value
            + ", \"k3\": "
            + value
            + ", \"k4\": "
            + value
            + "}";
    String page =
        "{\"servers\": [{\"id\": \"a\", \"metadata\": "
            + metadata
            + "},"
            + " {\"id\": \"b\", \"metadata\": "
            + metadata
            + "}]}";
    server.enqueue(TestSupport.json(200, page));
    server.enqueue(TestSupport.json(200, page));
    try (ComputeClient compute = TestSupport.client(server, "/v2.1").build()) {
      assertThat(compute.listServers(r -> r.pageSize(200)).stream().count()).isEqualTo(2);
      assertThatThrownBy(() -> compute.listServers(r -> r.pageSize(2)).stream().count())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining(
              "the body is longer than the " + ComputeOperations.MAX_BODY_BYTES + " bytes");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=200");
    assertSentGet(server, "/v2.1/servers/detail", "limit=2");
  }
}
