package io.github.stacksdk.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ids of the items one listing has brought so far, to tell the new items of a page from those
 * that come again. Marker paging reads a list that may change between pages: a server whose sort
 * key changes (its {@code updated_at}, say) after its page was read can come again on a later one.
 * One set serves both the distinct items of a listing and its guard against pages that bring
 * nothing new (see {@link MarkerState}). Remembers every id of the listing (about 100 bytes each);
 * not thread-safe.
 *
 * @param <T> the item type
 */
final class DistinctItems<T> {
  private final Set<String> seen = new HashSet<>();
  private final String noun;
  private final Function<T, String> idOf;
  private final Consumer<String> onRepeat;

  /**
   * @param noun what an item is, for messages: {@code "server"}
   * @param idOf the item's id
   * @param onRepeat told the id of each item that came again, by {@link #newItems(List)} only
   */
  DistinctItems(String noun, Function<T, String> idOf, Consumer<String> onRepeat) {
    this.noun = noun;
    this.idOf = idOf;
    this.onRepeat = onRepeat;
  }

  /** What an item is, for messages. */
  String noun() {
    return noun;
  }

  /**
   * Remembers the ids of a page's items and returns those not seen before, telling each repeat.
   *
   * @param items the items of a page
   * @return {@code items} itself when none came again (the normal case, no copy); a new list of
   *     the new ones otherwise, possibly empty
   */
  List<T> newItems(List<T> items) {
    int size = items.size();
    for (int i = 0; i < size; i++) {
      String id = idOf.apply(items.get(i));
      if (!seen.add(id)) {
        return newItemsFrom(items, i, id);
      }
    }
    return items;
  }

  /** The rest of {@link #newItems(List)}, from the first repeat, at {@code repeat}. */
  private List<T> newItemsFrom(List<T> items, int repeat, String repeatedId) {
    onRepeat.accept(repeatedId);
    List<T> fresh = new ArrayList<>(items.subList(0, repeat));
    for (int i = repeat + 1; i < items.size(); i++) {
      T item = items.get(i);
      String id = idOf.apply(item);
      if (seen.add(id)) {
        fresh.add(item);
      } else {
        onRepeat.accept(id);
      }
    }
    return fresh;
  }

  /**
   * Remembers the ids of a page's items without telling repeats, for pages yielded as Nova sent
   * them.
   *
   * @param items the items of a page
   * @return whether at least one was not seen before
   */
  boolean anyNew(List<T> items) {
    boolean anyNew = false;
    for (int i = 0, size = items.size(); i < size; i++) {
      anyNew |= seen.add(idOf.apply(items.get(i)));
    }
    return anyNew;
  }
}
