package io.github.stacksdk.compute.micrometer;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Canned Nova answers, and a dispatcher that pages like Nova over a list of server ids for {@code
 * GET /servers} and {@code GET /servers/detail}: {@code limit} servers after {@code marker}, with
 * a next link when the page is full. Every answer has a {@code Date}, as a watch needs; {@link
 * #failWith} makes every later answer an error.
 */
final class Nova extends Dispatcher {
  static final String TOKEN = "gAAAAAB-test-token";

  private final List<String> ids;
  private volatile int failStatus;

  Nova(List<String> ids) {
    this.ids = List.copyOf(ids);
  }

  /** Server ids that no tag may contain: {@code srv-0001-…}. */
  static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(String.format("srv-%04d-5f2a", i));
    }
    return ids;
  }

  /** Answers every later request with {@code status}. */
  void failWith(int status) {
    this.failStatus = status;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (failStatus != 0) {
      return fault(failStatus, "computeFault");
    }
    HttpUrl url = request.getUrl();
    String limitParameter = url.queryParameter("limit");
    int limit = limitParameter == null ? 1000 : Integer.parseInt(limitParameter);
    String marker = url.queryParameter("marker");
    int from = marker == null ? 0 : ids.indexOf(marker) + 1;
    List<String> page = ids.subList(Math.min(from, ids.size()), Math.min(from + limit, ids.size()));
    String next = null;
    if (page.size() == limit) {
      next = url.newBuilder().setQueryParameter("marker", page.get(page.size() - 1)).toString();
    }
    return json(200, serversBody(page, next));
  }

  static String serverBody(String id) {
    return "{\"server\": " + server(id) + "}";
  }

  static String serversBody(List<String> ids, String nextHref) {
    StringJoiner servers = new StringJoiner(", ", "[", "]");
    ids.forEach(id -> servers.add(server(id)));
    String links =
        nextHref == null
            ? ""
            : ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + nextHref + "\"}]";
    return "{\"servers\": " + servers + links + "}";
  }

  private static String server(String id) {
    return "{\"id\": \"" + id + "\", \"name\": \"n-" + id + "\", \"status\": \"ACTIVE\"}";
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-OpenStack-Request-Id", "req-" + code + "-0c1d")
        .setHeader(
            "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
        .body(body)
        .build();
  }

  static MockResponse fault(int status, String name) {
    return json(
        status,
        "{\""
            + name
            + "\": {\"code\": "
            + status
            + ", \"message\": \"Instance srv-0001 failed\"}}");
  }
}
