package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.PowerState;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import io.github.stacksdk.compute.model.VmState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SDK's own client listing the sample cloud: order, paging and every filter. */
@ExtendWith(FakeComputeExtension.class)
final class ListServersTest {
  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void listServers_isTheTokensProjectNewestFirst_withoutDeletedServers() {
    List<String> names;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      names = names(compute, r -> {});
    }

    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(request.queryParameters()).containsOnlyKeys("limit");
    assertThat(names).hasSize(34).doesNotContain("demo-01", "demo-02", "batch-00");
    assertThat(names.get(0)).isEqualTo("batch-07"); // the build of ten minutes ago
    assertThat(names.subList(1, 4)).containsExactly("batch-08", "batch-06", "batch-05");
    assertThat(names.get(33)).isEqualTo("db-01");
    assertThat(names).isEqualTo(expected(s -> s.tenantId().isEmpty() && !isDeleted(s)));
    assertThat(fake.pollRequest(Duration.ZERO)).as("one page of 1000 holds them all").isEmpty();
  }

  /** 34 servers: pages of 1, 5, 7 and exactly 34; an exactly full last page links to an empty one. */
  @ParameterizedTest
  @ValueSource(ints = {1, 5, 7, 34})
  void listServers_inPages_givesTheSameServers_followingEachMarker(int pageSize) {
    List<Server> all;
    List<String> paged;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      all = compute.listServers().stream().collect(Collectors.toList());
      paged =
          compute.listServers(r -> r.pageSize(pageSize)).stream()
              .map(Server::id)
              .collect(Collectors.toList());
    }

    assertThat(paged).isEqualTo(all.stream().map(Server::id).collect(Collectors.toList()));
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    int requests = 34 / pageSize + 1; // 34 % pageSize == 0: a last, empty page; else a short one
    String marker = null;
    for (int page = 0; page < requests; page++) {
      FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
      assertThat(request.queryParameter("limit")).contains(Integer.toString(pageSize));
      assertThat(request.queryParameter("marker")).isEqualTo(java.util.Optional.ofNullable(marker));
      int last = Math.min((page + 1) * pageSize, 34) - 1;
      marker = all.get(last).id();
    }
    assertThat(fake.pollRequest(Duration.ZERO)).isEmpty();
    assertThat(fake.requestCount()).isEqualTo(1 + requests);
  }

  @Test
  void listServersPage_givesOnePageAndItsNextMarker_andResumesFromIt() {
    Page<Server> first;
    Page<Server> second;
    try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
      ListServersRequest request = ListServersRequest.builder().pageSize(5).build();
      first = compute.listServersPage(request);
      second =
          compute.listServersPage(
              request.toBuilder().marker(first.nextMarker().orElseThrow()).build());
    }

    assertThat(first.items()).hasSize(5);
    assertThat(first.nextMarker()).contains(first.items().get(4).id());
    assertThat(first.microversion()).contains("2.79");
    assertThat(first.requestId())
        .hasValueSatisfying(id -> assertThat(id).matches("req-[0-9a-f-]{36}"));
    assertThat(second.items()).hasSize(5).doesNotContainAnyElementsOf(first.items());
    FakeRequest one = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    FakeRequest two = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(one.queryParameter("marker")).isEmpty();
    assertThat(two.queryParameter("marker")).contains(first.items().get(4).id());
    assertThat(two.header("OpenStack-API-Version")).contains("compute 2.79");
  }

  @Test
  void status_oneOrMore_caseInsensitiveOnTheWire() {
    assertFilter(r -> r.status(ServerStatus.ACTIVE), s -> isActive(s), "status", "ACTIVE");
    assertFilter(
        r -> r.status(ServerStatus.SHUTOFF, ServerStatus.PAUSED),
        s -> s.status() == ServerStatus.SHUTOFF || s.status() == ServerStatus.PAUSED,
        "status",
        "SHUTOFF");
    assertThat(listNames(r -> r.additionalQueryParameter("status", "shutoff")))
        .containsExactlyInAnyOrder("db-07", "db-08", "batch-06");
    fake.takeRequest();
  }

  @Test
  void name_isARegularExpressionSearchedAnywhere() {
    assertThat(listNames(r -> r.name("^web-0[1-3]$")))
        .containsExactly("web-03", "web-02", "web-01");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("name"))
        .contains("^web-0[1-3]$");
    assertThat(listNames(r -> r.name("-1[12]"))).containsExactly("web-12", "web-11");
    fake.takeRequest();
  }

  @Test
  void changesSince_includesDeletedServers_andChangesBeforeNeeds266() {
    Instant weekAgo = SampleCloud.NOW.minus(Duration.ofDays(7));
    List<String> changed = listNames(r -> r.changesSince(weekAgo));
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("changes-since"))
        .contains(weekAgo.toString());
    assertThat(changed)
        .containsExactlyElementsOf(
            expected(s -> s.tenantId().isEmpty() && !s.updated().orElseThrow().isBefore(weekAgo)))
        .contains("batch-00", "db-07", "cache-01", "web-12", "batch-07");

    Instant dayAgo = SampleCloud.NOW.minus(Duration.ofDays(1));
    List<String> window;
    try (ComputeClient compute = fake.clientBuilder().microversion("2.66").build()) {
      window =
          compute.listServers(r -> r.changesSince(weekAgo).changesBefore(dayAgo)).stream()
              .map(s -> s.name().orElseThrow())
              .collect(Collectors.toList());
    }
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("changes-before"))
        .contains(dayAgo.toString());
    assertThat(window)
        .containsExactlyInAnyOrderElementsOf(
            expected(
                s ->
                    s.tenantId().isEmpty()
                        && !s.updated().orElseThrow().isBefore(weekAgo)
                        && !s.updated().orElseThrow().isAfter(dayAgo)));
    assertThat(window).contains("batch-00", "db-05").doesNotContain("web-12", "batch-07");
  }

  @Test
  void changesBefore_below266_isIgnored_asNovaStripsUnknownParameters() {
    assertThat(listNames(r -> r.additionalQueryParameter("changes-before", "2000-01-01T00:00:00Z")))
        .hasSize(34);
    assertThat(fake.takeRequest().queryParameter("changes-before"))
        .contains("2000-01-01T00:00:00Z");
  }

  @Test
  void flavorAndImage_matchIds_andABootFromVolumeServerHasNoImage() {
    assertFilter(
        r -> r.flavor(SampleCloud.FLAVOR_LARGE),
        s -> s.name().orElseThrow().startsWith("db-"),
        "flavor",
        "4");
    assertFilter(
        r -> r.image(SampleCloud.IMAGE_DEBIAN),
        s -> s.name().orElseThrow().startsWith("db-") && !s.name().orElseThrow().equals("db-01"),
        "image",
        SampleCloud.IMAGE_DEBIAN);
    assertThat(listNames(r -> r.flavor("no-such-flavor"))).isEmpty();
    fake.takeRequest();
  }

  @Test
  void ipAndIp6_matchFixedAddressesFromTheStart() {
    assertFilter(r -> r.ip("10\\.0\\.0\\.2"), s -> hasFixed(s, "10.0.0.2"), "ip", "10\\.0\\.0\\.2");
    assertFilter(
        r -> r.ip6("2001:db8"), s -> s.name().orElseThrow().startsWith("web-"), "ip6", "2001:db8");
    assertThat(listNames(r -> r.ip("198\\.51\\.100\\.")))
        .as("floating addresses are not matched")
        .isEmpty();
    fake.takeRequest();
  }

  @Test
  void tags_allAnyAndNot_from226() {
    try (ComputeClient compute = fake.clientBuilder().microversion("2.26").build()) {
      assertThat(names(compute, r -> r.addTags("frontend", "canary")))
          .containsExactly("web-02", "web-01");
      assertThat(fake.takeRequest().queryParameter("tags")).contains("frontend,canary");
      assertThat(names(compute, r -> r.addTagsAny("canary", "stateful")))
          .containsExactlyInAnyOrderElementsOf(
              expected(s -> s.tags().contains("canary") || s.tags().contains("stateful")));
      assertThat(fake.takeRequest().queryParameter("tags-any")).contains("canary,stateful");
      assertThat(names(compute, r -> r.addNotTags("backend", "stateful")))
          .hasSize(34 - 8)
          .doesNotContain("db-01")
          .contains("cache-01");
      assertThat(fake.takeRequest().queryParameter("not-tags")).contains("backend,stateful");
      assertThat(names(compute, r -> r.addNotTagsAny("backend", "frontend")))
          .containsExactlyInAnyOrderElementsOf(
              expected(s -> s.tenantId().isEmpty() && s.tags().isEmpty() && !isDeleted(s)));
      assertThat(fake.takeRequest().queryParameter("not-tags-any")).contains("backend,frontend");
    }
  }

  @Test
  void locked_from273() {
    try (ComputeClient compute = fake.clientBuilder().microversion("2.73").build()) {
      assertThat(names(compute, r -> r.locked(true))).containsExactly("cache-03", "db-05");
      assertThat(fake.takeRequest().queryParameter("locked")).contains("true");
      assertThat(names(compute, r -> r.locked(false))).hasSize(32);
      fake.takeRequest();
    }
  }

  @Test
  void adminFilters_areHonoured_forTheFakesAdminToken() {
    assertFilter(
        r -> r.availabilityZone("az-2"),
        s -> s.availabilityZone().orElse("").equals("az-2"),
        "availability_zone",
        "az-2");
    assertFilter(
        r -> r.keyName("^deploy"),
        s -> s.keyName().orElse("").equals("deploy-key"),
        "key_name",
        "^deploy");
    assertFilter(
        r -> r.host("compute-04"),
        s -> s.host().orElse("").equals("compute-04"),
        "host",
        "compute-04");
    assertFilter(
        r -> r.node("compute-0[12]"),
        s -> s.host().orElse("").matches("compute-0[12]"),
        "node",
        "compute-0[12]");
    assertFilter(
        r -> r.hostname("^cache"),
        s -> s.name().orElseThrow().startsWith("cache"),
        "hostname",
        "^cache");
    assertFilter(
        r -> r.powerState(PowerState.SHUTDOWN),
        s -> s.status() == ServerStatus.SHUTOFF,
        "power_state",
        "4");
    assertFilter(
        r -> r.vmState(VmState.PAUSED),
        s -> s.status() == ServerStatus.PAUSED,
        "vm_state",
        "paused");
    assertFilter(
        r -> r.taskState(TaskState.SPAWNING),
        s -> s.status() == ServerStatus.BUILD,
        "task_state",
        "spawning");
    String reservation = byName("web-05").reservationId().orElseThrow();
    assertFilter(
        r -> r.reservationId(reservation),
        s -> s.name().orElseThrow().equals("web-05"),
        "reservation_id",
        reservation);
    assertFilter(
        r -> r.userId(Keystone.USER_ID), s -> s.tenantId().isEmpty(), "user_id", Keystone.USER_ID);
  }

  @Test
  void allTenants_addsTheOtherProjects_andProjectIdNarrowsThem() {
    assertThat(listNames(r -> r.allTenants(true))).hasSize(36).contains("demo-01", "demo-02");
    assertThat(fake.takeRequest().queryParameter("all_tenants")).contains("true");
    assertThat(listNames(r -> r.allTenants(true).projectId(SampleCloud.DEMO_PROJECT_ID)))
        .containsExactly("demo-02", "demo-01");
    assertThat(fake.takeRequest().queryParameter("project_id"))
        .contains(SampleCloud.DEMO_PROJECT_ID);
    assertThat(listNames(r -> r.projectId(SampleCloud.DEMO_PROJECT_ID)))
        .as("without all_tenants Nova forces the token's project")
        .hasSize(34);
    fake.takeRequest();
  }

  @Test
  void deleted_listsOnlyDeletedServers() {
    assertThat(listNames(r -> r.deleted(true))).containsExactly("batch-00");
    assertThat(fake.takeRequest().queryParameter("deleted")).contains("true");
    assertThat(listNames(r -> r.deleted(false))).hasSize(34);
    fake.takeRequest();
  }

  @Test
  void sortPairs_orderTheListing_withCreatedAndIdAsTieBreakers() {
    List<String> byName = listNames(r -> r.sort("display_name", SortDirection.ASC));
    FakeRequest request = fake.takeRequest();
    assertThat(request.queryParameters("sort_key")).containsExactly("display_name");
    assertThat(request.queryParameters("sort_dir")).containsExactly("asc");
    assertThat(byName).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(34);

    List<String> byZone =
        listNames(
            r ->
                r.sort("availability_zone", SortDirection.DESC)
                    .sort("display_name", SortDirection.ASC));
    fake.takeRequest();
    assertThat(byZone.get(0)).isEqualTo("db-01");
    assertThat(byZone.subList(0, 8))
        .isSorted()
        .allMatch(n -> n.startsWith("db-") || n.startsWith("web-"));
    assertThat(byZone.get(33))
        .as("the server without a zone sorts last in descending order")
        .isEqualTo("batch-08");
  }

  // --- helpers

  private void assertFilter(
      Consumer<ListServersRequest.Builder> filter,
      Predicate<Server> matches,
      String parameter,
      String sent) {
    List<String> names = listNames(filter);
    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(request.queryParameters(parameter)).contains(sent);
    assertThat(names)
        .as("%s=%s", parameter, sent)
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(
            expected(s -> s.tenantId().isEmpty() && !isDeleted(s) && matches.test(s)));
  }

  private List<String> listNames(Consumer<ListServersRequest.Builder> filter) {
    try (ComputeClient compute = fake.clientBuilder().build()) {
      return names(compute, filter);
    }
  }

  private static List<String> names(
      ComputeClient compute, Consumer<ListServersRequest.Builder> filter) {
    return compute.listServers(filter).stream()
        .map(s -> s.name().orElseThrow())
        .collect(Collectors.toList());
  }

  /** The seeded servers that match, newest first. */
  private List<String> expected(Predicate<Server> matches) {
    return fake.servers().stream()
        .filter(matches)
        .sorted(Comparator.comparing((Server s) -> s.created().orElseThrow()).reversed())
        .map(s -> s.name().orElseThrow())
        .collect(Collectors.toList());
  }

  private Server byName(String name) {
    return fake.servers().stream()
        .filter(s -> s.name().orElse("").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isActive(Server s) {
    return s.status() == ServerStatus.ACTIVE;
  }

  private static boolean isDeleted(Server s) {
    return s.status() == ServerStatus.DELETED;
  }

  private static boolean hasFixed(Server s, String prefix) {
    return s.addresses().values().stream()
        .flatMap(List::stream)
        .filter(a -> a.typeAsString().orElse("").equals("fixed"))
        .map(Address::addr)
        .anyMatch(a -> a.startsWith(prefix));
  }
}
