package io.github.stacksdk.compute.internal.json;

import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.missing;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Link;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.internal.AddressJson;
import io.github.stacksdk.compute.model.internal.JsonReading;
import io.github.stacksdk.compute.model.internal.JsonReading.ValueReader;
import io.github.stacksdk.compute.model.internal.LinkJson;
import io.github.stacksdk.compute.model.internal.ServerJson;
import io.github.stacksdk.compute.model.internal.ServerSummaryJson;
import io.github.stacksdk.compute.model.internal.VirtualInterfaceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the compute API's response envelopes from a parser at the start of the body. */
public final class ResponseBodies {
  private ResponseBodies() {}

  /**
   * One page of {@code GET /servers/detail} or {@code GET /servers}: the servers and the {@code
   * next} link, if any.
   */
  public static final class ServersPage<T> {
    public final List<T> servers;
    public final @Nullable String nextHref;

    ServersPage(List<T> servers, @Nullable String nextHref) {
      this.servers = servers;
      this.nextHref = nextHref;
    }
  }

  /**
   * {@code {"servers": [...], "servers_links": [{"rel": "next", "href": ...}]}}, holding at most
   * {@code limit} servers: Nova never sends more than asked for, so a page that does is refused as
   * soon as the count is passed, before it can fill the memory.
   */
  public static ServersPage<Server> servers(JsonParser p, int limit) throws IOException {
    return serversPage(p, limit, ServerJson::read);
  }

  /** {@code GET /servers}: the servers' ids, names and links, as {@link #servers} reads them. */
  public static ServersPage<ServerSummary> serverSummaries(JsonParser p, int limit)
      throws IOException {
    return serversPage(p, limit, ServerSummaryJson::read);
  }

  private static <T> ServersPage<T> serversPage(JsonParser p, int limit, ValueReader<T> reader)
      throws IOException {
    startBody(p);
    List<T> servers = new ArrayList<>();
    @Nullable String next = null;
    boolean seen = false;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (name.equals("servers")) {
        seen = true;
        for (boolean more = firstElement(p, "servers"); more; more = nextElement(p)) {
          T server = reader.read(p);
          if (servers.size() == limit) {
            throw new JsonParseException(
                p, "the page holds more than the " + limit + " servers asked for (limit)");
          }
          servers.add(server);
        }
      } else if (name.equals("servers_links")) {
        for (boolean more = firstElement(p, "servers_links"); more; more = nextElement(p)) {
          next = nextHref(LinkJson.read(p), next);
        }
      } else {
        p.skipChildren();
      }
    }
    if (!seen) {
      throw missing(p, "servers");
    }
    endBody(p);
    return new ServersPage<>(servers, next);
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
  public static <T> List<T> list(JsonParser p, String key, ValueReader<T> reader)
      throws IOException {
    startBody(p);
    List<T> items = new ArrayList<>();
    boolean seen = false;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (name.equals(key)) {
        seen = true;
        for (boolean more = firstElement(p, key); more; more = nextElement(p)) {
          T item = reader.read(p);
          if (item != null) {
            items.add(item);
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (!seen) {
      throw missing(p, key);
    }
    endBody(p);
    return List.copyOf(items);
  }

  /**
   * {@code {"<key>": {"a": "1", ...}}}: a server's metadata, as {@code PUT .../metadata} and
   * {@code PUT .../metadata/{key}} answer it; null values are left out.
   */
  public static Map<String, String> stringMap(JsonParser p, String key) throws IOException {
    return field(
        p,
        key,
        JsonToken.START_OBJECT,
        "an object",
        q -> {
          Map<String, String> entries = new LinkedHashMap<>();
          JsonReading.stringEntries(q, key, entries::put);
          return Collections.unmodifiableMap(entries);
        });
  }

  /** {@code {"<key>": ["a", ...]}}: a server's tags, as {@code PUT .../tags} answers them. */
  public static List<String> strings(JsonParser p, String key) throws IOException {
    return field(
        p,
        key,
        JsonToken.START_ARRAY,
        "an array",
        q -> {
          List<String> values = new ArrayList<>();
          JsonReading.strings(q, key, values::add);
          return List.copyOf(values);
        });
  }

  /**
   * {@code {"addresses": {"<network>": [...], ...}}}: a server's addresses by network, as {@code
   * GET /servers/{id}/ips} answers them, in the order sent; the lists are immutable.
   */
  public static Map<String, List<Address>> addresses(JsonParser p) throws IOException {
    return field(
        p,
        "addresses",
        JsonToken.START_OBJECT,
        "an object",
        q -> {
          Map<String, List<Address>> networks = new LinkedHashMap<>();
          for (String network = firstField(q, "addresses");
              network != null;
              network = nextField(q, "addresses")) {
            networks.put(network, addressList(q, "addresses." + network));
          }
          return Collections.unmodifiableMap(networks);
        });
  }

  /**
   * {@code {"<network>": [...]}}: a server's addresses on one network, as {@code GET
   * /servers/{id}/ips/{network}} answers them.
   */
  public static List<Address> networkAddresses(JsonParser p, String network) throws IOException {
    return field(p, network, JsonToken.START_ARRAY, "an array", q -> addressList(q, network));
  }

  private static List<Address> addressList(JsonParser p, String field) throws IOException {
    List<Address> addresses = new ArrayList<>();
    for (boolean more = firstElement(p, field); more; more = nextElement(p)) {
      addresses.add(AddressJson.read(p));
    }
    return List.copyOf(addresses);
  }

  /** {@code {"<key>": "text"}}: a rescue's {@code adminPass}, a snapshot's {@code image_id}. */
  public static String text(JsonParser p, String key) throws IOException {
    return field(
        p,
        key,
        JsonToken.VALUE_STRING,
        "text",
        q -> {
          String value = JsonReading.nonEmptyString(q, key);
          if (value == null) {
            throw mismatch(q, key, "non-empty text");
          }
          return value;
        });
  }

  /** The value of the body's field {@code key}, which must start with {@code token}. */
  private static <T> T field(
      JsonParser p, String key, JsonToken token, String expected, ValueReader<T> reader)
      throws IOException {
    startBody(p);
    @Nullable T found = null;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (!name.equals(key)) {
        p.skipChildren();
      } else if (p.currentToken() != token) {
        throw mismatch(p, key, expected);
      } else {
        T value = reader.read(p);
        if (found == null) {
          found = value; // a repeated key is read, but the first value counts
        }
      }
    }
    if (found == null) {
      throw missing(p, key);
    }
    endBody(p);
    return found;
  }

  private static <T> T single(JsonParser p, String key, ValueReader<T> reader) throws IOException {
    startBody(p);
    @Nullable T found = null;
    for (String name = firstField(p, "body"); name != null; name = nextField(p, "body")) {
      if (!name.equals(key)) {
        p.skipChildren();
      } else if (p.currentToken() != JsonToken.START_OBJECT) {
        throw mismatch(p, key, "an object");
      } else {
        T value = reader.read(p);
        if (found == null) {
          found = value; // a repeated key is read, but the first value counts
        }
      }
    }
    if (found == null) {
      throw missing(p, key);
    }
    endBody(p);
    return found;
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
