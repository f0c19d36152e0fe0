package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;

/** Nova's version documents: {@code GET /}, {@code GET /v2.1/} and {@code GET /v2/}. */
final class VersionDocuments {
  private static final String V21_UPDATED = "2013-07-23T11:33:21Z";
  private static final String V20_UPDATED = "2011-01-21T11:33:21Z";

  private VersionDocuments() {}

  /** {@code GET /}: both APIs, each with its self link. */
  static ObjectNode root(String baseUrl, Microversion max) {
    ObjectNode body = Responses.object();
    body.putArray("versions")
        .add(summary("v2.0", "SUPPORTED", "", "", V20_UPDATED, baseUrl + "/v2/"))
        .add(
            summary(
                "v2.1",
                "CURRENT",
                max.toString(),
                Microversion.BASELINE.toString(),
                V21_UPDATED,
                baseUrl + "/v2.1/"));
    return body;
  }

  /** {@code GET /v2.1/}: the microversion range, links and media types. */
  static ObjectNode current(String baseUrl, Microversion max) {
    return document(
        summary(
            "v2.1",
            "CURRENT",
            max.toString(),
            Microversion.BASELINE.toString(),
            V21_UPDATED,
            baseUrl + "/v2.1/"),
        "application/vnd.openstack.compute+json;version=2.1");
  }

  /** {@code GET /v2/}: the legacy API, without microversions. */
  static ObjectNode legacy(String baseUrl) {
    return document(
        summary("v2.0", "SUPPORTED", "", "", V20_UPDATED, baseUrl + "/v2/"),
        "application/vnd.openstack.compute+json;version=2");
  }

  private static ObjectNode summary(
      String id, String status, String version, String minVersion, String updated, String self) {
    ObjectNode v = Responses.object();
    v.put("id", id).put("status", status).put("version", version).put("min_version", minVersion);
    v.put("updated", updated);
    v.putArray("links").add(ServerRenderer.link("self", self));
    return v;
  }

  private static ObjectNode document(ObjectNode version, String mediaType) {
    ((ArrayNode) version.get("links"))
        .addObject()
        .put("rel", "describedby")
        .put("type", "text/html")
        .put("href", "http://docs.openstack.org/");
    version
        .putArray("media-types")
        .addObject()
        .put("base", "application/json")
        .put("type", mediaType);
    ObjectNode body = Responses.object();
    body.set("version", version);
    return body;
  }
}
