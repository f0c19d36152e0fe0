package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The pages of an asynchronous listing ({@link ConcurrentPager}, {@link ReadAhead}), waited for one
 * by one on the caller's thread.
 */
final class BlockingPages<T> implements Iterator<Page<T>>, AutoCloseable {
  private final CancellablePages<T> pager;
  private @Nullable Page<T> next;
  private boolean done;

  BlockingPages(CancellablePages<T> pager) {
    this.pager = pager;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    Optional<Page<T>> page;
    try {
      page = Futures.join(pager.next());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    if (page.isEmpty()) {
      done = true;
      return false;
    }
    next = page.get();
    return true;
  }

  @Override
  @SuppressWarnings("NullAway") // hasNext() has just set next
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page<T> page = next;
    next = null;
    return page;
  }

  /** Cancels the requests in flight; the iterator then ends. */
  @Override
  public void close() {
    done = true;
    next = null;
    pager.close();
  }
}
