package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/** How the examples print a server's parts in one table cell. */
final class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

  private Formats() {}

  /** The flavor's name (2.47 and later) or its id (before). */
  static String flavor(Server server) {
    return server.flavor().flatMap(Formats::flavorLabel).orElse("-");
  }

  private static java.util.Optional<String> flavorLabel(ServerFlavor flavor) {
    return flavor.originalName().isPresent() ? flavor.originalName() : flavor.id();
  }

  /** Every address, as {@code network=address}, comma-separated. */
  static String addresses(Server server) {
    StringJoiner joined = new StringJoiner(", ");
    for (Map.Entry<String, List<Address>> network : server.addresses().entrySet()) {
      for (Address address : network.getValue()) {
        joined.add(network.getKey() + "=" + address.addr());
      }
    }
    return joined.length() == 0 ? "-" : joined.toString();
  }

  static String time(java.util.Optional<Instant> instant) {
    return instant.map(TIME::format).orElse("-");
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
