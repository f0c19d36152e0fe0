package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP against a fake, and the captured responses of a real Nova. */
final class TestSupport {
  private static final OkHttpClient HTTP = new OkHttpClient();

  private TestSupport() {}

  /** A response read whole. */
  static final class Reply {
    final int status;
    final Headers headers;
    final String body;

    Reply(int status, Headers headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
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
    Request.Builder request = new Request.Builder().url(url(fake, pathAndQuery)).header("X-Auth-Token", fake.token());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return execute(request.build());
  }

  /** A request with any method, headers and body, and no token unless given. */
  static Reply send(FakeCompute fake, String method, String pathAndQuery, String jsonBody, String... headers) {
    Request.Builder request = new Request.Builder().url(url(fake, pathAndQuery));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, MediaType.get("application/json"));
    return execute(request.method(method, body).build());
  }

  private static String url(FakeCompute fake, String pathAndQuery) {
    return fake.endpoint().replace("/v2.1", "") + pathAndQuery;
  }

  private static Reply execute(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Reply(response.code(), response.headers(), response.body().string());
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

  /** A response captured from a real Nova: status, headers and JSON body. */
  static final class Captured {
    final int status;
    final Headers headers;
    final JsonNode json;

    Captured(int status, Headers headers, JsonNode json) {
      this.status = status;
      this.headers = headers;
      this.json = json;
    }
  }

  static Captured captured(String name) {
    String text;
    try (InputStream in = TestSupport.class.getResourceAsStream("/real-nova/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no captured response " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = List.of(text.split("\n", -1));
    int status = Integer.parseInt(lines.get(1).split(" ")[1]);
    Headers.Builder headers = new Headers.Builder();
    int i = 2;
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      headers.add(lines.get(i));
    }
    String body = lines.subList(i, lines.size()).stream().collect(Collectors.joining("\n"));
    return new Captured(status, headers.build(), body.isBlank() ? null : readJson(body));
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
