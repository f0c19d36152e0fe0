package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

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
   * A client of the server's {@code path}, without retries: each test sees every request it causes.
   * The retry tests set a policy of their own.
   */
  static ComputeClient.Builder client(MockWebServer server, String path) {
    return ComputeClient.builder()
        .endpoint(server.url(path).toString())
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
        nextHref == null ? "" : ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + nextHref + "\"}]";
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
  static RecordedRequest assertSentGet(MockWebServer server, String encodedPath, String encodedQuery)
      throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    HttpUrl url = request.getUrl();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(url.encodedPath()).isEqualTo(encodedPath);
    assertThat(url.encodedQuery()).isEqualTo(encodedQuery);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }
}
