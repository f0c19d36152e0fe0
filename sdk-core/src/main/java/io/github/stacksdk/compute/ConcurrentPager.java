package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A marker-paged listing read with up to {@code concurrency} requests in flight, yielding the items
 * in the order of the sequential listing.
 *
 * <p>A first pass pages through the cheap id listing (same filters and sort) and cuts the ids into
 * segments of {@code segmentSize}. The detail of a segment is asked for, with the id before it as
 * the marker, as soon as that id is known; Nova resolves a marker even when that server has been
 * deleted since. A segment's answer ends at its last id, or before the first id of a later
 * segment; an answer that ends short of both (servers were created meanwhile) is continued from
 * its last item, and one that ends without a next link ends the listing. Items listed before are
 * dropped, so that no item comes twice.
 *
 * <p>The id pass has the first claim on a request slot, as it decides when the next segment can
 * start. Segments are fetched at most {@code concurrency} ahead of the one the caller reads, so
 * that memory holds about {@code concurrency + 1} pages however long the listing.
 *
 * <p>Thread-safe: answers arrive on OkHttp's threads; every state change happens under the
 * pager's lock, and futures are completed outside it.
 *
 * @param <S> the items of the id listing
 * @param <T> the items of the detail listing
 */
final class ConcurrentPager<S, T> implements CancellablePages<T> {
  /** Fetches one page of a listing after a marker (null: from the start). */
  @FunctionalInterface
  interface Fetcher<P> {
    CompletableFuture<Page<P>> fetch(@Nullable String marker);
  }

  private final Object lock = new Object();
  private final int concurrency;
  private final int segmentSize;
  private final AsyncPageIterator<S> ids;
  private final Function<S, String> summaryId;
  private final Fetcher<T> details;
  private final Function<T, String> idOf;
  private final DistinctItems<T> distinct;

  /** The segments not yet yielded, in order; the last one may still be gathering ids. */
  private final ArrayDeque<Segment> segments = new ArrayDeque<>();

  /** The segment of each id of the segments in {@link #segments}. */
  private final Map<String, Integer> segmentOfId = new HashMap<>();

  /** The calls in flight, to cancel on close. */
  private final List<CompletableFuture<?>> inFlight = new ArrayList<>();

  /** Requests started and not answered, counted from the moment they are decided on. */
  private int active;

  private int nextIndex;

  /** The bytes of the id pass's answers, not yet counted in a yielded page. */
  private long unreportedBytes;

  private boolean idsRunning;
  private boolean idsDone;
  private boolean closed;
  private @Nullable Waiter waiter;

  ConcurrentPager(
      int concurrency,
      int segmentSize,
      @Nullable String firstMarker,
      AsyncPageIterator<S> ids,
      Function<S, String> summaryId,
      Fetcher<T> details,
      Function<T, String> idOf,
      DistinctItems<T> distinct) {
    this.concurrency = concurrency;
    this.segmentSize = segmentSize;
    this.ids = ids;
    this.summaryId = summaryId;
    this.details = details;
    this.idOf = idOf;
    this.distinct = distinct;
    segments.add(new Segment(nextIndex++, firstMarker));
  }

