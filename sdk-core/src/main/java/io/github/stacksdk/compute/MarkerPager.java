package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a marker-paged listing, each fetched when asked for, as its {@link MarkerState}
 * yields them.
 */
final class MarkerPager<T> implements Iterator<Page<T>> {

  /** Fetches the page that starts after {@code marker} (null: the first page). */
  @FunctionalInterface
  interface PageFetcher<T> {
    /** Makes one request. */
    Page<T> fetch(@Nullable String marker);
  }

  private final PageFetcher<T> fetcher;
  private final MarkerState<T> state;
  private @Nullable Page<T> prefetched;

  /**
   * @param state a new state, of this iteration alone
   * @param fetcher makes the requests
   */
  MarkerPager(MarkerState<T> state, PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
    this.state = state;
  }

  @Override
  public boolean hasNext() {
    if (prefetched != null) {
      return true;
    }
    if (state.done()) {
      return false;
    }
    prefetched = state.accept(fetcher.fetch(state.nextMarker()));
    return prefetched != null;
  }

  @Override
  @SuppressWarnings("NullAway") // hasNext() has just set prefetched
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page<T> page = prefetched;
    prefetched = null;
    return page;
  }
}
