package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
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
 * From the second page on, the next page is asked for as soon as a page arrives, so that Nova
 * renders it while the caller works through this one: at most one request in flight and two pages
 * in memory. A caller that stops within the first page costs no other request; closing the {@link
 * #stream()} cancels a page read ahead. A total cap is {@code stream().limit(n)}.
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
  private final @Nullable IntFunction<PagedIterable<T>> concurrently;

  /**
   * @param pages a new iterator of the pages, as they are to be seen, for each iteration
   * @param itemPages a new iterator of the pages whose items are to be listed, for each iteration
   */
  PagedIterable(Supplier<Iterator<Page<T>>> pages, Supplier<Iterator<Page<T>>> itemPages) {
    this(pages, itemPages, null);
  }

  /**
   * @param concurrently makes this listing's form for a concurrency (1: sequential); null when it
   *     has no other
   */
  PagedIterable(
      Supplier<Iterator<Page<T>>> pages,
      Supplier<Iterator<Page<T>>> itemPages,
      @Nullable IntFunction<PagedIterable<T>> concurrently) {
    this.pages = pages;
    this.itemPages = itemPages;
    this.concurrently = concurrently;
  }

  /** This listing, able to be read with several requests in flight. */
  PagedIterable<T> withConcurrency(IntFunction<PagedIterable<T>> concurrently) {
    return new PagedIterable<>(pages, itemPages, concurrently);
  }

  /**
   * Returns a marker-paged listing: its pages as Nova sent them, its items each once, read one page
   * ahead of the caller from the second page on ({@link MarkerPager}).
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct a new set of ids for each iteration, telling the repeats it skips
   * @param listing starts the observation of each iteration
   * @param fetcher makes the requests the caller waits for
   * @param aheadFetcher makes the requests of pages read ahead
   */
  static <T> PagedIterable<T> markerPaged(
      @Nullable String firstMarker,
      Supplier<DistinctItems<T>> distinct,
      Supplier<Observation> listing,
      MarkerPager.PageFetcher<T> fetcher,
      AsyncMarkerPager.PageFetcher<T> aheadFetcher) {
    return new PagedIterable<>(
        () -> {
          Observation observed = listing.get();
          return ObservedPages.of(
              observed,
              new MarkerPager<>(
                  MarkerState.pagesAsSent(firstMarker, distinct.get()),
                  fetcher,
                  aheadFetcher,
                  observed));
        },
        () -> {
          Observation observed = listing.get();
          return ObservedPages.of(
              observed,
              new MarkerPager<>(
                  MarkerState.newItemsOnly(firstMarker, distinct.get(), Page::withItems),
                  fetcher,
                  aheadFetcher,
                  observed));
        });
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
   * Iterates over the items of every page, in order, reading one page ahead from the second on.
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
   * Streams the items of every page, lazily and in order. Closing the stream cancels the requests
   * that a concurrent listing has in flight.
   *
   * @return a sequential stream that starts at the first page
   */
  public Stream<T> stream() {
    ItemIterator<T> items = new ItemIterator<>(itemPages.get());
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                items, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
            false)
        .onClose(items::close);
  }

  /**
   * Returns the same listing read with up to {@code concurrency} requests in flight: the same
   * items in the same order as this listing of a cloud that does not change meanwhile, fetched
   * ahead of the caller. {@code 1} returns the sequential listing. A listing that can only be read
   * one page after another (fixed pages from {@link #of}) returns itself.
   *
   * <p>A concurrent listing of servers first pages through Nova's cheap id listing ({@code GET
   * /servers}, with the same filters and sort) to learn where each page begins, and asks for each
   * page of details as soon as its marker is known. Under changes it never yields a server twice,
   * and gives what sequential marker paging gives: every server that exists, matches and keeps its
   * place in the sort order during the whole listing, once and in order; a server created,
   * deleted or moved meanwhile may or may not be listed. It holds about {@code concurrency + 1}
   * pages in memory. Its {@link #pages()} are stretches of the listing, repeats removed. A page
   * that fails after its retries fails the iteration at its place, after the items before it.
   * Closing its {@link #stream()} cancels the requests in flight; a loop that stops early leaves
   * at most {@code concurrency} requests to finish, whose answers are dropped.
   *
   * @param concurrency the most requests in flight, 1 to 64
   * @return the listing read so
   * @throws IllegalArgumentException when {@code concurrency} is out of range
   */
  public PagedIterable<T> concurrency(int concurrency) {
    ServerListings.checkConcurrency(concurrency);
    return concurrently == null ? this : concurrently.apply(concurrency);
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
