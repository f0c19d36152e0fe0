package io.github.stacksdk.compute.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Baseline (b): the client one writes by hand with OkHttp and Jackson databind. It reads each
 * page into {@link HandRolledServer}s with an {@code ObjectMapper} and follows the {@code marker}
 * of Nova's next link, as the SDK does, until a page has no next link or no servers.
 */
public final class HandRolledClient {
  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final String token;
  private final ObjectMapper mapper =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public HandRolledClient(OkHttpClient http, String endpoint, String token) {
    this.http = http;
    this.endpoint = HttpUrl.get(endpoint);
    this.token = token;
  }

  /** The body of {@code GET /servers/detail}. */
  public static final class ServersPage {
    public @Nullable List<HandRolledServer> servers;

    @JsonProperty("servers_links")
    public @Nullable List<HandRolledServer.Link> serversLinks;

    /** The marker of the {@code next} link, or null on the last page. */
    public @Nullable String nextMarker() {
      if (serversLinks == null || servers == null || servers.isEmpty()) {
        return null;
      }
      for (HandRolledServer.Link link : serversLinks) {
        if ("next".equals(link.rel) && link.href != null) {
          HttpUrl next = HttpUrl.parse(link.href);
          return next == null ? null : next.queryParameter("marker");
        }
      }
      return null;
    }
  }

  /** The body of {@code GET /servers/{id}}. */
  public static final class ServerBody {
    public @Nullable HandRolledServer server;
  }

  /** Every server, page after page; returns how many. */
  public int listAll(int pageSize, Consumer<HandRolledServer> sink) throws IOException {
    int count = 0;
    String marker = null;
    do {
      ServersPage page = page(pageSize, marker);
      List<HandRolledServer> servers = page.servers != null ? page.servers : List.of();
      servers.forEach(sink);
      count += servers.size();
      marker = page.nextMarker();
    } while (marker != null);
    return count;
  }

  /** One page. */
  public ServersPage page(int pageSize, @Nullable String marker) throws IOException {
    HttpUrl.Builder url =
        endpoint
            .newBuilder()
            .addPathSegment("servers")
            .addPathSegment("detail")
            .addQueryParameter("limit", Integer.toString(pageSize));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    try (Response response = http.newCall(request(url.build())).execute()) {
      check(response);
      return mapper.readValue(response.body().byteStream(), ServersPage.class);
    }
  }

  /** One server. */
  public HandRolledServer get(String id) throws IOException {
    HttpUrl url = endpoint.newBuilder().addPathSegment("servers").addPathSegment(id).build();
    try (Response response = http.newCall(request(url)).execute()) {
      check(response);
      HandRolledServer server =
          mapper.readValue(response.body().byteStream(), ServerBody.class).server;
      if (server == null) {
        throw new IOException("no server in the body");
      }
      return server;
    }
  }

  private Request request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("X-Auth-Token", token)
        .header("Accept", "application/json")
        .build();
  }

  private static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + " for " + response.request().url());
    }
  }
}
