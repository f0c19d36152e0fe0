package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.ServerMatch;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.List;
import java.util.function.Consumer;
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

  private static final List<Consumer<ListServersRequest.Builder>> SCENARIOS =
      List.of(
          r -> {},
          r -> r.status(ServerStatus.ACTIVE),
          r -> r.name("^web-"),
          r -> r.sort("display_name", SortDirection.ASC),
          r -> r.sort("vm_state", SortDirection.DESC).sort("display_name", SortDirection.ASC),
          r -> r.status(ServerStatus.SHUTOFF, ServerStatus.PAUSED));

  static Stream<Arguments> cloudsAndScenarios() {
    return Clouds.clouds().stream()
        .flatMap(
            cloud ->
                Stream.iterate(0, i -> i + 1)
                    .limit(SCENARIOS.size())
                    .flatMap(i -> Stream.of(2, 4).map(n -> Arguments.of(cloud, i, n))));
  }

  @ParameterizedTest(name = "{0}, scenario {1}, concurrency {2}", allowZeroInvocations = true)
  @MethodSource("cloudsAndScenarios")
  void concurrent_isTheSequentialListing_andTheIdListingMatches(
      Cloud cloud, int scenario, int concurrency) {
    ListServersRequest.Builder builder = ListServersRequest.builder().pageSize(3);
    SCENARIOS.get(scenario).accept(builder);
    ListServersRequest request = builder.build();
    try (ComputeClient compute = cloud.admin().build()) {
      List<String> sequential = ids(compute.listServers(request).stream());
      List<String> concurrent = ids(compute.listServers(request).concurrency(concurrency).stream());
      List<String> summaries =
          compute.listServerSummaries(request).stream()
              .map(ServerSummary::id)
              .collect(Collectors.toList());

      assertThat(sequential).isNotEmpty();
      assertThat(concurrent).containsExactlyElementsOf(sequential);
      assertThat(summaries).containsExactlyElementsOf(sequential);
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
