package io.github.stacksdk.compute.lifecycle;

/** How the {@code reboot} action restarts a server ({@code reboot.type}). */
public enum RebootType {
  /** Asks the guest operating system to restart ({@code SOFT}); Nova falls back to hard if it does not. */
  SOFT("SOFT"),
  /** Power-cycles the server ({@code HARD}), as pulling the plug would. */
  HARD("HARD");

  private final String value;

  RebootType(String value) {
    this.value = value;
  }

  /**
   * Returns the value Nova expects in {@code reboot.type}.
   *
   * @return {@code SOFT} or {@code HARD}
   */
  public String value() {
    return value;
  }
}
