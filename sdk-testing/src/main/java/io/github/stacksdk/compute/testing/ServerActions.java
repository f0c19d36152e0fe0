package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /servers/{id}/action}: each action with the checks of {@code nova/compute/api.py}
 * ({@code check_instance_lock}, which an admin passes, and {@code check_instance_state}: the
 * allowed vm_states, task_state None unless said otherwise, and a launched server), the 409 texts
 * of the API controllers ({@code common.raise_http_conflict_for_instance_invalid_state}), and the
 * states the compute service then goes through.
 */
final class ServerActions {
  /** What an action answers: a status, and a body or a Location header or neither. */
  static final class Answer {
    final int status;
    final @Nullable ObjectNode body;
    final @Nullable String location;

    Answer(int status, @Nullable ObjectNode body, @Nullable String location) {
      this.status = status;
      this.body = body;
      this.location = location;
    }
  }

  private static final Set<String> NO_TASK = new HashSet<>(Arrays.asList((String) null));

  /** {@code task_states.ALLOW_REBOOT}. */
  private static final Set<String> ALLOW_REBOOT =
      new HashSet<>(
          Arrays.asList(
              null,
              "rebooting",
              "reboot_pending",
              "reboot_started",
              "resuming",
              "rebooting_hard",
              "unpausing",
              "pausing",
              "suspending"));

  private final ServerStore store;
  private final NovaChanges changes;
  private final ServerStateMachine machine;
  private final ServerLifecycle lifecycle;
  private final Flavors flavors;
  private final String baseUrl;
  private final Map<String, ServerFlavor> flavorsBeforeResize = new HashMap<>();

  /**
   * {@code instance.locked_by} of the servers locked through the API: {@code owner} when a token
   * of the server's project locked it, {@code admin} when another project's admin did. Servers
   * locked otherwise have none, which lets anyone allowed to unlock them do so.
   */
  private final Map<String, String> lockedBy = new HashMap<>();

  /**
   * The servers whose confirmResize the compute service has yet to carry out: still {@code
   * resized} with no task, but their migration is {@code confirming}, no longer {@code finished}.
   */
  private final Set<String> confirming = new HashSet<>();

  ServerActions(
      ServerStore store,
      NovaChanges changes,
      ServerStateMachine machine,
      ServerLifecycle lifecycle,
      Flavors flavors,
      String baseUrl) {
    this.store = store;
    this.changes = changes;
    this.machine = machine;
    this.lifecycle = lifecycle;
    this.flavors = flavors;
    this.baseUrl = baseUrl;
  }

  /** {@code check_instance_lock}: only an admin context acts on a locked server. */
  static void checkLock(Server s, boolean admin) {
    if (s.locked().orElse(false) && !admin) {
      throw NovaFault.conflict("Instance " + s.id() + " is locked");
    }
  }

  /**
   * {@code check_instance_state}: vm_state, then task_state, then launched_at, each answered with
   * {@code "Cannot '<action>' instance <id> while it is in <attr> <state>"}.
   */
  static void checkState(
      Server s,
      String action,
      @Nullable Set<String> vmStates,
      @Nullable Set<String> taskStates,
      boolean mustHaveLaunched) {
    String vm = NovaStates.vmState(s);
    String task = NovaStates.taskState(s);
    if (vmStates != null && !vmStates.contains(vm)) {
      throw conflict(action, s, "vm_state", vm);
    }
    if (taskStates != null && !taskStates.contains(task)) {
      throw conflict(action, s, "task_state", String.valueOf(task));
    }
    if (mustHaveLaunched && s.launchedAt().isEmpty()) {
      throw conflict(action, s, "launched_at", "None");
    }
  }

  /**
   * confirm_resize and revert_resize look up the server's {@code finished} migration: during a
   * confirm it is {@code confirming}, and the controller answers 400 (MigrationNotFound).
   */
  private void checkFinishedMigration(Server s) {
    if (confirming.contains(s.id())) {
      throw NovaFault.badRequest("Instance has not been resized.");
    }
  }

