package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The scope and paging of a server group listing ({@code GET /os-server-groups}).
 *
 * <pre>{@code
 * compute.serverGroups().list(r -> r.allProjects(true).pageSize(100))
 *     .forEach(g -> System.out.println(g.name().orElse(g.id())));
 * }</pre>
 *
 * <p>Nova pages this listing by {@code limit} and {@code offset} and sends no link to the next
 * page: the listing asks for the next offset after a full page and ends at a shorter one. Nova
 * caps a page at its {@code [api] max_limit}, 1000 unless the cloud's operator lowered it; a page
 * size above the cloud's cap would end the listing after the first page, so the page size is at
 * most 1000 here, and on a cloud with a lower cap it must be at most that cap.
 */
@Value.Immutable
@ValueStyle
public abstract class ListServerGroupsRequest {
  /** Nova's default {@code [api] max_limit}: the most one page holds on most clouds. */
  static final int MAX_PAGE_SIZE = ServersQuery.DEFAULT_PAGE_SIZE;

  /** Only the generated implementation extends it. */
  ListServerGroupsRequest() {}

  /**
   * The groups of every project, not only the caller's ({@code all_projects}). Nova heeds it for
   * administrators only and lists a non-administrator's own groups without a word.
   */
  @Value.Default
  public boolean allProjects() {
    return false;
  }

  /**
   * Groups per request, sent as {@code limit}, from 1 to 1000; 1000 when unset. Not a cap on the
   * total.
   */
  public abstract OptionalInt pageSize();

  /**
   * Skip this many groups ({@code offset}); the listing starts there. Normally left empty: the
   * pager sets the offset of each later page.
   */
  public abstract OptionalInt offset();

  /** Rejects values Nova would refuse or cap, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (pageSize().isPresent()
        && (pageSize().getAsInt() < 1 || pageSize().getAsInt() > MAX_PAGE_SIZE)) {
      throw new IllegalArgumentException(
          "pageSize must be from 1 to "
              + MAX_PAGE_SIZE
              + " (Nova caps a page at its [api] max_limit, and a capped page would look like the"
              + " last), was "
              + pageSize().getAsInt());
    }
    if (offset().isPresent() && offset().getAsInt() < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset().getAsInt());
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

  /** Builds {@link ListServerGroupsRequest} values. */
  public static final class Builder extends ImmutableListServerGroupsRequest.Builder {
    Builder() {}
  }
}
