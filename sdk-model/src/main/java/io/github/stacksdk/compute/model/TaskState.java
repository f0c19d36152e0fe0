package io.github.stacksdk.compute.model;

import java.util.Map;

/**
 * The operation a server is going through ({@code OS-EXT-STS:task_state}); a server with no
 * operation in progress has none.
 *
 * <p>An open enum: a value this SDK does not know maps to {@link #UNRECOGNIZED}, and the raw
 * value stays available from {@link Server#taskStateAsString()}.
 */
public enum TaskState {
  SCHEDULING("scheduling"),
  BLOCK_DEVICE_MAPPING("block_device_mapping"),
  NETWORKING("networking"),
  SPAWNING("spawning"),
  IMAGE_SNAPSHOT("image_snapshot"),
  IMAGE_SNAPSHOT_PENDING("image_snapshot_pending"),
  IMAGE_PENDING_UPLOAD("image_pending_upload"),
  IMAGE_UPLOADING("image_uploading"),
  IMAGE_BACKUP("image_backup"),
  UPDATING_PASSWORD("updating_password"),
  RESIZE_PREP("resize_prep"),
  RESIZE_MIGRATING("resize_migrating"),
  RESIZE_MIGRATED("resize_migrated"),
  RESIZE_FINISH("resize_finish"),
  RESIZE_REVERTING("resize_reverting"),
  RESIZE_CONFIRMING("resize_confirming"),
  REBOOTING("rebooting"),
  REBOOT_PENDING("reboot_pending"),
  REBOOT_STARTED("reboot_started"),
  REBOOTING_HARD("rebooting_hard"),
  REBOOT_PENDING_HARD("reboot_pending_hard"),
  REBOOT_STARTED_HARD("reboot_started_hard"),
  PAUSING("pausing"),
  UNPAUSING("unpausing"),
  SUSPENDING("suspending"),
  RESUMING("resuming"),
  POWERING_OFF("powering-off"),
  POWERING_ON("powering-on"),
  RESCUING("rescuing"),
  UNRESCUING("unrescuing"),
  REBUILDING("rebuilding"),
  REBUILD_BLOCK_DEVICE_MAPPING("rebuild_block_device_mapping"),
  REBUILD_SPAWNING("rebuild_spawning"),
  MIGRATING("migrating"),
  DELETING("deleting"),
  SOFT_DELETING("soft-deleting"),
  RESTORING("restoring"),
  SHELVING("shelving"),
  SHELVING_IMAGE_PENDING_UPLOAD("shelving_image_pending_upload"),
  SHELVING_IMAGE_UPLOADING("shelving_image_uploading"),
  SHELVING_OFFLOADING("shelving_offloading"),
  UNSHELVING("unshelving"),
  /** A task_state this version of the SDK does not know; never sent to Nova. */
  UNRECOGNIZED("UNRECOGNIZED");

  private static final Map<String, TaskState> BY_VALUE = EnumLookup.index(values(), s -> s.value);

  private final String value;

  TaskState(String value) {
    this.value = value;
  }

  /**
   * Returns the value Nova sends and accepts for this state.
   *
   * @return the wire value, for example {@code "powering-off"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the state for a wire value, ignoring case.
   *
   * @param value the value Nova sent
   * @return the matching state, or {@link #UNRECOGNIZED}; never throws
   */
  public static TaskState fromValue(String value) {
    return EnumLookup.lookup(BY_VALUE, value, UNRECOGNIZED);
  }
}
