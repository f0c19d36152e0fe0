package io.github.stacksdk.compute;

/** The direction of one sort key of a server listing ({@code sort_dir}). */
public enum SortDirection {
  ASC("asc"),
  DESC("desc");

  private final String value;

  SortDirection(String value) {
    this.value = value;
  }

  /**
   * Returns the value sent to Nova.
   *
   * @return {@code "asc"} or {@code "desc"}
   */
  public String value() {
    return value;
  }
}
