package io.github.stacksdk.compute.event;

/** A request about to be sent. */
public interface AttemptInfo {

  /**
   * Which attempt of its operation this is.
   *
   * @return 1 for the first
   */
  int number();

  /**
   * The HTTP method.
   *
   * @return such as {@code GET}
   */
  String method();

  /**
   * The request's URL, with its query (the listing's filters and marker), never with credentials.
   *
   * @return the full URL
   */
  String url();
}
