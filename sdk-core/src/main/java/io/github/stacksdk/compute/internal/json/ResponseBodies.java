package io.github.stacksdk.compute.internal.json;

import static io.github.stacksdk.compute.model.internal.JsonReading.elements;
import static io.github.stacksdk.compute.model.internal.JsonReading.fields;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.missing;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.internal.JsonReading.ValueReader;
import io.github.stacksdk.compute.model.internal.NestedJson.LinkJson;
import io.github.stacksdk.compute.model.internal.NestedJson.VirtualInterfaceJson;
import io.github.stacksdk.compute.model.internal.ServerJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the compute API's response envelopes from a parser at the start of the body. */
public final class ResponseBodies {
  private ResponseBodies() {}

  /** One page of {@code GET /servers/detail}: the servers and the {@code next} link, if any. */
  public static final class ServersPage {
    public final List<Server> servers;
    public final @Nullable String nextHref;

    ServersPage(List<Server> servers, @Nullable String nextHref) {
      this.servers = servers;
      this.nextHref = nextHref;
    }
  }

  /**
   * {@code {"servers": [...], "servers_links": [{"rel": "next", "href": ...}]}}, holding at most
   * {@code limit} servers: Nova never sends more than asked for, so a page that does is refused as
   * soon as the count is passed, before it can fill the memory.
   */
  public static ServersPage servers(JsonParser p, int limit) throws IOException {
    startBody(p);
    List<Server> servers = new ArrayList<>();
    @Nullable String[] next = new String[1];
    boolean[] seen = new boolean[1];
    fields(
        p,
        "body",
        (name, q) -> {
          if (name.equals("servers")) {
            seen[0] = true;
            for (boolean more = firstElement(q, "servers"); more; more = nextElement(q)) {
              Server server = ServerJson.read(q);
              if (server == null) {
                continue;
              }
              if (servers.size() == limit) {
                throw new JsonParseException(q, "the page holds more than the " + limit + " servers asked for (limit)");
              }
              servers.add(server);
            }
          } else if (name.equals("servers_links")) {
            elements(q, "servers_links", LinkJson::read, link -> next[0] = nextHref(link, next[0]));
          } else {
            q.skipChildren();
          }
        });
    if (!seen[0]) {
      throw missing(p, "servers");
    }
    endBody(p);
    return new ServersPage(servers, next[0]);
  }

  /** {@code {"server": {...}}}. */
  public static Server server(JsonParser p) throws IOException {
    return single(p, "server", ServerJson::read);
  }

  /** {@code {"virtual_interfaces": [...]}}. */
  public static List<VirtualInterface> virtualInterfaces(JsonParser p) throws IOException {
    return list(p, "virtual_interfaces", VirtualInterfaceJson::read);
  }

  /** {@code {"<key>": [...]}}: the list under {@code key}. */
  public static <T> List<T> list(JsonParser p, String key, ValueReader<T> reader) throws IOException {
    startBody(p);
    List<T> items = new ArrayList<>();
    boolean[] seen = new boolean[1];
    fields(
        p,
        "body",
        (name, q) -> {
          if (name.equals(key)) {
            seen[0] = true;
            elements(q, key, reader, items::add);
          } else {
            q.skipChildren();
          }
        });
    if (!seen[0]) {
      throw missing(p, key);
    }
    endBody(p);
    return List.copyOf(items);
  }

  private static <T> T single(JsonParser p, String key, ValueReader<T> reader) throws IOException {
    startBody(p);
    List<T> found = new ArrayList<>(1);
    fields(
        p,
        "body",
        (name, q) -> {
          if (name.equals(key) && q.currentToken() == JsonToken.START_OBJECT) {
            T value = reader.read(q);
            if (value != null) {
              found.add(value);
            }
          } else if (name.equals(key)) {
            throw mismatch(q, key, "an object");
          } else {
            q.skipChildren();
          }
        });
    if (found.isEmpty()) {
      throw missing(p, key);
    }
    endBody(p);
    return found.get(0);
  }

  private static @Nullable String nextHref(Link link, @Nullable String current) {
    return current == null && link.rel().equals("next") ? link.href() : current;
  }

  private static void startBody(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
  }

  /** A body must end after its object; anything else is a broken or concatenated response. */
  private static void endBody(JsonParser p) throws IOException {
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
  }
}
