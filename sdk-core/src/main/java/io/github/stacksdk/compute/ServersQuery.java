package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Turns a {@link ListServersRequest} into the query of {@code GET /servers/detail}. */
final class ServersQuery {
  /** Nova's default {@code [api] max_limit}: the most one page can hold on most clouds. */
  static final int DEFAULT_PAGE_SIZE = 1000;

  private ServersQuery() {}

  /** The {@code limit} a page of the request asks for. */
  static int limit(ListServersRequest r) {
    return r.pageSize().orElse(DEFAULT_PAGE_SIZE);
  }

  /** The URL of the page after {@code marker} (null: the request's own marker, if any). */
  static HttpUrl url(HttpUrl endpoint, ListServersRequest r, @Nullable String marker) {
    return url(Endpoints.resolve(endpoint, "servers", "detail"), r, marker);
  }

  /** The same query on the id listing, {@code GET /servers}. */
  static HttpUrl summariesUrl(HttpUrl endpoint, ListServersRequest r, @Nullable String marker) {
    return url(Endpoints.resolve(endpoint, "servers"), r, marker);
  }

  private static HttpUrl url(HttpUrl.Builder url, ListServersRequest r, @Nullable String marker) {
    url.addQueryParameter("limit", Integer.toString(limit(r)));
    String start = marker != null ? marker : r.marker().orElse(null);
    if (start != null) {
      url.addQueryParameter("marker", start);
    }
    // Plain ifs, not a lambda per filter: each lambda costs a class spun at a cold start's first
    // listing.
    if (r.changesSince().isPresent()) {
      url.addQueryParameter("changes-since", utc(r.changesSince().get()));
    }
    if (r.changesBefore().isPresent()) {
      url.addQueryParameter("changes-before", utc(r.changesBefore().get()));
    }
    for (ServerStatus status : r.statuses()) {
      url.addQueryParameter("status", status.value());
    }
    param(url, "name", r.name());
    param(url, "flavor", r.flavor());
    param(url, "image", r.image());
    param(url, "ip", r.ip());
    param(url, "ip6", r.ip6());
    addList(url, "tags", r.tags());
    addList(url, "tags-any", r.tagsAny());
    addList(url, "not-tags", r.notTags());
    addList(url, "not-tags-any", r.notTagsAny());
    if (r.locked().isPresent()) {
      url.addQueryParameter("locked", r.locked().get().toString());
    }
    param(url, "availability_zone", r.availabilityZone());
    param(url, "key_name", r.keyName());
    param(url, "host", r.host());
    param(url, "node", r.node());
    param(url, "hostname", r.hostname());
    param(url, "user_id", r.userId());
    param(url, "project_id", r.projectId());
    if (r.allTenants()) {
      url.addQueryParameter("all_tenants", "true");
    }
    if (r.deleted().isPresent()) {
      url.addQueryParameter("deleted", r.deleted().get().toString());
    }
    if (r.powerState().isPresent()) {
      url.addQueryParameter("power_state", Integer.toString(r.powerState().get().code()));
    }
    if (r.vmState().isPresent()) {
      url.addQueryParameter("vm_state", r.vmState().get().value());
    }
    if (r.taskState().isPresent()) {
      url.addQueryParameter("task_state", r.taskState().get().value());
    }
    param(url, "reservation_id", r.reservationId());
    param(url, "uuid", r.uuid());
    param(url, "display_description", r.description());
    param(url, "access_ip_v4", r.accessIpV4());
    param(url, "access_ip_v6", r.accessIpV6());
    if (r.autoDiskConfig().isPresent()) {
      url.addQueryParameter("auto_disk_config", r.autoDiskConfig().get() ? "1" : "0");
    }
    if (r.configDrive().isPresent()) {
      url.addQueryParameter("config_drive", r.configDrive().get() ? "True" : "^$");
    }
    if (r.createdAt().isPresent()) {
      url.addQueryParameter("created_at", secondOf(r.createdAt().get()));
    }
    if (r.launchedAt().isPresent()) {
      url.addQueryParameter("launched_at", secondOf(r.launchedAt().get()));
    }
    if (r.terminatedAt().isPresent()) {
      url.addQueryParameter("terminated_at", secondOf(r.terminatedAt().get()));
    }
    param(url, "kernel_id", r.kernelId());
    param(url, "ramdisk_id", r.ramdiskId());
    param(url, "root_device_name", r.rootDeviceName());
    if (r.launchIndex().isPresent()) {
      url.addQueryParameter("launch_index", exactly(r.launchIndex().getAsInt()));
    }
    if (r.progress().isPresent()) {
      url.addQueryParameter("progress", exactly(r.progress().getAsInt()));
    }
    if (r.lockedBy().isPresent()) {
      url.addQueryParameter("locked_by", r.lockedBy().get().value());
    }
    if (r.softDeleted().isPresent()) {
      url.addQueryParameter("soft_deleted", r.softDeleted().get() ? "true" : "");
    }
    for (ServerSort sort : r.sorts()) {
      url.addQueryParameter("sort_key", sort.key());
      url.addQueryParameter("sort_dir", sort.direction().value());
    }
    for (Map.Entry<String, String> extra : r.additionalQueryParameters().entrySet()) {
      url.addQueryParameter(extra.getKey(), extra.getValue());
    }
    return url.build();
  }

