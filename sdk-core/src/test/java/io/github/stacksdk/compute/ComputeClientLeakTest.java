package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.fixture;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ComputeException;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.ServiceErrorException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten thousand calls that fail in every way a call can fail: afterwards no connection is held by a
 * response nobody closed, OkHttp reports no leak, and the server sees every connection closed.
 */
@Timeout(180)
final class ComputeClientLeakTest {
  private static final int CALLS = 10_000;
  private static final int THREADS = 8;
  private static final String SERVER = fixture("servers/server-get-resp.json");

  private final OpenSockets sockets = new OpenSockets();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(sockets);
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** One way to fail: the answer, and the exception it must end in. */
  private static final class Failure {
    final String name;
    final Supplier<MockResponse> response;
    final Class<? extends ComputeException> expected;

    Failure(
        String name, Supplier<MockResponse> response, Class<? extends ComputeException> expected) {
      this.name = name;
      this.response = response;
      this.expected = expected;
    }
  }

  private static final List<Failure> FAILURES =
      List.of(
          new Failure(
              "400",
              () -> json(400, "{\"badRequest\": {\"code\": 400, \"message\": \"no\"}}"),
              InvalidRequestException.class),
          new Failure(
              "404",
              () -> json(404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"gone\"}}"),
              ResourceNotFoundException.class),
          new Failure(
              "418",
              () -> json(418, "{\"teapot\": {\"code\": 418, \"message\": \"short and stout\"}}"),
              ComputeServiceException.class),
          new Failure(
              "500",
              () -> json(500, "{\"computeFault\": {\"code\": 500, \"message\": \"boom\"}}"),
              ServiceErrorException.class),
          new Failure(
              "503 big",
              () ->
                  json(
                      503,
                      "{\"computeFault\": {\"code\": 503, \"message\": \""
                          + "x".repeat(50_000)
                          + "\"}}"),
              ServiceErrorException.class),
          new Failure(
              "502 html",
              () ->
                  new MockResponse.Builder()
                      .code(502)
                      .setHeader("Content-Type", "text/html")
                      .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                      .build(),
              ServiceErrorException.class),
          new Failure(
              "200 html",
              () ->
                  new MockResponse.Builder()
                      .code(200)
                      .setHeader("Content-Type", "text/html")
                      .body("<html>login</html>")
                      .build(),
              ComputeClientException.class),
          new Failure(
              "bad json",
              () -> json(200, "{\"server\": {\"id\": \"s1\", \"name\": }"),
              ComputeClientException.class),
          new Failure(
              "wrong shape", () -> json(200, "{\"servers\": {}}"), ComputeClientException.class),
          new Failure(
              "reset at start",
              () ->
                  new MockResponse.Builder()
                      .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                      .build(),
              ComputeClientException.class),
          new Failure(
              "reset mid-body",
              () ->
                  json(200, SERVER)
                      .newBuilder()
                      .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                      .build(),
              ComputeClientException.class),
          new Failure(
              "short body",
              () ->
                  json(200, SERVER)
                      .newBuilder()
                      .setHeader("Content-Length", SERVER.length() + 100)
                      .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
                      .build(),
              ComputeClientException.class));

  @Test
  void tenThousandFailingCalls_leaveNoConnectionOrResponseOpen() throws Exception {
    LeakCheck leaks = LeakCheck.start();
    OkHttpClient http = leaks.httpClient();
    List<String> failed = new CopyOnWriteArrayList<>();
    AtomicInteger maxOpen = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return failureOf(request.getUrl().pathSegments().get(2)).response.get();
          }
        });
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (ComputeClient compute =
        TestSupport.client(server, "/v2.1")
            .httpClient(http)
            .readTimeout(Duration.ofSeconds(1))
            .build()) {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        runs.add(
            threads.submit(
                () -> {
                  for (int i = thread; i < CALLS; i += THREADS) {
                    String id = "s" + i;
                    Failure failure = failureOf(id);
                    try {
                      if (i % 4 == 3) {
                        compute.async().getServer(id).join();
                      } else {
                        compute.getServer(id);
                      }
                      failed.add(id + " " + failure.name + ": no exception");
                    } catch (ComputeException | CompletionException e) {
                      Throwable thrown = e instanceof CompletionException ? e.getCause() : e;
                      if (!failure.expected.isInstance(thrown)) {
                        failed.add(id + " " + failure.name + ": " + thrown);
                      }
                    }
                    if (i % 100 == 0) {
                      maxOpen.accumulateAndGet(sockets.open(), Math::max);
                    }
                  }
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      assertThat(failed).as("calls that did not end in their typed exception").isEmpty();
      assertThat(server.getRequestCount()).isEqualTo(CALLS);

      // Responses nobody closed would keep their connections allocated, and OkHttp would report
      // them.
      leaks.awaitCallsFinished(); // an async call's future completes a moment before OkHttp counts
      // it done
      leaks.assertNoLeak();
    } finally {
      leaks.close();
      http.dispatcher().executorService().shutdown();
    }
    threads.shutdownNow();
    // In flight at most one per thread, plus the idle ones and the stalled ones the server still
    // holds; responses left open would pile up into the thousands.
    assertThat(maxOpen.get())
        .as("connections open on the server at once")
        .isLessThanOrEqualTo(3 * THREADS);
    assertThat(sockets.connectedPeers()).as("connections the client still holds open").isZero();
    assertThat(sockets.accepted()).as("connections made").isGreaterThan(1);
  }

  /** Call {@code s<i>} fails in the i-th way, and one call in 500 stalls past the read timeout. */
  private static Failure failureOf(String id) {
    int i = Integer.parseInt(id.substring(1));
    if (i % 500 == 499) {
      return new Failure(
          "stall",
          () -> json(200, SERVER).newBuilder().bodyDelay(3, TimeUnit.SECONDS).build(),
          ComputeClientException.class);
    }
    return FAILURES.get(i % FAILURES.size());
  }

  /** Creates the server's sockets and counts the accepted connections that are still open. */
  private static final class OpenSockets extends ServerSocketFactory {
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    int open() {
      sockets.removeIf(socket -> socket.isClosed());
      return sockets.size();
    }

    /**
     * The connections whose client end is still open, once no call is in flight: reading one
     * blocks, where a connection the client closed reads its end (or a reset). MockWebServer does
     * not always close its own end after a socket effect, so "not closed here" would overcount.
     */
    int connectedPeers() throws IOException {
      int connected = 0;
      for (Socket socket : List.copyOf(sockets)) {
        if (socket.isClosed()) {
          continue;
        }
        socket.setSoTimeout(200);
        try {
          if (socket.getInputStream().read() != -1) {
            connected++; // the client sent something more: it is certainly open
          }
        } catch (java.net.SocketTimeoutException stillOpen) {
          connected++;
        } catch (IOException reset) {
          // the client closed it
        }
      }
      return connected;
    }

    int accepted() {
      return accepted.get();
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = new Socket();
          implAccept(socket);
          socket.setTcpNoDelay(true); // as MockWebServer's own sockets: no 40 ms Nagle stalls
          sockets.add(socket);
          accepted.incrementAndGet();
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds the socket itself");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds the socket itself");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds the socket itself");
    }
  }
}
