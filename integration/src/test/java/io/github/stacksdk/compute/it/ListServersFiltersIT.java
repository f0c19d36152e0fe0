package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Every filter that this Nova honours gives exactly the servers the seed made. */
final class ListServersFiltersIT {
  @OnEachCloud
  void noFilter_listsTheProjectsServers(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> {})).isEqualTo(Seed.ADMIN);
  }

  @OnEachCloud
  void status_oneOrSeveral(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.ACTIVE))).isEqualTo(Seed.ACTIVE);
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.SHUTOFF))).isEqualTo(Seed.SHUTOFF);
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.PAUSED))).isEqualTo(Seed.PAUSED);
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.ERROR))).isEqualTo(Seed.ERROR);
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.SHUTOFF, ServerStatus.PAUSED)))
        .isEqualTo(Seed.CHANGED);
  }

  @OnEachCloud
  void status_thatNoServerHas_isEmptyNotAnError(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.RESCUE))).isEmpty();
  }

  @OnEachCloud
  void name_isARegularExpression(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.name("^web-0[1-3]$")))
        .containsExactlyInAnyOrder("web-01", "web-02", "web-03");
    assertThat(names(cloud.admin(), r -> r.name("cache"))).isEqualTo(Set.copyOf(Seed.CACHE));
  }

  @OnEachCloud
  void changesSince_givesTheServersChangedAfterTheSeedsInstant(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.changesSince(cloud.changesSince())))
        .isEqualTo(Seed.CHANGED);
  }

  @OnEachCloud
  void changesBefore_atItsMicroversion_givesTheOthers(Cloud cloud) {
    try (ComputeClient compute266 = cloud.admin().microversion("2.66").build()) {
      List<Server> listed =
          compute266.listServers(r -> r.changesBefore(cloud.changesSince())).stream()
              .collect(Collectors.toList());

      // Like changes-since, changes-before also lists deleted servers: those of builds the seed
      // had to retry. Every server that is not deleted is one the seed made before the instant.
      Set<String> live =
          listed.stream()
              .filter(server -> server.status() != ServerStatus.DELETED)
              .map(Cloud::nameOf)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(live).isEqualTo(Seed.minus(Seed.ADMIN, Seed.CHANGED));
      assertThat(listed)
          .allSatisfy(server -> assertThat(Seed.ADMIN).contains(Cloud.nameOf(server)));
    }
  }

  @OnEachCloud
  void flavorAndImage(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.flavor("2"))).isEqualTo(Set.copyOf(Seed.DB));
    assertThat(names(cloud.admin(), r -> r.image(cloud.imageId("IMG_B"))))
        .isEqualTo(Set.copyOf(Seed.DB));
    assertThat(names(cloud.admin(), r -> r.image(cloud.imageId("IMG_A"))))
        .isEqualTo(Seed.union(Seed.WEB, Seed.CACHE, Seed.BROKEN));
  }

  @OnEachCloud
  void allTenants_addsTheOtherProjects_andProjectIdNarrowsItAgain(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.allTenants(true)))
        .isEqualTo(Seed.union(List.copyOf(Seed.ADMIN), Seed.DEMO));
    assertThat(names(cloud.admin(), r -> r.allTenants(true).projectId("demo")))
        .isEqualTo(Set.copyOf(Seed.DEMO));
    try (ComputeClient demo = cloud.demo().build()) {
      assertThat(names(demo, r -> {})).isEqualTo(Set.copyOf(Seed.DEMO));
    }
  }

  @OnEachCloud
  void sort_byNameBothWays(Cloud cloud) {
    List<String> ascending =
        names(
            cloud.admin(),
            ListServersRequest.builder().sort("display_name", SortDirection.ASC).build());
    List<String> descending =
        names(
            cloud.admin(),
            ListServersRequest.builder().sort("display_name", SortDirection.DESC).build());

    assertThat(ascending).isSorted().containsExactlyInAnyOrderElementsOf(Seed.ADMIN);
    assertThat(descending).containsExactlyElementsOf(reversed(ascending));
  }

  @OnEachCloud
  void tags_allAnyAndTheirNegations(Cloud cloud) {
    try (ComputeClient compute226 = cloud.admin().microversion("2.26").build()) {
      assertThat(names(compute226, r -> r.addTags("frontend"))).isEqualTo(Seed.FRONTEND);
      assertThat(names(compute226, r -> r.addTags("frontend", "canary"))).isEqualTo(Seed.CANARY);
      assertThat(names(compute226, r -> r.addTagsAny("canary", "backend")))
          .isEqualTo(Seed.union(List.copyOf(Seed.CANARY), List.copyOf(Seed.BACKEND)));
      assertThat(names(compute226, r -> r.addNotTags("frontend")))
          .isEqualTo(Seed.minus(Seed.ADMIN, Seed.FRONTEND));
      assertThat(names(compute226, r -> r.addNotTagsAny("frontend", "backend")))
          .isEqualTo(Seed.minus(Seed.minus(Seed.ADMIN, Seed.FRONTEND), Seed.BACKEND));
    }
  }

  @OnEachCloud
  void locked_atItsMicroversion(Cloud cloud) {
    assertThat(names(cloud.admin().microversion("2.73"), r -> r.locked(true)))
        .isEqualTo(Seed.LOCKED);
    assertThat(names(cloud.admin().microversion("2.73"), r -> r.locked(false)))
        .isEqualTo(Seed.minus(Seed.ADMIN, Seed.LOCKED));
  }

  @OnEachCloud
  void filtersCombine(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.status(ServerStatus.ACTIVE).flavor("2").name("^db-0")))
        .containsExactlyInAnyOrder("db-04", "db-05", "db-06", "db-07", "db-08", "db-09");
  }

  private static Set<String> names(
      ComputeClient.Builder client, Consumer<ListServersRequest.Builder> filters) {
    try (ComputeClient compute = client.build()) {
      return names(compute, filters);
    }
  }

  private static Set<String> names(
      ComputeClient client, Consumer<ListServersRequest.Builder> filters) {
    List<String> names =
        client.listServers(filters).stream().map(Cloud::nameOf).collect(Collectors.toList());
    assertThat(names).as("no server listed twice").doesNotHaveDuplicates();
    return new TreeSet<>(names);
  }

  private static List<String> names(ComputeClient.Builder client, ListServersRequest request) {
    try (ComputeClient compute = client.build()) {
      return compute.listServers(request).stream().map(Cloud::nameOf).collect(Collectors.toList());
    }
  }

  private static List<String> reversed(List<String> names) {
    List<String> copy = new java.util.ArrayList<>(names);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