  /**
   * {@code check_instance_host}: start, stop and resize need the server on a host; a shelved
   * offloaded server, or one whose build failed, has none: 409 {@code "Instance <id> is not
   * ready"} (InstanceNotReady). Start and stop check it before the state, resize after.
   */
  static void checkHost(Server s) {
    if (s.host().filter(h -> !h.isEmpty()).isEmpty()) {
      throw NovaFault.conflict("Instance " + s.id() + " is not ready");
    }
  }

  private static NovaFault conflict(String action, Server s, String attr, String state) {
    return NovaFault.conflict(
        "Cannot '" + action + "' instance " + s.id() + " while it is in " + attr + " " + state);
  }

  private static Set<String> vm(String... states) {
    return Set.of(states);
  }

  /**
   * Runs the action the body names on a visible server, for a caller with the admin role or not,
   * of the server's project ({@code owner}) or not.
   */
  Answer act(ObjectNode body, Microversion v, String serverId, boolean admin, boolean owner) {
    if (body.size() == 0) {
      throw NovaFault.badRequest("Malformed request body");
    }
    String action = body.fieldNames().next();
    JsonNode arg = body.get(action);
    synchronized (machine) {
      machine.settle();
      Server s = store.get(serverId).orElseThrow().server;
      switch (action) {
        case "os-start":
          checkLock(s, admin);
          checkHost(s);
          checkState(s, "start", vm("stopped"), NO_TASK, true);
          return transition(s, "powering-on", step("active", null, NovaStates.RUNNING));
        case "os-stop":
          checkLock(s, admin);
          checkHost(s);
          checkState(s, "stop", vm("active", "error"), NO_TASK, true);
          return transition(s, "powering-off", step("stopped", null, NovaStates.SHUTDOWN));
        case "reboot":
          return reboot(s, arg, admin);
        case "pause":
          checkLock(s, admin);
          checkState(s, "pause", vm("active"), NO_TASK, true);
          return transition(s, "pausing", step("paused", null, NovaStates.PAUSED));
        case "unpause":
          checkLock(s, admin);
          checkState(s, "unpause", vm("paused"), NO_TASK, true);
          return transition(s, "unpausing", step("active", null, NovaStates.RUNNING));
        case "suspend":
          checkLock(s, admin);
          checkState(s, "suspend", vm("active"), NO_TASK, true);
          return transition(s, "suspending", step("suspended", null, NovaStates.SHUTDOWN));
        case "resume":
          checkLock(s, admin);
          checkState(s, "resume", vm("suspended"), NO_TASK, true);
          return transition(s, "resuming", step("active", null, NovaStates.RUNNING));
        case "lock":
          return lock(s, arg, v, owner);
        case "unlock":
          // lock_server.py: unlocking a lock of the other kind (an admin's, for the owner) takes
          // the unlock_override policy, which is the admin's.
          String locker = lockedBy.get(s.id());
          if (locker != null && !locker.equals(owner ? "owner" : "admin") && !admin) {
            throw NovaFault.forbidden(
                "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be"
                    + " performed.");
          }
          lockedBy.remove(s.id());
          changes.update(
              s.id(), x -> x.toBuilder().locked(false).lockedReason(Optional.empty()).build());
          return new Answer(202, null, null);
        case "rescue":
          return rescue(s, arg, admin);
        case "unrescue":
          checkLock(s, admin);
          checkState(s, "unrescue", vm("rescued"), NO_TASK, true);
          return transition(s, "unrescuing", step("active", null, NovaStates.RUNNING));
        case "resize":
          return resize(s, arg, admin);
        case "confirmResize":
          checkLock(s, admin);
          checkState(s, "confirmResize", vm("resized"), NO_TASK, true);
          checkFinishedMigration(s);
          flavorsBeforeResize.remove(s.id());
          confirming.add(s.id());
          machine.schedule(
              s.id(),
              List.of(
                  x -> {
                    confirming.remove(x.id());
                    return NovaStates.with(x, afterResize(x), null);
                  }));
          changes.update(s.id(), UnaryOperator.identity());
          return new Answer(204, null, null);
        case "revertResize":
          checkLock(s, admin);
          checkState(s, "revertResize", vm("resized"), NO_TASK, true);
          checkFinishedMigration(s);
          ServerFlavor old = flavorsBeforeResize.remove(s.id());
          return transition(
              s,
              "resize_reverting",
              x -> {
                Server back = NovaStates.with(x, afterResize(x), null);
                return old == null ? back : back.toBuilder().flavor(old).build();
              });
        case "rebuild":
          return rebuild(s, arg, v, admin);
        case "createImage":
          return createImage(s, arg, v);
        case "shelve":
          checkLock(s, admin);
          checkState(s, "shelve", vm("active", "stopped", "paused", "suspended"), NO_TASK, true);
          changes.update(s.id(), x -> NovaStates.task(x, "shelving"));
          machine.schedule(
              s.id(),
              List.of(
                  x -> NovaStates.task(x, "shelving_image_pending_upload"),
                  x -> NovaStates.task(x, "shelving_image_uploading"),
                  x -> NovaStates.task(x, "shelving_offloading"),
                  x ->
                      NovaStates.with(x, "shelved_offloaded", null, NovaStates.SHUTDOWN).toBuilder()
                          .host(Optional.empty())
                          .hypervisorHostname(Optional.empty())
                          .hostId("")
                          .build()));
          return new Answer(202, null, null);
        case "unshelve":
          checkLock(s, admin);
          checkState(s, "unshelve", vm("shelved", "shelved_offloaded"), NO_TASK, true);
          changes.update(s.id(), x -> NovaStates.task(x, "unshelving"));
          machine.schedule(
              s.id(),
              List.of(
                  x -> lifecycle.onHost(NovaStates.task(x, "spawning")),
                  step("active", null, NovaStates.RUNNING)));
          return new Answer(202, null, null);
        case "forceDelete":
          checkLock(s, admin);
          if (NovaStates.taskState(s) != null) {
            // deferred_delete.py does not catch InstanceInvalidState: Nova answers 500.
            throw NovaFault.unexpected("nova.exception.InstanceInvalidState");
          }
          lifecycle.delete(s.id());
          return new Answer(202, null, null);
        default:
          throw NovaFault.badRequest("There is no such action: " + action);
      }
    }
  }

