package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ServerChange;
import io.github.stacksdk.compute.ServerWatchListener;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A listener that keeps what a watch told it, step by step: the changes since the last {@link
 * #take()}, and the state of each server as the listener last saw it.
 */
final class WatchEvents implements ServerWatchListener {
  private final List<ServerChange> changes = new ArrayList<>();
  private final Map<String, Server> told = new HashMap<>();
  private Map<String, Server> toldAtLastTake = Map.of();

  @Override
  public synchronized void onChange(ServerChange change) {
    changes.add(change);
    if (change.current().isPresent()) {
      told.put(change.serverId(), change.current().get());
    } else {
      told.remove(change.serverId());
    }
    notifyAll();
  }

  /** Waits until the listener was told that the server is {@code expected} (null: not in view). */
  synchronized void awaitTold(String id, Server expected, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Objects.equals(told.get(id), expected)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "not told within " + timeout + " that " + id + " is " + expected + "; told " + changes);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** The changes told since the last call, with the states before and after them. */
  synchronized Step take() {
    Step step = new Step(List.copyOf(changes), toldAtLastTake, Map.copyOf(told));
    changes.clear();
    toldAtLastTake = step.after;
    return step;
  }

  /** What a listener was told between two {@link #take()}s. */
  static final class Step {
    final List<ServerChange> changes;
    final Map<String, Server> before;
    final Map<String, Server> after;

    Step(List<ServerChange> changes, Map<String, Server> before, Map<String, Server> after) {
      this.changes = changes;
      this.before = before;
      this.after = after;
    }

    /**
     * Checks that every change of the step is of one server and adds up to {@code net}: {@code
     * ADDED}, {@code UPDATED}, {@code REMOVED} (left the view's filters) or {@code REMOVED
     * deleted}. Before the last change, only states that Nova passes through on its way may come
     * (a build, or a task under way): a watch polling every 200 ms may see them or not.
     *
     * @return the changes, as {@code TYPE status/task} lines, to print
     */
    List<String> assertOnly(String id, String net) {
      List<String> seen = new ArrayList<>();
      Server previous = before.get(id);
      for (int i = 0; i < changes.size(); i++) {
        ServerChange change = changes.get(i);
        String line = describe(change);
        seen.add(line);
        assertThat(change.serverId()).as("server of %s among %s", line, changes).isEqualTo(id);
        assertThat(change.fromResync()).as("%s came from a poll", line).isFalse();
        assertThat(change.previous()).as("%s follows the last told", line).isEqualTo(opt(previous));
        assertThat(change.type()).as(line).isEqualTo(typeOf(change));
        if (i < changes.size() - 1) {
          assertThat(change.current().filter(Step::passing))
              .as("%s before the last change of %s: a state Nova passes through", line, changes)
              .isPresent();
        }
        previous = change.current().orElse(null);
      }
      assertThat(changes).as("changes of %s", id).isNotEmpty();
      assertThat(opt(previous)).as("the last change of %s", id).isEqualTo(opt(after.get(id)));
      ServerChange last = changes.get(changes.size() - 1);
      String type =
          !before.containsKey(id)
              ? "ADDED"
              : after.containsKey(id) ? "UPDATED" : last.deleted() ? "REMOVED deleted" : "REMOVED";
      assertThat(type).as("%s, net of %s", id, seen).isEqualTo(net);
      return seen;
    }

    private static ServerChange.Type typeOf(ServerChange change) {
      if (change.previous().isEmpty()) {
        return ServerChange.Type.ADDED;
      }
      return change.current().isEmpty() ? ServerChange.Type.REMOVED : ServerChange.Type.UPDATED;
    }

    /** A build, or a task under way (powering-off, deleting, ...). */
    private static boolean passing(Server s) {
      return s.status() == ServerStatus.BUILD || s.taskStateAsString().isPresent();
    }

    static String describe(ServerChange change) {
      String state =
          change
              .current()
              .map(s -> s.statusAsString().orElse("?") + "/" + s.taskStateAsString().orElse("-"))
              .orElse("");
      return change.type()
          + (change.deleted() ? " deleted" : "")
          + (change.fromResync() ? " (resync)" : "")
          + (state.isEmpty() ? "" : " " + state);
    }

    private static Optional<Server> opt(Server server) {
      return Optional.ofNullable(server);
    }
  }
}
