package io.github.stacksdk.compute.internal.paging;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Lets each item of one listing through once. Marker paging reads a list that may change between
 * pages: a server whose sort key changes (its {@code updated_at}, say) after its page was read can
 * come again on a later one. Skipping it keeps a listing a list of distinct servers, as Nova's own
 * clients expect. Remembers every id of the listing (about 100 bytes each); not thread-safe.
 *
 * @param <T> the item type
 */
public final class DistinctItems<T> implements Predicate<T> {
  private final Set<String> seen = new HashSet<>();
  private final Function<T, String> idOf;
  private final Consumer<String> onRepeat;

  /**
   * @param idOf the item's id
   * @param onRepeat told the id of each item that came again
   */
  public DistinctItems(Function<T, String> idOf, Consumer<String> onRepeat) {
    this.idOf = idOf;
    this.onRepeat = onRepeat;
  }

  /** True the first time an item's id is seen. */
  @Override
  public boolean test(T item) {
    String id = idOf.apply(item);
    if (seen.add(id)) {
      return true;
    }
    onRepeat.accept(id);
    return false;
  }
}
