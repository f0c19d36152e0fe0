package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP against a fake, without the SDK: requests, their replies, and what the fake received. */
final class RawHttp {
  private static final OkHttpClient HTTP = new OkHttpClient();

  private RawHttp() {}

  /** A response read whole. */
  static final class Reply {
    final int status;
    final Headers headers;
    final String body;

    /** {@link System#nanoTime()} when the status line and headers had come, before the body. */
    final long receivedAt;

    Reply(int status, Headers headers, String body, long receivedAt) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.receivedAt = receivedAt;
    }

    JsonNode json() {
      return readJson(body);
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  /** A GET with the fake's token and these extra headers (name, value, name, value…). */
  static Reply get(FakeCompute fake, String pathAndQuery, String... headers) {
    Request.Builder request =
        new Request.Builder().url(url(fake, pathAndQuery)).header("X-Auth-Token", fake.token());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return execute(request.build());
  }

  /** A request with any method, headers and body, and no token unless given. */
  static Reply send(
      FakeCompute fake, String method, String pathAndQuery, String jsonBody, String... headers) {
    Request.Builder request = new Request.Builder().url(url(fake, pathAndQuery));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    RequestBody body =
        jsonBody == null ? null : RequestBody.create(jsonBody, MediaType.get("application/json"));
    return execute(request.method(method, body).build());
  }

  private static String url(FakeCompute fake, String pathAndQuery) {
    return fake.endpoint().replace("/v2.1", "") + pathAndQuery;
  }

  private static Reply execute(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      long receivedAt = System.nanoTime();
      return new Reply(response.code(), response.headers(), response.body().string(), receivedAt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readJson(String text) {
    try {
      return ModelJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of a JSON object, in order. */
  static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      keys.add(field.getKey());
    }
    return keys;
  }

  /** Takes the next request and checks it is an authenticated GET of this path. */
  static FakeRequest assertGet(FakeCompute fake, String path) {
    FakeRequest request = fake.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo(path);
    assertThat(request.header("X-Auth-Token")).contains(fake.token());
    return request;
  }
}
