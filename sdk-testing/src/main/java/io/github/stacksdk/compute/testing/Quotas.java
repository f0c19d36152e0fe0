package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's compute quotas as Nova's {@code DbQuotaDriver} checks them on create ({@code
 * nova/compute/utils.py check_num_instances_quota}): instances, cores and RAM, each unlimited when
 * negative. Every project has the same limits.
 */
final class Quotas {
  static final int UNLIMITED = -1;

  final int instances;
  final int cores;
  final int ramMb;

  Quotas(int instances, int cores, int ramMb) {
    this.instances = instances;
    this.cores = cores;
    this.ramMb = ramMb;
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
    int[] usage = new int[3];
    for (Server s : projectServers) {
      usage[0] += s.flavor().flatMap(f -> boxed(f.vcpus())).orElse(0);
      usage[1]++;
      usage[2] += s.flavor().flatMap(f -> boxed(f.ram())).orElse(0);
    }
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
