package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.PowerState;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import io.github.stacksdk.compute.model.VmState;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The filters, sorting and paging of a server listing ({@code GET /servers/detail}).
 *
 * <pre>{@code
 * ListServersRequest request = ListServersRequest.builder()
 *     .status(ServerStatus.ACTIVE, ServerStatus.SHUTOFF)
 *     .name("^web-")
 *     .changesSince(Instant.parse("2026-01-01T00:00:00Z"))
 *     .sort("display_name", SortDirection.ASC)
 *     .pageSize(200)
 *     .build();
 * }</pre>
 *
 * <p>Nova silently ignores filters that the caller's role may not use (most of the admin-only ones
 * below, for a non-admin token) and so returns more servers than asked for; the Javadoc of each
 * filter says who may use it. Filters that need a newer microversion than the client's are
 * rejected with an {@link IllegalArgumentException} before any request.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(
    dictionary = {
      "status:statuses",
      "additionalQueryParameter:additionalQueryParameters",
      "tagsAny:tagsAny",
      "notTags:notTags",
      "notTagsAny:notTagsAny"
    })
public abstract class ListServersRequest {
  /** Only the generated implementation extends it. */
  ListServersRequest() {}

  /** Servers changed at or after this instant ({@code changes-since}); includes deleted ones. */
  public abstract Optional<Instant> changesSince();

  /** Servers changed at or before this instant ({@code changes-before}). Needs microversion 2.66. */
  public abstract Optional<Instant> changesBefore();

  /** Servers in any of these statuses ({@code status}, repeated). */
  public abstract List<ServerStatus> statuses();

  /**
   * Start after the server with this id ({@code marker}). Normally left empty: the pager sets it.
   * A marker Nova cannot find fails with a {@code MarkerNotFoundException}.
   */
  public abstract Optional<String> marker();

  /** A regular expression matched against server names ({@code name}): {@code web} also matches {@code web-01}. */
  public abstract Optional<String> name();

  /** Servers per request, sent as {@code limit} (default 1000, Nova's usual maximum); not a cap on the total. */
  public abstract OptionalInt pageSize();

  /** Servers of the flavor with this id, not name ({@code flavor}). */
  public abstract Optional<String> flavor();

  /** Servers booted from the image with this id ({@code image}). */
  public abstract Optional<String> image();

  /** A regular expression matched against IPv4 addresses ({@code ip}). */
  public abstract Optional<String> ip();

  /** A regular expression matched against IPv6 addresses ({@code ip6}); admin only before 2.5. */
  public abstract Optional<String> ip6();

  /** Servers with all of these tags ({@code tags}). Needs microversion 2.26. */
  public abstract List<String> tags();

  /** Servers with any of these tags ({@code tags-any}). Needs microversion 2.26. */
  public abstract List<String> tagsAny();

  /** Servers without all of these tags ({@code not-tags}). Needs microversion 2.26. */
  public abstract List<String> notTags();

  /** Servers without any of these tags ({@code not-tags-any}). Needs microversion 2.26. */
  public abstract List<String> notTagsAny();

  /** Locked or unlocked servers ({@code locked}). Needs microversion 2.73. */
  public abstract Optional<Boolean> locked();

  /** A regular expression matched against the availability zone ({@code availability_zone}); admin only before 2.83. */
  public abstract Optional<String> availabilityZone();

  /** A regular expression matched against the key pair name ({@code key_name}); admin only before 2.83. */
  public abstract Optional<String> keyName();

  /** Servers on this compute host ({@code host}); admin only. */
  public abstract Optional<String> host();

  /** A regular expression matched against the hypervisor node ({@code node}); admin only. */
  public abstract Optional<String> node();

  /** A regular expression matched against the guest host name ({@code hostname}); admin only before 2.90. */
  public abstract Optional<String> hostname();

  /** Servers created by this user id ({@code user_id}); admin only before 2.83. */
  public abstract Optional<String> userId();

  /** Servers of this project id ({@code project_id}); admin only, and only with {@link #allTenants()}. */
  public abstract Optional<String> projectId();

  /** Servers of every project, not only the token's ({@code all_tenants}); admin only. */
  @Value.Default
  public boolean allTenants() {
    return false;
  }

  /** Deleted (true) or not deleted servers ({@code deleted}); admin only. */
  public abstract Optional<Boolean> deleted();

  /** Servers in this power state ({@code power_state}); admin only before 2.83. */
  public abstract Optional<PowerState> powerState();

  /** Servers in this vm_state ({@code vm_state}); admin only before 2.83. */
  public abstract Optional<VmState> vmState();

  /** Servers in this task_state ({@code task_state}); admin only before 2.83. */
  public abstract Optional<TaskState> taskState();

  /** A regular expression matched against the multi-create reservation id ({@code reservation_id}). */
  public abstract Optional<String> reservationId();

  /** The sort keys, sent as {@code sort_key}/{@code sort_dir} pairs in this order. */
  public abstract List<ServerSort> sorts();

  /**
   * Query parameters this SDK does not model, sent verbatim after the modelled ones. The pager's
   * own {@code limit} and {@code marker} are not allowed here.
   */
  public abstract Map<String, String> additionalQueryParameters();

  /** Rejects contradictory values before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "pageSize must be at least 1, was " + pageSize().getAsInt());
    }
    if (marker().isPresent() && marker().get().isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
    if (changesSince().isPresent()
        && changesBefore().isPresent()
        && changesSince().get().isAfter(changesBefore().get())) {
      throw new IllegalArgumentException(
          "changesSince ("
              + changesSince().get()
              + ") must not be after changesBefore ("
              + changesBefore().get()
              + ")");
    }
    for (ServerStatus status : statuses()) {
      if (status == ServerStatus.UNRECOGNIZED) {
        throw new IllegalArgumentException("status UNRECOGNIZED is not a Nova status");
      }
    }
    if (powerState().orElse(null) == PowerState.UNRECOGNIZED
        || vmState().orElse(null) == VmState.UNRECOGNIZED
        || taskState().orElse(null) == TaskState.UNRECOGNIZED) {
      throw new IllegalArgumentException(
          "UNRECOGNIZED is not a Nova state; use additionalQueryParameter");
    }
    for (String key : additionalQueryParameters().keySet()) {
      if (Set.of("limit", "marker").contains(key)) {
        throw new IllegalArgumentException(
            "additionalQueryParameter " + key + " is set by the pager; use pageSize() or marker()");
      }
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

  /** Builds {@link ListServersRequest} values. */
  public static final class Builder extends ImmutableListServersRequest.Builder {
    Builder() {}

    /**
     * Adds statuses to match; a server in any of them is listed.
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder status(ServerStatus... statuses) {
      addAllStatuses(Arrays.asList(statuses));
      return this;
    }

    /**
     * Adds a sort key, after those already added.
     *
     * @param key a Nova sort key, for example {@code display_name}
     * @param direction the direction
     * @return this builder
     */
    public Builder sort(String key, SortDirection direction) {
      addSort(ServerSort.of(key, direction));
      return this;
    }

    /**
     * Adds a query parameter this SDK does not model, sent verbatim.
     *
     * @param key the parameter name
     * @param value the value
     * @return this builder
     */
    public Builder additionalQueryParameter(String key, String value) {
      putAdditionalQueryParameter(key, value);
      return this;
    }
  }
}
