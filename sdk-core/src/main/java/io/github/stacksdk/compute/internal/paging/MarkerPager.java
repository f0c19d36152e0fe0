package io.github.stacksdk.compute.internal.paging;

import io.github.stacksdk.compute.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** The pages of a marker-paged listing, each fetched when asked for (see {@link MarkerState}). */
public final class MarkerPager<T> implements Iterator<Page<T>> {

  /** Fetches the page that starts after {@code marker} (null: the first page). */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /** Makes one request. */
    Page<T> fetch(@Nullable String marker);
  }

  private final PageFetcher<T> fetcher;
  private final MarkerState state;
  private @Nullable Page<T> prefetched;

  public MarkerPager(@Nullable String firstMarker, PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
    this.state = new MarkerState(firstMarker);
  }

  @Override
  public boolean hasNext() {
    if (prefetched != null) {
      return true;
    }
    if (state.done()) {
      return false;
    }
    Page<T> page = fetcher.fetch(state.nextMarker());
    if (!state.accept(page)) {
      return false;
    }
    prefetched = page;
    return true;
  }

  @Override
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page<T> page = prefetched;
    prefetched = null;
    return page;
  }
}
