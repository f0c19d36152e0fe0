package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The fake's servers and virtual interfaces. Thread-safe: the dispatcher reads from MockWebServer's
 * threads while a test seeds from its own.
 *
 * <p>A removed server stays behind as a tombstone with its last state, as a deleted instance's row
 * stays in Nova's database until {@code nova-manage db archive_deleted_rows} moves it away: only a
 * paging marker can still find it ({@link #marker}). A server deleted as Nova deletes ({@link
 * NovaChanges#delete}) stays a live entry instead, in the state of a deleted row, which the
 * filters treat as Nova's database does; {@link #purge} forgets both kinds.
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
  private final Map<String, Stored> tombstones = new HashMap<>();
  private final Map<String, List<VirtualInterface>> interfaces = new HashMap<>();
  private long nextInternalId = 1;

  /**
   * Adds a server, or replaces the one with its id (which keeps its internal id). A server added
   * again after its removal is a new row: it leaves its tombstone and comes last in insertion order.
   */
  synchronized void put(Server server) {
    Stored old = servers.get(server.id());
    long internalId = old != null ? old.internalId : nextInternalId++;
    tombstones.remove(server.id());
    servers.put(server.id(), new Stored(server, internalId));
  }

  /** Removes a server, keeping it as a tombstone; false when there was no such (live) server. */
  synchronized boolean remove(String serverId) {
    interfaces.remove(serverId);
    Stored removed = servers.remove(serverId);
    if (removed == null) {
      return false;
    }
    tombstones.put(serverId, removed);
    return true;
  }

  /**
   * Replaces a server by a function of it, atomically, keeping its internal id (its place among
   * equal sort values).
   *
   * @throws NoSuchElementException when there is no such server (or it was removed)
   * @throws IllegalArgumentException when the change returns a server with another id
   */
  synchronized Server replace(String serverId, UnaryOperator<Server> change) {
    Stored old = servers.get(serverId);
    if (old == null) {
      throw new NoSuchElementException(
          "FakeCompute has no server "
              + serverId
              + (tombstones.containsKey(serverId) ? " (it was removed)" : ""));
    }
    Server next = change.apply(old.server);
    if (!next.id().equals(serverId)) {
      throw new IllegalArgumentException(
          "a change must keep the server's id " + serverId + ", not make it " + next.id());
    }
    servers.put(serverId, new Stored(next, old.internalId));
    return next;
  }

  /**
   * Adds a server whose id is not taken; a removed server's id may be used again.
   *
   * @throws IllegalArgumentException when a server (deleted or not) has the id
   */
  synchronized void create(Server server) {
    if (servers.containsKey(server.id())) {
      throw new IllegalArgumentException("FakeCompute already has a server " + server.id());
    }
    put(server);
  }

  /** Forgets a server's interfaces, whose rows Nova deletes with the server's. */
  synchronized void removeInterfaces(String serverId) {
    interfaces.remove(serverId);
  }

  /**
   * Forgets the deleted servers and the tombstones, as {@code archive_deleted_rows} moves deleted
   * rows out of Nova's tables: no listing or marker finds them any more.
   *
   * @return how many servers were forgotten
   */
  synchronized int purge(Predicate<Server> deleted) {
    int purged = tombstones.size();
    tombstones.clear();
    for (Iterator<Stored> it = servers.values().iterator(); it.hasNext(); ) {
      Stored stored = it.next();
      if (deleted.test(stored.server)) {
        interfaces.remove(stored.server.id());
        it.remove();
        purged++;
      }
    }
    return purged;
  }

  /** A server that was added and not removed. */
  synchronized Optional<Stored> get(String serverId) {
    return Optional.ofNullable(servers.get(serverId));
  }

  /**
   * The server a paging marker names: a live one or the tombstone of a removed one, whatever its
   * project (Nova reads the marker with {@code read_deleted='yes'} in an elevated context).
   */
  synchronized Optional<Stored> marker(String serverId) {
    Stored live = servers.get(serverId);
    return Optional.ofNullable(live != null ? live : tombstones.get(serverId));
  }

  /** A snapshot of the live servers, in insertion order. */
  synchronized List<Stored> all() {
    return new ArrayList<>(servers.values());
  }

  synchronized void addInterfaces(String serverId, List<VirtualInterface> vifs) {
    interfaces.computeIfAbsent(serverId, id -> new ArrayList<>()).addAll(vifs);
  }

  synchronized List<VirtualInterface> interfaces(String serverId) {
    return List.copyOf(interfaces.getOrDefault(serverId, List.of()));
  }

  /** Forgets every server, tombstones included, and every interface. */
  synchronized void clear() {
    servers.clear();
    tombstones.clear();
    interfaces.clear();
  }
}
