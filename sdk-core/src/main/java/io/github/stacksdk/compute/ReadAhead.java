package io.github.stacksdk.compute;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous sequential listing read one page ahead of the caller from the second page on,
 * as the synchronous one is ({@link MarkerPager} says why): the next page is asked for as soon as a
 * page arrives, before the caller's action runs on it.
 *
 * <p>Thread-safe: pages arrive on OkHttp's threads.
 *
 * @param <T> the item type
 */
final class ReadAhead<T> implements CancellablePages<T> {
  private final AsyncPageIterator<T> pages;
  private @Nullable CompletableFuture<Optional<Page<T>>> ahead;
  private int arrived;
  private boolean closed;

  /**
   * @param pages a sequential listing's pages, asked for one after another
   */
  ReadAhead(AsyncPageIterator<T> pages) {
    this.pages = pages;
  }

  @Override
  public CompletableFuture<Optional<Page<T>>> next() {
    CompletableFuture<Optional<Page<T>>> page;
    synchronized (this) {
      if (ahead != null) {
        page = ahead;
        ahead = null;
      } else {
        page = pages.next();
      }
    }
    Futures.Chained<Optional<Page<T>>> result = new Futures.Chained<>(null);
    result.follow(
        page,
        (p, failure) -> {
          if (p != null) {
            readAheadAfter(p); // before the caller sees this page, so that both overlap
          }
        });
    return result;
  }

  private void readAheadAfter(Optional<Page<T>> page) {
    synchronized (this) {
      if (page.isEmpty() || closed || ++arrived < MarkerPager.READ_AHEAD_FROM_PAGE) {
        return;
      }
      try {
        ahead = pages.next();
      } catch (RuntimeException e) {
        ahead = CompletableFuture.failedFuture(e); // the caller's next() throws it in its place
      }
    }
  }

  /** Cancels the request of a page read ahead and not asked for, and closes the pages. */
  @Override
  public void close() {
    CompletableFuture<Optional<Page<T>>> unread;
    synchronized (this) {
      closed = true;
      unread = ahead;
      ahead = null;
    }
    if (unread != null) {
      unread.cancel(true);
    }
    if (pages instanceof AutoCloseable) { // an observed listing, which then ends
      try {
        ((AutoCloseable) pages).close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
