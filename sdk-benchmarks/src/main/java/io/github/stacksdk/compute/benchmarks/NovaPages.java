package io.github.stacksdk.compute.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code GET …/servers/detail?limit=…[&marker=…]} and {@code GET …/servers/{id}} as Nova
 * does, with the bodies of {@link ServerBodies}: either from responses serialized once, up front
 * ({@link #preSerialized}), or generated server by server for each request and sent chunked
 * ({@link #generated}), for listings too large to keep.
 */
public final class NovaPages implements LoopbackServer.Handler {
  /** Where Nova's next links point: its configured prefix, not necessarily this server. */
  static final String LINK_BASE = "http://192.168.150.51:8774/v2.1";

  private static final byte[] DETAIL = "/servers/detail".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SERVERS = "/servers/".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MARKER = "marker=".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_FOUND = LoopbackServer.notFound();
  private static final byte[] CRLF = {'\r', '\n'};

  private final int total;
  private final int limit;
  private final byte @Nullable [][] pages;
  private final byte @Nullable [] show;

  private NovaPages(int total, int limit, boolean keep) {
    this.total = total;
    this.limit = limit;
    if (keep) {
      int count = total / limit + 1;
      this.pages = new byte[count][];
      for (int p = 0; p < count; p++) {
        int from = Math.min(total, p * limit);
        int to = Math.min(total, from + limit);
        pages[p] =
            LoopbackServer.response(requestId(p), ServerBodies.page(from, to, limit, LINK_BASE));
      }
      this.show = LoopbackServer.response(requestId(count), ServerBodies.show(0));
    } else {
      this.pages = null;
      this.show = null;
    }
  }

  /**
   * {@code total} servers in pages of {@code limit}, serialized now (about 1.9 KB per server of
   * heap), and server 0 for {@code GET /servers/{id}}.
   */
  public static NovaPages preSerialized(int total, int limit) {
    return new NovaPages(total, limit, true);
  }

  /** {@code total} servers in pages of {@code limit}, generated for each request, nothing kept. */
  public static NovaPages generated(int total, int limit) {
    return new NovaPages(total, limit, false);
  }

  /** The number of servers listed. */
  public int total() {
    return total;
  }

  @Override
  public void respond(byte[] request, int start, int end, OutputStream out) throws IOException {
    if (LoopbackServer.indexOf(request, start, end, DETAIL) >= 0) {
      int marker = LoopbackServer.indexOf(request, start, end, MARKER);
      int from = marker < 0 ? 0 : ServerBodies.index(request, marker + MARKER.length, end) + 1;
      if (from < 0 || from > total || from % limit != 0) {
        out.write(NOT_FOUND);
      } else if (pages != null) {
        out.write(pages[from / limit]);
      } else {
        writeGenerated(from, Math.min(total, from + limit), out);
      }
    } else if (LoopbackServer.indexOf(request, start, end, SERVERS) >= 0) {
      out.write(show != null ? show : LoopbackServer.response(requestId(0), ServerBodies.show(0)));
    } else {
      out.write(NOT_FOUND);
    }
  }

  private void writeGenerated(int from, int to, OutputStream out) throws IOException {
    out.write(LoopbackServer.headers(requestId(from / limit), -1));
    chunk(out, "{\"servers\": [");
    StringBuilder server = new StringBuilder(2048);
    for (int i = from; i < to; i++) {
      server.setLength(0);
      if (i > from) {
        server.append(", ");
      }
      ServerBodies.appendServer(server, i);
      chunk(out, server.toString());
    }
    chunk(
        out,
        to - from == limit
            ? "], \"servers_links\": ["
                + ServerBodies.nextLink(LINK_BASE, limit, ServerBodies.id(to - 1))
                + "]}"
            : "]}");
    out.write('0');
    out.write(CRLF);
    out.write(CRLF);
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(Integer.toHexString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    out.write(CRLF);
    out.write(bytes);
    out.write(CRLF);
  }

  private static String requestId(int n) {
    return String.format("req-%08x-0000-4000-8000-000000000000", n);
  }
}