  /**
   * Rejects filters the client's microversion does not have, naming the one that needs more. The
   * other filters are in Nova's query schema from 2.1; some are admin-only until 2.83 or 2.90, which
   * Nova enforces by ignoring them for other tokens, not by the microversion.
   */
  static void checkMicroversion(ListServersRequest r, Microversion client) {
    require(client, r.changesBefore().isPresent(), "changesBefore (changes-before)", "2.66");
    require(
        client,
        !(r.tags().isEmpty()
            && r.tagsAny().isEmpty()
            && r.notTags().isEmpty()
            && r.notTagsAny().isEmpty()),
        "tags, tagsAny, notTags and notTagsAny",
        "2.26");
    require(client, r.locked().isPresent(), "locked", "2.73");
    require(client, sortsBy(r, "locked"), "sort key locked", "2.73");
  }

  private static void require(Microversion client, boolean used, String parameter, String minimum) {
    if (used && client.isLowerThan(Microversion.parse(minimum))) {
      throw new IllegalArgumentException(
          parameter + " needs microversion " + minimum + " or later; the client uses " + client);
    }
  }

  private static boolean sortsBy(ListServersRequest r, String key) {
    for (ServerSort sort : r.sorts()) {
      if (sort.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static void param(HttpUrl.Builder url, String name, Optional<String> value) {
    if (value.isPresent()) {
      url.addQueryParameter(name, value.get());
    }
  }

  private static void addList(HttpUrl.Builder url, String name, List<String> values) {
    if (!values.isEmpty()) {
      url.addQueryParameter(name, String.join(",", values));
    }
  }

  /**
   * The regular expression that matches an integer column's text exactly: Nova searches for the
   * pattern anywhere in the text, so a bare {@code 5} would also match 15 and 50.
   */
  private static String exactly(int value) {
    return "^" + value + "$";
  }

  /**
   * The regular expression that matches a time column within one second: the database's text of
   * it, UTC, from its start. MySQL's {@code DATETIME} reads {@code 2026-01-02 03:04:05}; SQLite
   * adds {@code .ffffff}, which the open end allows.
   */
  private static String secondOf(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    return String.format(
        Locale.ROOT,
        "^%04d-%02d-%02d %02d:%02d:%02d",
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond());
  }

  /** UTC with {@code Z}, the safest form for Nova (a {@code +} offset is easily mangled). */
  private static String utc(Instant instant) {
    return instant.toString();
  }
}
