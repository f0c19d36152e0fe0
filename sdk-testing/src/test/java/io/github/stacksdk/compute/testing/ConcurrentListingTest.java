package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A concurrent listing of the sample cloud gives what the sequential one gives, for the filters
 * and sorts that change which servers come and in what order, and the id listing matches both.
 */
@ExtendWith(FakeComputeExtension.class)
final class ConcurrentListingTest {
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  static Stream<Arguments> requests() {
    Stream<Consumer<ListServersRequest.Builder>> filters =
        Stream.of(
            r -> {},
            r -> r.allTenants(true),
            r -> r.status(ServerStatus.ACTIVE),
            r -> r.name("^web-"),
            r -> r.allTenants(true).sort("display_name", SortDirection.ASC),
            r -> r.allTenants(true).deleted(true),
            r -> r.sort("vm_state", SortDirection.DESC).sort("display_name", SortDirection.ASC),
            r -> r.flavor(SampleCloud.FLAVOR_SMALL));
    Stream<Arguments> everyFilter =
        filters.flatMap(f -> Stream.of(3, 7).map(size -> Arguments.of(f, size, 3)));
    Consumer<ListServersRequest.Builder> all = r -> r.allTenants(true);
    Stream<Arguments> everyConcurrency = Stream.of(2, 8, 64).map(n -> Arguments.of(all, 2, n));
    return Stream.concat(everyFilter, everyConcurrency);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void concurrent_isTheSequentialListing(
      Consumer<ListServersRequest.Builder> filter, int pageSize, int concurrency) {
    ListServersRequest.Builder builder = ListServersRequest.builder().pageSize(pageSize);
    filter.accept(builder);
    ListServersRequest request = builder.build();
    try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
      List<String> sequential = ids(compute.listServers(request).stream());
      List<String> concurrent = ids(compute.listServers(request).concurrency(concurrency).stream());
      List<String> summaries =
          compute.listServerSummaries(request).stream()
              .map(ServerSummary::id)
              .collect(Collectors.toList());

      assertThat(concurrent).isEqualTo(sequential);
      assertThat(summaries).isEqualTo(sequential);
    }
  }

  @Test
  void concurrent_asksForEachDetailPageWithTheIdBeforeIt() {
    List<String> all;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      all = ids(compute.listServers().stream());
      while (fake.pollRequest(java.time.Duration.ZERO).isPresent()) {
        // only the requests of the concurrent listing below count
      }
      assertThat(ids(compute.listServers(r -> r.pageSize(10)).concurrency(3).stream()))
          .isEqualTo(all);
    }
    List<FakeRequest> sent = drain();
    assertThat(sent)
        .filteredOn(r -> r.path().equals("/v2.1/servers"))
        .singleElement()
        .satisfies(r -> assertThat(r.queryParameter("limit")).contains("1000"));
    assertThat(sent)
        .filteredOn(r -> r.path().equals("/v2.1/servers/detail"))
        .extracting(r -> r.queryParameter("marker").orElse(null))
        .containsExactlyInAnyOrder(null, all.get(9), all.get(19), all.get(29));
  }

  private List<FakeRequest> drain() {
    List<FakeRequest> requests = new java.util.ArrayList<>();
    for (java.util.Optional<FakeRequest> r = fake.pollRequest(java.time.Duration.ZERO);
        r.isPresent();
        r = fake.pollRequest(java.time.Duration.ZERO)) {
      requests.add(r.get());
    }
    return requests;
  }

  private static List<String> ids(Stream<Server> servers) {
    try (servers) {
      return servers.map(Server::id).collect(Collectors.toList());
    }
  }
}
