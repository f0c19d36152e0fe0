package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lazy paging through all of the admin project's 31 servers, as Nova pages them. */
final class PagingIT {

  /** Nova's own order (created_at desc, then id), in one request. */
  private static List<String> unpagedIds(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      Page<Server> page =
          compute.listServersPage(ListServersRequest.builder().pageSize(1000).build());
      assertThat(page.nextMarker()).isEmpty();
      return ids(page.items());
    }
  }

  static Stream<Arguments> cloudsAndPageSizes() {
    return Clouds.clouds().stream()
        .flatMap(cloud -> IntStream.of(1, 5, 7, 31).mapToObj(size -> Arguments.of(cloud, size)));
  }

  @ParameterizedTest(name = "{0}, page size {1}", allowZeroInvocations = true)
  @MethodSource("cloudsAndPageSizes")
  void everyServerOnce_inNovasOrder_overOneConnection(Cloud cloud, int pageSize) {
    List<String> expected = unpagedIds(cloud);
    assertThat(expected).hasSize(Seed.ADMIN.size());
    Cloud.Connections connections = new Cloud.Connections();
    List<Page<Server>> pages = new ArrayList<>();
    try (ComputeClient compute = cloud.admin().httpClient(connections.client()).build()) {
      compute.listServers(r -> r.pageSize(pageSize)).pages().forEach(pages::add);
    }

    List<String> listed =
        pages.stream().flatMap(p -> ids(p.items()).stream()).collect(Collectors.toList());
    assertThat(listed).containsExactlyElementsOf(expected);
    int fullPages = (expected.size() + pageSize - 1) / pageSize;
    assertThat(pages)
        .hasSize(fullPages)
        .allSatisfy(p -> assertThat(p.items()).hasSizeLessThanOrEqualTo(pageSize));
    // When the last page is exactly full Nova still links to a next, empty, page: one more call.
    int expectedCalls = expected.size() % pageSize == 0 ? fullPages + 1 : fullPages;
    assertThat(connections.calls).hasValue(expectedCalls);
    assertThat(connections.connects).as("connections opened").hasValue(1);
    assertThat(pages)
        .allSatisfy(
            p ->
                assertThat(p.requestId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("req-")));
  }

  @OnEachCloud
  void explicitMarkerAndLimit_matchTheSecondPageOfTheLazyListing(Cloud cloud) {
    List<Page<Server>> lazy = new ArrayList<>();
    try (ComputeClient compute = cloud.admin().build()) {
      for (Page<Server> page : compute.listServers(r -> r.pageSize(7)).pages()) {
        lazy.add(page);
        if (lazy.size() == 2) {
          break;
        }
      }
      String marker = lazy.get(0).nextMarker().orElseThrow();
      assertThat(marker).isEqualTo(lazy.get(0).items().get(6).id());

      Page<Server> second =
          compute.listServersPage(ListServersRequest.builder().marker(marker).pageSize(7).build());

      assertThat(ids(second.items())).containsExactlyElementsOf(ids(lazy.get(1).items()));
      assertThat(second.nextMarker()).isEqualTo(lazy.get(1).nextMarker());
      assertThat(second.items()).isEqualTo(lazy.get(1).items());
    }
  }

  @OnEachCloud
  void stoppingWithinTheFirstPage_makesNoFurtherRequest(Cloud cloud) {
    Cloud.Connections connections = new Cloud.Connections();
    try (ComputeClient compute = cloud.admin().httpClient(connections.client()).build();
        Stream<Server> servers = compute.listServers(r -> r.pageSize(2)).stream()) {
      assertThat(servers.limit(2).collect(Collectors.toList())).hasSize(2);
    }
    assertThat(connections.calls).hasValue(1);
  }

  /**
   * From the second page on, the next page is asked for as soon as a page arrives (read-ahead):
   * stopping within the second page costs at most that one request more, which closing cancels.
   */
  @OnEachCloud
  void stoppingWithinTheSecondPage_makesAtMostTheReadAheadRequest(Cloud cloud) {
    Cloud.Connections connections = new Cloud.Connections();
    try (ComputeClient compute = cloud.admin().httpClient(connections.client()).build();
        Stream<Server> servers = compute.listServers(r -> r.pageSize(2)).stream()) {
      assertThat(servers.limit(3).collect(Collectors.toList())).hasSize(3);
    }
    assertThat(connections.calls.get()).isBetween(2, 3);
  }

  private static List<String> ids(List<Server> servers) {
    return servers.stream().map(Server::id).collect(Collectors.toList());
  }
}
