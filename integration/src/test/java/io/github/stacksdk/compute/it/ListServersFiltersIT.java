package io.github.stacksdk.compute.it;

import static io.github.stacksdk.compute.it.RealNova.admin;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Every filter that this Nova honours gives exactly the servers the seed made. */
@EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
final class ListServersFiltersIT {
  private static ComputeClient compute;
  private static ComputeClient compute273;

  @BeforeAll
  static void clients() {
    compute = admin().build();
    compute273 = admin().microversion("2.73").build();
  }

  @AfterAll
  static void close() {
    compute.close();
    compute273.close();
  }

  @Test
  void noFilter_listsTheProjectsServers() {
    assertThat(names(compute, r -> {})).isEqualTo(Seed.ADMIN);
  }

  @Test
  void status_oneOrSeveral() {
    assertThat(names(compute, r -> r.status(ServerStatus.ACTIVE))).isEqualTo(Seed.ACTIVE);
    assertThat(names(compute, r -> r.status(ServerStatus.SHUTOFF))).isEqualTo(Seed.SHUTOFF);
    assertThat(names(compute, r -> r.status(ServerStatus.PAUSED))).isEqualTo(Seed.PAUSED);
    assertThat(names(compute, r -> r.status(ServerStatus.ERROR))).isEqualTo(Seed.ERROR);
    assertThat(names(compute, r -> r.status(ServerStatus.SHUTOFF, ServerStatus.PAUSED)))
        .isEqualTo(Seed.CHANGED);
  }

  @Test
  void status_thatNoServerHas_isEmptyNotAnError() {
    assertThat(names(compute, r -> r.status(ServerStatus.RESCUE))).isEmpty();
  }

  @Test
  void name_isARegularExpression() {
    assertThat(names(compute, r -> r.name("^web-0[1-3]$"))).containsExactlyInAnyOrder("web-01", "web-02", "web-03");
    assertThat(names(compute, r -> r.name("cache"))).isEqualTo(Set.copyOf(Seed.CACHE));
  }

  @Test
  void changesSince_givesTheServersChangedAfterTheSeedsInstant() {
    assertThat(names(compute, r -> r.changesSince(RealNova.changesSince()))).isEqualTo(Seed.CHANGED);
  }

  @Test
  void changesBefore_atItsMicroversion_givesTheOthers() {
    try (ComputeClient compute266 = admin().microversion("2.66").build()) {
      List<Server> listed =
          compute266.listServers(r -> r.changesBefore(RealNova.changesSince())).stream().collect(Collectors.toList());

      // Like changes-since, changes-before also lists deleted servers: those of builds the seed
      // had to retry. Every server that is not deleted is one the seed made before the instant.
      Set<String> live =
          listed.stream()
              .filter(server -> server.status() != ServerStatus.DELETED)
              .map(RealNova::nameOf)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(live).isEqualTo(Seed.minus(Seed.ADMIN, Seed.CHANGED));
      assertThat(listed).allSatisfy(server -> assertThat(Seed.ADMIN).contains(RealNova.nameOf(server)));
    }
  }

  @Test
  void flavorAndImage() {
    assertThat(names(compute, r -> r.flavor("2"))).isEqualTo(Set.copyOf(Seed.DB));
    assertThat(names(compute, r -> r.image(RealNova.seed("IMG_B")))).isEqualTo(Set.copyOf(Seed.DB));
    assertThat(names(compute, r -> r.image(RealNova.seed("IMG_A"))))
        .isEqualTo(Seed.union(Seed.WEB, Seed.CACHE, Seed.BROKEN));
  }

  @Test
  void allTenants_addsTheOtherProjects_andProjectIdNarrowsItAgain() {
    assertThat(names(compute, r -> r.allTenants(true))).isEqualTo(Seed.union(List.copyOf(Seed.ADMIN), Seed.DEMO));
    assertThat(names(compute, r -> r.allTenants(true).projectId("demo"))).isEqualTo(Set.copyOf(Seed.DEMO));
    try (ComputeClient demo = RealNova.demo().build()) {
      assertThat(names(demo, r -> {})).isEqualTo(Set.copyOf(Seed.DEMO));
    }
  }

  @Test
  void sort_byNameBothWays() {
    List<String> ascending = names(compute, ListServersRequest.builder().sort("display_name", SortDirection.ASC).build());
    List<String> descending =
        names(compute, ListServersRequest.builder().sort("display_name", SortDirection.DESC).build());

    assertThat(ascending).isSorted().containsExactlyInAnyOrderElementsOf(Seed.ADMIN);
    assertThat(descending).containsExactlyElementsOf(reversed(ascending));
  }

  @Test
  void tags_allAnyAndTheirNegations() {
    try (ComputeClient compute226 = admin().microversion("2.26").build()) {
      assertThat(names(compute226, r -> r.addTags("frontend"))).isEqualTo(Seed.FRONTEND);
      assertThat(names(compute226, r -> r.addTags("frontend", "canary"))).isEqualTo(Seed.CANARY);
      assertThat(names(compute226, r -> r.addTagsAny("canary", "backend")))
          .isEqualTo(Seed.union(List.copyOf(Seed.CANARY), List.copyOf(Seed.BACKEND)));
      assertThat(names(compute226, r -> r.addNotTags("frontend"))).isEqualTo(Seed.minus(Seed.ADMIN, Seed.FRONTEND));
      assertThat(names(compute226, r -> r.addNotTagsAny("frontend", "backend")))
          .isEqualTo(Seed.minus(Seed.minus(Seed.ADMIN, Seed.FRONTEND), Seed.BACKEND));
    }
  }

  @Test
  void locked_atItsMicroversion() {
    assertThat(names(compute273, r -> r.locked(true))).isEqualTo(Seed.LOCKED);
    assertThat(names(compute273, r -> r.locked(false))).isEqualTo(Seed.minus(Seed.ADMIN, Seed.LOCKED));
  }

  @Test
  void filtersCombine() {
    assertThat(names(compute, r -> r.status(ServerStatus.ACTIVE).flavor("2").name("^db-0")))
        .containsExactlyInAnyOrder("db-04", "db-05", "db-06", "db-07", "db-08", "db-09");
  }

  private static Set<String> names(ComputeClient client, Consumer<ListServersRequest.Builder> filters) {
    List<String> names = client.listServers(filters).stream().map(RealNova::nameOf).collect(Collectors.toList());
    assertThat(names).as("no server listed twice").doesNotHaveDuplicates();
    return new TreeSet<>(names);
  }

  private static List<String> names(ComputeClient client, ListServersRequest request) {
    return client.listServers(request).stream().map(RealNova::nameOf).collect(Collectors.toList());
  }

  private static List<String> reversed(List<String> names) {
    List<String> copy = new java.util.ArrayList<>(names);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
