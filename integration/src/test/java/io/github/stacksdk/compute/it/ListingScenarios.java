package io.github.stacksdk.compute.it;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.LockedBy;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filters and sorts the suite lists the seed with, each with the servers it must give:
 * {@link ListServersFiltersIT} checks what each lists, {@link ConcurrentListingIT} that the
 * concurrent and the id listings give the same as the sequential one.
 */
final class ListingScenarios {
  private ListingScenarios() {}

  /**
   * A listing: the client (token, microversion), the request, and the names it gives, or null
   * where a test of {@link ListServersFiltersIT} checks the result its own way.
   */
  static final class Scenario {
    final String name;
    private final Function<Cloud, ComputeClient.Builder> client;
    private final BiConsumer<Cloud, ListServersRequest.Builder> request;
    private final Function<Cloud, Set<String>> expected;

    Scenario(
        String name,
        Function<Cloud, ComputeClient.Builder> client,
        BiConsumer<Cloud, ListServersRequest.Builder> request,
        Function<Cloud, Set<String>> expected) {
      this.name = name;
      this.client = client;
      this.request = request;
      this.expected = expected;
    }

    ComputeClient.Builder client(Cloud cloud) {
      return client.apply(cloud);
    }

    ListServersRequest request(Cloud cloud, int pageSize) {
      ListServersRequest.Builder builder = ListServersRequest.builder();
      if (pageSize > 0) {
        builder.pageSize(pageSize);
      }
      request.accept(cloud, builder);
      return builder.build();
    }

    boolean hasExpected() {
      return expected != null;
    }

