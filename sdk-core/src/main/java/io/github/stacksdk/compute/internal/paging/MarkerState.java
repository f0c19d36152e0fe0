package io.github.stacksdk.compute.internal.paging;

import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.ComputeClientException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a marker-paged listing stands: the marker of the page to ask for next, and whether the
 * listing is over. It ends at a page without a next marker or at an empty page (Nova links a full
 * last page to an empty one). A marker seen before ends it with an exception instead of a loop.
 * Shared by the synchronous and the asynchronous pager; not thread-safe.
 */
public final class MarkerState {
  private final Set<String> seenMarkers = new HashSet<>();
  private @Nullable String nextMarker;
  private boolean started;
  private boolean done;

  /** @param firstMarker the marker of the first page, or null to start at the beginning */
  public MarkerState(@Nullable String firstMarker) {
    this.nextMarker = firstMarker;
    if (firstMarker != null) {
      seenMarkers.add(firstMarker);
    }
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
   * @return whether the page is to be yielded: false for the empty page after a full last page
   * @throws ComputeClientException when the page's next marker was seen before
   */
  public boolean accept(Page<?> page) {
    boolean first = !started;
    started = true;
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
    return first || !page.items().isEmpty();
  }
}