  private static JsonNode missing(@Nullable JsonNode arg) {
    return arg == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : arg;
  }

  private static String afterResize(Server s) {
    return s.powerStateCode().orElse(NovaStates.RUNNING) == NovaStates.SHUTDOWN
        ? "stopped"
        : "active";
  }

  private static UnaryOperator<Server> step(String vmState, @Nullable String task, int power) {
    return s -> NovaStates.with(s, vmState, task, power);
  }

  /** The task state now, then the final change when the transition completes. */
  private Answer transition(Server s, String task, UnaryOperator<Server> done) {
    changes.update(s.id(), x -> NovaStates.task(x, task));
    machine.schedule(s.id(), List.of(done));
    return new Answer(202, null, null);
  }

  private Answer reboot(Server s, @Nullable JsonNode arg, boolean admin) {
    if (arg == null || !arg.isObject()) {
      throw NovaSchema.invalid(
          "reboot", missing(arg), NovaSchema.repr(missing(arg)) + " is not of type 'object'");
    }
    ObjectNode reboot = (ObjectNode) arg;
    JsonNode type = reboot.get("type");
    if (type != null
        && !List.of("HARD", "Hard", "hard", "SOFT", "Soft", "soft").contains(type.asText(""))) {
      throw NovaSchema.invalid(
          "type",
          type,
          NovaSchema.repr(type)
              + " is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']");
    }
    NovaSchema.require("reboot", reboot, "type");
    NovaSchema.noOthers("reboot", reboot, Set.of("type"));
    checkLock(s, admin);
    boolean hard = type.asText().equalsIgnoreCase("HARD");
    if (hard) {
      checkState(
          s, "reboot", vm("active", "stopped", "paused", "suspended", "error"), ALLOW_REBOOT, true);
      changes.update(s.id(), x -> NovaStates.task(x, "rebooting_hard"));
      machine.schedule(
          s.id(),
          List.of(
              x -> NovaStates.task(x, "reboot_pending_hard"),
              x -> NovaStates.task(x, "reboot_started_hard"),
              step("active", null, NovaStates.RUNNING)));
    } else {
      checkState(s, "reboot", vm("active"), NO_TASK, true);
      changes.update(s.id(), x -> NovaStates.task(x, "rebooting"));
      machine.schedule(
          s.id(),
          List.of(
              x -> NovaStates.task(x, "reboot_pending"),
              x -> NovaStates.task(x, "reboot_started"),
              step("active", null, NovaStates.RUNNING)));
    }
    return new Answer(202, null, null);
  }

