package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import io.github.stacksdk.compute.model.hypervisor.HypervisorService;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import io.github.stacksdk.compute.model.internal.HypervisorJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-hypervisors} api-samples, from 2.1 to 2.88. */
final class HypervisorTest {
  private static final String DIR = "nova-api-samples/os-hypervisors";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** The resource fields that 2.88 removed, by wire key. */
  private static final Map<String, Function<Hypervisor, OptionalInt>> RESOURCES =
      Map.ofEntries(
          entry("vcpus", Hypervisor::vcpus),
          entry("vcpus_used", Hypervisor::vcpusUsed),
          entry("memory_mb", Hypervisor::memoryMb),
          entry("memory_mb_used", Hypervisor::memoryMbUsed),
          entry("local_gb", Hypervisor::localGb),
          entry("local_gb_used", Hypervisor::localGbUsed),
          entry("free_ram_mb", Hypervisor::freeRamMb),
          entry("free_disk_gb", Hypervisor::freeDiskGb),
          entry("current_workload", Hypervisor::currentWorkload),
          entry("running_vms", Hypervisor::runningVms),
          entry("disk_available_least", Hypervisor::diskAvailableLeast));

  private static final Map<String, Function<HypervisorStatistics, OptionalLong>> TOTALS =
      Map.ofEntries(
          entry("count", HypervisorStatistics::count),
          entry("vcpus", HypervisorStatistics::vcpus),
          entry("vcpus_used", HypervisorStatistics::vcpusUsed),
          entry("memory_mb", HypervisorStatistics::memoryMb),
          entry("memory_mb_used", HypervisorStatistics::memoryMbUsed),
          entry("local_gb", HypervisorStatistics::localGb),
          entry("local_gb_used", HypervisorStatistics::localGbUsed),
          entry("free_ram_mb", HypervisorStatistics::freeRamMb),
          entry("free_disk_gb", HypervisorStatistics::freeDiskGb),
          entry("current_workload", HypervisorStatistics::currentWorkload),
          entry("running_vms", HypervisorStatistics::runningVms),
          entry("disk_available_least", HypervisorStatistics::diskAvailableLeast));

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  /** The bodies of statistics: {@code GET /os-hypervisors/statistics}. */
  static Stream<String> statisticsSamples() {
    return samples().filter(path -> path.endsWith("/hypervisors-statistics-resp.json"));
  }

  /** The bodies of detail views: {@code /detail}, a show, and {@code /uptime}. */
  static Stream<String> detailSamples() {
    return samples()
        .filter(
            path -> path.contains("-detail") || path.contains("-show") || path.contains("-uptime"));
  }

  /** The bodies of the plain listing, {@code /search} and {@code /servers}. */
  static Stream<String> summarySamples() {
    return samples()
        .filter(
            path ->
                path.endsWith("-list-resp.json")
                    || path.endsWith("-search-resp.json")
                    || (path.endsWith("-servers-resp.json")
                        && !path.contains("-detail-")
                        && !path.contains("-show-")));
  }

  private static List<Hypervisor> hypervisors(String path) {
    String json = Fixtures.read(path);
    if (Fixtures.tree(path).has("hypervisors")) {
      return NovaSamples.readBody(json, HypervisorJson::readPage).items();
    }
    return List.of(NovaSamples.readBody(json, HypervisorJson::readBody));
  }

  private static List<HypervisorSummary> summaries(String path) {
    return NovaSamples.readBody(Fixtures.read(path), HypervisorJson::readSummaryPage).items();
  }

  private static List<JsonNode> nodes(String path) {
    return NovaSamples.nodes(path, "hypervisors", "hypervisor");
  }

