package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import io.github.stacksdk.compute.model.internal.FlavorJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads Nova's flavor, flavor-manage, flavor-access and flavor-extra-specs api-samples. */
final class FlavorTest {
  private static final String DIR = "nova-api-samples/";

  /** Every sample whose body is {@code {"flavor": {...}}}. */
  static Stream<String> singleFlavorSamples() {
    return Stream.of(
        "flavors/flavor-get-resp.json",
        "flavors/v2.55/flavor-get-resp.json",
        "flavors/v2.61/flavor-get-resp.json",
        "flavors/v2.75/flavor-get-resp.json",
        "flavors/v2.102/flavor-get-resp.json",
        "flavor-manage/flavor-create-post-resp.json",
        "flavor-manage/v2.55/flavor-create-post-resp.json",
        "flavor-manage/v2.55/flavor-update-resp.json",
        "flavor-manage/v2.61/flavor-create-post-resp.json",
        "flavor-manage/v2.61/flavor-update-resp.json",
        "flavor-manage/v2.75/flavor-create-post-resp.json",
        "flavor-manage/v2.75/flavor-update-resp.json",
        "flavor-manage/v2.102/flavor-create-post-resp.json",
        "flavor-manage/v2.102/flavor-update-resp.json");
  }

  /** Every sample of {@code GET /flavors/detail}. */
  static Stream<String> detailSamples() {
    return Stream.of(
        "flavors/flavors-detail-resp.json",
        "flavors/v2.55/flavors-detail-resp.json",
        "flavors/v2.61/flavors-detail-resp.json",
        "flavors/v2.75/flavors-detail-resp.json",
        "flavors/v2.102/flavors-detail-resp.json");
  }

  /** Every sample of {@code GET /flavors}. */
  static Stream<String> listSamples() {
    return Stream.of(
        "flavors/flavors-list-resp.json",
        "flavors/v2.55/flavors-list-resp.json",
        "flavors/v2.61/flavors-list-resp.json",
        "flavors/v2.75/flavors-list-resp.json",
        "flavors/v2.102/flavors-list-resp.json");
  }

