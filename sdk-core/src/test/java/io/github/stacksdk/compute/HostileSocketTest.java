package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import io.github.stacksdk.compute.model.Server;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile responses that a MockWebServer cannot send, from a {@link RawHttpServer}: bodies of 100
 * MB generated while they are written, and framing that lies. Each ends in the right result or in
 * the SDK's own exception, reads no more than it needs, and leaves no connection held.
 */
@Timeout(30)
final class HostileSocketTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  /** Copies of Nova's API-document server, each with an id of its own. */
  private static final ServersBody SERVERS =
      new ServersBody(ServerCall.Fixture.SERVERS, ServerCall.Fixture.SERVERS_ID);

  /** As many servers as make 100 MB: about 62,000. */
  private static final int HUNDRED_MB_OF_SERVERS = (int) (HUNDRED_MB / (SERVERS.serverLength + 2));

  private final LeakCheck leaks = LeakCheck.start();
  private @Nullable RawHttpServer raw;

  @AfterEach
  void noConnectionLeftHeld() throws Exception {
    try {
      leaks.finish();
    } finally {
      if (raw != null) {
        raw.close();
      }
    }
  }

  // 100 MB of servers.

  /**
   * One page of 100 MB, which the server sends in two halves: the second only once the client has
   * taken the first and waits for more. A client that parses as the bytes arrive is then waiting
   * inside its body reader, having turned the first half into servers; one that holds the body to
   * parse it later is waiting in a buffer's read, its parser not yet started. (The allocation by
   * then does not tell them apart: the readers allocate about 1.5 times the bytes they read.) Then
   * the listing must come out whole and right.
   */
  @Test
  void listServers_hundredMegabyteBody_isParsedAsItArrives_intoTheRightListing() throws Exception {
    int count = HUNDRED_MB_OF_SERVERS;
    int half = count / 2;
    long length = SERVERS.length(count, null);
    Thread reader = Thread.currentThread();
    long allocatedBefore = allocatedBy(reader);
    AtomicLongArray atHalf = new AtomicLongArray(2); // written, allocated by the reader
    AtomicReference<StackTraceElement[]> readerAtHalf =
        new AtomicReference<>(new StackTraceElement[0]);
    raw =
        new RawHttpServer(
            (request, connection) -> {
              writeHead(connection, "200 OK", "application/json", "Content-Length: " + length);
              SERVERS.writeStart(connection.out);
              SERVERS.writeServers(connection.out, 0, half, false);
              atHalf.set(1, awaitBlocked(reader) - allocatedBefore);
              atHalf.set(0, connection.written.get());
              readerAtHalf.set(reader.getStackTrace());
              SERVERS.writeServers(connection.out, half, count, true);
              SERVERS.writeEnd(connection.out, null);
            });

    int listed = 0;
    try (ComputeClient compute = client().build()) {
      // A page may hold as many servers as asked for, and no more.
      for (Server server : compute.listServers(r -> r.pageSize(100_000))) {
        checkId(server, listed++);
      }
    }

    assertThat(listed).isEqualTo(count);
    assertThat(length).isGreaterThanOrEqualTo(HUNDRED_MB - SERVERS.serverLength);
    assertSentGet(raw, "/v2.1/servers/detail", "limit=100000");
    assertThat(raw.requestCount()).as("the page had no next link").isEqualTo(1);
    assertThat(written()).isGreaterThan(length);
    assertThat(Arrays.stream(readerAtHalf.get()).map(StackTraceElement::getClassName))
        .as(
            "where the client's thread waited after the first %d bytes (having allocated %d bytes)",
            atHalf.get(0), atHalf.get(1))
        .contains(io.github.stacksdk.compute.internal.json.ResponseBodies.class.getName());
  }

  @Test
  void listServers_hundredMegabytesOfPages_yieldsTheFirstServerWhenOnlyTheFirstPageIsWritten()
      throws Exception {
    int count = HUNDRED_MB_OF_SERVERS;
    raw =
        new RawHttpServer(
            (request, connection) -> {
              int limit = Integer.parseInt(request.url.queryParameter("limit"));
              String marker = request.url.queryParameter("marker");
              int from = marker == null ? 0 : SERVERS.index(marker) + 1;
              int size = Math.min(limit, count - from);
              String next =
                  from + size < count
                      ? "http://nova.example.org/v2.1/servers/detail?limit="
                          + limit
                          + "&marker="
                          + SERVERS.id(from + size - 1)
                      : null;
              writeHead(
                  connection,
                  "200 OK",
                  "application/json",
                  "Content-Length: " + SERVERS.length(size, next));
              SERVERS.write(connection.out, from, size, next);
            });

    long writtenAtFirst;
    int listed = 0;
    try (ComputeClient compute = client().build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(1000)).iterator();
      checkId(servers.next(), listed++);
      writtenAtFirst = written();
      while (servers.hasNext()) {
        checkId(servers.next(), listed++);
      }
    }

    assertThat(listed).isEqualTo(count);
    long firstPage =
        SERVERS.length(
            1000,
            "http://nova.example.org/v2.1/servers/detail?limit=1000&marker=" + SERVERS.id(999));
    assertThat(writtenAtFirst)
        .as("written when the first server arrived")
        .isBetween(firstPage, firstPage + 1024);
    assertThat(written()).isGreaterThan(HUNDRED_MB - SERVERS.serverLength);
    assertSentGet(raw, "/v2.1/servers/detail", "limit=1000");
    assertSentGet(raw, "/v2.1/servers/detail", "limit=1000&marker=" + SERVERS.id(999));
    assertThat(raw.requestCount()).isEqualTo((count + 999) / 1000);
    assertThat(raw.connections()).as("one kept-alive connection for all the pages").hasSize(1);
  }

  // A 100 MB error page.

  /** An error body of 100 MB, and what its exception quotes of its first bytes. */
  enum HugeErrorBody {
    HTML_WITH_LENGTH(
        "text/html",
        false,
        "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>",
        "<span>The server encountered an internal error.</span> ",
        "HTTP 500 Internal Server Error: Internal Server Error The server encountered an internal error."),
    JSON_CHUNKED(
        "application/json",
        true,
        "{\"computeFault\": {\"code\": 500, \"message\": \"",
        "Unexpected API Error. ",
        "HTTP 500 Internal Server Error: {\"computeFault\": {\"code\": 500, \"message\": \"Unexpected API Error.");

    final String contentType;
    final boolean chunked;
    final byte[] start;
    final byte[] filler;
    final String says;

    HugeErrorBody(String contentType, boolean chunked, String start, String filler, String says) {
      this.contentType = contentType;
      this.chunked = chunked;
      this.start = start.getBytes(StandardCharsets.UTF_8);
      this.filler = filler.repeat(64 * 1024 / filler.length()).getBytes(StandardCharsets.UTF_8);
      this.says = says;
    }

    /** Writes 100 MB, as long as the client reads. */
    void write(RawHttpServer.Connection connection) throws IOException {
      writeHead(
          connection,
          "500 Internal Server Error",
          contentType,
          chunked
              ? "Transfer-Encoding: chunked"
              : "Content-Length: " + (start.length + (HUNDRED_MB / filler.length) * filler.length));
      OutputStream out = chunked ? new ChunkedStream(connection.out) : connection.out;
      out.write(start);
      for (long i = 0; i < HUNDRED_MB / filler.length; i++) {
        out.write(filler);
      }
      out.close();
    }
  }

  static Stream<Arguments> hugeErrorBodies() {
    return ServerCall.each(
        List.of(ServerCall.GET_SERVER, ServerCall.LIST_SERVERS, ServerCall.ASYNC_GET_SERVER),
        (Object[]) HugeErrorBody.values());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("hugeErrorBodies")
  void errorBodyOfAHundredMegabytes_isReadOnlyUpToTheDecodersBound(
      ServerCall call, HugeErrorBody body) throws Exception {
    raw = new RawHttpServer((request, connection) -> body.write(connection));

    Throwable thrown = call.failure(client());

    assertThat(thrown)
        .isExactlyInstanceOf(ServiceErrorException.class)
        .hasMessageStartingWith(body.says)
        .hasMessageEndingWith("… (status 500, request req-raw)");
    assertThat(((ServiceErrorException) thrown).statusCode()).isEqualTo(500);
    assertSentGet(raw, call.path, call.query);
    RawHttpServer.Connection connection = raw.connections().get(0);
    assertThat(connection.ended.await(5, TimeUnit.SECONDS))
        .as("the client closed the connection")
        .isTrue();
    // 64 KiB read, plus what the two ends' socket buffers held: about 4 MB on Linux's loopback.
    // (When
    // the rest is drained for reuse instead, OkHttp reads for 100 ms: some 30 MB here.)
    assertThat(connection.written.get())
        .as("bytes written before the client hung up")
        .isLessThan(HUNDRED_MB / 8);
    assertThat(connection.writeFailure)
        .as("the server's write failed: the client stopped reading")
        .isNotNull();
  }

  // Framing that lies.

  /** A 200 whose body ends other than its head said. */
  enum Framing {
    CONTENT_LENGTH_TOO_LONG("ProtocolException (unexpected end of stream)") {
      @Override
      void write(RawHttpServer.Connection connection, byte[] body) throws IOException {
        writeHead(
            connection, "200 OK", "application/json", "Content-Length: " + (body.length + 1000));
        connection.out.write(body);
        connection.socket.close();
      }
    },
    CHUNK_CUT_SHORT("ProtocolException (unexpected end of stream)") {
      @Override
      void write(RawHttpServer.Connection connection, byte[] body) throws IOException {
        writeHead(connection, "200 OK", "application/json", "Transfer-Encoding: chunked");
        connection.writeAscii(Integer.toHexString(body.length) + "\r\n");
        connection.out.write(body, 0, body.length / 2);
        connection.socket.close();
      }
    },
    LAST_CHUNK_MISSING("EOFException") {
      @Override
      void write(RawHttpServer.Connection connection, byte[] body) throws IOException {
        writeHead(connection, "200 OK", "application/json", "Transfer-Encoding: chunked");
        connection.writeAscii(Integer.toHexString(body.length) + "\r\n");
        connection.out.write(body);
        connection.writeAscii("\r\n");
        connection.socket.close();
      }
    },
    CHUNK_SIZE_NOT_HEX("ProtocolException (Expected leading [0-9a-fA-F] character but was 0x7a)") {
      @Override
      void write(RawHttpServer.Connection connection, byte[] body) throws IOException {
        writeHead(connection, "200 OK", "application/json", "Transfer-Encoding: chunked");
        connection.writeAscii("zz\r\n");
        connection.out.write(body);
        connection.socket.close();
      }
    },
    RESET_MID_BODY("SocketException") {
      @Override
      void write(RawHttpServer.Connection connection, byte[] body) throws IOException {
        writeHead(connection, "200 OK", "application/json", "Content-Length: " + body.length);
        connection.out.write(body, 0, body.length / 2);
        connection.reset();
      }
    };

    final String says;

    Framing(String says) {
      this.says = says;
    }

    abstract void write(RawHttpServer.Connection connection, byte[] body) throws IOException;
  }

  static Stream<Arguments> lyingFraming() {
    return ServerCall.every((Object[]) Framing.values());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("lyingFraming")
  void bodyThatEndsOtherThanItsHeadSaid_failsTheCall(ServerCall call, Framing framing)
      throws Exception {
    byte[] body = call.okBody.getBytes(StandardCharsets.UTF_8);
    raw = new RawHttpServer((request, connection) -> framing.write(connection, body));

    Throwable thrown = call.failure(client());

    assertThat(thrown)
        .isExactlyInstanceOf(ComputeClientException.class)
        .hasMessageStartingWith(
            call.request()
                + " failed while reading the body of its response (status 200, request req-raw): ")
        .hasMessageContaining(framing.says)
        .hasCauseInstanceOf(IOException.class);
    assertSentGet(raw, call.path, call.query);
    assertThat(raw.requestCount()).isEqualTo(1);
  }

  // Helpers.

  /** A client of the raw server, without retries, that gives up on a silent server in 5 s. */
  private ComputeClient.Builder client() {
    HttpUrl endpoint = raw.url("/v2.1");
    return TestSupport.client(endpoint, leaks.httpClient()).readTimeout(Duration.ofSeconds(5));
  }

  private static void checkId(Server server, int index) {
    if (index % 9973 == 0 || index == HUNDRED_MB_OF_SERVERS - 1) {
      assertThat(server.id()).as("server %d", index).isEqualTo(SERVERS.id(index));
      assertThat(server.name()).contains("Testvm1");
    }
  }

  /** The bytes the raw server has written, on all its connections, heads included. */
  private long written() {
    return raw.connections().stream().mapToLong(c -> c.written.get()).sum();
  }

  /** The bytes a thread has allocated so far, or -1 where the JVM does not count them. */
  private static long allocatedBy(Thread thread) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads instanceof com.sun.management.ThreadMXBean) {
      com.sun.management.ThreadMXBean counting = (com.sun.management.ThreadMXBean) threads;
      if (counting.isThreadAllocatedMemorySupported()
          && counting.isThreadAllocatedMemoryEnabled()) {
        return counting.getThreadAllocatedBytes(thread.getId());
      }
    }
    return -1;
  }

  /**
   * Waits until a thread has allocated nothing for 200 ms (at most 20 s): a reader that has taken
   * every byte sent so far and is blocked waiting for more.
   *
   * @return what it had allocated by then
   */
  private static long awaitBlocked(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    long last = allocatedBy(thread);
    for (int still = 0; still < 10 && System.nanoTime() < deadline; ) {
      try {
        TimeUnit.MILLISECONDS.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = allocatedBy(thread);
      still = now == last ? still + 1 : 0;
      last = now;
    }
    return last;
  }

  private static void writeHead(
      RawHttpServer.Connection connection, String status, String contentType, String framing)
      throws IOException {
    connection.writeAscii(
        "HTTP/1.1 "
            + status
            + "\r\nContent-Type: "
            + contentType
            + "\r\nX-OpenStack-Request-Id: req-raw\r\n"
            + framing
            + "\r\n\r\n");
  }

  /**
   * {@code {"servers": [...]}} of copies of one real server, the i-th with an id that ends in i,
   * written as it is generated. Every copy has the same length, so a body's length is known first.
   */
  private static final class ServersBody {
    private static final byte[] SEPARATOR = ", ".getBytes(StandardCharsets.UTF_8);
    private final byte[][] parts;
    private final String idPrefix;
    final int serverLength;

    /** @param page a page of one server, {@code {"servers": [{...}]}}, with no other field */
    ServersBody(String page, String id) {
      String server = page.substring(page.indexOf('[') + 1, page.lastIndexOf(']'));
      this.parts =
          Arrays.stream(server.split(java.util.regex.Pattern.quote(id), -1))
              .map(p -> p.getBytes(StandardCharsets.UTF_8))
              .toArray(byte[][]::new);
      this.idPrefix = id.substring(0, id.length() - 12);
      this.serverLength = server.getBytes(StandardCharsets.UTF_8).length;
    }

    String id(int index) {
      return idPrefix + String.format("%012d", index);
    }

    int index(String id) {
      return Integer.parseInt(id.substring(idPrefix.length()));
    }

    long length(int count, @Nullable String nextHref) {
      return start().length
          + (long) count * serverLength
          + Math.max(0, count - 1) * (long) SEPARATOR.length
          + end(nextHref).length;
    }

    /** Writes a body of the servers {@code from} to {@code from + count - 1}, ending with a next link if given. */
    void write(OutputStream out, int from, int count, @Nullable String nextHref)
        throws IOException {
      writeStart(out);
      writeServers(out, from, from + count, false);
      writeEnd(out, nextHref);
    }

    void writeStart(OutputStream out) throws IOException {
      out.write(start());
    }

    /**
     * Writes servers {@code from} to {@code until - 1}, each after a comma but the body's first
     * (unless {@code afterOthers}), and flushes them.
     */
    void writeServers(OutputStream to, int from, int until, boolean afterOthers)
        throws IOException {
      OutputStream out = new BufferedOutputStream(to, 64 * 1024);
      for (int i = from; i < until; i++) {
        if (i > from || afterOthers) {
          out.write(SEPARATOR);
        }
        byte[] id = id(i).getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p < parts.length; p++) {
          if (p > 0) {
            out.write(id);
          }
          out.write(parts[p]);
        }
      }
      out.flush();
    }

    void writeEnd(OutputStream out, @Nullable String nextHref) throws IOException {
      out.write(end(nextHref));
      out.flush();
    }

    private static byte[] start() {
      return "{\"servers\": [".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] end(@Nullable String nextHref) {
      String links =
          nextHref == null
              ? ""
              : ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + nextHref + "\"}]";
      return ("]" + links + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Writes HTTP/1.1 chunks, one per write, and the last chunk on close. */
  private static final class ChunkedStream extends OutputStream {
    private final OutputStream out;

    ChunkedStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(b, off, len);
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }
  }
}