  /**
   * Lock needs no state; a reason from 2.73 ({@code schemas/lock_server.py}). As {@code
   * compute/api.py lock}: the owner's lock of a locked server changes nothing; another project's
   * admin takes the lock over (locked_by {@code admin}), with its reason if it gives one.
   */
  private Answer lock(Server s, @Nullable JsonNode arg, Microversion v, boolean owner) {
    String reason = null;
    if (atLeast(v, 73) && arg != null && !arg.isNull()) {
      if (!arg.isObject()) {
        throw NovaSchema.invalid(
            "lock", arg, NovaSchema.repr(missing(arg)) + " is not of type 'object', 'null'");
      }
      ObjectNode lock = (ObjectNode) arg;
      if (lock.has("locked_reason")) {
        reason = NovaSchema.requiredString("locked_reason", lock.get("locked_reason"), 255);
      }
      NovaSchema.noOthers("lock", lock, Set.of("locked_reason"));
    }
    if (s.locked().orElse(false) && owner) {
      return new Answer(202, null, null);
    }
    lockedBy.put(s.id(), owner ? "owner" : "admin");
    String why = reason;
    changes.update(
        s.id(),
        x ->
            x.toBuilder()
                .locked(true)
                .lockedReason(why != null ? Optional.of(why) : x.lockedReason())
                .build());
    return new Answer(202, null, null);
  }

  private Answer rescue(Server s, @Nullable JsonNode arg, boolean admin) {
    String password =
        arg != null && arg.has("adminPass")
            ? arg.get("adminPass").asText()
            : ServerLifecycle.password();
    checkLock(s, admin);
    checkState(s, "rescue", vm("active", "stopped", "error"), NO_TASK, true);
    transition(s, "rescuing", step("rescued", null, NovaStates.RUNNING));
    return new Answer(200, Responses.object().put("adminPass", password), null);
  }

  private Answer resize(Server s, @Nullable JsonNode arg, boolean admin) {
    if (arg == null || !arg.isObject()) {
      throw NovaSchema.invalid(
          "resize", missing(arg), NovaSchema.repr(missing(arg)) + " is not of type 'object'");
    }
    ObjectNode resize = (ObjectNode) arg;
    NovaSchema.require("resize", resize, "flavorRef");
    NovaSchema.noOthers("resize", resize, Set.of("flavorRef", "OS-DCF:diskConfig"));
    String flavorRef = resize.get("flavorRef").asText();
    checkLock(s, admin);
    checkState(s, "resize", vm("active", "stopped"), NO_TASK, true);
    checkHost(s);
    ServerFlavor target =
        flavors
            .find(flavorRef)
            .orElseThrow(
                () -> NovaFault.badRequest("Flavor " + flavorRef + " could not be found."));
    ServerFlavor current = s.flavor().orElse(null);
    if (current != null && current.id().equals(target.id())) {
      throw NovaFault.badRequest("When resizing, instances must change flavor!");
    }
    if (current != null) {
      flavorsBeforeResize.put(s.id(), current);
    }
    changes.update(s.id(), x -> NovaStates.task(x, "resize_prep"));
    machine.schedule(
        s.id(),
        List.of(
            x -> NovaStates.task(x, "resize_migrating"),
            x -> NovaStates.task(x, "resize_migrated"),
            x -> NovaStates.task(x, "resize_finish"),
            x -> NovaStates.with(x, "resized", null).toBuilder().flavor(target).build()));
    return new Answer(202, null, null);
  }

