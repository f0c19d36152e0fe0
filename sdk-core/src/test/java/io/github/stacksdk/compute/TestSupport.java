package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Fixtures, canned Nova responses and a client pointed at a MockWebServer. */
final class TestSupport {
  static final String TOKEN = "gAAAAABtoken-abc123-secret";

  private TestSupport() {}

  static String fixture(String path) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A MockWebServer (not started; {@code @StartStop} starts it) whose connections send without
   * Nagle's delay. MockWebServer writes a response's head and body separately, and the client's
   * delayed ACK then holds the body back for about 40 ms: harmless for one call, minutes for a
   * test of thousands.
   */
  static MockWebServer noDelayServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(
        new ServerSocketFactory() {
          @Override
          public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
              @Override
              public Socket accept() throws IOException {
                Socket socket = super.accept();
                socket.setTcpNoDelay(true);
                return socket;
              }
            };
          }

          @Override
          public ServerSocket createServerSocket(int port) throws IOException {
            return createServerSocket(port, 50, null);
          }

          @Override
          public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            return createServerSocket(port, backlog, null);
          }

          @Override
          public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
              throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(address, port), backlog);
            return socket;
          }
        });
    return server;
  }

  static ComputeClient.Builder client(MockWebServer server, String path) {
    return client(server.url(path));
  }

  /** A client of {@code server} on the test's own OkHttp client (to inspect its connection pool). */
  static ComputeClient.Builder client(MockWebServer server, String path, OkHttpClient httpClient) {
    return client(server.url(path)).httpClient(httpClient);
  }

  /** A client of any endpoint (a raw socket server's, say) on the test's own OkHttp client. */
  static ComputeClient.Builder client(HttpUrl endpoint, OkHttpClient httpClient) {
    return client(endpoint).httpClient(httpClient);
  }

  /**
   * Every test client is built here, without retries: each test sees every request it causes.
   * The retry tests set a policy of their own.
   */
  private static ComputeClient.Builder client(HttpUrl endpoint) {
    return ComputeClient.builder()
        .endpoint(endpoint.toString())
        .token(TOKEN)
        .retryPolicy(RetryPolicy.none());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-OpenStack-Request-Id", "req-" + code)
        .body(body)
        .build();
  }

  /** A servers page whose servers have these ids; with a next link when {@code nextMarker} is set. */
  static MockResponse serversPage(List<String> ids, String nextHref) {
    StringJoiner servers = new StringJoiner(", ", "[", "]");
    for (String id : ids) {
      servers.add("{\"id\": \"" + id + "\", \"name\": \"n-" + id + "\", \"status\": \"ACTIVE\"}");
    }
    String links =
        nextHref == null
            ? ""
            : ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + nextHref + "\"}]";
    return json(200, "{\"servers\": " + servers + links + "}");
  }

  static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  /**
   * Takes the next request the server received and asserts it was an authenticated JSON
   * {@code GET} of exactly this path and query (query {@code null} for none).
   */
  static RecordedRequest assertSentGet(
      MockWebServer server, String encodedPath, String encodedQuery) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    assertGet(
        request.getMethod(), request.getUrl(), request.getHeaders(), encodedPath, encodedQuery);
    return request;
  }

  /** {@link #assertSentGet(MockWebServer, String, String)} for a {@link RawHttpServer}. */
  static RawHttpServer.Request assertSentGet(
      RawHttpServer server, String encodedPath, String encodedQuery) throws InterruptedException {
    RawHttpServer.Request request = server.takeRequest();
    assertThat(request).as("a request reached the server").isNotNull();
    assertGet(request.method, request.url, request.headers, encodedPath, encodedQuery);
    return request;
  }

  private static void assertGet(
      String method, HttpUrl url, Headers headers, String encodedPath, String encodedQuery) {
    assertThat(method).isEqualTo("GET");
    assertThat(url.encodedPath()).isEqualTo(encodedPath);
    assertThat(url.encodedQuery()).isEqualTo(encodedQuery);
    assertThat(headers.get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(headers.get("Accept")).isEqualTo("application/json");
  }
}
