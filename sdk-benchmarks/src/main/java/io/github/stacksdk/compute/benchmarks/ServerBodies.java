package io.github.stacksdk.compute.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Server bodies in the shape of the API document's {@code GET /servers/detail} example (the
 * {@code Testvm1} server, microversion 2.1, Nova's {@code ", "} and {@code ": "} spacing), with
 * distinct ids, names, addresses, MACs and timestamps per server, and what repeats in a real
 * project repeating: one project and user, 40 hosts, 4 flavors, 3 images, one network, two
 * statuses. About 1.85 KB per server.
 *
 * <p>Server {@code i}'s id ends in {@code i} as 12 hex digits, so that a marker tells where a
 * page starts without any lookup table (the small-heap run serves 100,000 servers from 32 MB).
 */
public final class ServerBodies {
  static final String TENANT = "b322a85578de48beba0f92acce57869b";
  static final String USER = "1a2661f7914c45bcb41f97fa1edfaaec";
  static final String LINK_BASE = "http://192.168.150.51:8774/";
  private static final String[] ROLES = {"web", "db", "cache", "batch"};
  private static final String[] IMAGES = {
    "a1f4e8e5-6178-4ea6-924d-61388b642d06",
    "70a599e0-31e7-49b7-b260-868f441e862b",
    "155d900f-4e14-4e4c-a73d-069cbf4541e6"
  };
  private static final int HOSTS = 40;
  private static final String[] HOST_NAMES = hostNames();
  private static final String[] HOST_IDS = hostIds();
  private static final Instant EPOCH = Instant.parse("2024-01-08T09:00:00Z");

  private ServerBodies() {}

  /** The id of server {@code i}: UUID-shaped, its last group {@code i} in hex. */
  public static String id(int i) {
    long h = mix(i);
    StringBuilder s = new StringBuilder(36);
    hex(s, h >>> 32, 8).append('-');
    hex(s, (h >>> 16) & 0xffff, 4).append("-4");
    hex(s, h & 0xfff, 3).append('-');
    hex(s, 0x8000 | ((h >>> 48) & 0x3fff), 4).append('-');
    return hex(s, i, 12).toString();
  }