  @Test
  void samples_allThere_eachReadByOneKindOfTest() {
    assertThat(statisticsSamples()).hasSize(3);
    assertThat(detailSamples()).hasSize(16);
    assertThat(summarySamples()).hasSize(16);
    assertThat(samples()).hasSize(35);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detailSamples")
  void detailSample_everyFieldRead_writtenBackAsSentLessNulls_roundTripEqual(String path)
      throws Exception {
    List<JsonNode> sent = nodes(path);
    List<Hypervisor> hypervisors = hypervisors(path);
    int minor = NovaSamples.minor(path);

    assertThat(hypervisors).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode node = sent.get(i);
      Hypervisor hypervisor = hypervisors.get(i);
      assertThat(hypervisor.id()).isEqualTo(node.get("id").asText());
      if (minor < 53) {
        assertThat(node.get("id").isInt()).isTrue();
      } else {
        assertThat(hypervisor.id()).matches(UUID);
      }
      assertThat(hypervisor.hypervisorHostname())
          .isEqualTo(NovaSamples.optionalText(node, "hypervisor_hostname"))
          .isPresent();
      assertThat(hypervisor.state()).contains(node.get("state").asText());
      assertThat(hypervisor.status()).contains(node.get("status").asText());
      assertThat(hypervisor.hostIp()).isEqualTo(NovaSamples.optionalText(node, "host_ip"));
      assertThat(hypervisor.hypervisorType())
          .isEqualTo(NovaSamples.optionalText(node, "hypervisor_type"));
      assertThat(hypervisor.hypervisorVersion()).isEqualTo(optionalInt(node, "hypervisor_version"));
      assertThat(hypervisor.service().isPresent()).isEqualTo(node.has("service"));
      hypervisor
          .service()
          .ifPresent(
              service -> {
                JsonNode sentService = node.get("service");
                assertThat(service.host()).isEqualTo(NovaSamples.optionalText(sentService, "host"));
                assertThat(service.id()).contains(sentService.get("id").asText());
                assertThat(service.disabledReason())
                    .isEqualTo(NovaSamples.optionalText(sentService, "disabled_reason"));
              });
      RESOURCES.forEach(
          (key, accessor) ->
              assertThat(accessor.apply(hypervisor)).as(key).isEqualTo(optionalInt(node, key)));
      JsonNode cpuInfo = node.path("cpu_info");
      if (cpuInfo.isTextual()) {
        assertThat(minor).isLessThan(28);
        assertThat(hypervisor.cpuInfoAsString()).contains(cpuInfo.asText());
        assertThat(tree(hypervisor.cpuInfo()))
            .isEqualTo(Fixtures.MAPPER.readTree(cpuInfo.asText()));
      } else if (cpuInfo.isObject()) {
        assertThat(minor).isBetween(28, 87);
        assertThat(hypervisor.cpuInfoAsString()).isEmpty();
        assertThat(tree(hypervisor.cpuInfo())).isEqualTo(cpuInfo);
      } else {
        assertThat(hypervisor.cpuInfo()).isEmpty();
        assertThat(hypervisor.cpuInfoAsString()).isEmpty();
      }
      assertThat(hypervisor.servers()).isEqualTo(servers(node));
      assertThat(hypervisor.uptime()).isEqualTo(NovaSamples.optionalText(node, "uptime"));
      assertThat(hypervisor.additionalProperties()).isEmpty();

      String json = Fixtures.MAPPER.writeValueAsString(hypervisor);
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(NovaSamples.withoutNulls(node));
      assertThat(Fixtures.MAPPER.readValue(json, Hypervisor.class)).isEqualTo(hypervisor);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detailSamples")
  void detailSample_fieldsComeAndGoWithTheMicroversion(String path) {
    int minor = NovaSamples.minor(path);
    boolean uptimeCall = path.endsWith("-uptime-resp.json");

    for (Hypervisor hypervisor : hypervisors(path)) {
      assertThat(hypervisor.uptime().isPresent()).isEqualTo(uptimeCall);
      if (uptimeCall) {
        assertThat(hypervisor.service()).isEmpty();
        assertThat(hypervisor.vcpus()).isEmpty();
        assertThat(hypervisor.cpuInfo()).isEmpty();
        continue;
      }
      assertThat(hypervisor.service()).isPresent();
      assertThat(hypervisor.hostIp()).isPresent();
      if (minor < 88) {
        RESOURCES.forEach(
            (key, accessor) -> assertThat(accessor.apply(hypervisor)).as(key).isPresent());
        assertThat(hypervisor.cpuInfo())
            .containsOnlyKeys("arch", "model", "vendor", "features", "topology")
            .contains(entry("features", List.of("pge", "clflush")))
            .contains(entry("topology", Map.of("cores", 1L, "threads", 1L, "sockets", 4L)));
        assertThat(hypervisor.cpuInfoAsString().isPresent()).isEqualTo(minor < 28);
      } else {
        RESOURCES.forEach(
            (key, accessor) -> assertThat(accessor.apply(hypervisor)).as(key).isEmpty());
        assertThat(hypervisor.cpuInfo()).isEmpty();
        assertThat(hypervisor.cpuInfoAsString()).isEmpty();
        assertThat(Fixtures.tree(path).toString()).contains("\"uptime\":null");
      }
      assertThat(hypervisor.service().get().id().get()).matches(minor < 53 ? "[0-9]+" : UUID);
      assertThat(hypervisor.servers().isEmpty()).isEqualTo(!path.contains("-with-servers-"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("summarySamples")
  void summarySample_everyFieldRead_writtenBackAsSent_roundTripEqual(String path) throws Exception {
    List<JsonNode> sent = nodes(path);
    List<HypervisorSummary> summaries = summaries(path);

    assertThat(summaries).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode node = sent.get(i);
      HypervisorSummary summary = summaries.get(i);
      assertThat(summary.id()).isEqualTo(node.get("id").asText());
      assertThat(node.get("id").isInt()).isEqualTo(NovaSamples.minor(path) < 53);
      assertThat(summary.hypervisorHostname()).contains(node.get("hypervisor_hostname").asText());
      assertThat(summary.state()).contains(node.get("state").asText());
      assertThat(summary.status()).contains(node.get("status").asText());
      assertThat(summary.servers()).isEqualTo(servers(node));
      assertThat(summary.servers().isEmpty()).isEqualTo(!path.endsWith("-with-servers-resp.json"));
      assertThat(summary.additionalProperties()).isEmpty();

      String json = Fixtures.MAPPER.writeValueAsString(summary);
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(node);
      assertThat(Fixtures.MAPPER.readValue(json, HypervisorSummary.class)).isEqualTo(summary);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statisticsSamples")
  void statisticsSample_everyFieldRead_writtenBackAsSent_roundTripEqual(String path)
      throws Exception {
    JsonNode node = Fixtures.tree(path).get("hypervisor_statistics");
    HypervisorStatistics statistics =
        NovaSamples.readBody(Fixtures.read(path), HypervisorJson::readStatistics);

    assertThat(node.size()).isEqualTo(TOTALS.size());
    TOTALS.forEach(
        (key, accessor) ->
            assertThat(accessor.apply(statistics)).as(key).hasValue(node.get(key).asLong()));
    assertThat(statistics.count()).hasValue(1);
    assertThat(statistics.additionalProperties()).isEmpty();
    String json = Fixtures.MAPPER.writeValueAsString(statistics);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(node);
    assertThat(Fixtures.MAPPER.readValue(json, HypervisorStatistics.class)).isEqualTo(statistics);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_pageOfAListing_nextLinkOnlyFrom233WhenTheLimitFillsThePage(String path) {
    if (!Fixtures.tree(path).has("hypervisors")) {
      return;
    }
    boolean detail = path.contains("-detail-");
    ModelBodies.Page<?> page =
        NovaSamples.readBody(
            Fixtures.read(path),
            detail ? HypervisorJson::readPage : HypervisorJson::readSummaryPage);
    boolean paged = Fixtures.tree(path).has("hypervisors_links");

    assertThat(page.items()).hasSize(1);
    if (paged) {
      String id = Fixtures.tree(path).get("hypervisors").get(0).get("id").asText();
      assertThat(NovaSamples.minor(path)).isGreaterThanOrEqualTo(33);
      assertThat(page.nextHref())
          .isEqualTo(
              "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/os-hypervisors"
                  + (detail ? "/detail" : "")
                  + "?limit=1&marker="
                  + id);
    } else {
      assertThat(page.nextHref()).isNull();
    }
  }

  @Test
  void sample21_show_everyField() {
    Hypervisor hypervisor = hypervisors(DIR + "/hypervisors-show-resp.json").get(0);

    assertThat(hypervisor.id()).isEqualTo("1");
    assertThat(hypervisor.hypervisorHostname()).contains("fake-mini");
    assertThat(hypervisor.state()).contains("up");
    assertThat(hypervisor.status()).contains("enabled");
    assertThat(hypervisor.hostIp()).contains("1.1.1.1");
    assertThat(hypervisor.hypervisorType()).contains("fake");
    assertThat(hypervisor.hypervisorVersion()).hasValue(1000);
    assertThat(hypervisor.service())
        .contains(
            HypervisorService.builder().host("043b3cacf6f34c90a7245151fc8ebcda").id("2").build());
    assertThat(hypervisor.vcpus()).hasValue(2);
    assertThat(hypervisor.vcpusUsed()).hasValue(0);
    assertThat(hypervisor.memoryMb()).hasValue(8192);
    assertThat(hypervisor.memoryMbUsed()).hasValue(512);
    assertThat(hypervisor.localGb()).hasValue(1028);
    assertThat(hypervisor.localGbUsed()).hasValue(0);
    assertThat(hypervisor.freeRamMb()).hasValue(7680);
    assertThat(hypervisor.freeDiskGb()).hasValue(1028);
    assertThat(hypervisor.currentWorkload()).hasValue(0);
    assertThat(hypervisor.runningVms()).hasValue(0);
    assertThat(hypervisor.diskAvailableLeast()).hasValue(0);
    assertThat(hypervisor.cpuInfoAsString())
        .contains(
            "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", \"features\":"
                + " [\"pge\", \"clflush\"], \"topology\": {\"cores\": 1, \"threads\": 1,"
                + " \"sockets\": 4}}");
    assertThat(hypervisor.cpuInfo())
        .containsExactly(
            entry("arch", "x86_64"),
            entry("model", "Nehalem"),
            entry("vendor", "Intel"),
            entry("features", List.of("pge", "clflush")),
            entry("topology", Map.of("cores", 1L, "threads", 1L, "sockets", 4L)));
    assertThat(hypervisor.servers()).isEmpty();
    assertThat(hypervisor.uptime()).isEmpty();
    assertThat(hypervisor.additionalProperties()).isEmpty();
  }

  @Test
  void sample21_uptime_summaryFieldsAndUptime() {
    Hypervisor hypervisor = hypervisors(DIR + "/hypervisors-uptime-resp.json").get(0);

    assertThat(hypervisor)
        .isEqualTo(
            Hypervisor.builder()
                .id("1")
                .hypervisorHostname("fake-mini")
                .state("up")
                .status("enabled")
                .uptime(" 08:32:11 up 93 days, 18:25, 12 users,  load average: 0.20, 0.12, 0.14")
                .build());
  }

  @Test
  void sample253_showWithServers_uuidsAndServers() {
    Hypervisor hypervisor =
        hypervisors(DIR + "/v2.53/hypervisors-show-with-servers-resp.json").get(0);

    assertThat(hypervisor.id()).isEqualTo("b1e43b5f-eec1-44e0-9f10-7b4945c0226d");
    assertThat(hypervisor.service().flatMap(HypervisorService::id))
        .contains("5d343e1d-938e-4284-b98b-6a2b5406ba76");
    assertThat(hypervisor.servers())
        .containsExactly(
            HypervisorServer.builder()
                .name("test_server1")
                .uuid("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa")
                .build(),
            HypervisorServer.builder()
                .name("test_server2")
                .uuid("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb")
                .build());
    assertThat(hypervisor.cpuInfoAsString()).isEmpty();
    assertThat(hypervisor.cpuInfo()).containsEntry("arch", "x86_64");
  }

  @Test
  void sample288_detail_everyField() {
    ModelBodies.Page<Hypervisor> page =
        NovaSamples.readBody(
            Fixtures.read(DIR + "/v2.88/hypervisors-detail-resp.json"), HypervisorJson::readPage);

    assertThat(page.items())
        .containsExactly(
            Hypervisor.builder()
                .id("f6d28711-9c10-470e-8b31-c03f498b0032")
                .hypervisorHostname("host2")
                .state("up")
                .status("enabled")
                .hostIp("192.168.1.135")
                .hypervisorType("fake")
                .hypervisorVersion(1000)
                .service(
                    HypervisorService.builder()
                        .host("host2")
                        .id("21bbb5fb-ec98-48b3-89cf-c94402c55611")
                        .build())
                .build());
    assertThat(page.nextHref())
        .endsWith("/os-hypervisors/detail?limit=1&marker=" + page.items().get(0).id());
  }

  @Test
  void read_cpuInfoTextThatIsNoJsonObject_keptAsTextOnly() throws Exception {
    for (String text : new String[] {"?", "", "[1, 2]", "{\"a\": 1} trailing", "{\"a\": "}) {
      Hypervisor hypervisor =
          Fixtures.MAPPER.readValue(
              "{\"id\": 7, \"cpu_info\": " + Fixtures.MAPPER.writeValueAsString(text) + "}",
              Hypervisor.class);

      assertThat(hypervisor.cpuInfoAsString()).as(text).contains(text);
      assertThat(hypervisor.cpuInfo()).as(text).isEmpty();
      assertThat(
              Fixtures.MAPPER.readValue(
                  Fixtures.MAPPER.writeValueAsString(hypervisor), Hypervisor.class))
          .isEqualTo(hypervisor);
    }
  }

  @Test
  void read_cpuInfoNullOrEmptyObject_empty() throws Exception {
    for (String value : new String[] {"null", "{}"}) {
      Hypervisor hypervisor =
          Fixtures.MAPPER.readValue(
              "{\"id\": \"h\", \"cpu_info\": " + value + "}", Hypervisor.class);

      assertThat(hypervisor.cpuInfo()).isEmpty();
      assertThat(hypervisor.cpuInfoAsString()).isEmpty();
      assertThat(Fixtures.MAPPER.writeValueAsString(hypervisor)).isEqualTo("{\"id\":\"h\"}");
    }
  }

  @Test
  void read_cpuInfoArray_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"id\": 1, \"cpu_info\": []}", Hypervisor.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("hypervisor.cpu_info");
  }

  @Test
  void builder_cpuInfoTextOnly_cpuInfoReadFromTheText() {
    Hypervisor hypervisor =
        Hypervisor.builder()
            .id("1")
            .cpuInfoAsString("{\"arch\": \"aarch64\", \"n\": null}")
            .build();

    assertThat(hypervisor.cpuInfo()).containsExactly(entry("arch", "aarch64"));
    assertThat(hypervisor.toBuilder().build()).isEqualTo(hypervisor);
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"id\": 1, \"vendor:numa\": [\"a\", null], \"gone\": null, \"FUTURE:x\": {\"n\": 1},"
            + " \"service\": {\"host\": \"h\", \"extra\": 1}, \"servers\": [{\"uuid\": \"s\","
            + " \"extra\": 2}]}";

    Hypervisor hypervisor = Fixtures.MAPPER.readValue(json, Hypervisor.class);
    HypervisorSummary summary = Fixtures.MAPPER.readValue(json, HypervisorSummary.class);

    assertThat(hypervisor.additionalProperties())
        .containsOnly(entry("vendor:numa", List.of("a")), entry("FUTURE:x", Map.of("n", 1L)));
    assertThat(hypervisor.service()).contains(HypervisorService.builder().host("h").build());
    assertThat(hypervisor.servers()).containsExactly(HypervisorServer.builder().uuid("s").build());
    assertThat(summary.additionalProperties())
        .containsOnly(
            entry("vendor:numa", List.of("a")),
            entry("FUTURE:x", Map.of("n", 1L)),
            entry("service", Map.of("host", "h", "extra", 1L)));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(hypervisor), Hypervisor.class))
        .isEqualTo(hypervisor);
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(summary), HypervisorSummary.class))
        .isEqualTo(summary);
  }

  @Test
  void read_onlyId_everythingElseAbsent() throws Exception {
    Hypervisor hypervisor =
        Fixtures.MAPPER.readValue(
            "{\"id\": \"h1\", \"service\": null, \"servers\": null, \"cpu_info\": null,"
                + " \"uptime\": null, \"host_ip\": null, \"vcpus\": null, \"free_disk_gb\": \"\"}",
            Hypervisor.class);

    assertThat(hypervisor).isEqualTo(Hypervisor.builder().id("h1").build());
    assertThat(hypervisor.hypervisorHostname()).isEmpty();
    assertThat(hypervisor.state()).isEmpty();
    assertThat(hypervisor.status()).isEmpty();
    assertThat(hypervisor.hostIp()).isEmpty();
    assertThat(hypervisor.hypervisorType()).isEmpty();
    assertThat(hypervisor.hypervisorVersion()).isEmpty();
    assertThat(hypervisor.service()).isEmpty();
    RESOURCES.values().forEach(accessor -> assertThat(accessor.apply(hypervisor)).isEmpty());
    assertThat(hypervisor.cpuInfo()).isEmpty();
    assertThat(hypervisor.cpuInfoAsString()).isEmpty();
    assertThat(hypervisor.servers()).isEmpty();
    assertThat(hypervisor.uptime()).isEmpty();
    assertThat(hypervisor.additionalProperties()).isEmpty();
  }

  @Test
  void read_missingId_failsNamingTheField() {
    assertThatThrownBy(() -> Fixtures.MAPPER.readValue("{\"state\": \"up\"}", Hypervisor.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"state\": \"up\"}", HypervisorSummary.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("id");
  }

  @Test
  void read_serverWithoutUuid_failsNamingTheField() {
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue(
                    "{\"id\": 1, \"servers\": [{\"name\": \"s\"}]}", HypervisorSummary.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("uuid");
  }

  @Test
  void read_resourceOfTheWrongKind_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"id\": 1, \"vcpus\": {}}", Hypervisor.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("hypervisor.vcpus");
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"id\": 1, \"service\": \"s\"}", Hypervisor.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("hypervisor.service");
  }

  @Test
  void readBodies_wrongEnvelope_failNamingTheKey() {
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"hypervisors\": []}", HypervisorJson::readBody))
        .hasMessageContaining("hypervisor");
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"hypervisor\": {}}", HypervisorJson::readSummaryPage))
        .hasMessageContaining("hypervisors");
    assertThatThrownBy(
            () ->
                NovaSamples.readBody(
                    "{\"hypervisor_statistics\": null}", HypervisorJson::readStatistics))
        .hasMessageContaining("hypervisor_statistics");
  }

  @Test
  void readPages_nullEntriesLeftOut_emptyPageRead() {
    assertThat(
            NovaSamples.readBody(
                    "{\"hypervisors\": [null, {\"id\": 3}], \"hypervisors_links\": null}",
                    HypervisorJson::readSummaryPage)
                .items())
        .extracting(HypervisorSummary::id)
        .containsExactly("3");
    assertThat(NovaSamples.readBody("{\"hypervisors\": []}", HypervisorJson::readPage).items())
        .isEmpty();
  }

  @Test
  void write_idsAsNovaSentThem_integersAsNumbers() throws Exception {
    for (String id : new String[] {"0", "7", "-3", "123456789012345678"}) {
      assertThat(write(Hypervisor.builder().id(id).build()).get("id").isIntegralNumber())
          .as(id)
          .isTrue();
    }
    for (String id : new String[] {"007", "-0", "+1", "1e3", "", "1234567890123456789", "b1e4"}) {
      assertThat(write(HypervisorSummary.builder().id(id).build()).get("id").isTextual())
          .as(id)
          .isTrue();
    }
    Hypervisor withService =
        Hypervisor.builder().id("1").service(HypervisorService.builder().id("2").build()).build();
    assertThat(write(withService).get("service").get("id").asInt()).isEqualTo(2);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    Hypervisor hypervisor =
        Hypervisor.builder()
            .id("5d343e1d-938e-4284-b98b-6a2b5406ba76")
            .hypervisorHostname("compute-1.example.org")
            .state("down")
            .status("disabled")
            .hostIp("2001:db8::1")
            .hypervisorType("QEMU")
            .hypervisorVersion(8002000)
            .service(
                HypervisorService.builder()
                    .host("compute-1")
                    .id("s1")
                    .disabledReason("maint")
                    .build())
            .vcpus(64)
            .vcpusUsed(80)
            .memoryMb(515_000)
            .memoryMbUsed(400_000)
            .localGb(2000)
            .localGbUsed(2500)
            .freeRamMb(115_000)
            .freeDiskGb(-500)
            .currentWorkload(3)
            .runningVms(40)
            .diskAvailableLeast(-12)
            .putCpuInfo("arch", "x86_64")
            .putCpuInfo("features", List.of("avx2"))
            .addServer(HypervisorServer.builder().uuid("u1").name("web").build())
            .addServer(HypervisorServer.builder().uuid("u2").build())
            .uptime("up 3 days")
            .putAdditionalProperty("vendor:flag", true)
            .build();
    HypervisorSummary summary =
        HypervisorSummary.builder()
            .id("9")
            .hypervisorHostname("h")
            .state("up")
            .status("enabled")
            .addServer(HypervisorServer.builder().uuid("u1").name("web").build())
            .putAdditionalProperty("vendor:flag", false)
            .build();
    HypervisorStatistics statistics =
        HypervisorStatistics.builder()
            .count(3000)
            .vcpus(192_000)
            .vcpusUsed(1)
            .memoryMb(3_145_728_000L)
            .memoryMbUsed(2)
            .localGb(3)
            .localGbUsed(4)
            .freeRamMb(-5)
            .freeDiskGb(6)
            .currentWorkload(7)
            .runningVms(8)
            .diskAvailableLeast(-9)
            .putAdditionalProperty("vendor:n", 1L)
            .build();

    assertThat(roundTrip(hypervisor, Hypervisor.class)).isEqualTo(hypervisor);
    assertThat(roundTrip(summary, HypervisorSummary.class)).isEqualTo(summary);
    assertThat(roundTrip(statistics, HypervisorStatistics.class)).isEqualTo(statistics);
  }

  @Test
  void nestedValues_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    Hypervisor hypervisor =
        Hypervisor.builder()
            .id("1")
            .putCpuInfo("features", list)
            .putAdditionalProperty("x", list)
            .build();
    HypervisorSummary summary =
        HypervisorSummary.builder().id("1").putAdditionalProperty("x", list).build();
    HypervisorStatistics statistics =
        HypervisorStatistics.builder().putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(hypervisor.cpuInfo()).isEqualTo(Map.of("features", List.of("a")));
    assertThat(hypervisor.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
    assertThat(summary.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
    assertThat(statistics.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }

  private static List<HypervisorServer> servers(JsonNode node) {
    List<HypervisorServer> servers = new ArrayList<>();
    for (JsonNode server : node.path("servers")) {
      servers.add(
          HypervisorServer.builder()
              .uuid(server.get("uuid").asText())
              .name(server.get("name").asText())
              .build());
    }
    return servers;
  }

  private static OptionalInt optionalInt(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? OptionalInt.empty() : OptionalInt.of(value.asInt());
  }

  /** A map of JSON-like values as a tree, parsed from its text so numbers compare as Nova's. */
  private static JsonNode tree(Map<String, Object> values) throws Exception {
    return Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(values));
  }

  private static JsonNode write(Object value) throws Exception {
    return Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(value));
  }

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(value), type);
  }
}
