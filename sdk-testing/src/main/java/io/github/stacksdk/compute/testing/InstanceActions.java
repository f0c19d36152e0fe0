package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The instance actions and their events ({@code instance_actions} and {@code
 * instance_actions_events} of a cell database) that the API and the compute service record for
 * each create, server action and delete the fake performs: the action with the request's id and
 * the caller at once, its events started with it and finished when the compute service's work
 * completes on the fake's clock ({@link ServerStateMachine#whenSettled}). Actions outlive their
 * server's delete, as Nova's rows do. Thread-safe; readers get copies.
 */
final class InstanceActions {
  /** The action names of {@code nova/compute/instance_actions.py}, by the action body's key. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("os-start", "start"),
          Map.entry("os-stop", "stop"),
          Map.entry("reboot", "reboot"),
          Map.entry("pause", "pause"),
          Map.entry("unpause", "unpause"),
          Map.entry("suspend", "suspend"),
          Map.entry("resume", "resume"),
          Map.entry("lock", "lock"),
          Map.entry("unlock", "unlock"),
          Map.entry("rescue", "rescue"),
          Map.entry("unrescue", "unrescue"),
          Map.entry("resize", "resize"),
          Map.entry("confirmResize", "confirmResize"),
          Map.entry("revertResize", "revertResize"),
          Map.entry("rebuild", "rebuild"),
          Map.entry("createImage", "createImage"),
          Map.entry("shelve", "shelve"),
          Map.entry("unshelve", "unshelve"),
          Map.entry("forceDelete", "delete"));

  /** Actions the API completes itself ({@code wrap_instance_event(prefix='api')}). */
  private static final Set<String> API_ONLY = Set.of("lock", "unlock");

  /** One event. */
  static final class Event {
    final long seq;
    final String name;
    final Instant startTime;
    final @Nullable String host;
    @Nullable Instant finishTime;
    @Nullable String result;
    @Nullable String traceback;
    @Nullable String details;

    Event(long seq, String name, Instant startTime, @Nullable String host) {
      this.seq = seq;
      this.name = name;
      this.startTime = startTime;
      this.host = host;
    }

    Event copy() {
      Event e = new Event(seq, name, startTime, host);
      e.finishTime = finishTime;
      e.result = result;
      e.traceback = traceback;
      e.details = details;
      return e;
    }
  }

  /** One action with its events, in the order they were started. */
  static final class Action {
    final long seq;
    final String action;
    final String serverId;
    final String requestId;
    final String userId;
    final String projectId;
    final Instant startTime;
    Instant updatedAt;
    @Nullable String message;
    final List<Event> events = new ArrayList<>();

    Action(
        long seq,
        String action,
        String serverId,
        String requestId,
        String userId,
        String projectId,
        Instant startTime) {
      this.seq = seq;
      this.action = action;
      this.serverId = serverId;
      this.requestId = requestId;
      this.userId = userId;
      this.projectId = projectId;
      this.startTime = startTime;
      this.updatedAt = startTime;
    }

    Action copy() {
      Action a = new Action(seq, action, serverId, requestId, userId, projectId, startTime);
      a.updatedAt = updatedAt;
      a.message = message;
      events.forEach(e -> a.events.add(e.copy()));
      return a;
    }

    /** The events newest first ({@code action_events_get}: created_at desc, id desc). */
    List<Event> eventsNewestFirst() {
      List<Event> out = new ArrayList<>(events);
      out.sort(
          Comparator.comparing((Event e) -> e.startTime).thenComparingLong(e -> e.seq).reversed());
      return out;
    }
  }

  /** Newest first, as {@code actions_get} sorts: created_at desc, id desc. */
  static final Comparator<Action> NEWEST_FIRST =
      Comparator.comparing((Action a) -> a.startTime).thenComparingLong(a -> a.seq).reversed();

  private final ServerStateMachine machine;
  private final Supplier<Instant> storedNow;
  private final HostNames hosts;
  private final Map<String, List<Action>> byServer = new HashMap<>();
  private long seq;

  /**
   * @param machine the compute service's pending work, whose completion finishes the events
   * @param storedNow the cloud's now as the database stores it
   * @param hosts where the conductor runs and the builds land
   */
  InstanceActions(ServerStateMachine machine, Supplier<Instant> storedNow, HostNames hosts) {
    this.machine = machine;
    this.storedNow = storedNow;
    this.hosts = hosts;
  }

  /** The action name of an action body's key, or null for one that records no action. */
  static @Nullable String nameOf(String bodyKey) {
    return NAMES.get(bodyKey);
  }

  /**
   * Records an action the API just started on a server, and its events. Call it holding the state
   * machine's lock, right after the work was scheduled, so that no settle comes in between.
   *
   * @param before the server as it was when the API accepted the call
   */
  void record(ComputeRequest r, String serverId, String action, Server before) {
    Instant now = storedNow.get();
    Action a;
    synchronized (this) {
      a = new Action(++seq, action, serverId, r.requestId, r.caller.user, r.caller.project, now);
      for (Spec event : events(action, before)) {
        a.events.add(new Event(++seq, event.name, now, event.host));
      }
      byServer.computeIfAbsent(serverId, id -> new ArrayList<>()).add(a);
    }
    if (API_ONLY.contains(action)) {
      finish(a, now, null);
    } else {
      machine.whenSettled(serverId, (due, after) -> finish(a, due, after));
    }
  }

