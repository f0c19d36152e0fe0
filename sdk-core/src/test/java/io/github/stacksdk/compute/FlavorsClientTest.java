package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.flavor.Flavor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** What each call of {@link FlavorsClient} and its async face sends, and what it makes of it. */
final class FlavorsClientTest {
  private static final String TINY =
      "{\"id\": \"1\", \"name\": \"m1.tiny\", \"ram\": 512, \"disk\": 1, \"vcpus\": 1,"
          + " \"links\": []}";
  private static final String SMALL =
      "{\"id\": \"2\", \"name\": \"m1.small\", \"ram\": 2048, \"disk\": 20, \"vcpus\": 1,"
          + " \"links\": []}";
  private static final String NOT_FOUND =
      "{\"itemNotFound\": {\"code\": 404, \"message\": \"Flavor m1.small could not be found.\"}}";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordingListener listener = new RecordingListener();

  private ComputeClient client() {
    return TestSupport.client(server, "/v2.1").microversion("2.75").addListener(listener).build();
  }

  private static String page(String next, String... flavors) {
    return "{\"flavors\": ["
        + String.join(", ", flavors)
        + "]"
        + (next == null
            ? ""
            : ", \"flavors_links\": [{\"rel\": \"next\", \"href\": \"" + next + "\"}]")
        + "}";
  }

  @Test
  void list_sendsTheFiltersAndFollowsTheNextLinksMarker() throws Exception {
    server.enqueue(json(200, page("http://nova/v2.1/flavors/detail?limit=1&marker=1", TINY)));
    server.enqueue(json(200, page(null, SMALL)));
    List<String> names;
    try (ComputeClient compute = client()) {
      names =
          compute
              .flavors()
              .list(
                  r ->
                      r.minRam(256)
                          .minDisk(1)
                          .visibility(FlavorVisibility.ALL)
                          .sort("memory_mb", SortDirection.DESC)
                          .pageSize(1))
              .stream()
              .map(f -> f.name().orElseThrow())
              .collect(Collectors.toList());
    }
    assertThat(names).containsExactly("m1.tiny", "m1.small");
    String query = "minRam=256&minDisk=1&is_public=none&sort_key=memory_mb&sort_dir=desc&limit=1";
    assertSentGet(server, "/v2.1/flavors/detail", query);
    assertSentGet(server, "/v2.1/flavors/detail", query + "&marker=1");
    assertThat(listener.only(FlavorReads.LIST).events)
        .containsExactly("page 1 of 1", "page 2 of 1", "ok");
    assertThat(listener.named(FlavorReads.LIST + ".page")).hasSize(2);
  }

  @Test
  void list_sendsTheClientsMicroversion() throws Exception {
    server.enqueue(json(200, page(null, TINY)));
    try (ComputeClient compute = client()) {
      assertThat(compute.flavors().list().stream().count()).isEqualTo(1);
    }
    assertThat(
            assertSentGet(server, "/v2.1/flavors/detail", null)
                .getHeaders()
                .get("OpenStack-API-Version"))
        .isEqualTo("compute 2.75");
  }

  @Test
  void list_refusesAPageLargerThanAskedFor() throws Exception {
    server.enqueue(json(200, page(null, TINY, SMALL)));
    try (ComputeClient compute = client()) {
      PagedIterable<Flavor> flavors = compute.flavors().list(r -> r.pageSize(1));
      assertThatThrownBy(() -> flavors.stream().count())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("2 flavors to a page of at most 1");
    }
    assertSentGet(server, "/v2.1/flavors/detail", "limit=1");
  }

  @Test
  void listSummaries_readsTheIdListing() throws Exception {
    server.enqueue(
        json(200, "{\"flavors\": [{\"id\": \"1\", \"name\": \"m1.tiny\", \"links\": []}]}"));
    try (ComputeClient compute = client()) {
      assertThat(
              compute
                  .flavors()
                  .listSummaries(ListFlavorsRequest.builder().minDisk(0).build())
                  .stream()
                  .map(f -> f.name().orElseThrow()))
          .containsExactly("m1.tiny");
    }
    assertSentGet(server, "/v2.1/flavors", "minDisk=0");
  }

