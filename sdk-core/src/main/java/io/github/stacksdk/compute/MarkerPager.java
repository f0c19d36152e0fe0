package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a marker-paged listing, as its {@link MarkerState} yields them, read one page ahead
 * of the caller from the second page on: Nova renders the next page while the caller works
 * through this one, and at most one request is in flight, as without it.
 *
 * <p>Why from the second page: callers that stop within the first page (finders, {@code
 * stream().findFirst()}, {@code limit(n)}) cost Nova no page they do not read, and a caller that
 * asks for a second page usually reads on. A page the caller waits for is fetched on its own thread
 * (as is every page of a listing of one or two pages); a page read ahead, on OkHttp's. Closing
 * cancels a page read ahead and not asked for.
 */
final class MarkerPager<T> implements Iterator<Page<T>>, AutoCloseable {

  /** The pages fetched before the listing starts reading ahead. */
  static final int READ_AHEAD_FROM_PAGE = 2;

  /** Fetches the page that starts after {@code marker} (null: the first page). */
  @FunctionalInterface
  interface PageFetcher<T> {
    /**
     * Makes one request.
     *
     * @param listing the listing the page is part of
     */
    Page<T> fetch(@Nullable String marker, Observation listing);
  }

  private final PageFetcher<T> fetcher;
  private final AsyncMarkerPager.PageFetcher<T> aheadFetcher;
  private final Observation listing;
  private final MarkerState<T> state;
  private @Nullable Page<T> prefetched;
  private @Nullable CompletableFuture<Page<T>> ahead;
  private int fetched;
  private boolean closed;

  /**
   * @param state a new state, of this iteration alone
   * @param fetcher makes the requests the caller waits for
   * @param aheadFetcher makes the requests of pages read ahead
   * @param listing the listing whose pages these are
   */
  MarkerPager(
      MarkerState<T> state,
      PageFetcher<T> fetcher,
      AsyncMarkerPager.PageFetcher<T> aheadFetcher,
      Observation listing) {
    this.fetcher = fetcher;
    this.aheadFetcher = aheadFetcher;
    this.state = state;
    this.listing = listing;
  }

  @Override
  public boolean hasNext() {
    if (prefetched != null) {
      return true;
    }
    if (state.done() || closed) {
      return false;
    }
    CompletableFuture<Page<T>> read = ahead;
    ahead = null;
    // The state moves on this thread only; a failed page is asked for again on the next call.
    Page<T> page = read != null ? Futures.join(read) : fetcher.fetch(state.nextMarker(), listing);
    prefetched = state.accept(page);
    if (prefetched != null && ++fetched >= READ_AHEAD_FROM_PAGE && !state.done()) {
      ahead = aheadFetcher.fetch(state.nextMarker(), listing);
    }
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

  /** Cancels the request of a page read ahead; the iterator then ends. */
  @Override
  public void close() {
    closed = true;
    prefetched = null;
    CompletableFuture<Page<T>> unread = ahead;
    ahead = null;
    if (unread != null) {
      unread.cancel(true);
    }
  }
}
