package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.ServerMatch;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.it.ListingScenarios.Scenario;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concurrent listings, the id listing and the finders against each cloud: the concurrent listing
 * gives exactly what the sequential one gives, in the same order, and so does the id listing.
 */
final class ConcurrentListingIT {
  /** Every filter and sort of the suite, and two more of this test's own. */
  static Stream<Arguments> cloudsAndScenarios() {
    List<Scenario> scenarios = new ArrayList<>(ListingScenarios.all());
    scenarios.add(ListingScenarios.admin("name prefix", r -> r.name("^web-"), null));
    scenarios.add(
        ListingScenarios.admin(
            "sort by vm state, then name",
            r -> r.sort("vm_state", SortDirection.DESC).sort("display_name", SortDirection.ASC),
            null));
    return Clouds.clouds().stream()
        .flatMap(cloud -> scenarios.stream().map(s -> Arguments.of(cloud, s)));
  }

  @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
  @MethodSource("cloudsAndScenarios")
  void concurrent_isTheSequentialListing_andTheIdListingMatches(Cloud cloud, Scenario scenario) {
    // Pages of 3 put several page boundaries into every listing of more than three servers.
    ListServersRequest request = scenario.request(cloud, 3);
    try (ComputeClient compute = scenario.client(cloud).build()) {
      List<Server> sequential = compute.listServers(request).stream().collect(Collectors.toList());
      List<String> ids = sequential.stream().map(Server::id).collect(Collectors.toList());
      List<String> summaries =
          compute.listServerSummaries(request).stream()
              .map(ServerSummary::id)
              .collect(Collectors.toList());

      if (scenario.hasExpected()) {
        assertThat(sequential.stream().map(Cloud::nameOf).collect(Collectors.toSet()))
            .isEqualTo(scenario.expected(cloud));
      }
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(summaries).containsExactlyElementsOf(ids);
      for (int concurrency : List.of(2, 4)) {
        assertThat(ids(compute.listServers(request).concurrency(concurrency).stream()))
            .as("concurrency %d", concurrency)
            .containsExactlyElementsOf(ids);
      }
    }
  }

  @OnEachCloud
  void findServer_exactNameOnly_regexCharactersEscaped(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      assertThat(compute.findServer(ServerMatch.name("web-01")))
          .hasValueSatisfying(s -> assertThat(s.name()).contains("web-01"));
      assertThat(compute.findServerSummary(ServerMatch.name("web-01")))
          .hasValueSatisfying(s -> assertThat(s.name()).contains("web-01"));
      // Unescaped, "web.01" would match web-01 and "web-0" would match ten servers.
      assertThat(compute.findServer(ServerMatch.name("web.01"))).isEmpty();
      assertThat(compute.findServer(ServerMatch.name("web-0"))).isEmpty();
      assertThat(compute.findServer(ServerMatch.name("WEB-01"))).isEmpty();
    }
  }

  private static List<String> ids(Stream<Server> servers) {
    try (servers) {
      return servers.map(Server::id).collect(Collectors.toList());
    }
  }
}
