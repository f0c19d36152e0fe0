package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's compute quotas as Nova's {@code DbQuotaDriver} checks them on create ({@code
 * nova/compute/utils.py check_num_instances_quota}): instances, cores and RAM, each unlimited when
 * negative. Every project has the same limits.
 */
final class Quotas {
  static final int UNLIMITED = -1;

  /**
   * The resources of Nova's {@code QUOTAS} engine in the order it registers them, with the default
   * limits of those the fake does not set (Nova's configuration defaults).
   */
  private static final List<String> RESOURCES =
      List.of(
          "instances",
          "cores",
          "ram",
          "metadata_items",
          "injected_files",
          "injected_file_content_bytes",
          "injected_file_path_bytes",
          "key_pairs",
          "server_groups",
          "server_group_members",
          "fixed_ips",
          "floating_ips",
          "security_groups",
          "security_group_rules");

  final int instances;
  final int cores;
  final int ramMb;

  Quotas(int instances, int cores, int ramMb) {
    this.instances = instances;
    this.cores = cores;
    this.ramMb = ramMb;
  }

  /**
   * Whether a server counts against its project's quota ({@code InstanceList.get_counts}): not
   * deleted, and not soft-deleted either.
   */
  static boolean counts(Server s) {
    return !ServerFilters.isDeleted(s) && !ServerFilters.isSoftDeleted(s);
  }

  /** The instances, cores and RAM (MiB) the counted servers use. */
  static int[] usage(Iterable<Server> servers) {
    int[] usage = new int[3];
    for (Server s : servers) {
      if (counts(s)) {
        usage[0]++;
        usage[1] += s.flavor().flatMap(f -> boxed(f.vcpus())).orElse(0);
        usage[2] += s.flavor().flatMap(f -> boxed(f.ram())).orElse(0);
      }
    }
    return usage;
  }

  /** Every resource's limit, in the engine's order; -1 is no limit. */
  Map<String, Integer> limits() {
    Map<String, Integer> limits = new LinkedHashMap<>();
    for (String resource : RESOURCES) {
      limits.put(resource, defaultLimit(resource));
    }
    return limits;
  }

  private int defaultLimit(String resource) {
    switch (resource) {
      case "instances":
        return instances < 0 ? UNLIMITED : instances;
      case "cores":
        return cores < 0 ? UNLIMITED : cores;
      case "ram":
        return ramMb < 0 ? UNLIMITED : ramMb;
      case "metadata_items":
        return 128;
      case "injected_files":
        return 5;
      case "injected_file_content_bytes":
        return 10240;
      case "injected_file_path_bytes":
        return 255;
      case "key_pairs":
        return 100;
      case "server_groups":
      case "server_group_members":
        return 10;
      default:
        return UNLIMITED;
    }
  }

  /**
   * How many of {@code minCount..maxCount} servers of a flavor may be created next to the project's
   * servers, or Nova's {@code TooManyInstances}, which {@code servers.py} answers with 403.
   */
  int allowed(List<Server> projectServers, ServerFlavor flavor, int minCount, int maxCount) {
    int vcpus = flavor.vcpus().orElse(0);
    int ram = flavor.ram().orElse(0);
    // Nova sorts the resources over quota: cores, instances, ram.
    String[] names = {"cores", "instances", "ram"};
    int[] quota = {cores, instances, ramMb};
    int[] counted = usage(projectServers);
    int[] usage = {counted[1], counted[0], counted[2]};
    int[] delta = {maxCount * vcpus, maxCount, maxCount * ram};
    List<Integer> overs = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      if (quota[r] >= 0 && quota[r] < usage[r] + delta[r]) {
        overs.add(r);
      }
    }
    if (overs.isEmpty()) {
      return maxCount;
    }
    int[] headroom = new int[3];
    for (int r = 0; r < 3; r++) {
      headroom[r] = quota[r] - usage[r];
    }
    if (cores == UNLIMITED) {
      headroom[0] = vcpus == 0 ? headroom[1] : headroom[1] * vcpus;
    }
    if (ramMb == UNLIMITED) {
      headroom[2] = ram == 0 ? headroom[1] : headroom[1] * ram;
    }
    int allowed = instances == UNLIMITED ? Integer.MAX_VALUE : headroom[1];
    if (vcpus != 0) {
      allowed = Math.min(allowed, Math.floorDiv(headroom[0], vcpus));
    }
    if (ram != 0) {
      allowed = Math.min(allowed, Math.floorDiv(headroom[2], ram));
    }
    if (allowed > 0 && minCount <= allowed && allowed <= maxCount) {
      return allowed(projectServers, flavor, minCount, allowed);
    }
    String requestedInstances =
        minCount == maxCount ? Integer.toString(minCount) : minCount + "-" + maxCount;
    List<String> over = new ArrayList<>();
    List<String> reqs = new ArrayList<>();
    List<String> useds = new ArrayList<>();
    List<String> alloweds = new ArrayList<>();
    for (int r : overs) {
      over.add(names[r]);
      reqs.add(r == 1 ? requestedInstances : Integer.toString(delta[r]));
      useds.add(Integer.toString(quota[r] - headroom[r]));
      alloweds.add(Integer.toString(quota[r]));
    }
    String resources = String.join(", ", over);
    throw NovaFault.forbidden(
        "Quota exceeded for "
            + resources
            + ": Requested "
            + String.join(", ", reqs)
            + ", but already used "
            + String.join(", ", useds)
            + " of "
            + String.join(", ", alloweds)
            + " "
            + resources);
  }

  private static java.util.Optional<Integer> boxed(java.util.OptionalInt value) {
    return value.isPresent() ? java.util.Optional.of(value.getAsInt()) : java.util.Optional.empty();
  }
}
