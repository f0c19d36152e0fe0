package io.github.stacksdk.compute;

/**
 * The pages of a listing that asks for pages before the caller does, and so may have requests in
 * flight when the caller stops.
 *
 * @param <T> the item type
 */
interface CancellablePages<T> extends AsyncPageIterator<T>, AutoCloseable {
  /** Cancels the requests in flight; a pending {@link #next()} may end with a cancellation. */
  @Override
  void close();
}
