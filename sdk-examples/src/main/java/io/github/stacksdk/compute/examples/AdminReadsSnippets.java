package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The code of the hypervisor, service and diagnostics section of {@code docs/reads.md}; the guide
 * shows the tagged regions, and {@code AdminReadsSnippetsTest} runs them.
 */
final class AdminReadsSnippets {
  private AdminReadsSnippets() {}

  static void listHypervisors(ComputeClient compute, PrintStream out) {
    // tag::hypervisors-list[]
    for (Hypervisor h : compute.hypervisors().list(r -> r.pageSize(50))) { // paged from 2.33
      out.printf(
          "%s %s/%s: %d of %d vCPUs used%n",
          h.hypervisorHostname().orElse(h.id()),
          h.state().orElse("?"),
          h.status().orElse("?"),
          h.vcpusUsed().orElse(0), // resources up to 2.87
          h.vcpus().orElse(0));
    }
    // end::hypervisors-list[]
  }

  static List<HypervisorServer> serversOn(ComputeClient compute, String hostPart) {
    // tag::hypervisors-servers[]
    // 2.53: the hosts whose name contains hostPart, each with its servers
    List<HypervisorServer> servers =
        compute.hypervisors().list(r -> r.hostnamePattern(hostPart).withServers(true)).stream()
            .flatMap(h -> h.servers().stream())
            .collect(Collectors.toList());
    // end::hypervisors-servers[]
    return servers;
  }

  static String hypervisorHost(ComputeClient compute, String hypervisorId) {
    // tag::hypervisors-get[]
    Hypervisor h = compute.hypervisors().get(hypervisorId); // a UUID from 2.53
    String host = h.service().flatMap(s -> s.host()).orElse("?"); // its compute service's host
    // end::hypervisors-get[]
    return host;
  }

  static long freeRam(ComputeClient compute) {
    // tag::hypervisors-statistics[]
    HypervisorStatistics totals = compute.hypervisors().statistics(); // up to 2.87
    long freeRamMb = totals.freeRamMb().orElse(0);
    // end::hypervisors-statistics[]
    return freeRamMb;
  }

  static void listServices(ComputeClient compute, PrintStream out) {
    // tag::services[]
    for (ComputeService s : compute.services().list(r -> r.binary("nova-compute"))) {
      String state = s.state().orElse("?") + "/" + s.status().orElse("?");
      out.println(s.host() + " " + state + " " + s.disabledReason().orElse(""));
    }
    // end::services[]
  }

  static void diagnostics(ComputeClient compute, String serverId, PrintStream out) {
    // tag::diagnostics[]
    ServerDiagnostics d = compute.servers().diagnostics(serverId); // a running server
    d.memoryDetails()
        .ifPresent(
            m -> out.println("memory used " + m.used().orElse(0) + " of " + m.maximum().orElse(0)));
    d.nicDetails()
        .forEach(n -> out.println(n.macAddress().orElse("?") + " rx " + n.rxOctets().orElse(0)));
    // end::diagnostics[]
  }

  static CompletableFuture<Integer> async(ComputeClient compute) {
    // tag::async[]
    CompletableFuture<Integer> hostsAndServices =
        compute
            .async()
            .hypervisors()
            .list()
            .toList()
            .thenCombine(
                compute.async().services().list(),
                (hosts, services) -> hosts.size() + services.size());
    // end::async[]
    return hostsAndServices;
  }
}
