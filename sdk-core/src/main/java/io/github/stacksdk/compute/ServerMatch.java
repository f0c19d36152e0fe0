package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a finder looks for: one server by its exact name or by an exact IP address, optionally
 * within a listing's scope (other projects with {@code allTenants}, a status…).
 *
 * <pre>{@code
 * Optional<Server> web = compute.findServer(ServerMatch.name("web-01"));
 * Optional<Server> host = compute.findServer(ServerMatch.ip("10.0.0.5"));
 * }</pre>
 *
 * <p>Nova treats the {@code name} filter as a regular expression, case-insensitive on some
 * databases, and the {@code ip} filter as a pattern that Neutron may match as a substring: a
 * finder sends the value escaped and anchored, as python-novaclient does, and keeps only the
 * servers whose name, or one of whose addresses, is exactly the one asked for.
 */
public final class ServerMatch {
  private final String description;
  private final boolean byName;
  private final String value;
  private final ListServersRequest scope;

  private ServerMatch(String description, boolean byName, String value, ListServersRequest scope) {
    this.description = description;
    this.byName = byName;
    this.value = value;
    this.scope = scope;
  }

  /**
   * Matches the server named exactly {@code name} (case and all).
   *
   * @param name the whole name
   * @return the match
   * @throws IllegalArgumentException when the name is empty
   */
  public static ServerMatch name(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    return new ServerMatch(
        "name \"" + name + "\"", true, name, ListServersRequest.builder().build());
  }

  /**
   * Matches the server with exactly this IPv4 or IPv6 address on one of its networks (fixed or
   * floating).
   *
   * @param address an IP address literal, such as {@code 10.0.0.5} or {@code 2001:db8::5}
   * @return the match
   * @throws IllegalArgumentException when it is not an IP address literal
   */
  public static ServerMatch ip(String address) {
    Objects.requireNonNull(address, "address == null");
    String canonical = canonicalAddress(address);
    if (canonical == null) {
      throw new IllegalArgumentException("not an IP address literal: " + address);
    }
    return new ServerMatch(
        "address " + canonical, false, canonical, ListServersRequest.builder().build());
  }

  /**
   * Looks within a listing's scope: its filters (such as {@code allTenants}) apply too; its name or
   * address filter, page size and marker are replaced.
   *
   * @param scope the other filters
   * @return a match with that scope
   */
  public ServerMatch within(ListServersRequest scope) {
    return new ServerMatch(
        description, byName, value, Objects.requireNonNull(scope, "scope == null"));
  }

  /** The request that asks Nova for the candidates. */
  ListServersRequest request() {
    ListServersRequest.Builder request = scope.toBuilder().marker(java.util.Optional.empty());
    String anchored = "^" + escape(value) + "$";
    if (byName) {
      return request.name(anchored).build();
    }
    request.ip(java.util.Optional.empty()).ip6(java.util.Optional.empty());
    return (value.indexOf(':') >= 0 ? request.ip6(anchored) : request.ip(anchored)).build();
  }

  /** Whether the id listing can tell the match itself: it has names, not addresses. */
  boolean bySummaryAlone() {
    return byName;
  }

  /** Tells the id listing's exact match; only for a match by name ({@link #bySummaryAlone()}). */
  Predicate<ServerSummary> matchesSummary() {
    return summary -> summary.name().map(value::equals).orElse(false);
  }

  Predicate<Server> matches() {
    if (byName) {
      return server -> server.name().map(value::equals).orElse(false);
    }
    return server -> {
      for (java.util.List<Address> addresses : server.addresses().values()) {
        for (Address address : addresses) {
          if (value.equals(canonicalAddress(address.addr()))) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /** What it looks for, for messages. */
  String description() {
    return description;
  }

  @Override
  public String toString() {
    return "ServerMatch{" + description + "}";
  }

  /** Backslash before every character a regular expression treats specially, in Python and SQL. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\.^$*+?{}[]|()".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** The address as Nova writes it (IPv6 as RFC 5952: lower case, longest zero run as ::), or null. */
  static @Nullable String canonicalAddress(String literal) {
    String text = literal.trim();
    boolean v6 = text.indexOf(':') >= 0;
    boolean v4 = !v6 && text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!v4 && !(v6 && text.matches("[0-9A-Fa-f:.]+"))) {
      return null; // never a host name: InetAddress would look it up
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
    if (bytes.length == 4) {
      return (bytes[0] & 0xff)
          + "."
          + (bytes[1] & 0xff)
          + "."
          + (bytes[2] & 0xff)
          + "."
          + (bytes[3] & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1; // a single zero group is not shortened
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}
