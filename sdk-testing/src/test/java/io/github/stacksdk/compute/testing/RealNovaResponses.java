package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Headers;

/** The responses captured from a real Nova, under {@code src/test/resources/real-nova/}. */
final class RealNovaResponses {
  private RealNovaResponses() {}

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

  /**
   * The response in {@code real-nova/<name>}: a comment with the request, the status line, the
   * headers, a blank line and the body.
   */
  static Captured captured(String name) {
    String text;
    try (InputStream in = RealNovaResponses.class.getResourceAsStream("/real-nova/" + name)) {
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
    return new Captured(status, headers.build(), body.isBlank() ? null : RawHttp.readJson(body));
  }
}