  /** An event to record: its name and the host of the service that runs it. */
  private static final class Spec {
    final String name;
    final @Nullable String host;

    Spec(String name, @Nullable String host) {
      this.name = name;
      this.host = host;
    }
  }

  /** The events each action records, in the order they start, with their hosts. */
  private List<Spec> events(String action, Server s) {
    String host = s.host().filter(h -> !h.isEmpty()).orElse(null);
    String conductor = hosts.controller;
    List<Spec> out = new ArrayList<>();
    switch (action) {
      case "create":
        out.add(new Spec("compute__do_build_and_run_instance", hosts.compute));
        break;
      case "delete":
        out.add(new Spec("compute_terminate_instance", host));
        break;
      case "lock":
      case "unlock":
        // wrap_instance_event(prefix='api') reports the API's own CONF.host.
        out.add(new Spec("api_" + action, hosts.controller));
        break;
      case "resize":
        out.add(new Spec("conductor_migrate_server", conductor));
        out.add(new Spec("cold_migrate", conductor));
        out.add(new Spec("compute_prep_resize", host));
        out.add(new Spec("compute_resize_instance", host));
        out.add(new Spec("compute_finish_resize", host));
        break;
      case "confirmResize":
        out.add(new Spec("compute_confirm_resize", host));
        break;
      case "revertResize":
        out.add(new Spec("compute_revert_resize", host));
        out.add(new Spec("compute_finish_revert_resize", host));
        break;
      case "rebuild":
        out.add(new Spec("rebuild_server", conductor));
        out.add(new Spec("compute_rebuild_instance", host));
        break;
      case "createImage":
        out.add(new Spec("compute_snapshot_instance", host));
        break;
      case "unshelve":
        if (NovaStates.vmState(s).equals("shelved")) {
          // The conductor starts a shelved server that was not offloaded.
          out.add(new Spec("compute_start_instance", host));
        } else {
          if (s.image().isPresent()) {
            out.add(new Spec("get_image_info", conductor));
          }
          out.add(new Spec("schedule_instances", conductor));
          out.add(new Spec("compute_unshelve_instance", hosts.compute));
        }
        break;
      default:
        // start, stop, reboot, pause, unpause, suspend, resume, rescue, unrescue, shelve.
        out.add(new Spec("compute_" + action + "_instance", host));
        break;
    }
    return out;
  }

  /** The work is done: every open event ends, failed if a build left the server in ERROR. */
  private synchronized void finish(Action a, Instant at, @Nullable Server after) {
    Instant finished = NovaChanges.asStored(at);
    String failure =
        after != null && a.action.equals("create") && NovaStates.vmState(after).equals("error")
            ? after.fault().map(f -> f.message()).orElse("")
            : null;
    for (Event e : a.events) {
      if (e.finishTime != null) {
        continue;
      }
      e.finishTime = finished;
      if (failure != null) {
        e.result = "Error";
        e.details = failure;
        e.traceback =
            "Traceback (most recent call last):\n"
                + "  File \"/opt/stack/nova/nova/compute/manager.py\", line 2449,"
                + " in _build_and_run_instance\n"
                + "    raise exception.BuildAbortException(\n"
                + "nova.exception.BuildAbortException: "
                + failure
                + "\n";
        a.message = "Error";
      } else {
        e.result = "Success";
      }
    }
    a.updatedAt = finished;
  }

  /**
   * Adds an action as a test seeds it, with its events as given (their order of start kept for
   * equal times).
   */
  synchronized void add(
      String serverId,
      String action,
      String requestId,
      String userId,
      String projectId,
      Instant startTime,
      Instant updatedAt,
      @Nullable String message,
      List<Event> events) {
    Action a = new Action(++seq, action, serverId, requestId, userId, projectId, startTime);
    a.updatedAt = updatedAt;
    a.message = message;
    for (Event e : events) {
      Event copy = new Event(++seq, e.name, e.startTime, e.host);
      copy.finishTime = e.finishTime;
      copy.result = e.result;
      copy.traceback = e.traceback;
      copy.details = e.details;
      a.events.add(copy);
    }
    byServer.computeIfAbsent(serverId, id -> new ArrayList<>()).add(a);
  }

  /** A server's actions, newest first (copies). */
  synchronized List<Action> of(String serverId) {
    List<Action> out = new ArrayList<>();
    for (Action a : byServer.getOrDefault(serverId, List.of())) {
      out.add(a.copy());
    }
    out.sort(NEWEST_FIRST);
    return out;
  }

  /** {@code action_get_by_request_id}: the newest action of the server with that request id. */
  Optional<Action> get(String serverId, String requestId) {
    return of(serverId).stream().filter(a -> a.requestId.equals(requestId)).findFirst();
  }

  synchronized void clear() {
    byServer.clear();
  }
}