  static Stream<Flavor> sampleFlavors() {
    List<Flavor> flavors = new ArrayList<>();
    singleFlavorSamples().forEach(path -> flavors.add(parse(path, FlavorJson::readBody)));
    detailSamples().forEach(path -> flavors.addAll(parse(path, FlavorJson::readPage).items()));
    return flavors.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFlavorSamples")
  void novaSample_single_everySizeRead(String path) {
    Flavor flavor = parse(path, FlavorJson::readBody);

    assertSized(flavor);
    assertVersionedFields(path, flavor);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detailSamples")
  void novaSample_detail_everyFlavorRead(String path) {
    ModelBodies.Page<Flavor> page = parse(path, FlavorJson::readPage);

    assertThat(page.items()).hasSize(Fixtures.tree(DIR + path).get("flavors").size());
    assertThat(page.nextHref()).isNull();
    page.items().forEach(FlavorTest::assertSized);
    page.items().forEach(flavor -> assertVersionedFields(path, flavor));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listSamples")
  void novaSample_list_idsNamesLinks(String path) {
    ModelBodies.Page<FlavorSummary> page = parse(path, FlavorJson::readSummaryPage);

    assertThat(page.items()).hasSize(Fixtures.tree(DIR + path).get("flavors").size());
    assertThat(page.items().get(0).id()).isEqualTo("1");
    assertThat(page.items().get(0).name()).contains("m1.tiny");
    assertThat(page.items().get(0).links())
        .extracting(Link::rel)
        .containsExactly("self", "bookmark");
    // From 2.55 Nova sends "description": null for flavors without one; absent either way.
    assertThat(page.items().get(0).description()).isEmpty();
    FlavorSummary last = page.items().get(page.items().size() - 1);
    assertThat(last.description().isPresent())
        .isEqualTo(!path.equals(listSamples().findFirst().get()));
  }

  @Test
  void novaSample_get21_everyField() {
    Flavor flavor = parse("flavors/flavor-get-resp.json", FlavorJson::readBody);

    assertThat(flavor.id()).isEqualTo("1");
    assertThat(flavor.name()).contains("m1.tiny");
    assertThat(flavor.ram()).hasValue(512);
    assertThat(flavor.disk()).hasValue(1);
    assertThat(flavor.vcpus()).hasValue(1);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0); // Nova sent ""
    assertThat(flavor.rxtxFactor()).isEqualTo(OptionalDouble.of(1.0));
    assertThat(flavor.isPublic()).contains(true);
    assertThat(flavor.disabled()).contains(false);
    assertThat(flavor.description()).isEmpty();
    assertThat(flavor.extraSpecs()).isEmpty();
    assertThat(flavor.links())
        .extracting(Link::href, Link::rel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "http://openstack.example.com/v2/6f70656e737461636b20342065766572/flavors/1",
                "self"),
            org.assertj.core.groups.Tuple.tuple(
                "http://openstack.example.com/6f70656e737461636b20342065766572/flavors/1",
                "bookmark"));
    assertThat(flavor.additionalProperties()).isEmpty();
  }

  @Test
  void novaSample_get275_everyField() {
    Flavor flavor = parse("flavors/v2.75/flavor-get-resp.json", FlavorJson::readBody);

    assertThat(flavor.id()).isEqualTo("7");
    assertThat(flavor.name()).contains("m1.small.description");
    assertThat(flavor.ram()).hasValue(2048);
    assertThat(flavor.disk()).hasValue(20);
    assertThat(flavor.vcpus()).hasValue(1);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.rxtxFactor()).isEqualTo(OptionalDouble.of(1.0));
    assertThat(flavor.isPublic()).contains(true);
    assertThat(flavor.disabled()).contains(false);
    assertThat(flavor.description()).contains("test description");
    assertThat(flavor.extraSpecs())
        .containsExactly(entry("hw:cpu_policy", "shared"), entry("hw:numa_nodes", "1"));
    assertThat(flavor.links()).hasSize(2);
    assertThat(flavor.additionalProperties()).isEmpty();
  }

