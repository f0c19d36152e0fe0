package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /os-hypervisors}, through raw HTTP. */
final class HypervisorsTest {
  private static final String MEMBER = "member-token";

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID).start();
  private final NovaCalls nova = new NovaCalls(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> hostnames(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("hypervisors").forEach(h -> out.add(h.get("hypervisor_hostname").asText()));
    return out;
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_atEachMicroversion() {
    SampleCloud.populate(fake);
    String id53 = nova.get("2.53", "/v2.1/os-hypervisors").json().at("/hypervisors/0/id").asText();

    assertSameKeys(
        nova.get("2.1", "/v2.1/os-hypervisors").json(),
        sample("os-hypervisors/hypervisors-list-resp.json"));
    assertSameKeys(
        nova.get("2.1", "/v2.1/os-hypervisors/detail").json(),
        sample("os-hypervisors/hypervisors-detail-resp.json"));
    assertSameKeys(
        nova.get("2.1", "/v2.1/os-hypervisors/1").json(),
        sample("os-hypervisors/hypervisors-show-resp.json"));
    assertSameKeys(
        nova.get("2.28", "/v2.1/os-hypervisors/detail").json(),
        sample("os-hypervisors/v2.28/hypervisors-detail-resp.json"),
        "cpu_info");
    assertSameKeys(
        nova.get("2.33", "/v2.1/os-hypervisors?limit=1").json(),
        sample("os-hypervisors/v2.33/hypervisors-list-resp.json"));
    assertSameKeys(
        nova.get("2.53", "/v2.1/os-hypervisors?limit=1").json(),
        sample("os-hypervisors/v2.53/hypervisors-list-resp.json"));
    assertSameKeys(
        nova.get("2.53", "/v2.1/os-hypervisors/" + id53 + "?with_servers=true").json(),
        sample("os-hypervisors/v2.53/hypervisors-show-with-servers-resp.json"),
        "cpu_info");
    assertSameKeys(
        nova.get("2.88", "/v2.1/os-hypervisors?limit=1").json(),
        sample("os-hypervisors/v2.88/hypervisors-list-resp.json"));
    assertSameKeys(
        nova.get("2.88", "/v2.1/os-hypervisors/detail?limit=1").json(),
        sample("os-hypervisors/v2.88/hypervisors-detail-resp.json"));
    assertSameKeys(
        nova.get("2.88", "/v2.1/os-hypervisors/" + id53).json(),
        sample("os-hypervisors/v2.88/hypervisors-show-resp.json"));
  }

  @Test
  void detail_isNovasFakeDriverNode_withTheUsageOfItsServers() {
    fake.addServer(
        Server.builder()
            .id("6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11")
            .name("web-01")
            .statusAsString("ACTIVE")
            .vmStateAsString("active")
            .host("compute-01")
            .flavor(
                io.github.stacksdk.compute.model.ServerFlavor.builder()
                    .vcpus(2)
                    .ram(4096)
                    .disk(40)
                    .ephemeral(10)
                    .swap(2048)
                    .build())
            .build());
    JsonNode h = nova.get("2.27", "/v2.1/os-hypervisors/1").json().get("hypervisor");
    JsonNode h28 = nova.get("2.28", "/v2.1/os-hypervisors/1").json().get("hypervisor");

    assertThat(RawHttp.keys(h))
        .containsExactly(
            "id",
            "hypervisor_hostname",
            "state",
            "status",
            "hypervisor_type",
            "hypervisor_version",
            "host_ip",
            "service",
            "vcpus",
            "memory_mb",
            "local_gb",
            "vcpus_used",
            "memory_mb_used",
            "local_gb_used",
            "free_ram_mb",
            "free_disk_gb",
            "current_workload",
            "running_vms",
            "disk_available_least",
            "cpu_info");
    assertThat(h.get("id").asInt()).isEqualTo(1);
    assertThat(h.get("hypervisor_hostname").asText()).isEqualTo("compute-01");
    assertThat(h.get("hypervisor_type").asText()).isEqualTo("fake");
    assertThat(h.get("hypervisor_version").asInt()).isEqualTo(1000);
    assertThat(h.get("vcpus").asInt()).isEqualTo(1000);
    assertThat(h.get("vcpus_used").asInt()).isEqualTo(2);
    assertThat(h.get("memory_mb_used").asInt()).isEqualTo(512 + 4096);
    assertThat(h.get("free_ram_mb").asInt()).isEqualTo(800000 - 512 - 4096);
    assertThat(h.get("local_gb_used").asInt()).isEqualTo(40 + 10 + 2);
    assertThat(h.get("running_vms").asInt()).isEqualTo(1);
    // The fake virt driver's CPU, as JSON text before 2.28 and an object from it.
    assertThat(h.get("cpu_info").asText())
        .isEqualTo(
            "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\","
                + " \"features\": [\"pge\", \"clflush\"], \"topology\": {\"cores\": 1,"
                + " \"threads\": 1, \"sockets\": 4}}");
    assertThat(h.at("/service/host").asText()).isEqualTo("compute-01");
    assertThat(h.at("/service/id").asInt()).isEqualTo(3);
    assertThat(h28.at("/cpu_info/model").asText()).isEqualTo("Nehalem");
    assertThat(h28.at("/cpu_info/topology/sockets").asInt()).isEqualTo(4);
  }

  @Test
  void paging_from233_withIntegerMarkersThenUuids() {
    SampleCloud.populate(fake);
    RawHttp.Reply first = nova.get("2.33", "/v2.1/os-hypervisors?limit=2");
    RawHttp.Reply second = nova.get("2.33", "/v2.1/os-hypervisors?limit=2&marker=2");
    RawHttp.Reply uuids = nova.get("2.53", "/v2.1/os-hypervisors/detail?limit=3");
    String third = uuids.json().at("/hypervisors/2/id").asText();

    assertThat(hostnames(first.json())).containsExactly("compute-01", "compute-02");
    assertThat(first.json().at("/hypervisors_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/os-hypervisors?limit=2&marker=2");
    assertThat(hostnames(second.json())).containsExactly("compute-03", "compute-04");
    assertThat(uuids.json().at("/hypervisors_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/os-hypervisors/detail?limit=3&marker=" + third);
    assertThat(nova.get("2.32", "/v2.1/os-hypervisors?limit=1").json().get("hypervisors"))
        .hasSize(4);
    assertFault(
        nova.get("2.33", "/v2.1/os-hypervisors?marker=9"),
        400,
        "badRequest",
        "marker [9] not found",
        "2.33");
  }

  @Test
  void hostnamePatternAndServers_from253() {
    SampleCloud.populate(fake);
    RawHttp.Reply matching =
        nova.get(
            "2.53", "/v2.1/os-hypervisors?hypervisor_hostname_pattern=COMPUTE-0_&with_servers=1");

    assertThat(hostnames(matching.json()))
        .containsExactly("compute-01", "compute-02", "compute-03", "compute-04");
    assertThat(matching.json().has("hypervisors_links")).isFalse();
    assertThat(matching.json().at("/hypervisors/2/servers/0").toString()).contains("\"uuid\"");
    assertThat(RawHttp.keys(matching.json().at("/hypervisors/2/servers/0")))
        .containsExactly("name", "uuid");
    // The hypervisor's instance name (instance_name_template), not the server's name.
    assertThat(matching.json().at("/hypervisors/2/servers/0/name").asText())
        .matches("instance-[0-9a-f]{8}");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors?hypervisor_hostname_pattern=db"),
        404,
        "itemNotFound",
        "No hypervisor matching 'db' could be found.",
        "2.53");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors?hypervisor_hostname_pattern=compute&limit=1"),
        400,
        "badRequest",
        "Paging over hypervisors with the hypervisor_hostname_pattern query parameter is not"
            + " supported.",
        "2.53");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors?with_servers=maybe"),
        400,
        "badRequest",
        "Invalid input for query parameters with_servers. Value: maybe. 'maybe' is not one of"
            + " [True, 'True', 'TRUE', 'true', '1', 'ON', 'On', 'on', 'YES', 'Yes', 'yes', False,"
            + " 'False', 'FALSE', 'false', '0', 'OFF', 'Off', 'off', 'NO', 'No', 'no']",
        "2.53");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors?host=compute-01"),
        400,
        "badRequest",
        "Additional properties are not allowed ('host' was unexpected)",
        "2.53");
  }

  @Test
  void withServers_onAHostWithoutServers_isAnEmptyListFrom275Only() {
    JsonNode old = nova.get("2.74", "/v2.1/os-hypervisors?with_servers=true").json();
    JsonNode now = nova.get("2.75", "/v2.1/os-hypervisors?with_servers=true").json();

    assertThat(old.at("/hypervisors/0").has("servers")).isFalse();
    assertThat(now.at("/hypervisors/0/servers").isArray()).isTrue();
    assertThat(now.at("/hypervisors/0/servers")).isEmpty();
  }

  @Test
  void show_badIdsAsNovaAnswersThem() {
    assertFault(
        nova.get("2.52", "/v2.1/os-hypervisors/abc"),
        404,
        "itemNotFound",
        "Hypervisor with ID 'abc' could not be found.",
        "2.52");
    assertFault(
        nova.get("2.52", "/v2.1/os-hypervisors/7"),
        404,
        "itemNotFound",
        "Hypervisor with ID '7' could not be found.",
        "2.52");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors/1"), 400, "badRequest", "Invalid uuid 1", "2.53");
    assertFault(
        nova.get("2.53", "/v2.1/os-hypervisors/00000000-0000-0000-0000-000000000000"),
        404,
        "itemNotFound",
        "Hypervisor with ID '00000000-0000-0000-0000-000000000000' could not be found.",
        "2.53");
    assertThat(
            nova.get("2.88", "/v2.1/os-hypervisors/detail")
                .json()
                .at("/hypervisors/0/uptime")
                .isNull())
        .isTrue();
  }

  @Test
  void members_getNovas403() {
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-hypervisors"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-hypervisors:list to be performed.",
        "2.1");
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-hypervisors/detail"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.",
        "2.1");
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-hypervisors/1"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-hypervisors:show to be performed.",
        "2.1");
  }

  @Test
  void statistics_sumEveryNode_untilTheyWentIn288() {
    SampleCloud.populate(fake);
    JsonNode detail = nova.get("2.87", "/v2.1/os-hypervisors/detail").json();
    JsonNode stats = nova.get("2.87", "/v2.1/os-hypervisors/statistics").json();

    assertThat(stats.at("/hypervisor_statistics/count").asInt())
        .isEqualTo(detail.get("hypervisors").size());
    int running = 0;
    for (JsonNode h : detail.get("hypervisors")) {
      running += h.get("running_vms").asInt();
    }
    assertThat(stats.at("/hypervisor_statistics/running_vms").asInt()).isEqualTo(running);
    assertThat(stats.at("/hypervisor_statistics/vcpus").asInt())
        .isEqualTo(1000 * detail.get("hypervisors").size());
    assertFault(
        nova.get("2.88", "/v2.1/os-hypervisors/statistics"),
        400,
        "badRequest",
        "Invalid uuid statistics",
        "2.88");
    assertFault(
        nova.get(MEMBER, "2.87", "/v2.1/os-hypervisors/statistics"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-hypervisors:statistics to be performed.",
        "2.87");
  }

  @Test
  void singleHost_runsEveryServiceAndBuildOnOneHost() {
    try (FakeCompute single = FakeCompute.builder().singleHost("devstack").start()) {
      NovaCalls calls = new NovaCalls(single);
      assertThat(hostnames(calls.get("2.79", "/v2.1/os-hypervisors").json()))
          .containsExactly("devstack");
      List<String> hosts = new ArrayList<>();
      calls
          .get("2.79", "/v2.1/os-services")
          .json()
          .get("services")
          .forEach(svc -> hosts.add(svc.get("host").asText()));
      assertThat(hosts).containsExactly("devstack", "devstack", "devstack");
    }
  }
}
