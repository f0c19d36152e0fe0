package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * What the read calls of every resource beyond servers share: the endpoint and microversion their
 * URLs and checks are made of, one-request reads, and the two ways Nova pages a listing: by
 * marker, with a {@code next} link ({@link #markerListing}), and by offset, without one ({@link
 * #offsetListing}). Each resource's own class (such as {@link FlavorReads}) says what to ask and
 * how to read it.
 */
final class Reads {
  private final HttpUrl endpoint;
  private final Microversion microversion;
  private final Transport transport;
  private final CallLogging.Sink log;

  Reads(HttpUrl endpoint, Microversion microversion, Transport transport, CallLogging.Sink log) {
    this.endpoint = endpoint;
    this.microversion = microversion;
    this.transport = transport;
    this.log = log;
  }

  Transport transport() {
    return transport;
  }

  /** The URL of a path below the endpoint, each segment encoded. */
  HttpUrl.Builder url(String... segments) {
    return Endpoints.resolve(endpoint, segments);
  }

  /** True when the client speaks {@code 2.minor} or later. */
  boolean atLeast(int minor) {
    return !microversion.isLowerThan(Microversion.of(2, minor));
  }

  /**
   * Refuses, before any request, what needs a newer microversion than the client's.
   *
   * @param what what needs it, for the message: {@code "the keypairs' user_id filter"}
   * @throws IllegalArgumentException when the client speaks an older one
   */
  void require(int minor, String what) {
    if (!atLeast(minor)) {
      throw new IllegalArgumentException(
          what
              + " needs microversion 2."
              + minor
              + " or later; the client speaks "
              + microversion
              + " (set ComputeClient.Builder.microversion)");
    }
  }

  /** A {@code GET} with the client's microversion, whose body {@code reader} reads. */
  static <T> Operation<T, T> get(String name, HttpUrl url, Transport.BodyReader<T> reader) {
    return Operation.of(
        name, Transport.Exchange.get(url, reader, true, ComputeOperations.MAX_BODY_BYTES));
  }

  /** Fetches the page that starts at {@code marker} (null: the first page). */
  @FunctionalInterface
  interface PageCall<T> {
    Operation<?, Page<T>> page(@Nullable String marker);
  }

  /**
   * A listing paged by marker: Nova's {@code next} link names the marker of the next page.
   *
   * @param name what listeners know the listing by; its pages are {@code name + ".page"}
   * @param noun what an item is, for messages
   * @param firstMarker where the listing starts, or null
   */
  <T> PagedIterable<T> markerListing(
      String name,
      String noun,
      Function<T, String> idOf,
      @Nullable String firstMarker,
      PageCall<T> call) {
    return PagedIterable.markerPaged(
        firstMarker,
        () -> distinct(noun, idOf),
        () -> listing(name),
        (marker, listing) -> call.page(marker).call(transport, listing),
        (marker, listing) -> call.page(marker).enqueue(transport, listing));
  }

  /** The same, asynchronously. */
  <T> AsyncPagedIterable<T> markerListingAsync(
      String name,
      String noun,
      Function<T, String> idOf,
      @Nullable String firstMarker,
      PageCall<T> call) {
    return AsyncPagedIterable.markerPaged(
        firstMarker,
        () -> distinct(noun, idOf),
        () -> listing(name),
        (marker, listing) -> call.page(marker).enqueue(transport, listing));
  }

  /**
   * A page of a marker-paged listing, made of what the model's reader read: its items, and the
   * marker of the {@code next} link, or, when a link has none, the last item's id.
   *
   * @param limit the most items asked for, or 0 when none was: more is not Nova's answer
   */
  <T> Page<T> markerPage(
      Transport.Result<ModelBodies.Page<T>> result,
      Function<T, String> idOf,
      int limit,
      String noun) {
    List<T> items = result.body.items();
    checkCount(items, limit, noun, result);
    String href = result.body.nextHref();
    String next = null;
    if (href != null && !items.isEmpty()) {
      HttpUrl link = HttpUrl.parse(href);
      if (link == null) {
        link = endpoint.resolve(href);
      }
      next = link == null ? null : link.queryParameter("marker");
      if (next == null || next.isBlank()) {
        next = idOf.apply(items.get(items.size() - 1));
        log.warn(
            "The next-page link has no marker; continuing after the last " + noun + ", " + next);
      }
    }
    return page(items, next, result);
  }

  /**
   * A listing paged by {@code limit} and {@code offset}, where Nova sends no {@code next} link: a
   * page as full as asked for is followed by the next offset, a shorter one ends the listing.
   * Items created or deleted while it is read may shift others across a page boundary; the
   * listing lists each item once, and may miss one that moved.
   *
   * @param firstOffset where the listing starts
   * @param pageSize the items asked for per page, at least 1
   * @param call the page at an offset, asking for {@code pageSize} items
   */
  <T> PagedIterable<T> offsetListing(
      String name,
      String noun,
      Function<T, String> idOf,
      int firstOffset,
      int pageSize,
      OffsetCall<T> call) {
    return markerListing(
        name,
        noun,
        idOf,
        firstOffset == 0 ? null : Integer.toString(firstOffset),
        marker -> offsetPage(call, marker, pageSize, noun));
  }

  /** The same, asynchronously. */
  <T> AsyncPagedIterable<T> offsetListingAsync(
      String name,
      String noun,
      Function<T, String> idOf,
      int firstOffset,
      int pageSize,
      OffsetCall<T> call) {
    return markerListingAsync(
        name,
        noun,
        idOf,
        firstOffset == 0 ? null : Integer.toString(firstOffset),
        marker -> offsetPage(call, marker, pageSize, noun));
  }

  /** Fetches the page of {@code limit} items at {@code offset}. */
  @FunctionalInterface
  interface OffsetCall<T> {
    Operation<?, Transport.Result<List<T>>> page(int offset, int limit);
  }

  private <T> Operation<?, Page<T>> offsetPage(
      OffsetCall<T> call, @Nullable String marker, int pageSize, String noun) {
    int offset = marker == null ? 0 : Integer.parseInt(marker);
    return call.page(offset, pageSize)
        .then(
            result -> {
              List<T> items = result.body;
              checkCount(items, pageSize, noun, result);
              long nextOffset = (long) offset + items.size();
              boolean last = items.size() < pageSize || nextOffset > Integer.MAX_VALUE;
              return page(items, last ? null : Long.toString(nextOffset), result);
            });
  }

  private static <T> Page<T> page(
      List<T> items, @Nullable String next, Transport.Result<?> result) {
    return new Page<>(
        items, next, result.requestId, result.microversion, result.date, result.bodyBytes);
  }

  private static void checkCount(
      List<?> items, int limit, String noun, Transport.Result<?> result) {
    if (limit > 0 && items.size() > limit) {
      throw new ComputeClientException(
          "The cloud answered "
              + items.size()
              + " "
              + noun
              + "s to a page of at most "
              + limit
              + (result.requestId != null ? " (request " + result.requestId + ")" : "")
              + "; the listing stops here");
    }
  }

  private Observation listing(String name) {
    return transport.observer().start(name, endpoint, 1, true, null);
  }

  private <T> DistinctItems<T> distinct(String noun, Function<T, String> idOf) {
    return new DistinctItems<>(
        noun,
        idOf,
        id -> {
          if (log.isDebugEnabled()) {
            log.debug(
                capitalized(noun)
                    + " "
                    + id
                    + " came again on a later page (the list changed while it was read); skipped");
          }
        });
  }

  private static String capitalized(String noun) {
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  /** Requires a non-blank path parameter, before any request. */
  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
