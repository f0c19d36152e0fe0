package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One compute request as the resources below the dispatcher see it: the path after {@code /v2.1}
 * (and the project id, if the URL had one), the query, the negotiated microversion, the caller,
 * and the request id the fake answers with.
 */
final class ComputeRequest {
  final String method;

  /** The path's segments from the collection on, for example {@code [flavors, 1, os-extra_specs]}. */
  final List<String> path;

  final QueryParams query;
  final Microversion version;
  final Caller caller;
  final ApiWorkers.Job job;

  /** {@code ""}, or {@code "/" + project} when the URL named the project. */
  final String projectPrefix;

  /** The {@code X-OpenStack-Request-Id} of the answer, which instance actions record. */
  final String requestId;

  private final String baseUrl;
  private final RecordedRequest raw;

  ComputeRequest(
      String method,
      List<String> path,
      Microversion version,
      Caller caller,
      ApiWorkers.Job job,
      String projectPrefix,
      String requestId,
      String baseUrl,
      RecordedRequest raw) {
    this.method = method;
    this.path = List.copyOf(path);
    this.query = QueryParams.of(raw.getUrl());
    this.version = version;
    this.caller = caller;
    this.job = job;
    this.projectPrefix = projectPrefix;
    this.requestId = requestId;
    this.baseUrl = baseUrl;
    this.raw = raw;
  }

  /** Whether the request's microversion is {@code 2.minor} or later. */
  boolean atLeast(int minor) {
    return Microversions.atLeast(version, minor);
  }

  /** The segment at {@code index}, or null when the path is shorter. */
  @Nullable String segment(int index) {
    return index < path.size() ? path.get(index) : null;
  }

  void requireGet() {
    requireMethod("GET");
  }

  void requireMethod(String expected) {
    if (!method.equals(expected)) {
      throw NovaFault.badMethod(method);
    }
  }

  /** The body as a JSON object, or Nova's 400. */
  ObjectNode body() {
    return NovaSchema.body(raw);
  }

  /** {@code http://127.0.0.1:PORT/v2.1[/project]/relative}: self links and next links. */
  String url(String relative) {
    return baseUrl + "/v2.1" + projectPrefix + "/" + relative;
  }

  /** {@code http://127.0.0.1:PORT[/project]/relative}: bookmark links, without the version. */
  String bookmark(String relative) {
    return baseUrl + projectPrefix + "/" + relative;
  }

  /** The fake's own root, {@code http://127.0.0.1:PORT}. */
  String baseUrl() {
    return baseUrl;
  }

  /** Nova's {@code _get_links}: self and bookmark of an item of a collection. */
  ArrayNode links(String collection, String id) {
    ArrayNode links = Responses.object().arrayNode();
    links.add(ServerRenderer.link("self", url(collection + "/" + id)));
    links.add(ServerRenderer.link("bookmark", bookmark(collection + "/" + id)));
    return links;
  }
}
