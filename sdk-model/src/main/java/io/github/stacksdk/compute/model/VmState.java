package io.github.stacksdk.compute.model;

import java.util.Map;

/**
 * The stable state of a server's virtual machine ({@code OS-EXT-STS:vm_state}).
 *
 * <p>An open enum: a value this SDK does not know maps to {@link #UNRECOGNIZED}, and the raw
 * value stays available from {@link Server#vmStateAsString()}.
 */
public enum VmState {
  ACTIVE("active"),
  BUILDING("building"),
  PAUSED("paused"),
  SUSPENDED("suspended"),
  STOPPED("stopped"),
  RESCUED("rescued"),
  RESIZED("resized"),
  SOFT_DELETED("soft-delete"),
  DELETED("deleted"),
  ERROR("error"),
  SHELVED("shelved"),
  SHELVED_OFFLOADED("shelved_offloaded"),
  /** A vm_state this version of the SDK does not know; never sent to Nova. */
  UNRECOGNIZED("UNRECOGNIZED");

  private static final Map<String, VmState> BY_VALUE = EnumLookup.index(values(), s -> s.value);

  private final String value;

  VmState(String value) {
    this.value = value;
  }

  /**
   * Returns the value Nova sends and accepts for this state.
   *
   * @return the wire value, for example {@code "soft-delete"}
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
  public static VmState fromValue(String value) {
    return EnumLookup.lookup(BY_VALUE, value, UNRECOGNIZED);
  }
}
