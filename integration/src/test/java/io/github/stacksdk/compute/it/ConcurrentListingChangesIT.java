package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.model.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server deleted or created between the id pass and the detail pages of a concurrent listing,
 * against each cloud. The servers live in a project of their own, so that the seed's projects,
 * which the other tests count (deleted rows included), never see them.
 *
 * <p>Sorted by name in pages of 3, {@code churn-01..09} make the detail pages [01 02 03] [04 05
 * 06] [07 08 09]; the id pass learns all nine ids in its one request. The change happens when the
 * first detail page asked for after that answer is sent, so every page but the first (which may
 * be in flight already, and which the change does not touch) sees it.
 */
final class ConcurrentListingChangesIT {
  private static final String PROJECT = "churn";
  private static final List<String> NAMES = names(9);
  private static final ListServersRequest BY_NAME =
      ListServersRequest.builder()
          .allTenants(true)
          .projectId(PROJECT)
          .sort("display_name", SortDirection.ASC)
          .pageSize(3)
          .build();

  static Stream<Arguments> cloudsAndConcurrency() {
    return Clouds.clouds().stream().flatMap(c -> Stream.of(2, 4).map(n -> Arguments.of(c, n)));
  }

  @ParameterizedTest(name = "{0}, concurrency {1}", allowZeroInvocations = true)
  @MethodSource("cloudsAndConcurrency")
  void deletingAPageMarker_listsEveryOtherServerOnce(Cloud cloud, int concurrency) {
    Map<String, String> ids = servers(cloud);
    String marker = ids.get("churn-06"); // the marker of the third page
    ChangeAfterIdPass deletion = new ChangeAfterIdPass(() -> cloud.deleteServer(PROJECT, marker));

    List<String> listed = list(cloud, deletion, concurrency);

    assertThat(deletion.done).as("deleted between the passes").isTrue();
    // The second page ends before churn-07, the first id of the third page, which Nova gives from
    // the deleted marker: churn-06 is not listed, every other server once, in order.
    List<String> expected = new ArrayList<>(NAMES);
    expected.remove("churn-06");
    assertThat(listed).containsExactlyElementsOf(expected);
    // Nova finds a deleted server as a marker (read_deleted='yes' in its marker lookup).
    assertThat(rawNamesAfter(cloud, marker)).containsExactly("churn-07", "churn-08", "churn-09");
  }

  @ParameterizedTest(name = "{0}, concurrency {1}", allowZeroInvocations = true)
  @MethodSource("cloudsAndConcurrency")
  void creatingAServerInsideAPage_listsItOnce_andEveryOtherServerOnce(
      Cloud cloud, int concurrency) {
    servers(cloud);
    String[] created = new String[1];
    ChangeAfterIdPass creation =
        new ChangeAfterIdPass(() -> created[0] = cloud.createServer(PROJECT, "churn-04b"));
    try {
      List<String> listed = list(cloud, creation, concurrency);

      assertThat(creation.done).as("created between the passes").isTrue();
      // The second page (marker churn-03) now holds 04, 04b, 05: short of its last id, churn-06,
      // and of the third page's first, so it is continued from churn-05.
      List<String> expected = new ArrayList<>(NAMES);
      expected.add(expected.indexOf("churn-05"), "churn-04b");
      assertThat(listed).containsExactlyElementsOf(expected);
    } finally {
      if (created[0] != null) {
        cloud.deleteServer(PROJECT, created[0]);
      }
    }
  }

  @AfterAll
  static void deleteTheServers() {
    for (Cloud cloud : Clouds.clouds()) {
      servers(cloud).values().forEach(id -> cloud.deleteServer(PROJECT, id));
    }
  }

  /** Creates those of churn-01..09 that are missing; returns every server of the project by name. */
  private static Map<String, String> servers(Cloud cloud) {
    Map<String, String> ids = listedIds(cloud);
    for (String name : NAMES) {
      if (!ids.containsKey(name)) {
        ids.put(name, cloud.createServer(PROJECT, name));
      }
    }
    return ids;
  }

  private static Map<String, String> listedIds(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      Map<String, String> ids = new LinkedHashMap<>();
      compute.listServers(BY_NAME).forEach(s -> ids.put(Cloud.nameOf(s), s.id()));
      return ids;
    }
  }

  private static List<String> list(Cloud cloud, ChangeAfterIdPass change, int concurrency) {
    OkHttpClient http =
        new OkHttpClient.Builder().callTimeout(Cloud.CALL_TIMEOUT).addInterceptor(change).build();
    try (ComputeClient compute = cloud.admin().httpClient(http).build();
        Stream<Server> servers = compute.listServers(BY_NAME).concurrency(concurrency).stream()) {
      return servers.map(Cloud::nameOf).collect(Collectors.toList());
    }
  }

  /** A page of the project's servers after a marker, sent around the SDK. */
  private static List<String> rawNamesAfter(Cloud cloud, String marker) {
    List<String> names = new ArrayList<>();
    cloud
        .getJson(
            cloud.endpoint()
                + "/servers/detail?all_tenants=1&project_id="
                + PROJECT
                + "&sort_key=display_name&sort_dir=asc&limit=3&marker="
                + marker)
        .path("servers")
        .forEach(server -> names.add(server.path("name").asText()));
    return names;
  }

  private static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(String.format("churn-%02d", i));
    }
    return names;
  }

  /**
   * Runs a change, once, when the first detail page is asked for after the id listing answered,
   * and holds every detail page asked for meanwhile until the change is done.
   */
  private static final class ChangeAfterIdPass implements Interceptor {
    private final Runnable change;
    private volatile boolean idsAnswered;
    volatile boolean done;

    ChangeAfterIdPass(Runnable change) {
      this.change = change;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      String path = chain.request().url().encodedPath();
      if (path.endsWith("/servers/detail") && idsAnswered) {
        synchronized (this) {
          if (!done) {
            change.run();
            done = true;
          }
        }
      }
      Response response = chain.proceed(chain.request());
      if (path.endsWith("/servers")) {
        idsAnswered = true;
      }
      return response;
    }
  }
}
