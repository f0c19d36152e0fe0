package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Nova's server states: the status the API derives from vm_state and task_state ({@code
 * nova/api/openstack/common.py _STATE_MAP}), and the power state codes ({@code
 * nova/compute/power_state.py}).
 */
final class NovaStates {
  static final int NOSTATE = 0;
  static final int RUNNING = 1;
  static final int PAUSED = 3;
  static final int SHUTDOWN = 4;

  private static final Map<String, Map<String, String>> STATE_MAP =
      Map.of(
          "active",
              Map.ofEntries(
                  Map.entry("", "ACTIVE"),
                  Map.entry("rebooting", "REBOOT"),
                  Map.entry("reboot_pending", "REBOOT"),
                  Map.entry("reboot_started", "REBOOT"),
                  Map.entry("rebooting_hard", "HARD_REBOOT"),
                  Map.entry("reboot_pending_hard", "HARD_REBOOT"),
                  Map.entry("reboot_started_hard", "HARD_REBOOT"),
                  Map.entry("updating_password", "PASSWORD"),
                  Map.entry("rebuilding", "REBUILD"),
                  Map.entry("rebuild_block_device_mapping", "REBUILD"),
                  Map.entry("rebuild_spawning", "REBUILD"),
                  Map.entry("migrating", "MIGRATING"),
                  Map.entry("resize_prep", "RESIZE"),
                  Map.entry("resize_migrating", "RESIZE"),
                  Map.entry("resize_migrated", "RESIZE"),
                  Map.entry("resize_finish", "RESIZE")),
          "building", Map.of("", "BUILD"),
          "stopped",
              Map.of(
                  "",
                  "SHUTOFF",
                  "resize_prep",
                  "RESIZE",
                  "resize_migrating",
                  "RESIZE",
                  "resize_migrated",
                  "RESIZE",
                  "resize_finish",
                  "RESIZE",
                  "rebuilding",
                  "REBUILD",
                  "rebuild_block_device_mapping",
                  "REBUILD",
                  "rebuild_spawning",
                  "REBUILD"),
          "resized", Map.of("", "VERIFY_RESIZE", "resize_reverting", "REVERT_RESIZE"),
          "paused", Map.of("", "PAUSED", "migrating", "MIGRATING"),
          "suspended", Map.of("", "SUSPENDED"),
          "rescued", Map.of("", "RESCUE"),
          "error",
              Map.of(
                  "",
                  "ERROR",
                  "rebuilding",
                  "REBUILD",
                  "rebuild_block_device_mapping",
                  "REBUILD",
                  "rebuild_spawning",
                  "REBUILD"),
          "deleted", Map.of("", "DELETED"),
          "soft-delete", Map.of("", "SOFT_DELETED"));

  private NovaStates() {}

  /** Nova's {@code status_from_state}; shelved states are added here (Map.of holds ten pairs). */
  static String status(String vmState, @Nullable String taskState) {
    if (vmState.equals("shelved")) {
      return "SHELVED";
    }
    if (vmState.equals("shelved_offloaded")) {
      return "SHELVED_OFFLOADED";
    }
    Map<String, String> tasks = STATE_MAP.get(vmState);
    if (tasks == null) {
      return "UNKNOWN";
    }
    String status = taskState == null ? null : tasks.get(taskState);
    return status != null ? status : tasks.getOrDefault("", "UNKNOWN");
  }

  /** The server with these states and the status Nova derives from them. */
  static Server with(Server server, String vmState, @Nullable String taskState, int powerState) {
    return with(server, vmState, taskState).toBuilder().powerStateCode(powerState).build();
  }

  /** The server with these states (its power state kept) and the derived status. */
  static Server with(Server server, String vmState, @Nullable String taskState) {
    return server.toBuilder()
        .vmStateAsString(vmState)
        .taskStateAsString(Optional.ofNullable(taskState))
        .statusAsString(status(vmState, taskState))
        .build();
  }

  /** Only the task state changes. */
  static Server task(Server server, @Nullable String taskState) {
    return with(server, vmState(server), taskState);
  }

  static String vmState(Server server) {
    return server.vmStateAsString().orElse("active");
  }

  static @Nullable String taskState(Server server) {
    return server.taskStateAsString().orElse(null);
  }
}
