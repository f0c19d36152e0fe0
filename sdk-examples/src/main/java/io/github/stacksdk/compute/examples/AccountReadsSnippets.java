package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.keypair.Keypair;
import io.github.stacksdk.compute.model.quota.AbsoluteLimits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The code of the key pair, zone, server group, limit and quota section of {@code docs/reads.md};
 * the guide shows the tagged regions, and {@code AccountReadsSnippetsTest} runs them.
 */
final class AccountReadsSnippets {
  private AccountReadsSnippets() {}

  static void listKeypairs(ComputeClient compute, PrintStream out) {
    // tag::keypairs-list[]
    for (Keypair keypair : compute.keypairs().list()) {
      out.println(keypair.name() + " " + keypair.fingerprint().orElse(""));
    }
    // end::keypairs-list[]
  }

  static List<String> listKeypairsPaged(ComputeClient compute, String userId) {
    // tag::keypairs-paged[]
    // another user's key pairs (an administrator's call, 2.10), 100 a request (2.35)
    List<String> names =
        compute.keypairs().list(r -> r.userId(userId).pageSize(100)).stream()
            .map(Keypair::name)
            .collect(Collectors.toList());
    // end::keypairs-paged[]
    return names;
  }

  static Optional<Keypair> getKeypair(ComputeClient compute, PrintStream out) {
    // tag::keypairs-get[]
    Keypair ops = compute.keypairs().get("ops"); // with its user, id and creation time
    out.println(ops.publicKey().orElse(""));
    Optional<Keypair> deploy = compute.keypairs().find("deploy"); // empty when there is none
    // end::keypairs-get[]
    return deploy;
  }

  static void listZones(ComputeClient compute, PrintStream out) {
    // tag::zones[]
    for (AvailabilityZone zone : compute.availabilityZones().list()) {
      out.println(zone.name() + (zone.available().orElse(false) ? "" : " (not available)"));
    }
    // end::zones[]
  }

  static void listZonesDetailed(ComputeClient compute, PrintStream out) {
    // tag::zones-detailed[]
    for (AvailabilityZone zone : compute.availabilityZones().listDetailed()) { // admin only
      for (var host : zone.hosts().entrySet()) {
        for (var service : host.getValue().services().entrySet()) {
          String state = service.getValue().available().orElse(false) ? "up" : "down";
          out.println(zone.name() + " " + host.getKey() + " " + service.getKey() + " " + state);
        }
      }
    }
    // end::zones-detailed[]
  }

  static void listServerGroups(ComputeClient compute, PrintStream out) {
    // tag::server-groups-list[]
    for (ServerGroup group : compute.serverGroups().list(r -> r.pageSize(100))) {
      // the policy from 2.64; before it, a list of one
      String policy = group.policy().orElse(String.join(",", group.policies()));
      out.println(group.name().orElse(group.id()) + " " + policy + " " + group.members());
    }
    // end::server-groups-list[]
  }

  static int maxPerHost(ComputeClient compute, String groupId) {
    // tag::server-groups-get[]
    ServerGroup group = compute.serverGroups().get(groupId);
    int perHost = group.maxServerPerHost().orElse(1); // anti-affinity's rule, from 2.64
    // end::server-groups-get[]
    return perHost;
  }

  static int instancesLeft(ComputeClient compute) {
    // tag::limits[]
    AbsoluteLimits limits = compute.quotas().limits().absolute();
    int max = limits.maxTotalInstances().orElse(-1); // -1: unlimited
    int left = max < 0 ? Integer.MAX_VALUE : max - limits.totalInstancesUsed().orElse(0);
    // end::limits[]
    return left;
  }

  static void quotas(ComputeClient compute, String projectId, PrintStream out) {
    // tag::quotas[]
    QuotaSet quotas = compute.quotas().get(projectId); // a member may read its own project's
    QuotaSetDetail usage = compute.quotas().detail(projectId);
    QuotaSet defaults = compute.quotas().defaults(projectId);
    usage
        .cores()
        .ifPresent(
            cores ->
                out.printf(
                    "cores: %d of %d used (default %d)%n",
                    cores.inUse().orElse(0),
                    quotas.cores().orElse(-1),
                    defaults.cores().orElse(-1)));
    // end::quotas[]
  }

  static CompletableFuture<Integer> async(ComputeClient compute) {
    // tag::async[]
    CompletableFuture<Integer> keypairsAndGroups =
        compute
            .async()
            .keypairs()
            .list()
            .toList()
            .thenCombine(
                compute.async().serverGroups().list().toList(),
                (keypairs, groups) -> keypairs.size() + groups.size());
    // end::async[]
    return keypairsAndGroups;
  }
}
