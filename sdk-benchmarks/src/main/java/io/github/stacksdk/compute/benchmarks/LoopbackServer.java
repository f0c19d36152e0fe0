package io.github.stacksdk.compute.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 with keep-alive, one thread per connection, for GETs only.
 * It keeps nothing per request (unlike MockWebServer, which records every request), and in the
 * steady state allocates nothing either, so that the benchmarks' allocation figures are the
 * client's: the handler receives the request target as bytes and writes a response.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Writes the whole response (status line, headers, body) for the request target in {@code
     * request[start..end)}, such as {@code /v2.1/servers/detail?limit=1000}.
     */
    void respond(byte[] request, int start, int end, OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final Thread acceptor;
  private volatile boolean closed;

  private LoopbackServer(Handler handler) throws IOException {
    this.handler = handler;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    this.acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static LoopbackServer start(Handler handler) throws IOException {
    return new LoopbackServer(handler);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        Thread thread = new Thread(() -> serve(connection), "loopback-connection");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
        return;
      }
    }
  }

  private void serve(Socket connection) {
    byte[] buffer = new byte[16 * 1024];
    int length = 0;
    try (connection;
        InputStream in = connection.getInputStream();
        OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 64 * 1024)) {
      while (true) {
        int headerEnd = headerEnd(buffer, length);
        while (headerEnd < 0) {
          if (length == buffer.length) {
            out.write(
                "HTTP/1.1 431 Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return;
          }
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            return;
          }
          length += read;
          headerEnd = headerEnd(buffer, length);
        }
        int targetStart = indexOf(buffer, 0, headerEnd, (byte) ' ') + 1;
        int targetEnd = indexOf(buffer, targetStart, headerEnd, (byte) ' ');
        if (targetStart <= 0 || targetEnd < 0) {
          return;
        }
        handler.respond(buffer, targetStart, targetEnd, out);
        out.flush();
        System.arraycopy(buffer, headerEnd, buffer, 0, length - headerEnd);
        length -= headerEnd;
      }
    } catch (IOException e) {
      // The client went away.
    } finally {
      connections.remove(connection);
    }
  }

  /** The index after the blank line that ends the headers, or -1. */
  private static int headerEnd(byte[] b, int length) {
    for (int i = 3; i < length; i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  static int indexOf(byte[] b, int from, int to, byte value) {
    for (int i = from; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** The index of {@code needle} in {@code b[from..to)}, or -1. */
  static int indexOf(byte[] b, int from, int to, byte[] needle) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (b[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A status line and headers such as Nova sends, for a body of {@code length} bytes (-1: chunked). */
  static byte[] headers(String requestId, long length) {
    return ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: application/json\r\n"
            + (length >= 0
                ? "Content-Length: " + length + "\r\n"
                : "Transfer-Encoding: chunked\r\n")
            + "OpenStack-API-Version: compute 2.1\r\n"
            + "X-OpenStack-Nova-API-Version: 2.1\r\n"
            + "Vary: OpenStack-API-Version, X-OpenStack-Nova-API-Version\r\n"
            + "X-OpenStack-Request-Id: "
            + requestId
            + "\r\n"
            + "X-Compute-Request-Id: "
            + requestId
            + "\r\n"
            + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A whole response: headers and body, ready to be written as one array. */
  static byte[] response(String requestId, byte[] body) {
    byte[] head = headers(requestId, body.length);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  static byte[] notFound() {
    byte[] body =
        "{\"itemNotFound\": {\"code\": 404, \"message\": \"Not found.\"}}"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] head =
        ("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }
}
