package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.UncheckedIOException;
import mockwebserver3.MockResponse;

/** Building blocks of the fake's responses, with the content types the real services send. */
final class Responses {
  /** What Nova sends with a successful body, and Keystone with every body. */
  static final String JSON = "application/json";

  /** What Nova's fault wrapper sends. */
  static final String FAULT_JSON = "application/json; charset=UTF-8";

  private Responses() {}

  static ObjectNode object() {
    return ModelJson.mapper().createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return ModelJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse.Builder json(int status, JsonNode body) {
    return json(status, write(body), JSON);
  }

  static MockResponse.Builder json(int status, String body, String contentType) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", contentType).body(body);
  }

  static MockResponse.Builder fault(NovaFault fault) {
    return json(fault.status(), write(fault.body()), FAULT_JSON);
  }

  /** Keystone's (and keystonemiddleware's) error body: {@code {"error": {code, title, message}}}. */
  static MockResponse.Builder keystoneError(int status, String title, String message) {
    ObjectNode body = object();
    body.putObject("error").put("code", status).put("title", title).put("message", message);
    return json(status, body);
  }

  /** keystonemiddleware's answer to a compute request without a valid token. */
  static MockResponse.Builder unauthorized(String keystoneUrl) {
    return keystoneError(401, "Unauthorized", "The request you have made requires authentication.")
        .setHeader("WWW-Authenticate", "Keystone uri=\"" + keystoneUrl + "\"");
  }
}
