package io.github.stacksdk.compute;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The pages of an asynchronous listing, one request per page, each asked for when the previous one
 * has arrived.
 *
 * <pre>{@code
 * AsyncPageIterator<Server> pages = async.listServers().pageIterator();
 * pages.next().thenAccept(page -> page.ifPresent(p -> show(p.items())));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AsyncPageIterator<T> {

  /**
   * Fetches the next page. Cancelling the future cancels its HTTP call. After a failed page, a
   * further call asks for the same page again.
   *
   * @return the next page, or empty when the listing has no more; failing with a {@link
   *     io.github.stacksdk.compute.exception.ComputeException} when the page cannot be fetched
   * @throws IllegalStateException when the previous {@code next()} has not completed yet
   */
  CompletableFuture<Optional<Page<T>>> next();
}
