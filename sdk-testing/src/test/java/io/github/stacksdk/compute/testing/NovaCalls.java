package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.internal.JsonReading;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Raw calls of the read APIs against a fake, each checked to have arrived as sent (method, path,
 * query, token, microversion), and Nova's api-samples to compare the fake's keys with.
 */
final class NovaCalls {
  private final FakeCompute fake;

  NovaCalls(FakeCompute fake) {
    this.fake = fake;
  }

  /** A GET at a microversion with a token; the request the fake received is checked. */
  RawHttp.Reply get(String token, String version, String pathAndQuery) {
    RawHttp.Reply reply =
        RawHttp.send(
            fake,
            "GET",
            pathAndQuery,
            null,
            "X-Auth-Token",
            token,
            "OpenStack-API-Version",
            "compute " + version);
    checkSent("GET", token, version, pathAndQuery);
    return reply;
  }

  /** A GET with the fake's own (admin) token. */
  RawHttp.Reply get(String version, String pathAndQuery) {
    return get(fake.token(), version, pathAndQuery);
  }

  /** A POST of a JSON body; the request the fake received is checked, body included. */
  RawHttp.Reply post(String token, String version, String path, String body) {
    RawHttp.Reply reply =
        RawHttp.send(
            fake,
            "POST",
            path,
            body,
            "X-Auth-Token",
            token,
            "OpenStack-API-Version",
            "compute " + version);
    FakeRequest sent = checkSent("POST", token, version, path);
    assertThat(sent.body()).isEqualTo(body);
    assertThat(sent.header("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("application/json"));
    return reply;
  }

  RawHttp.Reply post(String version, String path, String body) {
    return post(fake.token(), version, path, body);
  }

  private FakeRequest checkSent(String method, String token, String version, String pathAndQuery) {
    FakeRequest sent = fake.takeRequest();
    int q = pathAndQuery.indexOf('?');
    assertThat(sent.method()).isEqualTo(method);
    assertThat(sent.path()).isEqualTo(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    assertThat(sent.query())
        .isEqualTo(q < 0 ? Optional.empty() : Optional.of(pathAndQuery.substring(q + 1)));
    assertThat(sent.header("X-Auth-Token")).contains(token);
    assertThat(sent.header("OpenStack-API-Version")).contains("compute " + version);
    return sent;
  }

  /** Checks a fault: status, Nova's fault name, message, and the microversion echoed. */
  static void assertFault(
      RawHttp.Reply reply, int status, String faultName, String message, String version) {
    assertThat(reply.status).as(reply.body).isEqualTo(status);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(RawHttp.keys(reply.json())).containsExactly(faultName);
    assertThat(reply.json().get(faultName).get("code").asInt()).isEqualTo(status);
    assertThat(reply.json().get(faultName).get("message").asText()).isEqualTo(message);
    assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute " + version);
  }

  /** Reads a reply's body with one of the SDK's model readers, as the client will. */
  static <T> T read(RawHttp.Reply reply, JsonReading.ValueReader<T> reader) {
    try (JsonParser p = ModelJson.factory().createParser(reply.body)) {
      T value = reader.read(p);
      assertThat(value).as(reply.body).isNotNull();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Nova api-sample, by its path below {@code doc/api_samples/}. */
  static JsonNode sample(String path) {
    String resource = "/fixtures/nova-api-samples/" + path;
    try (InputStream in = NovaCalls.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return RawHttp.readJson(
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a body has the keys of a sample, all the way down: the same keys in every object,
   * the first item of each list compared with the sample's first; below the keys named free-form
   * (maps whose keys are data, such as {@code extra_specs}) only the presence counts.
   */
  static void assertSameKeys(JsonNode actual, JsonNode sample, String... freeForm) {
    List<String> problems = new ArrayList<>();
    compare("$", actual, sample, Set.of(freeForm), problems);
    assertThat(problems).isEmpty();
  }

  private static void compare(
      String at, JsonNode actual, JsonNode sample, Set<String> freeForm, List<String> problems) {
    if (sample.isObject()) {
      if (!actual.isObject()) {
        problems.add(at + " is not an object: " + actual);
        return;
      }
      Set<String> expected = new TreeSet<>(RawHttp.keys(sample));
      Set<String> got = new TreeSet<>(RawHttp.keys(actual));
      if (!expected.equals(got)) {
        problems.add(at + " has keys " + got + " where the sample has " + expected);
      }
      for (Map.Entry<String, JsonNode> field : sample.properties()) {
        if (!freeForm.contains(field.getKey()) && actual.has(field.getKey())) {
          compare(
              at + "." + field.getKey(),
              actual.get(field.getKey()),
              field.getValue(),
              freeForm,
              problems);
        }
      }
    } else if (sample.isArray() && sample.size() > 0 && actual.isArray() && actual.size() > 0) {
      compare(at + "[0]", actual.get(0), sample.get(0), freeForm, problems);
    }
  }
}
