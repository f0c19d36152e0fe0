package io.github.stacksdk.compute.model;

import java.util.Map;

/**
 * The status of a server as Nova reports it, derived by Nova from the server's vm_state and
 * task_state.
 *
 * <p>This is an open enum: a value this SDK does not know maps to {@link #UNRECOGNIZED} (the raw
 * text stays available from {@link Server#statusAsString()}). {@link #UNKNOWN} is a real Nova
 * status, sent for servers whose state Nova cannot determine, such as servers in a down cell.
 */
public enum ServerStatus {
  ACTIVE("ACTIVE"),
  BUILD("BUILD"),
  DELETED("DELETED"),
  ERROR("ERROR"),
  HARD_REBOOT("HARD_REBOOT"),
  MIGRATING("MIGRATING"),
  PASSWORD("PASSWORD"),
  PAUSED("PAUSED"),
  REBOOT("REBOOT"),
  REBUILD("REBUILD"),
  RESCUE("RESCUE"),
  RESIZE("RESIZE"),
  REVERT_RESIZE("REVERT_RESIZE"),
  SHELVED("SHELVED"),
  SHELVED_OFFLOADED("SHELVED_OFFLOADED"),
  SHUTOFF("SHUTOFF"),
  SOFT_DELETED("SOFT_DELETED"),
  SUSPENDED("SUSPENDED"),
  UNKNOWN("UNKNOWN"),
  VERIFY_RESIZE("VERIFY_RESIZE"),
  /** A status this version of the SDK does not know; never sent to Nova. */
  UNRECOGNIZED("UNRECOGNIZED");

  private static final Map<String, ServerStatus> BY_VALUE =
      EnumLookup.index(values(), s -> s.value);

  private final String value;

  ServerStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the value Nova sends and accepts for this status.
   *
   * @return the wire value, for example {@code "SHUTOFF"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the status for a wire value, ignoring case.
   *
   * @param value the value Nova sent
   * @return the matching status, or {@link #UNRECOGNIZED}; never throws
   */
  public static ServerStatus fromValue(String value) {
    return EnumLookup.lookup(BY_VALUE, value, UNRECOGNIZED);
  }
}
