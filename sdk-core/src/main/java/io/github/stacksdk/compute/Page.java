package io.github.stacksdk.compute;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing: the items of one response, the marker that asks for the next page, and
 * the request id and microversion of that response.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable String nextMarker;
  private final @Nullable String requestId;
  private final @Nullable String microversion;
  private final @Nullable Instant date;
  private final long bodyBytes;

  Page(
      List<T> items,
      @Nullable String nextMarker,
      @Nullable String requestId,
      @Nullable String microversion) {
    this(items, nextMarker, requestId, microversion, null, 0);
  }

  Page(
      List<T> items,
      @Nullable String nextMarker,
      @Nullable String requestId,
      @Nullable String microversion,
      @Nullable Instant date,
      long bodyBytes) {
    this.items = List.copyOf(items);
    this.nextMarker = nextMarker;
    this.requestId = requestId;
    this.microversion = microversion;
    this.date = date;
    this.bodyBytes = bodyBytes;
  }

  /**
   * Returns a last page, for stubbing a client in tests.
   *
   * @param items the items
   * @param <T> the item type
   * @return a page without a next marker
   */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null, null, null);
  }

  /**
   * Returns a page followed by another, for stubbing a client in tests.
   *
   * @param items the items
   * @param nextMarker the marker of the next page
   * @param <T> the item type
   * @return a page with a next marker
   */
  public static <T> Page<T> of(List<T> items, String nextMarker) {
    return new Page<>(items, Objects.requireNonNull(nextMarker, "nextMarker == null"), null, null);
  }

  /**
   * Returns this page with other items (the ones a listing had not brought before), its marker,
   * request id and microversion kept.
   */
  Page<T> withItems(List<T> newItems) {
    return new Page<>(newItems, nextMarker, requestId, microversion, date, bodyBytes);
  }

  /** The cloud's clock when it answered (its {@code Date} header); null when unknown. */
  @Nullable Instant date() {
    return date;
  }

  /** The bytes of the answer's body; 0 when unknown. */
  long bodyBytes() {
    return bodyBytes;
  }

  /**
   * Returns the items of this page, in Nova's order.
   *
   * @return an immutable list, empty for an empty page
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the marker that asks for the next page: the {@code marker} of the {@code next} link
   * Nova sent. Pass it to {@link ListServersRequest.Builder#marker(String)} to resume a listing.
   *
   * @return the next marker, empty on the last page
   */
  public Optional<String> nextMarker() {
    return Optional.ofNullable(nextMarker);
  }

  /**
   * Returns the id Nova gave the request for this page, for support cases and logs.
   *
   * @return the {@code X-OpenStack-Request-Id} (or {@code X-Compute-Request-Id}), if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the compute microversion Nova answered this page with.
   *
   * @return for example {@code "2.79"}; empty when the cloud declared none (legacy v2 endpoints)
   */
  public Optional<String> microversion() {
    return Optional.ofNullable(microversion);
  }

  @Override
  public String toString() {
    return "Page{items="
        + items.size()
        + (nextMarker != null ? ", nextMarker=" + nextMarker : "")
        + (requestId != null ? ", requestId=" + requestId : "")
        + (microversion != null ? ", microversion=" + microversion : "")
        + "}";
  }
}
