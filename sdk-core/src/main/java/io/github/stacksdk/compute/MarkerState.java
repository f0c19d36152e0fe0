package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where a marker-paged listing stands: the marker of the page to ask for next, whether the listing
 * is over, and the ids of the items it brought so far. It ends at a page without a next marker or
 * at an empty page (Nova links a full last page to an empty one).
 *
 * <p>Two guards end a listing with a {@link ComputeClientException} instead of a loop when a cloud
 * misbehaves: a next marker seen before, and {@link #STALE_PAGES_LIMIT} non-empty pages in a row
 * that bring no item not listed before, however new their markers. Both hold whatever the pages
 * are yielded as: as Nova sent them, repeats included ({@link #pagesAsSent}), or holding only the
 * items not listed before ({@link #newItemsOnly}), which makes the items of a listing distinct.
 * One set of ids serves both the guard and the distinct items.
 *
 * <p>One state per iteration, shared by the synchronous and the asynchronous pager; not
 * thread-safe.
 *
 * @param <T> the item type
 */
final class MarkerState<T> {

  /**
   * The non-empty pages in a row without an item not listed before at which a listing ends. A list
   * that changes while it is read can legitimately repeat some items on a page, rarely a whole
   * page, never several whole pages in a row; a cloud that sends the same items under ever new
   * markers would be read without end. Five tolerates the rare whole page of repeats with room to
   * spare and stops such a cloud after six requests. The Javadoc of {@code PagedIterable} and
   * {@code AsyncPagedIterable} names the number.
   */
  static final int STALE_PAGES_LIMIT = 5;

  private final Set<String> seenMarkers = new HashSet<>();
  private final DistinctItems<T> distinct;

  /** Makes a page of some of a page's items; null when pages are yielded as Nova sent them. */
  private final @Nullable BiFunction<Page<T>, List<T>, Page<T>> withItems;

  private @Nullable String nextMarker;
  private boolean started;
  private boolean done;
  private int stalePages;

  private MarkerState(
      @Nullable String firstMarker,
      DistinctItems<T> distinct,
      @Nullable BiFunction<Page<T>, List<T>, Page<T>> withItems) {
    this.distinct = distinct;
    this.withItems = withItems;
    this.nextMarker = firstMarker;
    if (firstMarker != null) {
      seenMarkers.add(firstMarker);
    }
  }

  /**
   * A listing whose pages are yielded as Nova sent them, repeats included.
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct the ids of this iteration, telling no repeat
   */
  static <T> MarkerState<T> pagesAsSent(@Nullable String firstMarker, DistinctItems<T> distinct) {
    return new MarkerState<>(firstMarker, distinct, null);
  }

  /**
   * A listing whose pages hold only the items not listed before; a page without a repeat is
   * yielded as it is, without a copy.
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct the ids of this iteration, telling each repeat
   * @param withItems makes a page with the same marker and request id and these items
   */
  static <T> MarkerState<T> newItemsOnly(
      @Nullable String firstMarker,
      DistinctItems<T> distinct,
      BiFunction<Page<T>, List<T>, Page<T>> withItems) {
    return new MarkerState<>(firstMarker, distinct, withItems);
  }

  /** True when no more pages are to be fetched. */
  boolean done() {
    return done;
  }

  /** The marker to ask the next page with; null for the first page. */
  @Nullable String nextMarker() {
    return nextMarker;
  }

  /**
   * Takes a fetched page and moves on.
   *
   * @return the page to yield, or null for the empty page after a full last page
   * @throws ComputeClientException when the page's next marker was seen before, or when the page
   *     links to another and ends a run of {@link #STALE_PAGES_LIMIT} non-empty pages without a new
   *     item
   */
  @Nullable Page<T> accept(Page<T> page) {
    boolean first = !started;
    started = true;
    List<T> items = page.items();
    List<T> fresh = items;
    if (!items.isEmpty()) {
      boolean anyNew;
      if (withItems == null) {
        anyNew = distinct.anyNew(items);
      } else {
        fresh = distinct.newItems(items);
        anyNew = !fresh.isEmpty();
      }
      stalePages = anyNew ? 0 : stalePages + 1;
    }
    String marker = page.nextMarker().orElse(null);
    if (marker == null || items.isEmpty()) {
      done = true;
    } else if (!seenMarkers.add(marker)) {
      done = true;
      throw new ComputeClientException(
          "The cloud sent the next-page marker "
              + marker
              + " a second time; the listing stops here instead of looping"
              + requestOf(page));
    } else if (stalePages >= STALE_PAGES_LIMIT) {
      done = true;
      throw new ComputeClientException(
          stalePages
              + " pages in a row brought no new "
              + distinct.noun()
              + ", each linking to a new marker; the listing stops here instead of looping"
              + requestOf(page));
    } else {
      nextMarker = marker;
    }
    if (!first && items.isEmpty()) {
      return null;
    }
    return fresh == items || withItems == null ? page : withItems.apply(page, fresh);
  }

  private static String requestOf(Page<?> page) {
    return page.requestId().map(id -> " (request " + id + ")").orElse("");
  }
}
