package io.github.stacksdk.compute;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A listing's pages as its listeners hear of them: each page its caller gets, and the listing's end
 * (its last page, its failure, or its closing before the end).
 */
final class ObservedPages {
  private ObservedPages() {}

  /** The pages of a listing read on its caller's thread. */
  static <T> Iterator<Page<T>> of(Observation listing, Iterator<Page<T>> pages) {
    return listing.isNone() ? pages : new Blocking<>(listing, pages);
  }

  /** The pages of a listing read asynchronously, one request after another. */
  static <T> AsyncPageIterator<T> of(Observation listing, AsyncPageIterator<T> pages) {
    return listing.isNone() ? pages : new Async<>(listing, pages);
  }

  /** The pages of a listing that reads ahead by itself. */
  static <T> CancellablePages<T> of(Observation listing, CancellablePages<T> pages) {
    return listing.isNone() ? pages : new Cancellable<>(listing, pages);
  }

  private static final class Blocking<T> implements Iterator<Page<T>>, AutoCloseable {
    private final Observation listing;
    private final Iterator<Page<T>> pages;

    Blocking(Observation listing, Iterator<Page<T>> pages) {
      this.listing = listing;
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      boolean more;
      try {
        more = pages.hasNext();
      } catch (RuntimeException | Error e) {
        listing.failed(e);
        throw e;
      }
      if (!more) {
        listing.succeeded();
      }
      return more;
    }

    @Override
    public Page<T> next() {
      Page<T> page = pages.next();
      listing.pageReceived(page);
      return page;
    }

    @Override
    public void close() throws Exception {
      listing.cancelled(); // a listing that has ended stays as it ended
      if (pages instanceof AutoCloseable) {
        ((AutoCloseable) pages).close();
      }
    }
  }

  /** Closed by {@link ReadAhead} when its loop ends, so that a loop that stops early says so. */
  private static class Async<T> implements AsyncPageIterator<T>, AutoCloseable {
    final Observation listing;
    private final AsyncPageIterator<T> pages;

    Async(Observation listing, AsyncPageIterator<T> pages) {
      this.listing = listing;
      this.pages = pages;
    }

    @Override
    public CompletableFuture<Optional<Page<T>>> next() {
      CompletableFuture<Optional<Page<T>>> next;
      try {
        next = pages.next();
      } catch (RuntimeException e) {
        listing.failed(e);
        throw e;
      }
      Futures.Chained<Optional<Page<T>>> told = new Futures.Chained<>(null);
      told.follow(
          next,
          (page, failure) -> {
            if (failure != null) {
              listing.failed(failure);
            } else if (page != null && page.isPresent()) {
              listing.pageReceived(page.get());
            } else {
              listing.succeeded();
            }
          });
      return told;
    }

    @Override
    public void close() {
      listing.cancelled(); // a listing that has ended stays as it ended
    }
  }

  private static final class Cancellable<T> extends Async<T> implements CancellablePages<T> {
    private final CancellablePages<T> pages;

    Cancellable(Observation listing, CancellablePages<T> pages) {
      super(listing, pages);
      this.pages = pages;
    }

    @Override
    public void close() {
      super.close();
      pages.close();
    }
  }
}
