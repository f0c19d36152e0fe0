package io.github.stacksdk.compute;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous pages of a marker-paged listing, as its {@link MarkerState} yields them, with
 * the same guards as the synchronous one.
 */
final class AsyncMarkerPager<T> implements AsyncPageIterator<T> {
  private final Function<@Nullable String, CompletableFuture<Page<T>>> fetcher;
  private final MarkerState<T> state;
  private final AtomicBoolean fetching = new AtomicBoolean();

  /**
   * @param state a new state, of this iteration alone
   * @param fetcher makes the requests
   */
  AsyncMarkerPager(
      MarkerState<T> state, Function<@Nullable String, CompletableFuture<Page<T>>> fetcher) {
    this.fetcher = fetcher;
    this.state = state;
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
      page = fetcher.apply(state.nextMarker());
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
