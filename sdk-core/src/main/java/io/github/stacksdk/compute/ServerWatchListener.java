package io.github.stacksdk.compute;

/**
 * Told of each change of a {@link ServerWatch}'s view, in order for each server, one change at a
 * time: never called concurrently with itself. Each listener has its own delivery, so that a slow
 * one delays no other and never the polls (see {@link ServerChange} for what a slow one sees).
 *
 * <p>An exception thrown by the listener is logged and dropped; the listener is told of the next
 * change as usual.
 */
@FunctionalInterface
public interface ServerWatchListener {
  /**
   * Called on one of the watch's delivery threads.
   *
   * @param change what changed
   */
  void onChange(ServerChange change);
}
