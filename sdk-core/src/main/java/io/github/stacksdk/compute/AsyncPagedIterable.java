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
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous listing that pages through all results, one request per page, the next page
 * asked for only when the previous one has been handled.
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
 * again on a later page; the pages are as Nova sent them.
 *
 * @param <T> the item type
 */
public final class AsyncPagedIterable<T> {
  private final Supplier<AsyncPageIterator<T>> pages;
  private final Supplier<Predicate<? super T>> itemFilter;

  /**
   * @param pages a new iterator of the pages for each use
   * @param itemFilter a new filter of the items for each use
   */
  AsyncPagedIterable(Supplier<AsyncPageIterator<T>> pages, Supplier<Predicate<? super T>> itemFilter) {
    this.pages = pages;
    this.itemFilter = itemFilter;
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
    return new AsyncPagedIterable<>(
        () -> {
          Iterator<Page<T>> it = copy.iterator();
          return () -> CompletableFuture.completedFuture(it.hasNext() ? Optional.of(it.next()) : Optional.empty());
        },
        () -> item -> true);
  }

  /**
   * Returns the pages, to fetch one by one.
   *
   * @return a new iterator that starts at the first page
   */
  public AsyncPageIterator<T> pageIterator() {
    return pages.get();
  }

  /**
   * Hands every page to {@code action}, in order, fetching each page after the action has
   * returned for the previous one.
   *
   * @param action called once per page; an exception it throws fails the returned future
   * @return completes when the last page has been handled
   */
  public CompletableFuture<Void> forEachPage(Consumer<? super Page<T>> action) {
    Objects.requireNonNull(action, "action == null");
    Loop<T> loop = new Loop<>(pageIterator(), action);
    loop.run();
    return loop;
  }

  /**
   * Hands every item to {@code action}, in order, page by page.
   *
   * @param action called once per item; an exception it throws fails the returned future
   * @return completes when the last item has been handled
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    return forEachPage(eachItem(action));
  }

  /**
   * Collects every item of every page. Use it for listings known to be small; {@link #forEach}
   * holds one page at a time.
   *
   * @return the items, in order, immutable
   */
  public CompletableFuture<List<T>> toList() {
    List<T> items = new ArrayList<>();
    return Futures.map(forEachPage(eachItem(items::add)), done -> List.copyOf(items));
  }

  /** Hands the items of each page that pass this use's filter to {@code action}. */
  private Consumer<Page<T>> eachItem(Consumer<? super T> action) {
    Predicate<? super T> filter = itemFilter.get();
    return page -> {
      for (T item : page.items()) {
        if (filter.test(item)) {
          action.accept(item);
        }
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
          next.whenComplete((page, error) -> {
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
