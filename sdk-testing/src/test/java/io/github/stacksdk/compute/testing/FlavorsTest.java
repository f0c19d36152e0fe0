package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import io.github.stacksdk.compute.model.internal.FlavorJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /flavors} and its extra specs and access list, through raw HTTP. */
final class FlavorsTest {
  private static final String MEMBER = "member-token";
  private static final String OTHER_MEMBER = "other-member-token";
  private static final String OTHER_PROJECT = "0ee40000000040008000000000000002";

  private final FakeCompute fake =
      FakeCompute.builder()
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .addMemberToken(OTHER_MEMBER, OTHER_PROJECT)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  /** A private flavor shared with the fake's project, and its extra specs. */
  private void seedPrivateFlavor() {
    fake.addFlavor(
            Flavor.builder()
                .id("7")
                .name("m1.small.description")
                .vcpus(1)
                .ram(2048)
                .disk(20)
                .description("test description")
                .isPublic(false)
                .build())
        .addFlavorAccess("7", FakeCompute.DEFAULT_PROJECT_ID)
        .addFlavorExtraSpecs("7", Map.of("hw:numa_nodes", "1"));
  }

  private static List<String> ids(JsonNode flavors) {
    List<String> ids = new ArrayList<>();
    flavors.forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_atEachMicroversion() {
    seedPrivateFlavor();
    for (String v : List.of("2.1", "2.55", "2.61", "2.75")) {
      String dir = v.equals("2.1") ? "flavors/" : "flavors/v" + v + "/";
      RawHttp.Reply list = nova.get(v, "/v2.1/flavors");
      RawHttp.Reply detail = nova.get(v, "/v2.1/flavors/detail");
      RawHttp.Reply show = nova.get(v, "/v2.1/flavors/7");

      assertThat(list.status).isEqualTo(200);
      assertThat(list.header("OpenStack-API-Version")).isEqualTo("compute " + v);
      assertSameKeys(list.json(), sample(dir + "flavors-list-resp.json"));
      assertSameKeys(detail.json(), sample(dir + "flavors-detail-resp.json"), "extra_specs");
      assertSameKeys(show.json(), sample(dir + "flavor-get-resp.json"), "extra_specs");
    }
  }

  @Test
  void detail_rendersEachFieldAsNovaDoes_swapEmptyBefore275() {
    seedPrivateFlavor();
    JsonNode old = nova.get("2.74", "/v2.1/flavors/7").json().get("flavor");
    JsonNode now = nova.get("2.75", "/v2.1/flavors/7").json().get("flavor");
    JsonNode base = nova.get("2.1", "/v2.1/flavors/1").json().get("flavor");

    assertThat(RawHttp.keys(now))
        .containsExactly(
            "id",
            "name",
            "ram",
            "disk",
            "swap",
            "OS-FLV-EXT-DATA:ephemeral",
            "OS-FLV-DISABLED:disabled",
            "vcpus",
            "os-flavor-access:is_public",
            "rxtx_factor",
            "links",
            "description",
            "extra_specs");
    assertThat(old.get("swap").isTextual()).isTrue();
    assertThat(old.get("swap").asText()).isEmpty();
    assertThat(now.get("swap").isInt()).isTrue();
    assertThat(now.get("swap").asInt()).isZero();
    assertThat(now.get("rxtx_factor").asDouble()).isEqualTo(1.0);
    assertThat(now.get("os-flavor-access:is_public").asBoolean()).isFalse();
    assertThat(now.get("extra_specs").toString()).isEqualTo("{\"hw:numa_nodes\":\"1\"}");
    assertThat(now.at("/links/0/href").asText()).isEqualTo(fake.endpoint() + "/flavors/7");
    assertThat(now.at("/links/1/href").asText())
        .isEqualTo(fake.endpoint().replace("/v2.1", "") + "/flavors/7");
    assertThat(base.has("description")).isFalse();
    assertThat(base.get("name").asText()).isEqualTo("m1.tiny");
    assertThat(base.get("ram").asInt()).isEqualTo(512);
  }

  @Test
  void detail_readByTheSdksModelReader() {
    seedPrivateFlavor();
    RawHttp.Reply reply = nova.get("2.75", "/v2.1/flavors/detail?is_public=none");

    ModelBodies.Page<Flavor> page = NovaCalls.read(reply, FlavorJson::readPage);

    assertThat(page.items()).extracting(Flavor::id).containsExactly("1", "2", "3", "4", "7");
    Flavor seven = page.items().get(4);
    assertThat(seven.description()).contains("test description");
    assertThat(seven.extraSpecs()).containsEntry("hw:numa_nodes", "1");
    assertThat(seven.isPublic()).contains(false);
    assertThat(page.nextHref()).isNull();
  }

  @Test
  void paging_nextLinkAsNovaBuildsIt_untilAnExactlyFullLastPage() {
    RawHttp.Reply first = nova.get("2.1", "/v2.1/flavors?limit=2");
    assertThat(ids(first.json().get("flavors"))).containsExactly("1", "2");
    assertThat(first.json().at("/flavors_links/0/rel").asText()).isEqualTo("next");
    assertThat(first.json().at("/flavors_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/flavors?limit=2&marker=2");

    RawHttp.Reply second = nova.get("2.1", "/v2.1/flavors?limit=2&marker=2");
    assertThat(ids(second.json().get("flavors"))).containsExactly("3", "4");
    assertThat(second.json().at("/flavors_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/flavors?limit=2&marker=4");

    RawHttp.Reply last = nova.get("2.1", "/v2.1/flavors?limit=2&marker=4");
    assertThat(last.json().get("flavors")).isEmpty();
    assertThat(last.json().has("flavors_links")).isFalse();

    ModelBodies.Page<FlavorSummary> summary = NovaCalls.read(first, FlavorJson::readSummaryPage);
    assertThat(summary.nextHref()).endsWith("marker=2");
  }

  @Test
  void paging_inAProjectUrl_sortsIdsAsStrings_andKeepsTheOtherParameters() {
    fake.addFlavor(
        Flavor.builder().id("10").name("m1.huge").vcpus(16).ram(65536).disk(320).build());
    String base = "/v2.1/" + FakeCompute.DEFAULT_PROJECT_ID + "/flavors/detail";

    RawHttp.Reply page = nova.get("2.1", base + "?minRam=1024&limit=2");

    assertThat(ids(page.json().get("flavors"))).containsExactly("10", "2");
    assertThat(page.json().at("/flavors_links/0/href").asText())
        .isEqualTo(fake.projectEndpoint() + "/flavors/detail?limit=2&minRam=1024&marker=2");
    assertThat(page.json().at("/flavors/0/links/0/href").asText())
        .isEqualTo(fake.projectEndpoint() + "/flavors/10");
  }

  @Test
  void limitZero_listsNothing_andLinksNothing() {
    RawHttp.Reply reply = nova.get("2.1", "/v2.1/flavors?limit=0");

    assertThat(reply.json().get("flavors")).isEmpty();
    assertThat(reply.json().has("flavors_links")).isFalse();
  }

  @Test
  void filtersAndSorting_asTheDatabaseApplies_them() {
    assertThat(ids(nova.get("2.1", "/v2.1/flavors?minRam=2048").json().get("flavors")))
        .containsExactly("2", "3", "4");
    assertThat(ids(nova.get("2.1", "/v2.1/flavors?minDisk=40").json().get("flavors")))
        .containsExactly("3", "4");
    assertThat(
            ids(
                nova.get("2.1", "/v2.1/flavors?sort_key=memory_mb&sort_dir=desc")
                    .json()
                    .get("flavors")))
        .containsExactly("4", "3", "2", "1");
    assertThat(
            ids(
                nova.get("2.1", "/v2.1/flavors?sort_key=vcpus&sort_dir=desc&limit=2&marker=3")
                    .json()
                    .get("flavors")))
        .containsExactly("2", "1");
  }

  @Test
  void badFilters_areNovas400s() {
    assertFault(
        nova.get("2.1", "/v2.1/flavors?minRam=big"),
        400,
        "badRequest",
        "Invalid minRam filter [big]",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?minDisk=1.5"),
        400,
        "badRequest",
        "Invalid minDisk filter [1.5]",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?marker=99"),
        400,
        "badRequest",
        "marker [99] not found",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?is_public=maybe"),
        400,
        "badRequest",
        "Invalid is_public filter [maybe]",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?sort_key=size"),
        400,
        "badRequest",
        "Invalid input for query parameters sort_key. Value: size. 'size' is not one of"
            + " ['created_at', 'description', 'disabled', 'ephemeral_gb', 'flavorid', 'id',"
            + " 'is_public', 'memory_mb', 'name', 'root_gb', 'rxtx_factor', 'swap', 'updated_at',"
            + " 'vcpu_weight', 'vcpus']",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?sort_dir=up"),
        400,
        "badRequest",
        "Invalid input for query parameters sort_dir. Value: up. 'up' is not one of"
            + " ['asc', 'desc']",
        "2.1");
    assertFault(
        nova.get("2.1", "/v2.1/flavors?limit=-1"),
        400,
        "badRequest",
        "Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'",
        "2.1");
  }

  @Test
  void unknownParameters_areDroppedBefore275_andRefusedFrom275() {
    RawHttp.Reply old = nova.get("2.74", "/v2.1/flavors?limit=1&colour=blue");
    RawHttp.Reply now = nova.get("2.75", "/v2.1/flavors?limit=1&colour=blue");

    assertThat(old.json().at("/flavors_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/flavors?limit=1&marker=1");
    assertFault(
        now,
        400,
        "badRequest",
        "Additional properties are not allowed ('colour' was unexpected)",
        "2.75");
  }

  @Test
  void isPublic_adminChoosesWhichToSee_memberSeesPublicAndShared() {
    seedPrivateFlavor();
    fake.addFlavor(
        Flavor.builder().id("8").name("secret").vcpus(1).ram(64).disk(1).isPublic(false).build());
    fake.addFlavor(
        Flavor.builder().id("9").name("retired").vcpus(1).ram(64).disk(1).disabled(true).build());

    assertThat(ids(nova.get("2.1", "/v2.1/flavors").json().get("flavors")))
        .containsExactly("1", "2", "3", "4", "7", "9");
    assertThat(ids(nova.get("2.1", "/v2.1/flavors?is_public=None").json().get("flavors")))
        .containsExactly("1", "2", "3", "4", "7", "8", "9");
    assertThat(ids(nova.get("2.1", "/v2.1/flavors?is_public=false").json().get("flavors")))
        .containsExactly("7", "8");
    assertThat(ids(nova.get(MEMBER, "2.1", "/v2.1/flavors?is_public=none").json().get("flavors")))
        .containsExactly("1", "2", "3", "4", "7");
    assertThat(ids(nova.get(OTHER_MEMBER, "2.1", "/v2.1/flavors").json().get("flavors")))
        .containsExactly("1", "2", "3", "4");
  }

  @Test
  void show_unknownOrHiddenFlavor_isNovas404() {
    seedPrivateFlavor();
    assertFault(
        nova.get("2.1", "/v2.1/flavors/99"),
        404,
        "itemNotFound",
        "Flavor 99 could not be found.",
        "2.1");
    assertFault(
        nova.get(OTHER_MEMBER, "2.1", "/v2.1/flavors/7"),
        404,
        "itemNotFound",
        "Flavor 7 could not be found.",
        "2.1");
    assertThat(nova.get(MEMBER, "2.1", "/v2.1/flavors/7").status).isEqualTo(200);
  }

  @Test
  void extraSpecs_listAndItem_and404s() {
    seedPrivateFlavor();
    RawHttp.Reply list = nova.get(MEMBER, "2.1", "/v2.1/flavors/7/os-extra_specs");
    RawHttp.Reply item = nova.get("2.1", "/v2.1/flavors/7/os-extra_specs/hw:numa_nodes");
    RawHttp.Reply none = nova.get("2.1", "/v2.1/flavors/7/os-extra_specs/hw:mem_page_size");
    RawHttp.Reply empty = nova.get("2.1", "/v2.1/flavors/1/os-extra_specs");

    assertSameKeys(
        list.json(), sample("flavor-extra-specs/flavor-extra-specs-list-resp.json"), "extra_specs");
    assertThat(list.json().toString()).isEqualTo("{\"extra_specs\":{\"hw:numa_nodes\":\"1\"}}");
    assertThat(item.json().toString()).isEqualTo("{\"hw:numa_nodes\":\"1\"}");
    assertFault(
        none, 404, "itemNotFound", "Flavor 7 has no extra specs with key hw:mem_page_size.", "2.1");
    assertThat(empty.json().toString()).isEqualTo("{\"extra_specs\":{}}");
    assertFault(
        nova.get(OTHER_MEMBER, "2.1", "/v2.1/flavors/7/os-extra_specs"),
        404,
        "itemNotFound",
        "Flavor 7 could not be found.",
        "2.1");
  }

  @Test
  void flavorAccess_publicFlavorHasNoList_privateOneListsItsProjects() {
    seedPrivateFlavor();
    RawHttp.Reply admin = nova.get("2.1", "/v2.1/flavors/7/os-flavor-access");
    RawHttp.Reply member = nova.get(MEMBER, "2.1", "/v2.1/flavors/7/os-flavor-access");

    assertSameKeys(admin.json(), sample("flavor-access/flavor-access-list-resp.json"));
    assertThat(admin.json().toString())
        .isEqualTo(
            "{\"flavor_access\":[{\"flavor_id\":\"7\",\"tenant_id\":\""
                + FakeCompute.DEFAULT_PROJECT_ID
                + "\"}]}");
    // Zed still accepts the deprecated admin-or-owner rule, so the member reads it too.
    assertThat(member.json()).isEqualTo(admin.json());
    assertFault(
        nova.get("2.1", "/v2.1/flavors/1/os-flavor-access"),
        404,
        "itemNotFound",
        "Access list not available for public flavors.",
        "2.1");
    assertFault(
        nova.get(OTHER_MEMBER, "2.1", "/v2.1/flavors/7/os-flavor-access"),
        404,
        "itemNotFound",
        "Flavor 7 could not be found.",
        "2.1");
  }

  @Test
  void servers_takeTheFlavorsExtraSpecs_andMembersCannotBootAHiddenFlavor() {
    seedPrivateFlavor();
    String create =
        "{\"server\": {\"name\": \"web\", \"flavorRef\": \"7\", \"imageRef\":"
            + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}";
    RawHttp.Reply created = nova.post("2.79", "/v2.1/servers", create);
    String id = created.json().at("/server/id").asText();
    RawHttp.Reply shown = nova.get("2.79", "/v2.1/servers/" + id);
    RawHttp.Reply refused = nova.post(OTHER_MEMBER, "2.79", "/v2.1/servers", create);

    assertThat(shown.json().at("/server/flavor/extra_specs").toString())
        .isEqualTo("{\"hw:numa_nodes\":\"1\"}");
    assertThat(shown.json().at("/server/flavor/original_name").asText())
        .isEqualTo("m1.small.description");
    assertFault(refused, 400, "badRequest", "Flavor 7 could not be found.", "2.79");
  }

  @Test
  void disabledFlavor_isListedForAdmins_andCannotBoot_namedByItsRowId() {
    fake.addFlavor(
        Flavor.builder().id("retired").name("old").vcpus(1).ram(64).disk(1).disabled(true).build());
    String create =
        "{\"server\": {\"name\": \"web\", \"flavorRef\": \"retired\", \"imageRef\":"
            + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\"}}";

    JsonNode shown = nova.get("2.1", "/v2.1/flavors/retired").json().get("flavor");

    assertThat(shown.get("OS-FLV-DISABLED:disabled").asBoolean()).isTrue();
    // The fifth row: compute/api.py names it by its database id.
    assertFault(
        nova.post("2.79", "/v2.1/servers", create),
        400,
        "badRequest",
        "Flavor 5 could not be found.",
        "2.79");
  }

  @Test
  void at2102_theRemovedFieldsAreGone_andNameFilters() {
    try (FakeCompute newer = FakeCompute.builder().maxMicroversion("2.102").start()) {
      NovaCalls calls = new NovaCalls(newer);
      JsonNode flavor = calls.get("2.102", "/v2.1/flavors/1").json().get("flavor");
      JsonNode named = calls.get("2.102", "/v2.1/flavors?name=small").json();

      assertThat(flavor.has("rxtx_factor")).isFalse();
      assertThat(flavor.has("OS-FLV-DISABLED:disabled")).isFalse();
      assertThat(ids(named.get("flavors"))).containsExactly("2");
    }
  }

  @Test
  void seeding_refusesIncompleteFlavorsAndUnknownIds() {
    assertThatThrownBy(() -> fake.addFlavor(Flavor.builder().id("x").name("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vcpus");
    assertThatThrownBy(() -> fake.addFlavorAccess("1", OTHER_PROJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public");
    assertThatThrownBy(() -> fake.addFlavorExtraSpecs("99", Map.of("a", "b")))
        .isInstanceOf(NoSuchElementException.class);
  }
}
