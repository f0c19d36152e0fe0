package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The pending work of Nova's compute service per server: what an API call started (a build, a
 * reboot…) goes on in steps, the intermediate task states, then the final state, each due at an
 * instant of the fake's clock. Nothing runs in the background: the steps whose instant has passed
 * are applied when the fake next answers a compute request ({@link #settle()}), each stamped with
 * its own due instant as {@code updated}. A test with a fixed or manual clock therefore sees the
 * same states on every run.
 *
 * <p>The API's writes hold this object's lock while they check and change a server, so that a
 * check and its change see no step in between.
 */
final class ServerStateMachine {
  /** One step: the change, due at an instant; {@code delete} ends in Nova's delete. */
  private static final class Step {
    final Instant due;
    final UnaryOperator<Server> change;
    final boolean delete;

    /** What waits for this step, the last of its plan: it gets the due instant and the server. */
    final List<BiConsumer<Instant, Server>> then = new ArrayList<>();

    Step(Instant due, UnaryOperator<Server> change, boolean delete) {
      this.due = due;
      this.change = change;
      this.delete = delete;
    }
  }

  private final ServerStore store;
  private final NovaChanges changes;
  private final Clock clock;
  private final Duration transitionTime;
  private final Map<String, Deque<Step>> pending = new HashMap<>();

  ServerStateMachine(ServerStore store, NovaChanges changes, Clock clock, Duration transitionTime) {
    this.store = store;
    this.changes = changes;
    this.clock = clock;
    this.transitionTime = transitionTime;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Plans steps for a server, replacing what was pending: step {@code i} of {@code n} is due at
   * {@code now + transitionTime × i / n}, so the last one completes the transition.
   */
  synchronized void schedule(String serverId, List<UnaryOperator<Server>> steps) {
    schedule(serverId, steps, false);
  }

  /** Plans steps whose last one deletes the server as Nova's compute manager does. */
  synchronized void scheduleDelete(String serverId, List<UnaryOperator<Server>> steps) {
    schedule(serverId, steps, true);
  }

  private void schedule(String serverId, List<UnaryOperator<Server>> steps, boolean delete) {
    Instant start = clock.instant();
    Deque<Step> planned = new ArrayDeque<>();
    long total = transitionTime.toNanos();
    int n = steps.size();
    for (int i = 0; i < n; i++) {
      Instant due = start.plusNanos(total / n * (i + 1) + (i == n - 1 ? total % n : 0));
      planned.add(new Step(due, steps.get(i), delete && i == n - 1));
    }
    pending.put(serverId, planned);
  }

  /**
   * Runs {@code done} with the due instant and the changed server once the steps pending for a
   * server are all applied, or at once with the clock's now when none are pending. A plan that a
   * later one replaces never completes, so its waiters never run, as a compute task that another
   * one aborts never reports its end.
   */
  synchronized void whenSettled(String serverId, BiConsumer<Instant, Server> done) {
    Deque<Step> steps = pending.get(serverId);
    if (steps == null || steps.isEmpty()) {
      Server now = store.get(serverId).map(s -> s.server).orElse(null);
      if (now != null) {
        done.accept(clock.instant(), now);
      }
      return;
    }
    steps.getLast().then.add(done);
  }

  /** Forgets what was pending for a server. */
  synchronized void cancel(String serverId) {
    pending.remove(serverId);
  }

  /** Whether a server has steps still pending. */
  synchronized boolean busy(String serverId) {
    Deque<Step> steps = pending.get(serverId);
    return steps != null && !steps.isEmpty();
  }

  /** Applies every step due by the clock's now, in due order per server. */
  synchronized void settle() {
    Instant now = clock.instant();
    for (Iterator<Map.Entry<String, Deque<Step>>> it = pending.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<String, Deque<Step>> entry = it.next();
      Deque<Step> steps = entry.getValue();
      try {
        while (!steps.isEmpty() && !steps.peekFirst().due.isAfter(now)) {
          Step step = steps.removeFirst();
          apply(entry.getKey(), step);
        }
      } catch (NoSuchElementException | IllegalStateException gone) {
        // Removed or deleted by the test meanwhile: nothing left to do for it.
        steps.clear();
      }
      if (steps.isEmpty()) {
        it.remove();
      }
    }
  }

  private void apply(String serverId, Step step) {
    Instant stamp = NovaChanges.asStored(step.due);
    store.replace(
        serverId,
        old -> {
          if (ServerFilters.isDeleted(old)) {
            throw new IllegalStateException("deleted");
          }
          return step.change.apply(old).toBuilder().updated(stamp).build();
        });
    if (step.delete) {
      changes.delete(serverId, step.due);
    }
    if (!step.then.isEmpty()) {
      Server after = store.get(serverId).orElseThrow().server;
      step.then.forEach(done -> done.accept(step.due, after));
    }
  }
}
