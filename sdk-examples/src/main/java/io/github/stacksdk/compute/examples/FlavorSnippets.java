package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.FlavorVisibility;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.flavor.Flavor;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The code of the flavors section of {@code docs/reads.md}; the guide shows the tagged regions,
 * and {@code FlavorSnippetsTest} runs them against FakeCompute.
 */
final class FlavorSnippets {
  private FlavorSnippets() {}

  static List<String> list(ComputeClient compute, PrintStream out) {
    // tag::flavors-list[]
    List<String> bigEnough =
        compute
            .flavors()
            .list(r -> r.minRam(2048).minDisk(20).sort("memory_mb", SortDirection.ASC))
            .stream()
            .map(f -> f.name().orElse(f.id()) + " " + f.vcpus().orElse(0) + "x" + f.ram().orElse(0))
            .collect(Collectors.toList());
    // end::flavors-list[]
    bigEnough.forEach(out::println);
    return bigEnough;
  }

  static Flavor find(ComputeClient compute) {
    // tag::flavors-find[]
    Flavor small =
        compute
            .flavors()
            .find("m1.small") // an id, else a name
            .orElseThrow(() -> new IllegalArgumentException("no flavor m1.small"));
    // end::flavors-find[]
    return small;
  }

  static Optional<String> extraSpec(ComputeClient compute, String flavorId) {
    // tag::flavors-extra-specs[]
    Map<String, String> specs = compute.flavors().extraSpecs(flavorId);
    Optional<String> cpuPolicy = compute.flavors().extraSpec(flavorId, "hw:cpu_policy");
    // end::flavors-extra-specs[]
    return specs.isEmpty() ? Optional.empty() : cpuPolicy;
  }

  static List<String> privateOnes(ComputeClient admin) {
    // tag::flavors-access[]
    List<String> grants =
        admin.flavors().list(r -> r.visibility(FlavorVisibility.PRIVATE)).stream()
            .flatMap(f -> admin.flavors().access(f.id()).stream())
            .map(a -> a.flavorId() + " -> " + a.tenantId())
            .collect(Collectors.toList());
    // end::flavors-access[]
    return grants;
  }
}
