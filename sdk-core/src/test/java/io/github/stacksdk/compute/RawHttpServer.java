package io.github.stacksdk.compute;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A bare HTTP/1.1 server on 127.0.0.1 for the responses MockWebServer cannot send: a body
 * generated while it is written (100 MB without holding 100 MB), framing that lies, a reset in the
 * middle of a body, and a count of what was written before the client hung up.
 *
 * <p>Requests are read up to the end of their headers (the SDK only sends {@code GET}s); the
 * {@link Responder} then writes whatever bytes it likes. A connection stays open for the next
 * request unless the responder closes it.
 */
final class RawHttpServer implements AutoCloseable {

  /** Writes the whole response, status line included. */
  @FunctionalInterface
  interface Responder {
    void respond(Request request, Connection connection) throws IOException;
  }

  /** A request as received. */
  static final class Request {
    final String method;
    final HttpUrl url;
    final Headers headers;
    final int connectionIndex;

    Request(String method, HttpUrl url, Headers headers, int connectionIndex) {
      this.method = method;
      this.url = url;
      this.headers = headers;
      this.connectionIndex = connectionIndex;
    }
  }

  /** One accepted connection: its output, counted, and what became of it. */
  static final class Connection {
    final Socket socket;
    final OutputStream out;
    final AtomicLong written = new AtomicLong();
    final CountDownLatch ended = new CountDownLatch(1);
    volatile IOException writeFailure;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      OutputStream raw = socket.getOutputStream();
      this.out =
          new FilterOutputStream(raw) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              try {
                raw.write(b, off, len);
              } catch (IOException e) {
                writeFailure = e;
                throw e;
              }
              written.addAndGet(len);
            }

            @Override
            public void write(int b) throws IOException {
              write(new byte[] {(byte) b}, 0, 1);
            }
          };
    }

    /** Writes text as ISO-8859-1, as HTTP heads are. */
    void writeAscii(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    /** Aborts the connection with a TCP reset rather than an orderly close. */
    void reset() throws IOException {
      out.flush();
      socket.setSoLinger(true, 0);
      socket.close();
    }
  }

  private final ServerSocket serverSocket;
  private final Responder responder;
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Thread acceptor;

  RawHttpServer(Responder responder) throws IOException {
    this.responder = responder;
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::accept, "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The URL of {@code path} on this server. */
  HttpUrl url(String path) {
    return new HttpUrl.Builder()
        .scheme("http")
        .host(serverSocket.getInetAddress().getHostAddress())
        .port(serverSocket.getLocalPort())
        .build()
        .resolve(path);
  }

  /** The next request received, waiting up to five seconds; null if none came. */
  Request takeRequest() throws InterruptedException {
    return requests.poll(5, TimeUnit.SECONDS);
  }

  int requestCount() {
    return requestCount.get();
  }

  /** The connections accepted so far, in order. */
  List<Connection> connections() {
    return List.copyOf(connections);
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        Connection connection = new Connection(socket);
        int index = connections.size();
        connections.add(connection);
        Thread handler = new Thread(() -> serve(connection, index), "raw-http-" + index);
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Connection connection, int index) {
    try (Socket socket = connection.socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (!socket.isClosed()) {
        String requestLine = readLine(in);
        if (requestLine == null) {
          return; // the client closed the connection
        }
        Headers.Builder headers = new Headers.Builder();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
          headers.addUnsafeNonAscii(
              line.substring(0, line.indexOf(':')).trim(),
              line.substring(line.indexOf(':') + 1).trim());
        }
        String[] parts = requestLine.split(" ");
        Request request = new Request(parts[0], url(parts[1]), headers.build(), index);
        requestCount.incrementAndGet();
        requests.add(request);
        responder.respond(request, connection);
        connection.out.flush();
      }
    } catch (IOException e) {
      // the client hung up while the response was written, or the responder reset it
    } finally {
      connection.ended.countDown();
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Connection connection : connections) {
      connection.socket.close();
    }
  }
}
