package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.FlavorVisibility;
import io.github.stacksdk.compute.FlavorsClient;
import io.github.stacksdk.compute.ListFlavorsRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.PagedIterable;
import io.github.stacksdk.compute.SortDirection;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The flavors through {@code compute.flavors()}, on each cloud: the seed's ({@code seed.sh}: 1
 * {@code m1.tiny}, 2 {@code m1.small}, 3 {@code m1.medium} and 99 {@code x1.huge}, which is larger
 * than the host) listed with filters, sorted and paged, read one by one with their extra specs and
 * access lists; and a private flavor of this test's own, which the cloud makes (raw requests on the
 * real Nova, the fake's seeding methods on the fake) and deletes, seen by a member of the project
 * it is shared with and by no other project's.
 */
final class FlavorsIT {
  /** The project the private flavor is shared with; its only user is {@code flavors}. */
  static final String PROJECT = "flavors";

  /** A project the private flavor is not shared with. */
  static final String OTHER = "flavorsother";

  private static final String MICROVERSION = "2.79";
  private static final String PRIVATE = "50";
  private static final String PRIVATE_NAME = "it.private";
  private static final Map<String, String> SPECS =
      Map.of("hw:cpu_policy", "shared", "it:purpose", "flavors");

  @OnEachCloud
  void list_theSeedsFlavors_filteredSortedAndPaged(Cloud cloud) {
    Requests sent = new Requests();
    try (ComputeClient admin =
        cloud.admin().microversion(MICROVERSION).httpClient(sent.client()).build()) {
      FlavorsClient flavors = admin.flavors();
      List<Flavor> all = flavors.list().stream().collect(Collectors.toList());
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors/detail");
      // Nova sorts by flavorid, a string: "99" after "3".
      assertThat(all).extracting(Flavor::id).containsExactly("1", "2", "3", "99");
      assertThat(all.subList(0, 3))
          .extracting(
              f ->
                  f.name().orElseThrow()
                      + " "
                      + f.ram().getAsInt()
                      + "/"
                      + f.vcpus().getAsInt()
                      + "/"
                      + f.disk().getAsInt())
          .containsExactly("m1.tiny 512/1/1", "m1.small 2048/1/20", "m1.medium 4096/2/40");
      assertThat(all)
          .allSatisfy(
              f -> {
                assertThat(f.isPublic()).contains(true);
                assertThat(f.disabled()).contains(false);
                assertThat(f.ephemeral()).hasValue(0);
                assertThat(f.swap()).hasValue(0);
                assertThat(f.rxtxFactor()).hasValue(1.0);
                assertThat(f.description()).isEmpty(); // 2.55, null unless set
                assertThat(f.extraSpecs()).isEmpty(); // 2.61
                assertThat(f.links()).extracting(l -> l.rel()).containsExactly("self", "bookmark");
              });

      assertThat(ids(flavors.list(r -> r.minRam(2048)))).containsExactly("2", "3", "99");
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors/detail?minRam=2048");
      assertThat(ids(flavors.list(r -> r.minDisk(20)))).containsExactly("2", "3");
      assertThat(ids(flavors.list(r -> r.minRam(4096).minDisk(20)))).containsExactly("3");
      assertThat(sent.take())
          .containsExactly(
              "GET /v2.1/flavors/detail?minDisk=20",
              "GET /v2.1/flavors/detail?minRam=4096&minDisk=20");
      assertThat(ids(flavors.list(r -> r.sort("memory_mb", SortDirection.DESC))))
          .containsExactly("99", "3", "2", "1");
      assertThat(ids(flavors.list(r -> r.sort("name", SortDirection.ASC))))
          .containsExactly("3", "2", "1", "99");
      assertThat(sent.take())
          .containsExactly(
              "GET /v2.1/flavors/detail?sort_key=memory_mb&sort_dir=desc",
              "GET /v2.1/flavors/detail?sort_key=name&sort_dir=asc");

      // Pages of 1: the same flavors, each page after the last one's id; a full page always
      // links to a next one, so the empty page after the last ends it.
      List<Page<Flavor>> pages = new ArrayList<>();
      flavors.list(r -> r.pageSize(1)).pages().forEach(pages::add);
      assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Flavor::id))
          .containsExactly("1", "2", "3", "99");
      assertThat(pages.get(0).nextMarker()).contains("1");
      assertThat(sent.take())
          .containsExactly(
              "GET /v2.1/flavors/detail?limit=1",
              "GET /v2.1/flavors/detail?limit=1&marker=1",
              "GET /v2.1/flavors/detail?limit=1&marker=2",
              "GET /v2.1/flavors/detail?limit=1&marker=3",
              "GET /v2.1/flavors/detail?limit=1&marker=99");
      JsonNode two = cloud.getJson(cloud.endpoint() + "/flavors/detail?limit=2");
      assertThat(two.at("/flavors_links/0/href").asText())
          .isEqualTo(cloud.endpoint() + "/flavors/detail?limit=2&marker=2");

