package io.github.stacksdk.compute;

import java.time.Instant;
import mockwebserver3.MockResponse;

/** Keystone v3 token answers for tests: a token, when it expires, and a catalog. */
final class KeystoneResponses {
  static final String PASSWORD = "s3cret-pa55word";

  private KeystoneResponses() {}

  /** A catalog entry: {@code {"interface", "region_id", "region", "url"}}. */
  static String endpoint(String iface, String region, String url) {
    return "{\"id\": \"e-"
        + iface
        + region
        + "\", \"interface\": \""
        + iface
        + "\", \"region_id\": \""
        + region
        + "\", \"region\": \""
        + region
        + "\", \"url\": \""
        + url
        + "\"}";
  }

  /** A service of the catalog. */
  static String service(String type, String name, String... endpoints) {
    return "{\"type\": \""
        + type
        + "\", \"name\": \""
        + name
        + "\", \"id\": \"svc-"
        + name
        + "\", \"endpoints\": ["
        + String.join(", ", endpoints)
        + "]}";
  }

  /** 201 with {@code X-Subject-Token: token} and this catalog. */
  static MockResponse token(String token, Instant expiresAt, String... services) {
    String body =
        "{\"token\": {\"methods\": [\"password\"], \"expires_at\": \""
            + expiresAt
            + "\","
            + " \"project\": {\"id\": \"8f3a9c\", \"name\": \"web\", \"domain\": {\"id\": \"default\", \"name\": \"Default\"}},"
            + " \"user\": {\"id\": \"u1\", \"name\": \"alice\"}, \"catalog\": ["
            + String.join(", ", services)
            + "]}}";
    return new MockResponse.Builder()
        .code(201)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Subject-Token", token)
        .body(body)
        .build();
  }
}