  @Test
  void get_readsTheFlavorAndMapsA404() throws Exception {
    server.enqueue(json(200, "{\"flavor\": " + TINY + "}"));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client()) {
      assertThat(compute.flavors().get("1").ram()).hasValue(512);
      assertThatThrownBy(() -> compute.flavors().get("m1 small"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertSentGet(server, "/v2.1/flavors/1", null);
    assertSentGet(server, "/v2.1/flavors/m1%20small", null);
  }

  @Test
  void find_triesTheIdThenTheNames() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(200, page(null, TINY, SMALL)));
    Optional<Flavor> found;
    try (ComputeClient compute = client()) {
      found = compute.flavors().find("m1.small");
    }
    assertThat(found.map(Flavor::id)).contains("2");
    assertSentGet(server, "/v2.1/flavors/m1.small", null);
    assertSentGet(server, "/v2.1/flavors/detail", null);
    assertThat(listener.only("flavors.get").events).endsWith("ok");
  }

  @Test
  void find_isEmptyWhenNoFlavorHasTheIdOrName() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(200, page(null, TINY)));
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(200, page(null, TINY)));
    try (ComputeClient compute = client()) {
      assertThat(compute.flavors().find("m1.small")).isEmpty();
      assertThat(compute.async().flavors().find("m1.small").get(5, TimeUnit.SECONDS)).isEmpty();
    }
    for (int i = 0; i < 2; i++) {
      assertSentGet(server, "/v2.1/flavors/m1.small", null);
      assertSentGet(server, "/v2.1/flavors/detail", null);
    }
  }

  @Test
  void find_byIdMakesOneRequest() throws Exception {
    server.enqueue(json(200, "{\"flavor\": " + TINY + "}"));
    try (ComputeClient compute = client()) {
      assertThat(compute.async().flavors().find("1").get(5, TimeUnit.SECONDS).map(Flavor::id))
          .contains("1");
    }
    assertSentGet(server, "/v2.1/flavors/1", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void extraSpecs_readTheMapAndOneKey() throws Exception {
    server.enqueue(json(200, "{\"extra_specs\": {\"hw:cpu_policy\": \"dedicated\"}}"));
    server.enqueue(json(200, "{\"hw:cpu_policy\": \"dedicated\"}"));
    server.enqueue(
        json(
            404,
            "{\"itemNotFound\": {\"code\": 404, \"message\":"
                + " \"Flavor 1 has no extra specs with key hw:numa_nodes.\"}}"));
    server.enqueue(json(404, NOT_FOUND));
    try (ComputeClient compute = client()) {
      assertThat(compute.flavors().extraSpecs("1")).containsEntry("hw:cpu_policy", "dedicated");
      assertThat(compute.flavors().extraSpec("1", "hw:cpu_policy")).contains("dedicated");
      assertThat(compute.async().flavors().extraSpec("1", "hw:numa_nodes").get(5, TimeUnit.SECONDS))
          .isEmpty();
      assertThatThrownBy(() -> compute.flavors().extraSpec("9", "hw:numa_nodes"))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    assertSentGet(server, "/v2.1/flavors/1/os-extra_specs", null);
    assertSentGet(server, "/v2.1/flavors/1/os-extra_specs/hw:cpu_policy", null);
    assertSentGet(server, "/v2.1/flavors/1/os-extra_specs/hw:numa_nodes", null);
    assertSentGet(server, "/v2.1/flavors/9/os-extra_specs/hw:numa_nodes", null);
  }

  @Test
  void access_readsTheProjects() throws Exception {
    server.enqueue(
        json(200, "{\"flavor_access\": [{\"flavor_id\": \"10\", \"tenant_id\": \"demo\"}]}"));
    try (ComputeClient compute = client()) {
      assertThat(compute.async().flavors().access("10").get(5, TimeUnit.SECONDS))
          .singleElement()
          .satisfies(a -> assertThat(a.tenantId()).isEqualTo("demo"));
    }
    assertSentGet(server, "/v2.1/flavors/10/os-flavor-access", null);
  }

  @Test
  void asyncList_pagesLikeTheSyncOne() throws Exception {
    server.enqueue(json(200, page("flavors/detail?marker=1", TINY)));
    server.enqueue(json(200, page(null, SMALL)));
    try (ComputeClient compute = client()) {
      assertThat(
              compute.async().flavors().list().toList().get(5, TimeUnit.SECONDS).stream()
                  .map(Flavor::id))
          .containsExactly("1", "2");
    }
    assertSentGet(server, "/v2.1/flavors/detail", null);
    assertSentGet(server, "/v2.1/flavors/detail", "marker=1");
  }

  @Test
  void requestsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> ListFlavorsRequest.builder().sortKey("ram").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory_mb");
    assertThatThrownBy(() -> ListFlavorsRequest.builder().minRam(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    try (ComputeClient compute = client()) {
      assertThatThrownBy(() -> compute.flavors().get(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> compute.flavors().extraSpec("1", ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
