package io.github.stacksdk.compute.internal.paging;

import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where a marker-paged listing stands: the marker of the page to ask for next, and whether the
 * listing is over. It ends at a page without a next marker or at an empty page (Nova links a full
 * last page to an empty one). A marker seen before ends it with an exception instead of a loop.
 *
 * <p>Pages are yielded as Nova sent them ({@link #pagesAsSent}) or holding only the items not
 * listed before ({@link #newItemsOnly}), which makes the items of a listing distinct.
 *
 * <p>One state per iteration, shared by the synchronous and the asynchronous pager; not
 * thread-safe.
 *
 * @param <T> the item type
 */
public final class MarkerState<T> {
  private final Set<String> seenMarkers = new HashSet<>();
  /** The ids of this iteration; null when pages are yielded as Nova sent them. */
  private final @Nullable DistinctItems<T> distinct;
  /** Makes a page of some of a page's items; null when pages are yielded as Nova sent them. */
  private final @Nullable BiFunction<Page<T>, List<T>, Page<T>> withItems;
  private @Nullable String nextMarker;
  private boolean started;
  private boolean done;

  private MarkerState(
      @Nullable String firstMarker,
      @Nullable DistinctItems<T> distinct,
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
   */
  public static <T> MarkerState<T> pagesAsSent(@Nullable String firstMarker) {
    return new MarkerState<>(firstMarker, null, null);
  }

  /**
   * A listing whose pages hold only the items not listed before; a page without a repeat is
   * yielded as it is, without a copy.
   *
   * @param firstMarker the marker of the first page, or null to start at the beginning
   * @param distinct the ids of this iteration, telling each repeat
   * @param withItems makes a page with the same marker and request id and these items
   */
  public static <T> MarkerState<T> newItemsOnly(
      @Nullable String firstMarker, DistinctItems<T> distinct, BiFunction<Page<T>, List<T>, Page<T>> withItems) {
    return new MarkerState<>(firstMarker, distinct, withItems);
  }

  /** True when no more pages are to be fetched. */
  public boolean done() {
    return done;
  }

  /** The marker to ask the next page with; null for the first page. */
  public @Nullable String nextMarker() {
    return nextMarker;
  }

  /**
   * Takes a fetched page and moves on.
   *
   * @return the page to yield, or null for the empty page after a full last page
   * @throws ComputeClientException when the page's next marker was seen before
   */
  public @Nullable Page<T> accept(Page<T> page) {
    boolean first = !started;
    started = true;
    List<T> items = page.items();
    List<T> fresh = distinct == null ? items : distinct.newItems(items);
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
