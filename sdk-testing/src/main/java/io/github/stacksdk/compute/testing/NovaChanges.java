package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The changes a test makes to the cloud while a client watches it, stamped with the cloud's clock
 * as Nova's database stores the time. Each is atomic: a listing sees a server before or after a
 * change, never half of it.
 */
final class NovaChanges {
  /** Nova's {@code power_state.NOSTATE}, which a deleted instance gets. */
  private static final int NOSTATE = 0;

  private final ServerStore store;
  private final Clock clock;

  NovaChanges(ServerStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * A time as Nova stores it: {@code timeutils.utcnow()} has microseconds, and a MySQL {@code
   * DATETIME} column (oslo.db's {@code TimestampMixin}, no fractional part) rounds them to the
   * nearest second, half up, unless the server's SQL mode has {@code TIME_TRUNCATE_FRACTIONAL}.
   * MariaDB truncates instead. The API then renders whole seconds ({@code %Y-%m-%dT%H:%M:%SZ}).
   */
  static Instant asStored(Instant time) {
    Instant micros = time.truncatedTo(ChronoUnit.MICROS);
    Instant second = micros.truncatedTo(ChronoUnit.SECONDS);
    return micros.getNano() >= 500_000_000 ? second.plusSeconds(1) : second;
  }

  /** Now, as Nova would store it. */
  Instant storedNow() {
    return asStored(clock.instant());
  }

  /**
   * An update: the change, then {@code updated_at} set by the database's on-update default.
   *
   * @throws IllegalStateException for a deleted server, whose row Nova no longer updates
   */
  Server update(String serverId, UnaryOperator<Server> change) {
    Objects.requireNonNull(change, "change == null");
    return store.replace(
        serverId,
        old -> {
          requireNotDeleted(old);
          Server changed = Objects.requireNonNull(change.apply(old), "change returned null");
          return changed.toBuilder().updated(storedNow()).build();
        });
  }

  /**
   * Nova's delete as the compute manager completes it ({@code nova/compute/manager.py
   * _delete_instance}): vm_state {@code deleted}, no task, power state NOSTATE, {@code
   * terminated_at} now, saved (so {@code updated_at} is now), then {@code instance_destroy}
   * soft-deletes the row and its related rows ({@code nova/db/main/api.py}). A listing then renders
   * status {@code DELETED} ({@code views/servers.py _get_vm_status}) with what the related rows no
   * longer give: no addresses (the network info cache was emptied by {@code
   * deallocate_for_instance}), metadata (joined on {@code deleted == 0}), tags (hard-deleted),
   * security groups (ports gone), attached volumes or fault (read without deleted rows). The
   * flavor (instance_extra is joined whatever its deleted column), image, host and names stay.
   *
   * @throws IllegalStateException when the server is deleted already
   */
  Server delete(String serverId) {
    return delete(serverId, clock.instant());
  }

  /** {@link #delete(String)} as completed at an instant (a pending transition's due time). */
  Server delete(String serverId, Instant at) {
    Server deleted =
        store.replace(
            serverId,
            old -> {
              requireNotDeleted(old);
              Instant now = asStored(at);
              return old.toBuilder()
                  .statusAsString("DELETED")
                  .vmStateAsString("deleted")
                  .taskStateAsString(Optional.empty())
                  .powerStateCode(NOSTATE)
                  .terminatedAt(now)
                  .updated(now)
                  .addresses(Map.of())
                  .metadata(Map.of())
                  .tags(List.of())
                  .securityGroups(List.of())
                  .volumesAttached(List.of())
                  .fault(Optional.empty())
                  .build();
            });
    store.removeInterfaces(serverId);
    return deleted;
  }

  /** A new server, with {@code created} and {@code updated} now unless it has them. */
  Server create(Server server) {
    Objects.requireNonNull(server, "server == null");
    Instant now = storedNow();
    Server created =
        server.toBuilder()
            .created(server.created().orElse(now))
            .updated(server.updated().orElse(now))
            .build();
    store.create(created);
    return created;
  }

  /** {@code nova-manage db archive_deleted_rows}: deleted rows leave the instances table. */
  int purgeDeleted() {
    return store.purge(ServerFilters::isDeleted);
  }

  private static void requireNotDeleted(Server server) {
    if (ServerFilters.isDeleted(server)) {
      throw new IllegalStateException("server " + server.id() + " is deleted");
    }
  }
}
