package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.Server;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * One listener's deliveries: the ids of the servers that changed since it was last told, each
 * told as the change from what the listener saw last to what the view holds now. Memory stays
 * bounded by the servers of the view however slow the listener; a listener that falls behind sees
 * changes coalesced, never out of order for a server. Deliveries run one at a time on the
 * executor, so that the listener is never called concurrently with itself.
 */
final class ListenerFeed {
  /** Why a server is pending: the latest reason wins. */
  private static final class Reason {
    final boolean deleted;
    final boolean fromResync;

    Reason(boolean deleted, boolean fromResync) {
      this.deleted = deleted;
      this.fromResync = fromResync;
    }
  }

  private final ServerWatchListener listener;
  private final Executor executor;
  private final Function<String, @Nullable Server> current;
  private final Logger log;

  /** What the listener was told of each server in the view; read and written by deliveries only. */
  private final Map<String, Server> told = new HashMap<>();

  /** The servers to tell of, in the order they changed first. Guarded by this. */
  private final LinkedHashMap<String, Reason> pending = new LinkedHashMap<>();

  private boolean delivering;
  private volatile boolean closed;

  ListenerFeed(
      ServerWatchListener listener,
      Executor executor,
      Function<String, @Nullable Server> current,
      Logger log) {
    this.listener = listener;
    this.executor = executor;
    this.current = current;
    this.log = log;
  }

  ServerWatchListener listener() {
    return listener;
  }

  /** The server with this id may have changed; the listener is told, in turn, if it did. */
  void changed(String serverId, boolean deleted, boolean fromResync) {
    synchronized (this) {
      pending.put(serverId, new Reason(deleted, fromResync));
      if (delivering || closed) {
        return;
      }
      delivering = true;
    }
    try {
      executor.execute(this::deliver);
    } catch (RejectedExecutionException e) {
      close(); // the watch is closing
    }
  }

  void close() {
    closed = true;
    synchronized (this) {
      pending.clear();
    }
  }

  private void deliver() {
    while (!closed) {
      String id;
      Reason reason;
      synchronized (this) {
        Iterator<Map.Entry<String, Reason>> next = pending.entrySet().iterator();
        if (!next.hasNext()) {
          delivering = false;
          return;
        }
        Map.Entry<String, Reason> entry = next.next();
        next.remove();
        id = entry.getKey();
        reason = entry.getValue();
      }
      ServerChange change = change(id, told.get(id), current.apply(id), reason);
      if (change == null) {
        continue;
      }
      if (change.current().isPresent()) {
        told.put(id, change.current().get());
      } else {
        told.remove(id);
      }
      try {
        listener.onChange(change);
      } catch (RuntimeException e) {
        log.warn("A server watch listener threw on {}; it is told of the next change", change, e);
      }
    }
  }

  private static @Nullable ServerChange change(
      String id, @Nullable Server before, @Nullable Server now, Reason reason) {
    if (before == null && now == null) {
      return null; // came and went before the listener got to it
    }
    if (before == null) {
      return new ServerChange(ServerChange.Type.ADDED, id, null, now, false, reason.fromResync);
    }
    if (now == null) {
      return new ServerChange(
          ServerChange.Type.REMOVED, id, before, null, reason.deleted, reason.fromResync);
    }
    if (before.equals(now)) {
      return null;
    }
    return new ServerChange(ServerChange.Type.UPDATED, id, before, now, false, reason.fromResync);
  }
}