  /** The index of the server whose id is the 36 ASCII bytes at {@code offset}; -1 if none. */
  public static int index(byte[] bytes, int offset, int end) {
    if (end - offset < 36) {
      return -1;
    }
    long value = 0;
    for (int k = offset + 24; k < offset + 36; k++) {
      int digit = Character.digit(bytes[k], 16);
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  /** The name of server {@code i}, such as {@code web-00012}. */
  public static String name(int i) {
    StringBuilder s = new StringBuilder(12).append(ROLES[i % ROLES.length]).append('-');
    return digits(s, i, 5).toString();
  }

  /** Server {@code i}'s JSON object. */
  public static String server(int i) {
    StringBuilder s = new StringBuilder(2048);
    appendServer(s, i);
    return s.toString();
  }

  /** Appends server {@code i}'s JSON object. */
  public static void appendServer(StringBuilder s, int i) {
    String id = id(i);
    String role = ROLES[i % ROLES.length];
    boolean stopped = i % 10 == 9;
    int host = i % HOSTS;
    String image = IMAGES[i % IMAGES.length];
    String flavor = Integer.toString(1 + (i / ROLES.length) % 4);
    Instant created = EPOCH.plusSeconds(61L * i);
    Instant updated = created.plusSeconds(5 + 13L * (i % 997));
    LocalDateTime launched =
        LocalDateTime.ofEpochSecond(
            created.getEpochSecond() + 5,
            (int) (1000L * ((i * 7919L) % 1_000_000)),
            ZoneOffset.UTC);
    StringBuilder mac = new StringBuilder(17).append("fa:16:3e:");
    hex(mac, (i >> 16) & 0xff, 2).append(':');
    hex(mac, (i >> 8) & 0xff, 2).append(':');
    hex(mac, i & 0xff, 2);

    s.append("{\"status\": \"")
        .append(stopped ? "SHUTOFF" : "ACTIVE")
        .append("\", \"updated\": \"");
    zoned(s, updated)
        .append("\", \"hostId\": \"")
        .append(HOST_IDS[host])
        .append("\", \"OS-EXT-SRV-ATTR:host\": \"")
        .append(hostName(host))
        .append("\", \"addresses\": {\"private\": [{\"OS-EXT-IPS-MAC:mac_addr\": \"")
        .append(mac)
        .append("\", \"version\": 4, \"addr\": \"10.")
        .append((i >> 16) & 0xff)
        .append('.')
        .append((i >> 8) & 0xff)
        .append('.')
        .append(i & 0xff)
        .append("\", \"OS-EXT-IPS:type\": \"fixed\"}, {\"OS-EXT-IPS-MAC:mac_addr\": \"")
        .append(mac)
        .append("\", \"version\": 6, \"addr\": \"fd00:10::")
        .append(Integer.toHexString(i + 2))
        .append("\", \"OS-EXT-IPS:type\": \"fixed\"}]}, \"links\": [{\"href\": \"")
        .append(LINK_BASE)
        .append("v2/")
        .append(TENANT)
        .append("/servers/")
        .append(id)
        .append("\", \"rel\": \"self\"}, {\"href\": \"")
        .append(LINK_BASE)
        .append(TENANT)
        .append("/servers/")
        .append(id)
        .append("\", \"rel\": \"bookmark\"}], \"key_name\": null, \"image\": {\"id\": \"")
        .append(image)
        .append("\", \"links\": [{\"href\": \"")
        .append(LINK_BASE)
        .append(TENANT)
        .append("/images/")
        .append(image)
        .append(
            "\", \"rel\": \"bookmark\"}]}, \"OS-EXT-STS:task_state\": null, \"OS-EXT-STS:vm_state\": \"")
        .append(stopped ? "stopped" : "active")
        .append("\", \"OS-EXT-SRV-ATTR:instance_name\": \"instance-");
    hex(s, i + 1, 8).append("\", \"OS-SRV-USG:launched_at\": \"");
    micros(s, launched)
        .append("\", \"OS-EXT-SRV-ATTR:hypervisor_hostname\": \"")
        .append(hostName(host))
        .append("\", \"flavor\": {\"id\": \"")
        .append(flavor)
        .append("\", \"links\": [{\"href\": \"")
        .append(LINK_BASE)
        .append(TENANT)
        .append("/flavors/")
        .append(flavor)
        .append("\", \"rel\": \"bookmark\"}]}, \"id\": \"")
        .append(id)
        .append(
            "\", \"security_groups\": [{\"name\": \"default\"}], \"OS-SRV-USG:terminated_at\": null,")
        .append(" \"OS-EXT-AZ:availability_zone\": \"nova\", \"user_id\": \"")
        .append(USER)
        .append("\", \"name\": \"")
        .append(name(i))
        .append("\", \"created\": \"");
    zoned(s, created)
        .append("\", \"tenant_id\": \"")
        .append(TENANT)
        .append(
            "\", \"OS-DCF:diskConfig\": \"MANUAL\", \"os-extended-volumes:volumes_attached\": [],")
        .append(
            " \"accessIPv4\": \"\", \"accessIPv6\": \"\", \"progress\": 0, \"OS-EXT-STS:power_state\": ")
        .append(stopped ? 4 : 1)
        .append(", \"config_drive\": \"\", \"metadata\": {\"role\": \"")
        .append(role)
        .append("\", \"owner\": \"team-")
        .append(i % 12)
        .append("\"}}");
  }

  /**
   * A page of {@code GET /servers/detail}: servers {@code from} to {@code to - 1}, with Nova's
   * {@code next} link when the page is full (Nova links even the last full page, to an empty one).
   */
  public static byte[] page(int from, int to, int limit, String linkBase) {
    StringBuilder s = new StringBuilder(Math.max(64, (to - from) * 1900 + 256));
    s.append("{\"servers\": [");
    for (int i = from; i < to; i++) {
      if (i > from) {
        s.append(", ");
      }
      appendServer(s, i);
    }
    s.append(']');
    if (to - from == limit && limit > 0) {
      s.append(", \"servers_links\": [").append(nextLink(linkBase, limit, id(to - 1))).append(']');
    }
    s.append('}');
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Nova's next link, such as {@code {"href": "…/servers/detail?limit=1000&marker=…", "rel": "next"}}. */
  static String nextLink(String linkBase, int limit, String marker) {
    return "{\"href\": \""
        + linkBase
        + "/servers/detail?limit="
        + limit
        + "&marker="
        + marker
        + "\", \"rel\": \"next\"}";
  }

  /** {@code GET /servers/{id}}: {@code {"server": {…}}}. */
  public static byte[] show(int i) {
    return ("{\"server\": " + server(i) + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static String hostName(int host) {
    return HOST_NAMES[host];
  }

  /** {@code value}'s low {@code digits} hex digits, zero-padded. */
  private static StringBuilder hex(StringBuilder s, long value, int digits) {
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
      s.append(Character.forDigit((int) (value >>> shift) & 0xf, 16));
    }
    return s;
  }

  /** {@code value} in decimal, zero-padded to {@code width}. */
  private static StringBuilder digits(StringBuilder s, long value, int width) {
    String text = Long.toString(value);
    for (int k = text.length(); k < width; k++) {
      s.append('0');
    }
    return s.append(text);
  }

  /** Nova's form of {@code created}, as in {@code 2014-07-17T01:15:19Z}. */
  private static StringBuilder zoned(StringBuilder s, Instant t) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    digits(s, utc.getYear(), 4).append('-');
    digits(s, utc.getMonthValue(), 2).append('-');
    digits(s, utc.getDayOfMonth(), 2).append('T');
    digits(s, utc.getHour(), 2).append(':');
    digits(s, utc.getMinute(), 2).append(':');
    return digits(s, utc.getSecond(), 2).append('Z');
  }

  /** Nova's zoneless form with six fraction digits, as in {@code 2014-07-17T01:15:24.000000}. */
  private static StringBuilder micros(StringBuilder s, LocalDateTime t) {
    digits(s, t.getYear(), 4).append('-');
    digits(s, t.getMonthValue(), 2).append('-');
    digits(s, t.getDayOfMonth(), 2).append('T');
    digits(s, t.getHour(), 2).append(':');
    digits(s, t.getMinute(), 2).append(':');
    digits(s, t.getSecond(), 2).append('.');
    return digits(s, t.getNano() / 1000, 6);
  }

  private static String[] hostNames() {
    String[] names = new String[HOSTS];
    for (int h = 0; h < HOSTS; h++) {
      names[h] = digits(new StringBuilder("compute-"), h, 2).toString();
    }
    return names;
  }

  /** Nova's hostId: sha224(project id + host), in hex. */
  private static String[] hostIds() {
    String[] ids = new String[HOSTS];
    try {
      MessageDigest sha224 = MessageDigest.getInstance("SHA-224");
      for (int h = 0; h < HOSTS; h++) {
        byte[] digest = sha224.digest((TENANT + hostName(h)).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
          hex(hex, b & 0xff, 2);
        }
        ids[h] = hex.toString();
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  private static long mix(long x) {
    long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