  @Test
  void novaSample_get2102_noRxtxFactorNorDisabled() {
    Flavor flavor = parse("flavors/v2.102/flavor-get-resp.json", FlavorJson::readBody);

    assertThat(flavor.id()).isEqualTo("7");
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.rxtxFactor()).isEmpty();
    assertThat(flavor.disabled()).isEmpty();
    assertThat(flavor.isPublic()).contains(true);
    assertThat(flavor.description()).contains("test description");
    assertThat(flavor.extraSpecs()).hasSize(2);
  }

  @Test
  void novaSample_create21_rxtxFactor2() {
    Flavor flavor = parse("flavor-manage/flavor-create-post-resp.json", FlavorJson::readBody);

    assertThat(flavor.rxtxFactor()).isEqualTo(OptionalDouble.of(2.0));
    assertThat(flavor.swap()).hasValue(0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sampleFlavors")
  void roundTrip_writtenAndReadBack_equal(Flavor flavor) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(flavor);

    assertThat(Fixtures.MAPPER.readValue(json, Flavor.class)).isEqualTo(flavor);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    Flavor flavor =
        Flavor.builder()
            .id("42")
            .name("m1.huge")
            .ram(65536)
            .disk(160)
            .vcpus(16)
            .ephemeral(10)
            .swap(1024)
            .rxtxFactor(1.5)
            .isPublic(false)
            .disabled(true)
            .description("big")
            .putExtraSpec("hw:mem_page_size", "large")
            .addLink(Link.builder().href("http://nova/flavors/42").rel("self").build())
            .putAdditionalProperty("FUTURE:extra", List.of(Map.of("a", 1L), "x"))
            .build();

    String json = Fixtures.MAPPER.writeValueAsString(flavor);
    Flavor back = Fixtures.MAPPER.readValue(json, Flavor.class);

    assertThat(back).isEqualTo(flavor);
    assertThat(back.rxtxFactor()).isEqualTo(OptionalDouble.of(1.5));
    assertThat(back.additionalProperties())
        .containsExactly(entry("FUTURE:extra", List.of(Map.of("a", 1L), "x")));
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"id\": \"1\", \"OS-FLV-WITH-EXT-SPECS:extra_specs\": {\"k\": \"v\"},"
            + " \"vendor:weight\": 3, \"gone\": null}";

    Flavor flavor = Fixtures.MAPPER.readValue(json, Flavor.class);

    assertThat(flavor.additionalProperties())
        .containsExactly(
            entry("OS-FLV-WITH-EXT-SPECS:extra_specs", Map.of("k", "v")),
            entry("vendor:weight", 3L));
  }

  @Test
  void read_onlyId_everythingElseAbsent() throws Exception {
    Flavor flavor = Fixtures.MAPPER.readValue("{\"id\": 5}", Flavor.class);

    assertThat(flavor.id()).isEqualTo("5");
    assertThat(flavor.name()).isEmpty();
    assertThat(flavor.ram()).isEmpty();
    assertThat(flavor.disk()).isEmpty();
    assertThat(flavor.vcpus()).isEmpty();
    assertThat(flavor.ephemeral()).isEmpty();
    assertThat(flavor.swap()).isEmpty();
    assertThat(flavor.rxtxFactor()).isEmpty();
    assertThat(flavor.isPublic()).isEmpty();
    assertThat(flavor.disabled()).isEmpty();
    assertThat(flavor.description()).isEmpty();
    assertThat(flavor.extraSpecs()).isEmpty();
    assertThat(flavor.links()).isEmpty();
    assertThat(flavor.additionalProperties()).isEmpty();
  }

  @Test
  void read_nullsAndEmptyTexts_absent() throws Exception {
    String json =
        "{\"id\": \"1\", \"rxtx_factor\": \"\", \"description\": null, \"extra_specs\": null,"
            + " \"links\": null, \"ram\": null, \"swap\": null}";

    Flavor flavor = Fixtures.MAPPER.readValue(json, Flavor.class);

    assertThat(flavor.rxtxFactor()).isEmpty();
    assertThat(flavor.description()).isEmpty();
    assertThat(flavor.extraSpecs()).isEmpty();
    assertThat(flavor.links()).isEmpty();
    assertThat(flavor.ram()).isEmpty();
    assertThat(flavor.swap()).isEmpty();
  }

  @Test
  void read_missingId_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"name\": \"x\"}", Flavor.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("id");
  }

  @Test
  void readPage_nextLink_href() {
    String json =
        "{\"flavors\": [{\"id\": \"1\", \"name\": \"a\", \"links\": []}],"
            + " \"flavors_links\": [{\"href\": \"http://nova/flavors?marker=1\", \"rel\": \"next\"}]}";

    ModelBodies.Page<FlavorSummary> page = parseText(json, FlavorJson::readSummaryPage);

    assertThat(page.items()).extracting(FlavorSummary::id).containsExactly("1");
    assertThat(page.nextHref()).isEqualTo("http://nova/flavors?marker=1");
  }

  @Test
  void readBody_withoutFlavor_fails() {
    assertThatThrownBy(() -> parseText("{\"flavors\": []}", FlavorJson::readBody))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("flavor");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "flavor-access/flavor-access-list-resp.json",
        "flavor-access/flavor-access-add-tenant-resp.json"
      })
  void novaSample_access_everyField(String path) {
    List<FlavorAccess> access = parse(path, FlavorJson::readAccessList);

    assertThat(access)
        .containsExactly(
            FlavorAccess.builder()
                .flavorId("10")
                .tenantId("6f70656e737461636b20342065766572")
                .build());
  }

  @Test
  void novaSample_accessRemoved_emptyList() {
    List<FlavorAccess> access =
        parse("flavor-access/flavor-access-remove-tenant-resp.json", FlavorJson::readAccessList);

    assertThat(access).isEmpty();
  }

  @Test
  void roundTrip_access_equal() throws Exception {
    FlavorAccess access = FlavorAccess.builder().flavorId("10").tenantId("p1").build();

    String json = Fixtures.MAPPER.writeValueAsString(access);

    assertThat(json).isEqualTo("{\"flavor_id\":\"10\",\"tenant_id\":\"p1\"}");
    assertThat(Fixtures.MAPPER.readValue(json, FlavorAccess.class)).isEqualTo(access);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "flavor-extra-specs/flavor-extra-specs-list-resp.json",
        "flavor-extra-specs/flavor-extra-specs-create-resp.json"
      })
  void novaSample_extraSpecs_inOrder(String path) {
    Map<String, String> specs = parse(path, FlavorJson::readExtraSpecs);

    assertThat(specs)
        .containsExactly(entry("hw:cpu_policy", "shared"), entry("hw:numa_nodes", "1"));
  }

  @Test
  void novaSample_oneExtraSpec() {
    assertThat(
            parse("flavor-extra-specs/flavor-extra-specs-get-resp.json", FlavorJson::readExtraSpec))
        .containsExactly(entry("hw:numa_nodes", "1"));
    assertThat(
            parse(
                "flavor-extra-specs/flavor-extra-specs-update-resp.json",
                FlavorJson::readExtraSpec))
        .containsExactly(entry("hw:numa_nodes", "2"));
  }

  @Test
  void roundTrip_summary_equal() throws Exception {
    FlavorSummary summary =
        FlavorSummary.builder()
            .id("1")
            .name("m1.tiny")
            .description("tiny")
            .addLink(Link.builder().href("http://nova/flavors/1").rel("self").build())
            .build();

    String json = Fixtures.MAPPER.writeValueAsString(summary);

    assertThat(Fixtures.MAPPER.readValue(json, FlavorSummary.class)).isEqualTo(summary);
  }

  private static void assertSized(Flavor flavor) {
    assertThat(flavor.id()).isNotEmpty();
    assertThat(flavor.name()).isPresent();
    assertThat(flavor.ram()).isPresent();
    assertThat(flavor.disk()).isPresent();
    assertThat(flavor.vcpus()).isPresent();
    assertThat(flavor.ephemeral()).isPresent();
    assertThat(flavor.swap()).isPresent();
    assertThat(flavor.isPublic()).isPresent();
    assertThat(flavor.links()).extracting(Link::rel).containsExactly("self", "bookmark");
    assertThat(flavor.additionalProperties()).isEmpty();
  }

  /** What each microversion adds and removes, as the sample's folder tells. */
  private static void assertVersionedFields(String path, Flavor flavor) {
    int minor =
        path.contains("/v2.") ? Integer.parseInt(path.replaceAll(".*/v2\\.(\\d+)/.*", "$1")) : 1;
    assertThat(flavor.rxtxFactor().isPresent()).as("rxtx_factor").isEqualTo(minor < 102);
    assertThat(flavor.disabled().isPresent()).as("disabled").isEqualTo(minor < 102);
    if (minor < 55) {
      assertThat(flavor.description()).isEmpty();
    }
    if (minor < 61) {
      assertThat(flavor.extraSpecs()).isEmpty();
    }
  }

  @FunctionalInterface
  private interface BodyReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> T parse(String path, BodyReader<T> reader) {
    return parseText(Fixtures.read(DIR + path), reader);
  }

  private static <T> T parseText(String json, BodyReader<T> reader) {
    try (JsonParser p = ModelJson.factory().createParser(json)) {
      return reader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