    Set<String> expected(Cloud cloud) {
      if (expected == null) {
        throw new IllegalStateException(name + " is checked by its own test");
      }
      return expected.apply(cloud);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Filters whose result is a set of seeded servers. */
  static final List<Scenario> FILTERS =
      List.of(
          admin("no filter", r -> {}, Seed.ADMIN),
          admin("status ACTIVE", r -> r.status(ServerStatus.ACTIVE), Seed.ACTIVE),
          admin("status SHUTOFF", r -> r.status(ServerStatus.SHUTOFF), Seed.SHUTOFF),
          admin("status PAUSED", r -> r.status(ServerStatus.PAUSED), Seed.PAUSED),
          admin("status ERROR", r -> r.status(ServerStatus.ERROR), Seed.ERROR),
          admin(
              "status SHUTOFF or PAUSED",
              r -> r.status(ServerStatus.SHUTOFF, ServerStatus.PAUSED),
              Seed.CHANGED),
          admin("status that no server has", r -> r.status(ServerStatus.RESCUE), Set.of()),
          admin(
              "name regex anchored",
              r -> r.name("^web-0[1-3]$"),
              Set.of("web-01", "web-02", "web-03")),
          admin("name regex anywhere", r -> r.name("cache"), Set.copyOf(Seed.CACHE)),
          scenario(
              "changes-since",
              Cloud::admin,
              (cloud, r) -> r.changesSince(cloud.changesSince()),
              cloud -> Seed.CHANGED),
          admin("flavor", r -> r.flavor("2"), Set.copyOf(Seed.DB)),
          scenario(
              "image IMG_B",
              Cloud::admin,
              (cloud, r) -> r.image(cloud.imageId("IMG_B")),
              cloud -> Set.copyOf(Seed.DB)),
          scenario(
              "image IMG_A",
              Cloud::admin,
              (cloud, r) -> r.image(cloud.imageId("IMG_A")),
              cloud -> Seed.union(Seed.WEB, Seed.CACHE, Seed.BROKEN)),
          admin(
              "all tenants",
              r -> r.allTenants(true),
              Seed.union(List.copyOf(Seed.ADMIN), Seed.DEMO)),
          admin(
              "all tenants, one project",
              r -> r.allTenants(true).projectId("demo"),
              Set.copyOf(Seed.DEMO)),
          scenario("demo's token", Cloud::demo, (cloud, r) -> {}, cloud -> Set.copyOf(Seed.DEMO)),
          at("2.26", "tags", r -> r.addTags("frontend"), Seed.FRONTEND),
          at("2.26", "tags, two", r -> r.addTags("frontend", "canary"), Seed.CANARY),
          at(
              "2.26",
              "tags-any",
              r -> r.addTagsAny("canary", "backend"),
              Seed.union(List.copyOf(Seed.CANARY), List.copyOf(Seed.BACKEND))),
          at(
              "2.26",
              "not-tags",
              r -> r.addNotTags("frontend"),
              Seed.minus(Seed.ADMIN, Seed.FRONTEND)),
          at(
              "2.26",
              "not-tags-any",
              r -> r.addNotTagsAny("frontend", "backend"),
              Seed.minus(Seed.minus(Seed.ADMIN, Seed.FRONTEND), Seed.BACKEND)),
          at("2.73", "locked", r -> r.locked(true), Seed.LOCKED),
          at("2.73", "not locked", r -> r.locked(false), Seed.minus(Seed.ADMIN, Seed.LOCKED)),
          admin(
              "filters combined",
              r -> r.status(ServerStatus.ACTIVE).flavor("2").name("^db-0"),
              Set.of("db-04", "db-05", "db-06", "db-07", "db-08", "db-09")),
          scenario(
              "uuid",
              Cloud::admin,
              (cloud, r) -> r.uuid(idOf(cloud, "web-05")),
              cloud -> Set.of("web-05")),
          scenario(
              "uuid prefix",
              Cloud::admin,
              (cloud, r) -> r.uuid(idOf(cloud, "web-05").substring(0, 8)),
              cloud -> Set.of()),
          at(
              "2.1",
              "description, anchored",
              r -> r.description("^web server 0[1-3]$"),
              Set.of("web-01", "web-02", "web-03")),
          at("2.1", "description anywhere", r -> r.description("server"), Set.copyOf(Seed.WEB)),
          // The name in Nova's API reference: the database has no such column, so Nova drops it.
          at(
              "2.1",
              "description by its documented name",
              r -> r.additionalQueryParameter("description", "^web server 01$"),
              Seed.ADMIN),
          admin("without config drive", r -> r.configDrive(false), Seed.ADMIN),
          admin("with config drive", r -> r.configDrive(true), Set.of()),
          admin("manual disk config", r -> r.autoDiskConfig(false), Seed.ADMIN),
          admin("auto disk config", r -> r.autoDiskConfig(true), Set.of()),
          // Nova's API reference names AUTO and MANUAL, which the boolean column's text never is.
          admin(
              "disk config by its documented value",
              r -> r.additionalQueryParameter("auto_disk_config", "MANUAL"),
              Set.of()),
          admin("progress 0", r -> r.progress(0), Seed.ADMIN),
          admin("progress 100", r -> r.progress(100), Set.of()),
          admin("launch index 0", r -> r.launchIndex(0), Seed.ADMIN),
          admin("launch index 1", r -> r.launchIndex(1), Set.of()),
          admin("kernel id empty", r -> r.kernelId("^$"), Seed.ADMIN),
          admin("any ramdisk id", r -> r.ramdiskId("."), Set.of()),
          admin(
              "root device name",
              r -> r.rootDeviceName("^/dev/sda$"),
              // broken-01 never reached a host, which names the root device
              Seed.minus(Seed.ADMIN, Set.copyOf(Seed.BROKEN))),
          // Not ".": SQLite hands a NULL column to the pattern as the text "None".
          admin("access IPv4", r -> r.accessIpV4("^[0-9]"), Set.of()),
          admin("access IPv6", r -> r.accessIpV6("^[0-9a-f:]+$"), Set.of()),
          admin("locked by owner", r -> r.lockedBy(LockedBy.OWNER), Seed.LOCKED),
          admin("locked by admin", r -> r.lockedBy(LockedBy.ADMIN), Set.of()),
          admin("soft-deleted too", r -> r.softDeleted(true), Seed.ADMIN),
          scenario(
              "terminated at web-05's creation",
              Cloud::admin,
              (cloud, r) -> r.terminatedAt(server(cloud, "web-05").created().orElseThrow()),
              cloud -> Set.of()),
          // Nova's API reference asks for ISO 8601; the database's text of the time never is.
          scenario(
              "created_at in ISO 8601",
              Cloud::admin,
              (cloud, r) ->
                  r.additionalQueryParameter(
                      "created_at", server(cloud, "web-05").created().orElseThrow().toString()),
              cloud -> Set.of()));

  static final Scenario SORT_BY_NAME =
      admin("sort by name", r -> r.sort("display_name", SortDirection.ASC), null);
  static final Scenario SORT_BY_NAME_DESCENDING =
      admin("sort by name descending", r -> r.sort("display_name", SortDirection.DESC), null);

  /** Lists deleted servers too: those of builds the seed had to retry. */
  static final Scenario CHANGES_BEFORE =
      scenario(
          "changes-before",
          cloud -> cloud.admin().microversion("2.66"),
          (cloud, r) -> r.changesBefore(cloud.changesSince()),
          null);

  /** Deleted servers exist only where the seed had to build one again: maybe none. */
  static final Scenario DELETED =
      admin("deleted, without soft-deleted", r -> r.deleted(true).softDeleted(false), null);

  static final Scenario CREATED_AT =
      scenario(
          "created at web-05's second",
          Cloud::admin,
          (cloud, r) -> r.createdAt(server(cloud, "web-05").created().orElseThrow()),
          null);
  static final Scenario LAUNCHED_AT =
      scenario(
          "launched at web-05's second",
          Cloud::admin,
          (cloud, r) -> r.launchedAt(server(cloud, "web-05").launchedAt().orElseThrow()),
          null);

  /** Every filter and sort above. */
  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>(FILTERS);
    all.addAll(
        List.of(
            SORT_BY_NAME,
            SORT_BY_NAME_DESCENDING,
            CHANGES_BEFORE,
            DELETED,
            CREATED_AT,
            LAUNCHED_AT));
    return all;
  }

  static Scenario admin(
      String name, Consumer<ListServersRequest.Builder> request, Set<String> expected) {
    return scenario(
        name,
        Cloud::admin,
        (cloud, r) -> request.accept(r),
        expected == null ? null : c -> expected);
  }

  private static Scenario at(
      String microversion,
      String name,
      Consumer<ListServersRequest.Builder> request,
      Set<String> expected) {
    return scenario(
        name + " at " + microversion,
        cloud -> cloud.admin().microversion(microversion),
        (cloud, r) -> request.accept(r),
        cloud -> expected);
  }

  private static Scenario scenario(
      String name,
      Function<Cloud, ComputeClient.Builder> client,
      BiConsumer<Cloud, ListServersRequest.Builder> request,
      Function<Cloud, Set<String>> expected) {
    return new Scenario(name, client, request, expected);
  }

  /** The seeded server of that name, listed on its own. */
  static Server server(Cloud cloud, String name) {
    try (ComputeClient compute = cloud.admin().build()) {
      List<Server> servers =
          compute.listServers(r -> r.name("^" + name + "$")).stream().collect(Collectors.toList());
      if (servers.size() != 1) {
        throw new AssertionError(name + " listed " + servers.size() + " times");
      }
      return servers.get(0);
    }
  }

  private static String idOf(Cloud cloud, String name) {
    return server(cloud, name).id();
  }
}
