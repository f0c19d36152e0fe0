package io.github.stacksdk.compute;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous listing that pages through all results, one request per page. From the second
 * page on, {@link #forEach}, {@link #forEachPage} and {@link #toList()} ask for the next page as
 * soon as a page arrives, while the action handles it.
 *
 * <pre>{@code
 * async.listServers(r -> r.status(ServerStatus.ACTIVE))
 *     .forEach(server -> System.out.println(server.name().orElse(server.id())))
 *     .whenComplete((done, error) -> { if (error != null) error.printStackTrace(); });
 * }</pre>
 *
 * <p>Creating it makes no request. Each call to {@link #pageIterator()}, {@link #forEachPage},
 * {@link #forEach} or {@link #toList()} starts again from the first page. Errors fail the returned
 * future with the same exceptions the synchronous client throws; cancelling it cancels the HTTP
 * call in flight and stops the listing. Actions run on OkHttp's dispatcher threads: keep them
 * short, or hand the work on.
 *
 * <p>As with {@link PagedIterable}, {@link #forEach} and {@link #toList()} skip a server that comes
 * again on a later page; the pages are as Nova sent them, repeats included. And as there, every
 * way of reading a listing fails with a {@link
 * io.github.stacksdk.compute.exception.ComputeClientException} instead of asking for pages without
 * end when the cloud sends a next-page marker a second time, or when five non-empty pages in a row
 * bring no server not listed before, however new their markers.
 *
 * @param <T> the item type
 */
public final class AsyncPagedIterable<T> {
  private final Supplier<AsyncPageIterator<T>> pages;
  private final Supplier<AsyncPageIterator<T>> itemPages;
  private final @Nullable IntFunction<AsyncPagedIterable<T>> concurrently;

  /**
   * @param pages a new iterator of the pages, as they are to be seen, for each use
   * @param itemPages a new iterator of the pages whose items are to be listed, for each use
   */
  AsyncPagedIterable(
      Supplier<AsyncPageIterator<T>> pages, Supplier<AsyncPageIterator<T>> itemPages) {
    this(pages, itemPages, null);
  }

  /**
   * @param concurrently makes this listing's form for a concurrency (1: sequential); null when it
   *     has no other
   */
  AsyncPagedIterable(
      Supplier<AsyncPageIterator<T>> pages,
      Supplier<AsyncPageIterator<T>> itemPages,
      @Nullable IntFunction<AsyncPagedIterable<T>> concurrently) {
    this.pages = pages;
    this.itemPages = itemPages;
    this.concurrently = concurrently;
  }

  /** This listing, able to be read with several requests in flight. */
  AsyncPagedIterable<T> withConcurrency(IntFunction<AsyncPagedIterable<T>> concurrently) {
    return new AsyncPagedIterable<>(pages, itemPages, concurrently);
  }

  /**
   * Returns the same listing read with up to {@code concurrency} requests in flight, as {@link
   * PagedIterable#concurrency(int)} describes: the same items in the same order, fetched ahead.
   * Cancelling the future of {@link #forEach}, {@link #forEachPage} or {@link #toList()} cancels
   * every request in flight. A listing that can only be read one page after another returns
   * itself.
   *
   * @param concurrency the most requests in flight, 1 to 64
   * @return the listing read so
   * @throws IllegalArgumentException when {@code concurrency} is out of range
   */
  public AsyncPagedIterable<T> concurrency(int concurrency) {
    ServerListings.checkConcurrency(concurrency);
    return concurrently == null ? this : concurrently.apply(concurrency);
  }

  /**
   * Returns a marker-paged listing: its pages as Nova sent them, its items each once.
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct a new set of ids for each use, telling the repeats it skips
   * @param listing starts the observation of each use
   * @param fetcher makes the requests
   */
  static <T> AsyncPagedIterable<T> markerPaged(
      @Nullable String firstMarker,
      Supplier<DistinctItems<T>> distinct,
      Supplier<Observation> listing,
      AsyncMarkerPager.PageFetcher<T> fetcher) {
    return new AsyncPagedIterable<>(
        () -> {
          Observation observed = listing.get();
          return ObservedPages.of(
              observed,
              new AsyncMarkerPager<>(
                  MarkerState.pagesAsSent(firstMarker, distinct.get()), fetcher, observed));
        },
        () -> {
          Observation observed = listing.get();
          return ObservedPages.of(
              observed,
              new AsyncMarkerPager<>(
                  MarkerState.newItemsOnly(firstMarker, distinct.get(), Page::withItems),
                  fetcher,
                  observed));
        });
  }

  /**
   * Returns a listing of fixed pages, for stubbing an asynchronous client in tests.
   *
   * @param pages the pages, in order
   * @param <T> the item type
   * @return a listing that yields these pages
   */
  @SafeVarargs
  public static <T> AsyncPagedIterable<T> of(Page<T>... pages) {
    List<Page<T>> copy = List.of(pages);
    Supplier<AsyncPageIterator<T>> fixed =
        () -> {
          Iterator<Page<T>> it = copy.iterator();
          return () ->
              CompletableFuture.completedFuture(
                  it.hasNext() ? Optional.of(it.next()) : Optional.empty());
        };
    return new AsyncPagedIterable<>(fixed, fixed);
  }

  /**
   * Returns the pages as Nova sent them, to fetch one by one: each request is made when {@code
   * next()} is called, without reading ahead.
   *
   * @return a new iterator that starts at the first page
   */
  public AsyncPageIterator<T> pageIterator() {
    return pages.get();
  }

  /**
   * Hands every page to {@code action}, in order, one page at a time. From the second page on, the
   * next page is asked for as soon as a page arrives, so that Nova renders it while the action
   * runs; cancelling the returned future cancels that request too.
   *
   * @param action called once per page; an exception it throws fails the returned future
   * @return completes when the last page has been handled
   */
  public CompletableFuture<Void> forEachPage(Consumer<? super Page<T>> action) {
    Objects.requireNonNull(action, "action == null");
    return loop(pageIterator(), action);
  }

  /**
   * Hands every item to {@code action}, in order, page by page.
   *
   * @param action called once per item; an exception it throws fails the returned future
   * @return completes when the last item has been handled
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    return loop(itemPages.get(), eachItem(action));
  }

  /**
   * Collects every item of every page. Use it for listings known to be small; {@link #forEach}
   * holds at most two pages at a time (the one handled and the one read ahead).
   *
   * @return the items, in order, immutable
   */
  public CompletableFuture<List<T>> toList() {
    List<T> items = new ArrayList<>();
    return Futures.map(loop(itemPages.get(), eachItem(items::add)), done -> List.copyOf(items));
  }

  /** Starts handing the pages to {@code action}. */
  private static <T> CompletableFuture<Void> loop(
      AsyncPageIterator<T> pages, Consumer<? super Page<T>> action) {
    // A concurrent listing reads ahead by itself; a sequential one reads one page ahead.
    CancellablePages<T> ahead =
        pages instanceof CancellablePages ? (CancellablePages<T>) pages : new ReadAhead<>(pages);
    Loop<T> loop = new Loop<>(ahead, action);
    // However the loop ends (done, failed, an action threw, cancelled), nothing stays in flight.
    loop.whenComplete((done, error) -> ahead.close());
    loop.run();
    return loop;
  }

  /** Hands the items of each page to {@code action}. */
  private static <T> Consumer<Page<T>> eachItem(Consumer<? super T> action) {
    return page -> {
      for (T item : page.items()) {
        action.accept(item);
      }
    };
  }

  /** Fetches a page, hands it on, and asks for the next, without growing the stack. */
  private static final class Loop<T> extends Futures.Chained<Void> {
    private final AsyncPageIterator<T> pages;
    private final Consumer<? super Page<T>> action;

    Loop(AsyncPageIterator<T> pages, Consumer<? super Page<T>> action) {
      super(null);
      this.pages = pages;
      this.action = action;
    }

    void run() {
      while (!isDone()) {
        CompletableFuture<Optional<Page<T>>> next;
        try {
          next = pages.next();
        } catch (RuntimeException e) {
          completeExceptionally(e);
          return;
        }
        watch(next);
        if (!next.isDone()) {
          next.whenComplete(
              (page, error) -> {
                if (handle(page, error)) {
                  run();
                }
              });
          return;
        }
        Optional<Page<T>> page;
        try {
          page = next.join();
        } catch (CompletionException | CancellationException e) {
          handle(null, e);
          return;
        }
        if (!handle(page, null)) {
          return;
        }
      }
    }

    /** Handles a page or an error; true when the loop goes on. */
    private boolean handle(@Nullable Optional<Page<T>> page, @Nullable Throwable error) {
      if (error != null) {
        completeExceptionally(Futures.unwrap(error));
        return false;
      }
      if (page == null || page.isEmpty()) {
        complete(null);
        return false;
      }
      try {
        action.accept(page.get());
      } catch (RuntimeException e) {
        completeExceptionally(e);
        return false;
      }
      return !isDone();
    }
  }
}
