package io.github.stacksdk.compute;

/**
 * Which flavors an administrator's flavor listing shows ({@code is_public}). Nova shows other
 * callers the public flavors and the private ones their project may use, whatever they ask.
 */
public enum FlavorVisibility {
  /** Public flavors only ({@code is_public=true}), Nova's default. */
  PUBLIC("true"),
  /** Private flavors only ({@code is_public=false}). */
  PRIVATE("false"),
  /** Every flavor ({@code is_public=none}). */
  ALL("none");

  private final String value;

  FlavorVisibility(String value) {
    this.value = value;
  }

  /**
   * Returns the value sent to Nova.
   *
   * @return {@code "true"}, {@code "false"} or {@code "none"}
   */
  public String value() {
    return value;
  }
}