  @Override
  public CompletableFuture<Optional<Page<T>>> next() {
    Waiter w;
    synchronized (lock) {
      if (waiter != null) {
        throw new IllegalStateException("the previous next() has not completed yet");
      }
      w = new Waiter();
      waiter = w;
    }
    List<Runnable> after = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        waiter = null;
        after.add(() -> w.completeExceptionally(new CancellationException("listing closed")));
      } else {
        deliver(after);
        pump(after);
      }
    }
    after.forEach(Runnable::run);
    return w;
  }

  /** Cancels every request in flight; a pending {@link #next()} ends with a cancellation. */
  @Override
  public void close() {
    List<CompletableFuture<?>> calls;
    Waiter w;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      calls = new ArrayList<>(inFlight);
      inFlight.clear();
      segments.clear();
      segmentOfId.clear();
      w = waiter;
      waiter = null;
    }
    for (CompletableFuture<?> call : calls) {
      call.cancel(true);
    }
    if (w != null) {
      w.completeExceptionally(new CancellationException("listing closed"));
    }
  }

  /** Yields the first segment to the waiting caller when it is ready. Holds the lock. */
  private void deliver(List<Runnable> after) {
    Waiter w = waiter;
    if (w == null) {
      return;
    }
    Segment head = segments.peekFirst();
    if (head == null) {
      waiter = null;
      after.add(() -> w.complete(Optional.empty()));
      return;
    }
    if (head.failure != null) {
      Throwable failure = head.failure;
      waiter = null;
      closeLater(after);
      after.add(() -> w.completeExceptionally(failure));
      return;
    }
    if (!head.done) {
      return;
    }
    segments.removeFirst();
    for (String id : head.ids) {
      segmentOfId.remove(id);
    }
    boolean last = segments.isEmpty() && idsDone;
    Page<T> page =
        new Page<>(
            distinct.newItems(head.items),
            last ? null : head.resumeMarker(),
            head.requestId,
            head.microversion,
            head.date,
            head.bytes + unreportedBytes);
    unreportedBytes = 0;
    waiter = null;
    after.add(() -> w.complete(Optional.of(page)));
  }

  private void closeLater(List<Runnable> after) {
    after.add(this::close);
  }

  /** Starts what may start: the id pass first, then segments in order. Holds the lock. */
  private void pump(List<Runnable> after) {
    if (closed) {
      return;
    }
    Segment head = segments.peekFirst();
    int window = head == null ? nextIndex : head.index + concurrency;
    // The id pass runs while it could open a segment that the window will want.
    if (!idsRunning && !idsDone && active < concurrency && nextIndex <= window + 1) {
      idsRunning = true;
      active++;
      after.add(this::fetchIds);
    }
    for (Segment s : segments) {
      if (s.index >= window || active >= concurrency) {
        break;
      }
      if (s.wantsRequest()) {
        s.requesting = true;
        active++;
        String marker = s.continueFrom != null ? s.continueFrom : s.marker;
        after.add(() -> fetchDetail(s, marker));
      }
    }
  }

  private void fetchDetail(Segment s, @Nullable String marker) {
    CompletableFuture<Page<T>> call;
    try {
      call = details.fetch(marker);
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Page<T>> c = call;
    synchronized (lock) {
      if (closed) {
        c.cancel(true);
        return;
      }
      inFlight.add(c);
    }
    c.whenComplete((page, error) -> onDetail(s, c, page, error));
  }

  private void fetchIds() {
    CompletableFuture<Optional<Page<S>>> call;
    try {
      call = ids.next();
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Optional<Page<S>>> c = call;
    synchronized (lock) {
      if (closed) {
        c.cancel(true);
        return;
      }
      inFlight.add(c);
    }
    c.whenComplete((page, error) -> onIds(c, page, error));
  }

  private void onIds(
      CompletableFuture<?> call, @Nullable Optional<Page<S>> page, @Nullable Throwable error) {
    List<Runnable> after = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      inFlight.remove(call);
      active--;
      idsRunning = false;
      Segment open = segments.peekLast();
      if (error != null) {
        idsDone = true;
        if (open != null && !open.complete) {
          open.fail(Futures.unwrap(error));
        }
      } else if (page == null || page.isEmpty()) {
        finishIds();
      } else {
        unreportedBytes += page.get().bodyBytes();
        for (S summary : page.get().items()) {
          addId(summaryId.apply(summary));
        }
        if (page.get().nextMarker().isEmpty()) {
          finishIds(); // the last id page: no need to ask for the end
        }
      }
      deliver(after);
      pump(after);
    }
    after.forEach(Runnable::run);
  }

  /** The id pass has ended: the open segment is the last, read to the end of the listing. */
  private void finishIds() {
    idsDone = true;
    Segment open = segments.peekLast();
    if (open != null && !open.complete) {
      open.complete = true;
      open.tail = true;
      open.reconcile();
    }
  }

  /** Adds the next id of the id pass to the open segment, opening the next one when full. */
  private void addId(String id) {
    Segment open = segments.peekLast();
    if (open == null || open.complete) {
      return; // the segment is gone: the listing was closed or failed
    }
    open.ids.add(id);
    segmentOfId.put(id, open.index);
    if (open.ids.size() == segmentSize) {
      open.complete = true;
      segments.addLast(new Segment(nextIndex++, id));
      open.reconcile();
    }
  }

  private void onDetail(
      Segment s, CompletableFuture<?> call, @Nullable Page<T> page, @Nullable Throwable error) {
    List<Runnable> after = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      inFlight.remove(call);
      active--;
      s.requesting = false;
      if (error != null) {
        s.fail(Futures.unwrap(error));
      } else if (page != null) {
        s.pending = page;
        s.reconcile();
      }
      deliver(after);
      pump(after);
    }
    after.forEach(Runnable::run);
  }

  /** A stretch of the listing: the ids the id pass found there and the detail items read. */
  private final class Segment {
    final int index;
    final @Nullable String marker;
    final List<String> ids = new ArrayList<>();
    final List<T> items = new ArrayList<>();

    /** Guards the continuation requests of this segment against a cloud that loops. */
    final MarkerState<T> paging;

    /** All of its ids are known. */
    boolean complete;

    /** The id pass ended in it: read the detail listing to its end. */
    boolean tail;

    boolean requesting;
    boolean started;
    boolean done;
    @Nullable String continueFrom;
    @Nullable Page<T> pending;
    @Nullable Throwable failure;
    @Nullable String requestId;
    @Nullable String microversion;
    @Nullable Instant date;

    /** The bytes of this stretch's answers. */
    long bytes;

    Segment(int index, @Nullable String marker) {
      this.index = index;
      this.marker = marker;
      this.paging =
          MarkerState.pagesAsSent(
              marker, new DistinctItems<>(distinct.noun(), idOf, repeated -> {}));
    }

    boolean wantsRequest() {
      return !requesting
          && !done
          && failure == null
          && pending == null
          && (!started || continueFrom != null);
    }

    /**
     * Where a listing resumes after this segment: its last item, or, when all of its servers went
     * meanwhile, the last id the id pass saw in it (Nova resolves the marker of a deleted server).
     */
    @Nullable String resumeMarker() {
      if (!items.isEmpty()) {
        return idOf.apply(items.get(items.size() - 1));
      }
      return ids.isEmpty() ? marker : ids.get(ids.size() - 1);
    }

    void fail(Throwable error) {
      failure = error;
      pending = null;
    }

    /**
     * Takes the answer waiting for this segment once all its ids are known: keeps its items up to
     * the segment's end, and asks for more when the answer fell short of it.
     */
    void reconcile() {
      Page<T> page = pending;
      if (page == null || !complete || failure != null) {
        return;
      }
      pending = null;
      started = true;
      continueFrom = null;
      if (requestId == null) {
        requestId = page.requestId().orElse(null);
        microversion = page.microversion().orElse(null);
        date = page.date();
      }
      bytes += page.bodyBytes();
      try {
        paging.accept(page);
      } catch (ComputeClientException e) {
        fail(e);
        return;
      }
      String lastId = tail || ids.isEmpty() ? null : ids.get(ids.size() - 1);
      for (T item : page.items()) {
        String id = idOf.apply(item);
        Integer owner = segmentOfId.get(id);
        if (owner != null && owner > index) {
          done = true; // the next segment begins here: an id of this one was deleted meanwhile
          return;
        }
        items.add(item);
        if (id.equals(lastId)) {
          done = true;
          return;
        }
      }
      if (paging.done()) {
        done = true; // the listing ends in this segment
      } else {
        continueFrom = paging.nextMarker();
      }
    }
  }

  /** The caller's pending {@link #next()}: cancelling it closes the listing. */
  private final class Waiter extends CompletableFuture<Optional<Page<T>>> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      close();
      return cancelled;
    }
  }
}
