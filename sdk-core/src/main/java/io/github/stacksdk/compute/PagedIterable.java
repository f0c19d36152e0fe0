package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy listing that pages through all results, one request per page.
 *
 * <pre>{@code
 * PagedIterable<Server> active = compute.listServers(r -> r.status(ServerStatus.ACTIVE).pageSize(200));
 * active.stream().map(Server::name).forEach(System.out::println);   // all pages, lazily
 * for (Page<Server> page : active.pages()) {
 *   System.out.println(page.items().size() + " servers, request " + page.requestId().orElse("?"));
 * }
 * }</pre>
 *
 * <p>Creating it makes no request; iterating does, and errors are thrown from iteration. Each call
 * to {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the first page.
 * Only one page is held in memory at a time. A total cap is {@code stream().limit(n)}.
 *
 * <p>The items of a listing are distinct: a server that comes again on a later page, because the
 * list changed while it was read, is skipped (and logged). {@link #pages()} yields the pages as
 * Nova sent them, repeats included.
 *
 * <p>A listing ends, whether read by items or by pages, and throws a {@link
 * io.github.stacksdk.compute.exception.ComputeClientException} instead of asking for pages without
 * end when the cloud sends a next-page marker a second time, or when five non-empty pages in a row
 * bring no server not listed before, however new their markers: a list that changes while it is
 * read repeats some servers, rarely a whole page, never several whole pages in a row. The pages
 * before are yielded as usual.
 *
 * <p>An instance may be iterated from several threads; each iteration is independent. The
 * iterators themselves are not thread-safe.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<Iterator<Page<T>>> pages;
  private final Supplier<Iterator<Page<T>>> itemPages;

  /**
   * @param pages a new iterator of the pages, as they are to be seen, for each iteration
   * @param itemPages a new iterator of the pages whose items are to be listed, for each iteration
   */
  PagedIterable(Supplier<Iterator<Page<T>>> pages, Supplier<Iterator<Page<T>>> itemPages) {
    this.pages = pages;
    this.itemPages = itemPages;
  }

  /**
   * Returns a marker-paged listing: its pages as Nova sent them, its items each once.
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct a new set of ids for each iteration, telling the repeats it skips
   * @param fetcher makes the requests
   */
  static <T> PagedIterable<T> markerPaged(
      @Nullable String firstMarker,
      Supplier<DistinctItems<T>> distinct,
      MarkerPager.PageFetcher<T> fetcher) {
    return new PagedIterable<>(
        () -> new MarkerPager<>(MarkerState.pagesAsSent(firstMarker, distinct.get()), fetcher),
        () ->
            new MarkerPager<>(
                MarkerState.newItemsOnly(firstMarker, distinct.get(), Page::withItems), fetcher));
  }

  /**
   * Returns a listing of fixed pages, for stubbing a client in tests.
   *
   * @param pages the pages, in order
   * @param <T> the item type
   * @return a listing that yields these pages
   */
  @SafeVarargs
  public static <T> PagedIterable<T> of(Page<T>... pages) {
    List<Page<T>> copy = List.of(pages);
    return new PagedIterable<>(copy::iterator, copy::iterator);
  }

  /**
   * Iterates over the items of every page, fetching each page when the previous one is used up.
   *
   * @return a new iterator that starts at the first page
   * @throws io.github.stacksdk.compute.exception.ComputeException from {@code hasNext()} when a
   *     page cannot be fetched, or when the listing stops instead of looping
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator<>(itemPages.get());
  }

  /**
   * Streams the items of every page, lazily and in order.
   *
   * @return a sequential stream that starts at the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * Returns the pages themselves, as Nova sent them, with their next markers and request ids. An
   * empty page is yielded only when the whole listing is empty.
   *
   * @return an iterable whose every iterator starts at the first page
   */
  public Iterable<Page<T>> pages() {
    return pages::get;
  }
}
