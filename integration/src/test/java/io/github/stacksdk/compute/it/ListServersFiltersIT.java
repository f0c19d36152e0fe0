package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.it.ListingScenarios.Scenario;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter that this Nova honours gives exactly the servers the seed made. The filters are
 * {@link ListingScenarios}; those whose result is not a fixed set are checked here one by one.
 */
final class ListServersFiltersIT {
  static Stream<Arguments> cloudsAndFilters() {
    return Clouds.clouds().stream()
        .flatMap(cloud -> ListingScenarios.FILTERS.stream().map(s -> Arguments.of(cloud, s)));
  }

  @ParameterizedTest(name = "{0}: {1}", allowZeroInvocations = true)
  @MethodSource("cloudsAndFilters")
  void filter_listsExactlyTheSeededServersItMatches(Cloud cloud, Scenario filter) {
    assertThat(names(cloud, filter)).isEqualTo(filter.expected(cloud));
  }

  @OnEachCloud
  void changesBefore_atItsMicroversion_givesTheOthers(Cloud cloud) {
    List<Server> listed = list(cloud, ListingScenarios.CHANGES_BEFORE);

    // Like changes-since, changes-before also lists deleted servers: those of builds the seed
    // had to retry. Every server that is not deleted is one the seed made before the instant.
    Set<String> live =
        listed.stream()
            .filter(server -> server.status() != ServerStatus.DELETED)
            .map(Cloud::nameOf)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(live).isEqualTo(Seed.minus(Seed.ADMIN, Seed.CHANGED));
    assertThat(listed).allSatisfy(server -> assertThat(Seed.ADMIN).contains(Cloud.nameOf(server)));
  }

  @OnEachCloud
  void sort_byNameBothWays(Cloud cloud) {
    List<String> ascending = orderedNames(cloud, ListingScenarios.SORT_BY_NAME);
    List<String> descending = orderedNames(cloud, ListingScenarios.SORT_BY_NAME_DESCENDING);

    assertThat(ascending).isSorted().containsExactlyInAnyOrderElementsOf(Seed.ADMIN);
    List<String> reversed = new ArrayList<>(ascending);
    Collections.reverse(reversed);
    assertThat(descending).containsExactlyElementsOf(reversed);
  }

  @OnEachCloud
  void createdAndLaunchedAt_matchTheSecondTheListingShows(Cloud cloud) {
    List<Server> all = list(cloud, ListingScenarios.FILTERS.get(0));
    Server web05 = ListingScenarios.server(cloud, "web-05");
    Instant created = web05.created().orElseThrow();
    Instant launched = web05.launchedAt().orElseThrow();

    assertThat(names(cloud, ListingScenarios.CREATED_AT))
        .contains("web-05")
        .isEqualTo(namesWhere(all, s -> s.created().equals(Optional.of(created))));
    assertThat(names(cloud, ListingScenarios.LAUNCHED_AT))
        .contains("web-05")
        .isEqualTo(namesWhere(all, s -> sameSecond(s.launchedAt(), launched)));
  }

  @OnEachCloud
  void deleted_withoutSoftDeleted_listsOnlyDeletedServers(Cloud cloud) {
    assertThat(list(cloud, ListingScenarios.DELETED))
        .allSatisfy(server -> assertThat(server.status()).isEqualTo(ServerStatus.DELETED));
  }

  private static List<Server> list(Cloud cloud, Scenario scenario) {
    try (ComputeClient compute = scenario.client(cloud).build()) {
      return compute.listServers(scenario.request(cloud, 0)).stream().collect(Collectors.toList());
    }
  }

  private static List<String> orderedNames(Cloud cloud, Scenario scenario) {
    List<String> names =
        list(cloud, scenario).stream().map(Cloud::nameOf).collect(Collectors.toList());
    assertThat(names).as("no server listed twice").doesNotHaveDuplicates();
    return names;
  }

  private static Set<String> names(Cloud cloud, Scenario scenario) {
    return new TreeSet<>(orderedNames(cloud, scenario));
  }

  private static Set<String> namesWhere(List<Server> servers, Predicate<Server> matches) {
    return servers.stream()
        .filter(matches)
        .map(Cloud::nameOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean sameSecond(Optional<Instant> time, Instant other) {
    return time.map(t -> t.getEpochSecond() == other.getEpochSecond()).orElse(false);
  }
}
