package io.github.stacksdk.compute.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A request the fake received, as {@link FakeCompute#takeRequest()} returns it: immutable, and
 * free of the HTTP library's types.
 *
 * <pre>{@code
 * FakeRequest request = fake.takeRequest();
 * assertThat(request.method()).isEqualTo("GET");
 * assertThat(request.path()).isEqualTo("/v2.1/servers/detail");
 * assertThat(request.queryParameter("limit")).contains("1000");
 * assertThat(request.header("OpenStack-API-Version")).contains("compute 2.79");
 * }</pre>
 */
public final class FakeRequest {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, List<String>> headers;
  private final String body;

  private FakeRequest(RecordedRequest recorded) {
    HttpUrl url = recorded.getUrl();
    this.method = recorded.getMethod() == null ? "" : recorded.getMethod();
    this.path = url.encodedPath();
    this.query = url.encodedQuery();
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      parameters
          .computeIfAbsent(url.queryParameterName(i), k -> new ArrayList<>())
          .add(value == null ? "" : value);
    }
    this.queryParameters = freeze(parameters);
    Headers recordedHeaders = recorded.getHeaders();
    Map<String, List<String>> headerMap = new LinkedHashMap<>();
    for (int i = 0; i < recordedHeaders.size(); i++) {
      headerMap
          .computeIfAbsent(recordedHeaders.name(i), k -> new ArrayList<>())
          .add(recordedHeaders.value(i));
    }
    this.headers = freeze(headerMap);
    this.body = recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
  }

  /** The oldest request the server received and nobody took yet, waiting up to a timeout. */
  static Optional<FakeRequest> poll(MockWebServer server, Duration timeout) {
    try {
      RecordedRequest recorded = server.takeRequest(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return recorded == null ? Optional.empty() : Optional.of(of(recorded));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static FakeRequest of(RecordedRequest recorded) {
    return new FakeRequest(recorded);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, for example {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path as sent, percent-encoded.
   *
   * @return the path, for example {@code /v2.1/servers/detail}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query as sent, percent-encoded.
   *
   * @return the query without the {@code ?}, or empty when the URL had none
   */
  public Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /**
   * Returns the first value of a query parameter, decoded.
   *
   * @param name the parameter name
   * @return the value ({@code ""} for a bare key), or empty when the parameter was not sent
   */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.getOrDefault(name, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every value of a query parameter, decoded, in order.
   *
   * @param name the parameter name
   * @return the values, empty when the parameter was not sent
   */
  public List<String> queryParameters(String name) {
    return queryParameters.getOrDefault(name, List.of());
  }

  /**
   * Returns all query parameters, decoded.
   *
   * @return the values by name, in the order the names first appeared; immutable
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or empty when the header was not sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns every value of a header.
   *
   * @param name the header name, in any case
   * @return the values in order, empty when the header was not sent
   */
  public List<String> headers(String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        (key, list) -> {
          if (key.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            values.addAll(list);
          }
        });
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns all headers.
   *
   * @return the values by name as sent, in the order the names first appeared; immutable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the body, decoded as UTF-8.
   *
   * @return the body, {@code ""} when there was none
   */
  public String body() {
    return body;
  }

  /** Returns the method and target, for example {@code GET /v2.1/servers/detail?limit=5}. */
  @Override
  public String toString() {
    return method + " " + path + (query != null ? "?" + query : "");
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
