package io.github.stacksdk.compute.model;

/**
 * The power state of a server's virtual machine ({@code OS-EXT-STS:power_state}), an integer on
 * the wire.
 *
 * <p>An open enum: an integer this SDK does not know maps to {@link #UNRECOGNIZED}, and the raw
 * code stays available from {@link Server#powerStateCode()}.
 */
public enum PowerState {
  NOSTATE(0),
  RUNNING(1),
  PAUSED(3),
  SHUTDOWN(4),
  CRASHED(6),
  SUSPENDED(7),
  /** A power state this version of the SDK does not know. */
  UNRECOGNIZED(-1);

  private final int code;

  PowerState(int code) {
    this.code = code;
  }

  /**
   * Returns the integer Nova sends for this power state.
   *
   * @return the wire code, or -1 for {@link #UNRECOGNIZED}
   */
  public int code() {
    return code;
  }

  /**
   * Returns the power state for a wire code.
   *
   * @param code the integer Nova sent
   * @return the matching power state, or {@link #UNRECOGNIZED}; never throws
   */
  public static PowerState fromCode(int code) {
    for (PowerState state : values()) {
      if (state.code == code && state != UNRECOGNIZED) {
        return state;
      }
    }
    return UNRECOGNIZED;
  }
}
