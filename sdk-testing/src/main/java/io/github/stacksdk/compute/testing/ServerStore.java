package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's servers and virtual interfaces. Thread-safe: the dispatcher reads from MockWebServer's
 * threads while a test seeds from its own.
 */
final class ServerStore {
  /** A seeded server and Nova's internal id for it, the insertion order (a sort tie-breaker). */
  static final class Stored {
    final Server server;
    final long internalId;

    Stored(Server server, long internalId) {
      this.server = server;
      this.internalId = internalId;
    }
  }

  private final Map<String, Stored> servers = new LinkedHashMap<>();
  private final Map<String, List<VirtualInterface>> interfaces = new HashMap<>();
  private long nextInternalId = 1;

  /** Adds a server, or replaces the one with its id (which keeps its internal id). */
  synchronized void put(Server server) {
    Stored old = servers.get(server.id());
    long internalId = old != null ? old.internalId : nextInternalId++;
    servers.put(server.id(), new Stored(server, internalId));
  }

  synchronized boolean remove(String serverId) {
    interfaces.remove(serverId);
    return servers.remove(serverId) != null;
  }

  synchronized Optional<Stored> get(String serverId) {
    return Optional.ofNullable(servers.get(serverId));
  }

  /** A snapshot in insertion order. */
  synchronized List<Stored> all() {
    return new ArrayList<>(servers.values());
  }

  synchronized void addInterfaces(String serverId, List<VirtualInterface> vifs) {
    interfaces.computeIfAbsent(serverId, id -> new ArrayList<>()).addAll(vifs);
  }

  synchronized List<VirtualInterface> interfaces(String serverId) {
    return List.copyOf(interfaces.getOrDefault(serverId, List.of()));
  }

  synchronized void clear() {
    servers.clear();
    interfaces.clear();
  }
}
