package io.github.stacksdk.compute.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Baseline (a), the floor: OkHttp and Jackson's streaming parser reading every token of every
 * page and building no object, except the next link's text, whose marker it follows as the
 * other clients do. What a listing costs before anything is kept.
 */
public final class TokenizingClient {
  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final String token;
  private final JsonFactory json = new JsonFactory();
  private long tokens;

  public TokenizingClient(OkHttpClient http, String endpoint, String token) {
    this.http = http;
    this.endpoint = HttpUrl.get(endpoint);
    this.token = token;
  }

  /** The tokens read so far, for a benchmark to consume. */
  public long tokens() {
    return tokens;
  }

  /** Every server, page after page; returns how many. */
  public int listAll(int pageSize) throws IOException {
    int count = 0;
    String marker = null;
    do {
      int[] servers = new int[1];
      String next = page(pageUrl(pageSize, marker), servers);
      count += servers[0];
      marker = next == null || servers[0] == 0 ? null : HttpUrl.get(next).queryParameter("marker");
    } while (marker != null);
    return count;
  }

  /** The first page only; returns how many servers it has. */
  public int firstPage(int pageSize) throws IOException {
    int[] servers = new int[1];
    page(pageUrl(pageSize, null), servers);
    return servers[0];
  }

  private HttpUrl pageUrl(int pageSize, @Nullable String marker) {
    HttpUrl.Builder url =
        endpoint
            .newBuilder()
            .addPathSegment("servers")
            .addPathSegment("detail")
            .addQueryParameter("limit", Integer.toString(pageSize));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    return url.build();
  }

  /** One page: counts its servers into {@code servers[0]}; returns the next link, if any. */
  public @Nullable String page(HttpUrl url, int[] servers) throws IOException {
    try (Response response = http.newCall(request(url)).execute();
        JsonParser p = json.createParser(check(response).body().byteStream())) {
      String next = null;
      String section = null;
      String href = null;
      String rel = null;
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
        switch (t) {
          case START_OBJECT:
            depth++;
            if (depth == 3 && "servers".equals(section)) {
              servers[0]++;
            }
            break;
          case START_ARRAY:
            depth++;
            break;
          case END_OBJECT:
            if (depth == 3 && "servers_links".equals(section) && "next".equals(rel)) {
              next = href;
            }
            depth--;
            break;
          case END_ARRAY:
            depth--;
            break;
          case FIELD_NAME:
            if (depth == 1) {
              section = p.currentName();
            } else if (depth == 3 && "servers_links".equals(section)) {
              String field = p.currentName();
              p.nextToken();
              tokens++;
              if ("href".equals(field)) {
                href = p.getText();
              } else if ("rel".equals(field)) {
                rel = p.getText();
              }
            }
            break;
          default:
            break;
        }
      }
      return next;
    }
  }

  /** One server ({@code GET /servers/{id}}): reads its tokens; returns how many. */
  public long get(String id) throws IOException {
    HttpUrl url = endpoint.newBuilder().addPathSegment("servers").addPathSegment(id).build();
    long count = 0;
    try (Response response = http.newCall(request(url)).execute();
        JsonParser p = json.createParser(check(response).body().byteStream())) {
      while (p.nextToken() != null) {
        count++;
      }
    }
    tokens += count;
    return count;
  }

  private Request request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("X-Auth-Token", token)
        .header("Accept", "application/json")
        .build();
  }

  private static Response check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      response.close();
      throw new IOException("HTTP " + response.code() + " for " + response.request().url());
    }
    return response;
  }
}
