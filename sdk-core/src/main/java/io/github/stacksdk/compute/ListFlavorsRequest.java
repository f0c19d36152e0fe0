package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The filters, sorting and paging of a flavor listing ({@code GET /flavors/detail}).
 *
 * <pre>{@code
 * compute.flavors().list(r -> r.minRam(2048).minDisk(20).sort("memory_mb", SortDirection.ASC))
 *     .forEach(f -> System.out.println(f.name().orElse(f.id())));
 * }</pre>
 *
 * <p>Nova lists the flavors whose memory and root disk are at least these, in flavor id order
 * unless sorted otherwise, and without the disabled ones for callers who are not administrators.
 */
@Value.Immutable
@ValueStyle
public abstract class ListFlavorsRequest {
  /** Nova's sort keys for flavors ({@code VALID_SORT_KEYS} of its flavors schema). */
  static final Set<String> SORT_KEYS =
      Set.of(
          "created_at",
          "description",
          "disabled",
          "ephemeral_gb",
          "flavorid",
          "id",
          "is_public",
          "memory_mb",
          "name",
          "root_gb",
          "rxtx_factor",
          "swap",
          "updated_at",
          "vcpu_weight",
          "vcpus");

  /** Only the generated implementation extends it. */
  ListFlavorsRequest() {}

  /** Flavors with at least this much memory, in MiB ({@code minRam}). */
  public abstract OptionalInt minRam();

  /** Flavors with at least this much root disk, in GiB ({@code minDisk}). */
  public abstract OptionalInt minDisk();

  /**
   * Public, private or all flavors ({@code is_public}); Nova heeds it for administrators only.
   */
  public abstract Optional<FlavorVisibility> visibility();

  /** The sort key ({@code sort_key}), one of Nova's; Nova sorts by {@code flavorid} without it. */
  public abstract Optional<String> sortKey();

  /** The sort direction ({@code sort_dir}); ascending without it. */
  public abstract Optional<SortDirection> sortDirection();

  /**
   * Start after the flavor with this id ({@code marker}). Normally left empty: the pager sets it.
   */
  public abstract Optional<String> marker();

  /** Flavors per request, sent as {@code limit}; not a cap on the total. */
  public abstract OptionalInt pageSize();

  /** Rejects values Nova would refuse, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (minRam().isPresent() && minRam().getAsInt() < 0) {
      throw new IllegalArgumentException("minRam must not be negative, was " + minRam().getAsInt());
    }
    if (minDisk().isPresent() && minDisk().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "minDisk must not be negative, was " + minDisk().getAsInt());
    }
    if (sortKey().isPresent() && !SORT_KEYS.contains(sortKey().get())) {
      throw new IllegalArgumentException(
          "sortKey " + sortKey().get() + " is not one of Nova's: " + new TreeSet<>(SORT_KEYS));
    }
    if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "pageSize must be at least 1, was " + pageSize().getAsInt());
    }
    if (marker().isPresent() && marker().get().isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this request's values.
   *
   * @return a builder holding a copy of this request
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ListFlavorsRequest} values. */
  public static final class Builder extends ImmutableListFlavorsRequest.Builder {
    Builder() {}

    /**
     * Sorts by one of Nova's flavor sort keys.
     *
     * @param key a sort key, for example {@code memory_mb}
     * @param direction the direction
     * @return this builder
     */
    public Builder sort(String key, SortDirection direction) {
      sortKey(key);
      sortDirection(direction);
      return this;
    }
  }
}
