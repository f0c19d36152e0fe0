package io.github.stacksdk.compute.internal.paging;

import io.github.stacksdk.compute.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The items of a sequence of pages that pass a filter, taking the next page only when the current
 * one is used up.
 */
public final class ItemIterator<T> implements Iterator<T> {
  private final Iterator<Page<T>> pages;
  private final Predicate<? super T> filter;
  private Iterator<T> current = Collections.emptyIterator();
  private @Nullable T next;

  public ItemIterator(Iterator<Page<T>> pages, Predicate<? super T> filter) {
    this.pages = pages;
    this.filter = filter;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().items().iterator();
      }
      T item = current.next();
      if (filter.test(item)) {
        next = item;
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = next;
    next = null;
    return item;
  }
}
