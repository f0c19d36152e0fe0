package io.github.stacksdk.compute;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous pages of a marker-paged listing, as its {@link MarkerState} yields them, with
 * the same guards as the synchronous one.
 */
final class AsyncMarkerPager<T> implements AsyncPageIterator<T> {

  /** Asks for the page that starts after {@code marker} (null: the first page). */
  @FunctionalInterface
  interface PageFetcher<T> {
    /**
     * Makes one request.
     *
     * @param listing the listing the page is part of
     */
    CompletableFuture<Page<T>> fetch(@Nullable String marker, Observation listing);
  }

  private final PageFetcher<T> fetcher;
  private final Observation listing;
  private final MarkerState<T> state;
  private final AtomicBoolean fetching = new AtomicBoolean();

  /**
   * @param state a new state, of this iteration alone
   * @param fetcher makes the requests
   * @param listing the listing whose pages these are
   */
  AsyncMarkerPager(MarkerState<T> state, PageFetcher<T> fetcher, Observation listing) {
    this.fetcher = fetcher;
    this.state = state;
    this.listing = listing;
  }

  @Override
  public CompletableFuture<Optional<Page<T>>> next() {
    if (!fetching.compareAndSet(false, true)) {
      throw new IllegalStateException("the previous next() has not completed yet");
    }
    if (state.done()) {
      fetching.set(false);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    CompletableFuture<Page<T>> page;
    try {
      page = fetcher.fetch(state.nextMarker(), listing);
    } catch (RuntimeException e) {
      fetching.set(false);
      throw e;
    }
    Futures.Chained<Optional<Page<T>>> result = new Futures.Chained<>(page);
    page.whenComplete(
        (p, error) -> {
          Throwable failure = error == null ? null : Futures.unwrap(error);
          Optional<Page<T>> value = Optional.empty();
          if (failure == null) {
            try {
              value = Optional.ofNullable(state.accept(p));
            } catch (RuntimeException e) {
              failure = e;
            }
          }
          fetching.set(false); // before completing: the caller's callback may ask for the next page
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            result.complete(value);
          }
        });
    return result;
  }
}
