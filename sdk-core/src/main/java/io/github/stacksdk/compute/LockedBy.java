package io.github.stacksdk.compute;

/**
 * Who locked a server, as Nova records it when the server is locked: the filter {@link
 * ListServersRequest#lockedBy()} ({@code locked_by}). Nova does not show it in server bodies.
 */
public enum LockedBy {
  /** Locked by a token of the server's own project. */
  OWNER("owner"),
  /** Locked by an administrator of another project. */
  ADMIN("admin");

  private final String value;

  LockedBy(String value) {
    this.value = value;
  }

  /**
   * Returns the value sent to Nova.
   *
   * @return {@code "owner"} or {@code "admin"}
   */
  public String value() {
    return value;
  }
}
