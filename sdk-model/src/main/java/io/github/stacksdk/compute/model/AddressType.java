package io.github.stacksdk.compute.model;

import java.util.Map;

/**
 * How an address reached a server ({@code OS-EXT-IPS:type}): assigned on the port, or a floating
 * IP associated with it. An open enum, like the other wire values.
 */
public enum AddressType {
  FIXED("fixed"),
  FLOATING("floating"),
  /** A type this version of the SDK does not know. */
  UNRECOGNIZED("UNRECOGNIZED");

  private static final Map<String, AddressType> BY_VALUE = EnumLookup.index(values(), s -> s.value);

  private final String value;

  AddressType(String value) {
    this.value = value;
  }

  /**
   * Returns the value Nova sends for this type.
   *
   * @return the wire value, {@code "fixed"} or {@code "floating"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the type for a wire value, ignoring case.
   *
   * @param value the value Nova sent
   * @return the matching type, or {@link #UNRECOGNIZED}; never throws
   */
  public static AddressType fromValue(String value) {
    return EnumLookup.lookup(BY_VALUE, value, UNRECOGNIZED);
  }
}