  private Answer rebuild(Server s, @Nullable JsonNode arg, Microversion v, boolean admin) {
    if (arg == null || !arg.isObject()) {
      throw NovaSchema.invalid(
          "rebuild", missing(arg), NovaSchema.repr(missing(arg)) + " is not of type 'object'");
    }
    ObjectNode rebuild = (ObjectNode) arg;
    JsonNode image = rebuild.get("imageRef");
    if (image != null && !(image.isTextual() && NovaSchema.isUuid(image.asText()))) {
      throw NovaSchema.invalid("imageRef", image, NovaSchema.repr(image) + " is not a 'uuid'");
    }
    if (rebuild.has("name")) {
      NovaSchema.name("name", rebuild.get("name"));
    }
    NovaSchema.require("rebuild", rebuild, "imageRef");
    List<String> allowed =
        new ArrayList<>(
            List.of(
                "name",
                "imageRef",
                "adminPass",
                "metadata",
                "preserve_ephemeral",
                "OS-DCF:diskConfig",
                "accessIPv4",
                "accessIPv6"));
    if (!atLeast(v, 57)) {
      allowed.add("personality");
    }
    if (atLeast(v, 19)) {
      allowed.add("description");
    }
    if (atLeast(v, 54)) {
      allowed.add("key_name");
    }
    if (atLeast(v, 57)) {
      allowed.add("user_data");
    }
    if (atLeast(v, 63)) {
      allowed.add("trusted_image_certificates");
    }
    if (atLeast(v, 90)) {
      allowed.add("hostname");
    }
    NovaSchema.noOthers("rebuild", rebuild, new HashSet<>(allowed));
    checkLock(s, admin);
    checkState(s, "rebuild", vm("active", "stopped", "error"), NO_TASK, true);
    String password =
        rebuild.has("adminPass") ? rebuild.get("adminPass").asText() : ServerLifecycle.password();
    String finalVm = NovaStates.vmState(s).equals("stopped") ? "stopped" : "active";
    int power = finalVm.equals("stopped") ? NovaStates.SHUTDOWN : NovaStates.RUNNING;
    changes.update(
        s.id(),
        x -> {
          Server.Builder b = x.toBuilder().image(ServerImage.builder().id(image.asText()).build());
          if (rebuild.has("name")) {
            b.name(rebuild.get("name").asText());
          }
          if (rebuild.has("metadata")) {
            b.metadata(ServerLifecycle.metadata("metadata", rebuild.get("metadata")));
          }
          return NovaStates.task(b.build(), "rebuilding");
        });
    machine.schedule(
        s.id(),
        List.of(
            x -> NovaStates.task(x, "rebuild_block_device_mapping"),
            x -> NovaStates.task(x, "rebuild_spawning"),
            x ->
                NovaStates.with(x, finalVm, null, power).toBuilder()
                    .fault(Optional.empty())
                    .build()));
    return new Answer(202, Responses.object().put("adminPass", password), null);
  }

  /** No lock check (Nova's comment: a lock guards against change, not snapshots). */
  private Answer createImage(Server s, @Nullable JsonNode arg, Microversion v) {
    if (arg == null || !arg.isObject()) {
      throw NovaSchema.invalid(
          "createImage", missing(arg), NovaSchema.repr(missing(arg)) + " is not of type 'object'");
    }
    ObjectNode image = (ObjectNode) arg;
    if (image.has("name")) {
      NovaSchema.name("name", image.get("name"));
    }
    if (image.has("metadata")) {
      ServerLifecycle.metadata("metadata", image.get("metadata"));
    }
    NovaSchema.require("createImage", image, "name");
    NovaSchema.noOthers("createImage", image, Set.of("name", "metadata"));
    checkState(s, "createImage", vm("active", "stopped", "paused", "suspended"), NO_TASK, true);
    String imageId = UUID.randomUUID().toString();
    changes.update(s.id(), x -> NovaStates.task(x, "image_snapshot"));
    machine.schedule(
        s.id(),
        List.of(
            x -> NovaStates.task(x, "image_pending_upload"),
            x -> NovaStates.task(x, "image_uploading"),
            x -> NovaStates.task(x, null)));
    if (atLeast(v, 45)) {
      return new Answer(202, Responses.object().put("image_id", imageId), null);
    }
    return new Answer(202, null, baseUrl + "/images/" + imageId);
  }
}
