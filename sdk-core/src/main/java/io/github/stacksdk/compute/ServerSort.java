package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One sort key and its direction, sent as a {@code sort_key}/{@code sort_dir} pair. Nova's default
 * order is {@code created_at} descending.
 */
@Value.Immutable
@ValueStyle
public abstract class ServerSort {
  /** Only the generated implementation extends it. */
  ServerSort() {}

  /**
   * The sort key, one of Nova's database column names such as {@code display_name},
   * {@code created_at}, {@code updated_at}, {@code launched_at}, {@code vm_state} or {@code uuid}
   * ({@code locked} needs microversion 2.73; {@code host} and {@code node} are admin only).
   */
  @Value.Parameter
  public abstract String key();

  /** The direction. */
  @Value.Parameter
  public abstract SortDirection direction();

  /**
   * Returns a sort by {@code key} in {@code direction}.
   *
   * @param key a Nova sort key, for example {@code display_name}
   * @param direction the direction
   * @return the sort
   * @throws IllegalArgumentException when the key is blank
   */
  public static ServerSort of(String key, SortDirection direction) {
    return ImmutableServerSort.of(key, direction);
  }

  /** Rejects a blank key before any request is made; {@link #of} calls it. */
  @Value.Check
  void validate() {
    if (key().isBlank()) {
      throw new IllegalArgumentException("sort key must not be blank");
    }
  }
}
