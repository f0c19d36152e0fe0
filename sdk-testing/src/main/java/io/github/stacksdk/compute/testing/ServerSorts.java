package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The order of a server listing: Nova's {@code sort_key}/{@code sort_dir} pairs (default {@code
 * created_at desc}), then {@code created_at} and Nova's internal id as tie-breakers in the first
 * direction ({@code nova/db/utils.py process_sort_params}). The internal id is the order in which
 * servers were added to the fake. Missing values sort first in ascending order, as NULLs do in
 * MySQL.
 */
final class ServerSorts {
  /** The valid sort keys and the server value each sorts by. */
  private static final Map<String, Function<ServerStore.Stored, @Nullable Comparable<?>>> KEYS =
      new LinkedHashMap<>();

  /** Keys Nova accepts but ignores before 2.75, and rejects from 2.75. */
  private static final List<String> IGNORED =
      List.of(
          "architecture",
          "cell_name",
          "cleaned",
          "default_ephemeral_device",
          "default_swap_device",
          "deleted",
          "deleted_at",
          "disable_terminate",
          "ephemeral_gb",
          "ephemeral_key_uuid",
          "id",
          "key_data",
          "launched_on",
          "locked",
          "memory_mb",
          "os_type",
          "reservation_id",
          "root_gb",
          "shutdown_terminate",
          "user_data",
          "vcpus",
          "vm_mode");

  static {
    key("access_ip_v4", s -> s.accessIPv4());
    key("access_ip_v6", s -> s.accessIPv6());
    key("auto_disk_config", s -> s.diskConfig().map("AUTO"::equals));
    key("availability_zone", s -> s.availabilityZone());
    key("config_drive", s -> Optional.of(s.configDrive().orElse(false) ? "True" : ""));
    key("created_at", s -> s.created());
    key("display_description", s -> s.description());
    key("display_name", s -> s.name());
    key("host", s -> s.host());
    key("hostname", s -> s.hostname());
    key("image_ref", s -> Optional.of(s.image().map(i -> i.id()).orElse("")));
    key("instance_type_id", s -> s.flavor().flatMap(f -> f.id()));
    key("kernel_id", s -> s.kernelId());
    key("key_name", s -> s.keyName());
    key("launch_index", s -> boxed(s.launchIndex()));
    key("launched_at", s -> s.launchedAt());
    key("locked", s -> Optional.of(s.locked().orElse(false)));
    key("locked_by", s -> Optional.of(s.locked().orElse(false)));
    key("node", s -> s.hypervisorHostname());
    key("power_state", s -> boxed(s.powerStateCode()));
    key("progress", s -> boxed(s.progress()));
    key("ramdisk_id", s -> s.ramdiskId());
    key("root_device_name", s -> s.rootDeviceName());
    key("task_state", s -> s.taskStateAsString());
    key("terminated_at", s -> s.terminatedAt());
    key("updated_at", s -> s.updated());
    key("user_id", s -> s.userId());
    key("uuid", s -> Optional.of(s.id()));
    key("vm_state", s -> s.vmStateAsString());
  }

  private ServerSorts() {}

  private static void key(String name, Function<Server, Optional<? extends Comparable<?>>> value) {
    KEYS.put(name, stored -> value.apply(stored.server).orElse(null));
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /**
   * The order a request's query asks for.
   *
   * @param tenantOf the project of a seeded server, for {@code project_id}
   * @throws NovaFault 400 for a sort key or direction Nova rejects
   */
  static Comparator<ServerStore.Stored> of(
      QueryParams q, Microversion v, Function<Server, String> tenantOf) {
    List<String> keys = new ArrayList<>();
    for (String key : q.all("sort_key")) {
      keys.add(key.trim());
    }
    List<String> dirs = new ArrayList<>();
    for (String dir : q.all("sort_dir")) {
      dirs.add(dir.trim());
    }
    for (String dir : dirs) {
      if (!dir.equals("asc") && !dir.equals("desc")) {
        throw NovaFault.invalidQuery(
            "sort_dir", dir, "'" + dir + "' is not one of ['asc', 'desc']");
      }
    }
    // Keys the schema does not know are a 400; ignored keys are dropped with their direction
    // before 2.75 (nova/api/openstack/compute/servers.py remove_invalid_sort_keys).
    for (int i = keys.size() - 1; i >= 0; i--) {
      String key = keys.get(i);
      boolean valid = KEYS.containsKey(key) || key.equals("project_id");
      boolean ignored = IGNORED.contains(key) && !(key.equals("locked") && atLeast(v, 73));
      if (!valid && !(ignored && !atLeast(v, 75))) {
        throw NovaFault.invalidQuery(
            "sort_key", key, "'" + key + "' is not one of " + schemaKeys(v));
      }
      if (key.equals("locked") && !atLeast(v, 73)) {
        valid = false;
      }
      if (!valid) {
        keys.remove(i);
        if (i < dirs.size()) {
          dirs.remove(i);
        }
      }
    }
    if (keys.isEmpty()) {
      keys.add("created_at");
    }
    if (dirs.isEmpty()) {
      dirs.add("desc");
    }
    if (dirs.size() > keys.size()) {
      throw NovaFault.invalidInput("Sort direction size exceeds sort key size");
    }
    String defaultDir = dirs.get(0);
    while (dirs.size() < keys.size()) {
      dirs.add(defaultDir);
    }
    if (!keys.contains("created_at")) {
      keys.add("created_at");
      dirs.add(defaultDir);
    }

    Comparator<ServerStore.Stored> order = null;
    for (int i = 0; i < keys.size(); i++) {
      Function<ServerStore.Stored, @Nullable Comparable<?>> value =
          keys.get(i).equals("project_id") ? s -> tenantOf.apply(s.server) : KEYS.get(keys.get(i));
      Comparator<ServerStore.Stored> next =
          Comparator.comparing(value, ServerSorts::compareNullsFirst);
      if (dirs.get(i).equals("desc")) {
        next = next.reversed();
      }
      order = order == null ? next : order.thenComparing(next);
    }
    Comparator<ServerStore.Stored> byId = Comparator.comparingLong(s -> s.internalId);
    @SuppressWarnings("NullAway") // keys holds created_at at least, so the loop has set order
    Comparator<ServerStore.Stored> sorted =
        order.thenComparing(defaultDir.equals("desc") ? byId.reversed() : byId);
    return sorted;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareNullsFirst(@Nullable Comparable a, @Nullable Comparable b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  /** The enum of Nova's schema, as its validation error prints it. */
  private static String schemaKeys(Microversion v) {
    List<String> names = new ArrayList<>(KEYS.keySet());
    names.add("project_id");
    if (!atLeast(v, 73)) {
      names.remove("locked");
    }
    if (!atLeast(v, 75)) {
      names.addAll(IGNORED);
    }
    return names.stream()
        .distinct()
        .sorted()
        .map(n -> "'" + n + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
