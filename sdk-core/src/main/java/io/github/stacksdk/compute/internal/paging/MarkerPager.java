package io.github.stacksdk.compute.internal.paging;

import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a marker-paged listing. The next page is asked for with the marker of the previous
 * one; the listing ends at a page without a next marker or at an empty page (Nova links a full
 * last page to an empty one). A marker seen before ends the listing with an exception instead of
 * a loop.
 */
public final class MarkerPager<T> implements Iterator<Page<T>> {

  /** Fetches the page that starts after {@code marker} (null: the first page). */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /** Makes one request. */
    Page<T> fetch(@Nullable String marker);
  }

  private final PageFetcher<T> fetcher;
  private final Set<String> seenMarkers = new HashSet<>();
  private @Nullable String nextMarker;
  private boolean started;
  private boolean done;
  private @Nullable Page<T> prefetched;

  public MarkerPager(@Nullable String firstMarker, PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
    this.nextMarker = firstMarker;
    if (firstMarker != null) {
      seenMarkers.add(firstMarker);
    }
  }

  @Override
  public boolean hasNext() {
    if (prefetched != null) {
      return true;
    }
    if (done) {
      return false;
    }
    boolean first = !started;
    started = true;
    Page<T> page = fetcher.fetch(nextMarker);
    String marker = page.nextMarker().orElse(null);
    if (marker == null || page.items().isEmpty()) {
      done = true;
    } else if (!seenMarkers.add(marker)) {
      done = true;
      throw new ComputeClientException(
          "The cloud sent the next-page marker "
              + marker
              + " a second time; the listing stops here instead of looping"
              + page.requestId().map(id -> " (request " + id + ")").orElse(""));
    } else {
      nextMarker = marker;
    }
    if (page.items().isEmpty() && !first) {
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
