package io.github.stacksdk.compute.event;

/**
 * Hears of one operation's attempts, pages and end, as {@link ComputeListener#operationStarted}
 * returned it. Attempts of one operation come one after the other; the pages of a concurrent
 * listing's children may end on several threads at once. Every method does nothing unless
 * overridden.
 */
public interface OperationListener {

  /** Hears nothing. */
  OperationListener NONE = new OperationListener() {};

  /**
   * A request is about to be sent.
   *
   * @param attempt which request, and where to
   */
  default void attemptStarted(AttemptInfo attempt) {}

  /**
   * An attempt is over: its response read (or its failure known) and the retry decided.
   *
   * @param result what came of it, and whether another attempt follows
   */
  default void attemptEnded(AttemptResult result) {}

  /**
   * A listing has a page for its caller.
   *
   * @param page the page's size and where it came from
   */
  default void pageReceived(PageInfo page) {}

  /**
   * The operation is over, once.
   *
   * @param result how it ended
   */
  default void operationEnded(OperationResult result) {}
}
