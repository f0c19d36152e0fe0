package io.github.stacksdk.compute;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The items of a sequence of pages, taking the next page when the current one is used up.
 * Which items a page holds is the pager's business (see {@link MarkerState}).
 */
final class ItemIterator<T> implements Iterator<T>, AutoCloseable {
  private final Iterator<Page<T>> pages;
  private Iterator<T> current = Collections.emptyIterator();

  ItemIterator(Iterator<Page<T>> pages) {
    this.pages = pages;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!pages.hasNext()) {
        return false;
      }
      current = pages.next().items().iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Closes the pages' iterator when it holds resources (requests in flight). */
  @Override
  public void close() {
    if (pages instanceof AutoCloseable) {
      try {
        ((AutoCloseable) pages).close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