      List<FlavorSummary> summaries =
          flavors.listSummaries(ListFlavorsRequest.builder().minRam(2048).build()).stream()
              .collect(Collectors.toList());
      assertThat(summaries).extracting(FlavorSummary::id).containsExactly("2", "3", "99");
      assertThat(summaries.get(0).name()).contains("m1.small");
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors?minRam=2048");
    }
  }

  @OnEachCloud
  void get_find_extraSpecs_andAccess_ofTheSeedsFlavors(Cloud cloud) {
    Requests sent = new Requests();
    try (ComputeClient user =
        cloud.member(PROJECT).microversion(MICROVERSION).httpClient(sent.client()).build()) {
      FlavorsClient flavors = user.flavors();
      Flavor small = flavors.get("2");
      assertThat(small.name()).contains("m1.small");
      assertThat(small.ram()).hasValue(2048);
      assertThat(small.vcpus()).hasValue(1);
      assertThat(small.disk()).hasValue(20);
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors/2");
      assertThat(sent.lastToken()).isEqualTo(Cloud.memberToken(PROJECT));
      assertThat(sent.lastMicroversion()).isEqualTo("compute " + MICROVERSION);

      ResourceNotFoundException missing =
          catchThrowableOfType(() -> flavors.get("nope"), ResourceNotFoundException.class);
      assertThat(missing).isNotNull();
      assertThat(missing.faultMessage()).isEqualTo("Flavor nope could not be found.");
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors/nope");

      // By id first; a name that is no id costs a 404 and a listing.
      assertThat(flavors.find("3").map(Flavor::id)).contains("3");
      assertThat(sent.take()).containsExactly("GET /v2.1/flavors/3");
      assertThat(flavors.find("m1.tiny").map(Flavor::id)).contains("1");
      assertThat(sent.take())
          .containsExactly("GET /v2.1/flavors/m1.tiny", "GET /v2.1/flavors/detail");
      assertThat(flavors.find("m1.nothing")).isEmpty();
      sent.take();

      assertThat(flavors.extraSpecs("1")).isEmpty();
      assertThat(flavors.extraSpec("1", "hw:cpu_policy")).isEmpty();
      assertThat(sent.take())
          .containsExactly(
              "GET /v2.1/flavors/1/os-extra_specs",
              "GET /v2.1/flavors/1/os-extra_specs/hw:cpu_policy");
      // A missing key is the flavor's 404 with its own text, which the SDK reads as empty; a
      // missing flavor is a 404 that it does not.
      assertThat(rawFault(cloud, "/flavors/1/os-extra_specs/nokey"))
          .isEqualTo("Flavor 1 has no extra specs with key nokey.");
      ResourceNotFoundException noFlavor =
          catchThrowableOfType(
              () -> flavors.extraSpec("nope", "hw:cpu_policy"), ResourceNotFoundException.class);
      assertThat(noFlavor).isNotNull();
      assertThat(noFlavor.faultMessage()).isEqualTo("Flavor nope could not be found.");
      assertThat(
              catchThrowableOfType(
                      () -> flavors.extraSpecs("nope"), ResourceNotFoundException.class)
                  .faultMessage())
          .isEqualTo("Flavor nope could not be found.");

      // Every project may use a public flavor, so Nova keeps no access list for it.
      ResourceNotFoundException publicAccess =
          catchThrowableOfType(() -> flavors.access("1"), ResourceNotFoundException.class);
      assertThat(publicAccess).isNotNull();
      assertThat(publicAccess.faultMessage())
          .isEqualTo("Access list not available for public flavors.");
      assertThat(sent.take()).endsWith("GET /v2.1/flavors/1/os-flavor-access");
    }
  }

  @OnEachCloud
  void privateFlavor_seenByItsProjectOnly(Cloud cloud) {
    if (cloud.rawGetStatus("/flavors/" + PRIVATE) == 200) {
      cloud.deleteFlavor(PRIVATE); // an earlier run's
    }
    cloud.createPrivateFlavor(PRIVATE, PRIVATE_NAME, 1, 256, 2, PROJECT, SPECS);
    Requests sent = new Requests();
    try (ComputeClient admin = cloud.admin().microversion(MICROVERSION).build();
        ComputeClient member =
            cloud.member(PROJECT).microversion(MICROVERSION).httpClient(sent.client()).build();
        ComputeClient other = cloud.member(OTHER).microversion(MICROVERSION).build()) {
      Flavor mine = member.flavors().get(PRIVATE);
      assertThat(mine.name()).contains(PRIVATE_NAME);
      assertThat(mine.isPublic()).contains(false);
      assertThat(mine.ram()).hasValue(256);
      assertThat(mine.extraSpecs()).isEqualTo(SPECS);
      assertThat(ids(member.flavors().list())).contains(PRIVATE);
      assertThat(member.flavors().find(PRIVATE_NAME).map(Flavor::id)).contains(PRIVATE);
      assertThat(member.flavors().extraSpec(PRIVATE, "hw:cpu_policy")).contains("shared");
      assertThat(member.flavors().extraSpec(PRIVATE, "nokey")).isEmpty();
      assertThat(sent.take())
          .contains(
              "GET /v2.1/flavors/" + PRIVATE,
              "GET /v2.1/flavors/" + PRIVATE + "/os-extra_specs/hw:cpu_policy",
              "GET /v2.1/flavors/" + PRIVATE + "/os-extra_specs/nokey");
      assertThat(rawFault(cloud, "/flavors/" + PRIVATE + "/os-extra_specs/nokey"))
          .isEqualTo("Flavor " + PRIVATE + " has no extra specs with key nokey.");

      // Another project's member does not see it at all.
      assertThat(ids(other.flavors().list())).doesNotContain(PRIVATE);
      ResourceNotFoundException hidden =
          catchThrowableOfType(() -> other.flavors().get(PRIVATE), ResourceNotFoundException.class);
      assertThat(hidden).isNotNull();
      assertThat(hidden.faultMessage()).isEqualTo("Flavor " + PRIVATE + " could not be found.");
      assertThat(other.flavors().find(PRIVATE_NAME)).isEmpty();

      // The admin lists it only when asking for private flavors, and reads its access list.
      assertThat(ids(admin.flavors().list())).doesNotContain(PRIVATE);
      assertThat(ids(admin.flavors().list(r -> r.visibility(FlavorVisibility.PRIVATE))))
          .contains(PRIVATE)
          .doesNotContain("1", "2", "3", "99");
      assertThat(ids(admin.flavors().list(r -> r.visibility(FlavorVisibility.ALL))))
          .contains("1", "2", "3", "99", PRIVATE);
      assertThat(admin.flavors().access(PRIVATE))
          .containsExactly(FlavorAccess.builder().flavorId(PRIVATE).tenantId(PROJECT).build());
      assertThat(admin.flavors().extraSpecs(PRIVATE)).isEqualTo(SPECS);
    } finally {
      cloud.deleteFlavor(PRIVATE);
    }
    assertThat(cloud.rawGetStatus("/flavors/" + PRIVATE)).isEqualTo(404);
  }

  private static List<String> ids(PagedIterable<Flavor> flavors) {
    return flavors.stream().map(Flavor::id).collect(Collectors.toList());
  }

  /** The fault message of a GET around the SDK, as the admin, which must be a 404. */
  private static String rawFault(Cloud cloud, String path) {
    Request request =
        new Request.Builder()
            .url(cloud.endpoint() + path)
            .header("X-Auth-Token", cloud.adminToken())
            .header("OpenStack-API-Version", "compute " + MICROVERSION)
            .build();
    try (Response response = Cloud.RAW.newCall(request).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as("GET %s: %s", path, body).isEqualTo(404);
      return Cloud.JSON.readTree(body).path("itemNotFound").path("message").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The requests the SDK sent, as {@code METHOD /path?query}, with their last token. */
  private static final class Requests {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile String token = "";
    private volatile String microversion = "";

    OkHttpClient client() {
      return new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                Request request = chain.request();
                HttpUrl url = request.url();
                String query = url.encodedQuery() == null ? "" : "?" + url.encodedQuery();
                lines.add(request.method() + " " + url.encodedPath() + query);
                token = String.valueOf(request.header("X-Auth-Token"));
                microversion = String.valueOf(request.header("OpenStack-API-Version"));
                return chain.proceed(request);
              })
          .build();
    }

    /** The requests sent since the last call, oldest first. */
    List<String> take() {
      List<String> taken = new ArrayList<>(lines);
      lines.subList(0, taken.size()).clear();
      return taken;
    }

    String lastToken() {
      return token;
    }

    String lastMicroversion() {
      return microversion;
    }
  }
}
