package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.LockedBy;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

  @OnEachCloud
  void uuid_isAnExactMatch(Cloud cloud) {
    String id = only(cloud.admin(), r -> r.name("^web-05$")).id();

    assertThat(names(cloud.admin(), r -> r.uuid(id))).containsExactly("web-05");
    assertThat(names(cloud.admin(), r -> r.uuid(id.substring(0, 8)))).isEmpty();
  }

  @OnEachCloud
  void description_isSentAsDisplayDescription_fromMicroversion21(Cloud cloud) {
    ComputeClient.Builder compute21 = cloud.admin().microversion("2.1");

    assertThat(names(compute21, r -> r.description("^web server 0[1-3]$")))
        .containsExactlyInAnyOrder("web-01", "web-02", "web-03");
    assertThat(names(compute21, r -> r.description("server"))).isEqualTo(Set.copyOf(Seed.WEB));
    // The name in Nova's API reference: the database has no such column, so Nova drops it.
    assertThat(names(compute21, r -> r.additionalQueryParameter("description", "^web server 01$")))
        .isEqualTo(Seed.ADMIN);
  }

  @OnEachCloud
  void configDriveAndAutoDiskConfig_matchTheTextNovaStores(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.configDrive(false))).isEqualTo(Seed.ADMIN);
    assertThat(names(cloud.admin(), r -> r.configDrive(true))).isEmpty();
    assertThat(names(cloud.admin(), r -> r.autoDiskConfig(false))).isEqualTo(Seed.ADMIN);
    assertThat(names(cloud.admin(), r -> r.autoDiskConfig(true))).isEmpty();
    // Nova's API reference names AUTO and MANUAL, which the boolean column's text never is.
    assertThat(names(cloud.admin(), r -> r.additionalQueryParameter("auto_disk_config", "MANUAL")))
        .isEmpty();
  }

  @OnEachCloud
  void progressAndLaunchIndex_matchTheNumber(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.progress(0))).isEqualTo(Seed.ADMIN);
    assertThat(names(cloud.admin(), r -> r.progress(100))).isEmpty();
    assertThat(names(cloud.admin(), r -> r.launchIndex(0))).isEqualTo(Seed.ADMIN);
    assertThat(names(cloud.admin(), r -> r.launchIndex(1))).isEmpty();
  }

  @OnEachCloud
  void createdLaunchedAndTerminatedAt_matchTheSecondTheListingShows(Cloud cloud) {
    List<Server> all = list(cloud.admin(), r -> {});
    Server web05 =
        all.stream().filter(s -> Cloud.nameOf(s).equals("web-05")).findFirst().orElseThrow();
    Instant created = web05.created().orElseThrow();
    Instant launched = web05.launchedAt().orElseThrow();

    assertThat(names(cloud.admin(), r -> r.createdAt(created)))
        .contains("web-05")
        .isEqualTo(namesWhere(all, s -> s.created().equals(Optional.of(created))));
    assertThat(names(cloud.admin(), r -> r.launchedAt(launched)))
        .contains("web-05")
        .isEqualTo(namesWhere(all, s -> sameSecond(s.launchedAt(), launched)));
    assertThat(names(cloud.admin(), r -> r.terminatedAt(created))).isEmpty();
    // Nova's API reference asks for ISO 8601; the database's text of the time never matches it.
    assertThat(
            names(cloud.admin(), r -> r.additionalQueryParameter("created_at", created.toString())))
        .isEmpty();
  }

  @OnEachCloud
  void imageIdsRootDeviceAndAccessIps_areRegularExpressions(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.kernelId("^$"))).isEqualTo(Seed.ADMIN);
    assertThat(names(cloud.admin(), r -> r.ramdiskId("."))).isEmpty();
    assertThat(names(cloud.admin(), r -> r.rootDeviceName("^/dev/sda$")))
        .as("broken-01 never reached a host, which names the root device")
        .isEqualTo(Seed.minus(Seed.ADMIN, Set.copyOf(Seed.BROKEN)));
    // Not ".": SQLite hands a NULL column to the pattern as the text "None".
    assertThat(names(cloud.admin(), r -> r.accessIpV4("^[0-9]"))).isEmpty();
    assertThat(names(cloud.admin(), r -> r.accessIpV6("^[0-9a-f:]+$"))).isEmpty();
  }

  @OnEachCloud
  void lockedBy_theSeedLockedItsOwnServers(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.lockedBy(LockedBy.OWNER))).isEqualTo(Seed.LOCKED);
    assertThat(names(cloud.admin(), r -> r.lockedBy(LockedBy.ADMIN))).isEmpty();
  }

  @OnEachCloud
  void softDeleted_theSeedHasNone_andDeletedWithoutThemListsOnlyDeletedServers(Cloud cloud) {
    assertThat(names(cloud.admin(), r -> r.softDeleted(true))).isEqualTo(Seed.ADMIN);
    // Deleted servers exist only where the seed had to build one again: maybe none.
    assertThat(list(cloud.admin(), r -> r.deleted(true).softDeleted(false)))
        .allSatisfy(server -> assertThat(server.status()).isEqualTo(ServerStatus.DELETED));
  }

  private static Server only(
      ComputeClient.Builder client, Consumer<ListServersRequest.Builder> filters) {
    List<Server> servers = list(client, filters);
    assertThat(servers).hasSize(1);
    return servers.get(0);
  }

  private static List<Server> list(
      ComputeClient.Builder client, Consumer<ListServersRequest.Builder> filters) {
    try (ComputeClient compute = client.build()) {
      return compute.listServers(filters).stream().collect(Collectors.toList());
    }
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
