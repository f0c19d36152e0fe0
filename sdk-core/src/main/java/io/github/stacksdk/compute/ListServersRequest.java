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
 *
 * <p>Many of Nova's filters are regular expressions that its database searches for in a column's
 * text ({@code REGEXP} on MySQL, Python's {@code re.search} on SQLite), whatever the column's type:
 * {@code progress=5} also lists servers at 15 % and 50 %. The typed setters for number, boolean and
 * time columns therefore send the expression that selects exactly the value given, as each one's
 * Javadoc shows. MySQL treats {@code |} in these expressions as a literal character.
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
  /** 0001-01-01T00:00:00Z. */
  private static final long FIRST_SECOND = -62_135_596_800L;

  /** 9999-12-31T23:59:59Z. */
  private static final long LAST_SECOND = 253_402_300_799L;

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

  /** The server with this id ({@code uuid}), matched exactly; admin only. */
  public abstract Optional<String> uuid();

  /**
   * A regular expression matched against server descriptions, sent as {@code
   * display_description}: Nova drops the {@code description} its API reference names, as its
   * database has no column of that name. Admin only.
   */
  public abstract Optional<String> description();

  /** A regular expression matched against the access IPv4 address ({@code access_ip_v4}). Admin only. */
  public abstract Optional<String> accessIpV4();

  /** A regular expression matched against the access IPv6 address ({@code access_ip_v6}). Admin only. */
  public abstract Optional<String> accessIpV6();

  /**
   * Servers whose disk config is {@code AUTO} (true) or {@code MANUAL} (false), sent as {@code
   * auto_disk_config=1} or {@code 0}: Nova matches the text of a boolean column, which the {@code
   * AUTO} and {@code MANUAL} of its API reference never match. Admin only.
   */
  public abstract Optional<Boolean> autoDiskConfig();

  /**
   * Servers with (true) or without (false) a config drive, sent as {@code config_drive=True} or
   * {@code ^$} (Nova stores an empty text for none). Admin only before 2.83.
   */
  public abstract Optional<Boolean> configDrive();

  /**
   * Servers created within the second of this instant, sent in UTC as {@code created_at=^2026-01-02
   * 03:04:05}: Nova matches a regular expression against the database's text of the time, which
   * the ISO 8601 time of its API reference never matches. Admin only before 2.83. A coarser match,
   * such as a whole day, is {@code additionalQueryParameter("created_at", "^2026-01-02")}.
   */
  public abstract Optional<Instant> createdAt();

  /** Servers launched within the second of this instant ({@code launched_at}); as {@link #createdAt()}. */
  public abstract Optional<Instant> launchedAt();

  /** Servers terminated within the second of this instant ({@code terminated_at}); as {@link #createdAt()}. */
  public abstract Optional<Instant> terminatedAt();

  /** A regular expression matched against the kernel image id ({@code kernel_id}). Admin only. */
  public abstract Optional<String> kernelId();

  /** A regular expression matched against the ramdisk image id ({@code ramdisk_id}). Admin only. */
  public abstract Optional<String> ramdiskId();

  /** A regular expression matched against the root device name ({@code root_device_name}). Admin only. */
  public abstract Optional<String> rootDeviceName();

  /**
   * Servers with this index among those one request created, sent as {@code launch_index=^N$}
   * (a bare number would also match 10, 11…). Admin only.
   */
  public abstract OptionalInt launchIndex();

  /**
   * Servers at this build progress, 0 to 100, sent as {@code progress=^N$} (a bare 5 would also
   * match 15 and 50). Admin only before 2.83.
   */
  public abstract OptionalInt progress();

  /** Servers locked by their own project or by another project's administrator ({@code locked_by}). Admin only. */
  public abstract Optional<LockedBy> lockedBy();

  /**
   * Whether soft-deleted servers ({@link ServerStatus#SOFT_DELETED}) are listed ({@code
   * soft_deleted}). Admin only.
   *
   * <p>Nova hides them by default, even from {@code status=SOFT_DELETED}. True lists them with the
   * servers that are not deleted, or with {@link #deleted()} true with the deleted ones (as without
   * this filter). False leaves them out, so that {@code deleted(true)} lists only servers deleted
   * for good. With {@link #changesSince()} or {@link #changesBefore()}, it matters only if {@link
   * #deleted()} is set. False is sent as an empty value: Nova tests the text, not a boolean, so that
   * {@code soft_deleted=false} would mean true.
   */
  public abstract Optional<Boolean> softDeleted();

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
    if (progress().isPresent() && (progress().getAsInt() < 0 || progress().getAsInt() > 100)) {
      throw new IllegalArgumentException(
          "progress must be from 0 to 100, was " + progress().getAsInt());
    }
    if (launchIndex().isPresent() && launchIndex().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "launchIndex must not be negative, was " + launchIndex().getAsInt());
    }
    if (uuid().isPresent() && uuid().get().isBlank()) {
      throw new IllegalArgumentException("uuid must not be blank");
    }
    checkYear("createdAt", createdAt());
    checkYear("launchedAt", launchedAt());
    checkYear("terminatedAt", terminatedAt());
    for (String key : additionalQueryParameters().keySet()) {
      if (Set.of("limit", "marker").contains(key)) {
        throw new IllegalArgumentException(
            "additionalQueryParameter " + key + " is set by the pager; use pageSize() or marker()");
      }
    }
  }

  /** Nova's times are Python datetimes, years 1 to 9999; others would not make a valid pattern. */
  static void checkYear(String name, Optional<Instant> time) {
    if (time.isPresent()) {
      long second = time.get().getEpochSecond();
      if (second < FIRST_SECOND || second > LAST_SECOND) {
        throw new IllegalArgumentException(
            name + " must be in the years 1 to 9999, was " + time.get());
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
