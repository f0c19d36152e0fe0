package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.Server;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A change of a {@link ServerWatch}'s view of the servers, as one listener sees it: a server that
 * entered the view, changed, or left it.
 *
 * <p>A listener that falls behind sees changes coalesced: a server that changed twice before the
 * listener got to it comes as one {@link Type#UPDATED} from the state the listener last saw to the
 * latest one.
 */
public final class ServerChange {
  /** What happened to the server in the view. */
  public enum Type {
    /** The server entered the view: it was listed first, created, or came to match its filters. */
    ADDED,
    /** The server is still in the view, and differs from what the listener saw last. */
    UPDATED,
    /** The server left the view: it was deleted, or no longer matches the view's filters. */
    REMOVED
  }

  private final Type type;
  private final String serverId;
  private final @Nullable Server previous;
  private final @Nullable Server current;
  private final boolean deleted;
  private final boolean fromResync;

  ServerChange(
      Type type,
      String serverId,
      @Nullable Server previous,
      @Nullable Server current,
      boolean deleted,
      boolean fromResync) {
    this.type = type;
    this.serverId = serverId;
    this.previous = previous;
    this.current = current;
    this.deleted = deleted;
    this.fromResync = fromResync;
  }

  /** What happened. */
  public Type type() {
    return type;
  }

  /** The server's id. */
  public String serverId() {
    return serverId;
  }

  /** The server as the listener saw it last: present for {@code UPDATED} and {@code REMOVED}. */
  public Optional<Server> previous() {
    return Optional.ofNullable(previous);
  }

  /** The server as it is now: present for {@code ADDED} and {@code UPDATED}. */
  public Optional<Server> current() {
    return Optional.ofNullable(current);
  }

  /**
   * True for a {@code REMOVED} server that Nova reported deleted (status {@code DELETED}); false
   * for one that left the view's filters, or that a resync no longer found.
   */
  public boolean deleted() {
    return deleted;
  }

  /**
   * True when a full resync found this change, which the polls had missed (a row Nova purged, or
   * a change that did not move the server's {@code updated} time).
   */
  public boolean fromResync() {
    return fromResync;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ServerChange)) {
      return false;
    }
    ServerChange that = (ServerChange) o;
    return type == that.type
        && serverId.equals(that.serverId)
        && Objects.equals(previous, that.previous)
        && Objects.equals(current, that.current)
        && deleted == that.deleted
        && fromResync == that.fromResync;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, serverId, previous, current, deleted, fromResync);
  }

  @Override
  public String toString() {
    return "ServerChange{"
        + type
        + " "
        + serverId
        + (deleted ? ", deleted" : "")
        + (fromResync ? ", from a resync" : "")
        + "}";
  }
}
