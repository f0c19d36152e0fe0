package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListHypervisorsRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.PermissionDeniedException;
import io.github.stacksdk.compute.exception.ResourceConflictException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The administrator's reads through {@code compute.hypervisors()}, {@code services()} and {@code
 * servers().diagnostics(id)}, on each cloud: the one host of {@code integration/nova/setup.sh},
 * {@code fake-compute}, whose fake virt driver reports made-up resources and the same diagnostics
 * for every running server, and the scheduler, conductor and compute services on it.
 *
 * <p>It only reads: the seed's servers and the services stay as they were. Other tests may boot
 * servers at the same time, so server counts are lower bounds.
 */
final class AdminReadsIT {
  private static final String HOST = Seed.HOST;
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @OnEachCloud
  void hypervisors_theOneFakeHost_atEachMicroversion(Cloud cloud) {
    try (ComputeClient at21 = cloud.admin().microversion("2.1").build();
        ComputeClient at253 = cloud.admin().microversion("2.53").build();
        ComputeClient at287 = cloud.admin().microversion("2.87").build();
        ComputeClient at288 = cloud.admin().microversion("2.88").build()) {
      // Before 2.53 the ids are the database's integers, the service's too.
      Hypervisor old = single(at21.hypervisors().list().stream().collect(Collectors.toList()));
      assertThat(old.id()).matches("\\d+");
      assertThat(old.hypervisorHostname()).contains(HOST);
      assertThat(old.state()).contains("up");
      assertThat(old.status()).contains("enabled");
      assertThat(old.hypervisorType()).contains("fake");
      assertThat(old.hypervisorVersion()).hasValue(1000);
      assertThat(old.hostIp()).contains("127.0.0.1");
      assertThat(old.service().flatMap(s -> s.id()))
          .hasValueSatisfying(id -> assertThat(id).matches("\\d+"));
      assertThat(old.service().flatMap(s -> s.host())).contains(HOST);
      assertThat(old.service().flatMap(s -> s.disabledReason())).isEmpty();
      // The fake driver's made-up host: 1000 CPUs, 800000 MB, 600000 GB.
      assertThat(old.vcpus()).hasValue(1000);
      assertThat(old.memoryMb()).hasValue(800000);
      assertThat(old.localGb()).hasValue(600000);
      assertThat(old.diskAvailableLeast()).hasValue(0);
      // Every server on the host: the seed's, less broken-01 (no host), and any a test booted.
      int onHost = Seed.ADMIN.size() - Seed.BROKEN.size() + Seed.DEMO.size();
      assertThat(old.runningVms().orElse(-1)).isGreaterThanOrEqualTo(onHost);
      assertThat(old.freeRamMb().getAsInt()).isEqualTo(800000 - old.memoryMbUsed().getAsInt());
      // Text before 2.28, which the model reads as the object too.
      assertThat(old.cpuInfoAsString()).isPresent();
      assertThat(old.cpuInfo()).containsEntry("model", "Nehalem").containsKey("topology");
      assertThat(old.servers()).isEmpty();
      assertThat(old.uptime()).isEmpty();
      assertThat(old.additionalProperties()).isEmpty();
      assertThat(at21.hypervisors().get(old.id())).isEqualTo(old);

      // From 2.53 the ids are UUIDs; the servers come when asked for, named by instance name.
      Hypervisor current = single(at253.hypervisors().list().stream().collect(Collectors.toList()));
      assertThat(current.id()).matches(UUID);
      assertThat(current.service().flatMap(s -> s.id()))
          .hasValueSatisfying(id -> assertThat(id).matches(UUID));
      assertThat(current.cpuInfoAsString()).isEmpty();
      assertThat(current.cpuInfo()).isEqualTo(old.cpuInfo());
      assertThat(current.servers()).isEmpty();
      Hypervisor withServers =
          single(
              at253.hypervisors().list(r -> r.withServers(true)).stream()
                  .collect(Collectors.toList()));
      Map<String, String> seeded = seedIds(at253);
      assertThat(withServers.servers())
          .extracting(HypervisorServer::uuid)
          .containsAll(
              seeded.entrySet().stream()
                  .filter(e -> !Seed.BROKEN.contains(e.getKey()))
                  .map(Map.Entry::getValue)
                  .collect(Collectors.toList()));
      assertThat(withServers.servers())
          .extracting(HypervisorServer::uuid)
          .doesNotContain(seeded.get("broken-01"));
      assertThat(withServers.servers())
          .allSatisfy(
              s ->
                  assertThat(s.name())
                      .hasValueSatisfying(n -> assertThat(n).matches("instance-[0-9a-f]{8}")));
      assertThat(at253.hypervisors().get(current.id()).servers()).isEmpty();
      assertThat(at253.hypervisors().get(current.id(), true).servers())
          .extracting(HypervisorServer::uuid)
          .contains(seeded.get("web-01"));
      // The ids of one version are unknown to the other.
      ResourceNotFoundException byUuidAt21 =
          catchThrowableOfType(
              () -> at21.hypervisors().get(current.id()), ResourceNotFoundException.class);
      assertThat(byUuidAt21).isNotNull();
      assertThat(byUuidAt21.faultMessage())
          .isEqualTo("Hypervisor with ID '" + current.id() + "' could not be found.");
      InvalidRequestException byIntAt253 =
          catchThrowableOfType(
              () -> at253.hypervisors().get(old.id()), InvalidRequestException.class);
      assertThat(byIntAt253).isNotNull();
      assertThat(byIntAt253.faultMessage()).isEqualTo("Invalid uuid " + old.id());

      // The hostname pattern is a substring; one that matches nothing is an empty listing.
      assertThat(
              at253.hypervisors().list(r -> r.hostnamePattern("compute")).stream()
                  .map(Hypervisor::id))
          .containsExactly(current.id());
      assertThat(at253.hypervisors().list(r -> r.hostnamePattern("no-such-host")).stream())
          .isEmpty();

      // Paging: a page as full as asked for links to a next one, which is empty.
      Cloud.Connections connections = new Cloud.Connections();
      try (ComputeClient counted =
          cloud.admin().microversion("2.53").httpClient(connections.client()).build()) {
        List<Page<HypervisorSummary>> pages = new ArrayList<>();
        counted
            .hypervisors()
            .listSummaries(ListHypervisorsRequest.builder().pageSize(1).build())
            .pages()
            .forEach(pages::add);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items())
            .extracting(HypervisorSummary::id)
            .containsExactly(current.id());
        assertThat(pages.get(0).nextMarker()).contains(current.id());
        assertThat(connections.calls).hasValue(2);
      }
      assertThatThrownBy(() -> at21.hypervisors().list(r -> r.pageSize(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2.33");

      // 2.88 trims the resources and adds an uptime, which the fake driver does not report.
      Hypervisor trimmed =
          single(
              at288.hypervisors().list(r -> r.withServers(true)).stream()
                  .collect(Collectors.toList()));
      assertThat(trimmed.id()).isEqualTo(current.id());
      assertThat(trimmed.hypervisorType()).contains("fake");
      assertThat(trimmed.service()).isEqualTo(current.service());
      assertThat(trimmed.vcpus()).isEmpty();
      assertThat(trimmed.memoryMb()).isEmpty();
      assertThat(trimmed.runningVms()).isEmpty();
      assertThat(trimmed.cpuInfo()).isEmpty();
      assertThat(trimmed.uptime()).isEmpty();
      assertThat(trimmed.servers()).isNotEmpty();
      assertThat(trimmed.additionalProperties()).isEmpty();

      // The statistics: the sums of the one host, until 2.88 removed them.
      HypervisorStatistics stats = at287.hypervisors().statistics();
      assertThat(stats.count()).hasValue(1);
      assertThat(stats.vcpus()).hasValue(1000);
      assertThat(stats.memoryMb()).hasValue(800000);
      assertThat(stats.localGb()).hasValue(600000);
      assertThat(stats.runningVms().orElse(-1)).isGreaterThanOrEqualTo(onHost);
      assertThat(stats.additionalProperties()).isEmpty();
      assertThatThrownBy(() -> at288.hypervisors().statistics())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Placement");
    }
  }

  @OnEachCloud
  void services_theSchedulerConductorAndCompute(Cloud cloud) {
    try (ComputeClient at21 = cloud.admin().microversion("2.1").build();
        ComputeClient admin = cloud.admin().microversion("2.79").build()) {
      List<ComputeService> services = admin.services().list();
      assertThat(services)
          .extracting(ComputeService::binary)
          .containsExactlyInAnyOrder("nova-scheduler", "nova-conductor", "nova-compute");
      Map<String, ComputeService> byBinary =
          services.stream().collect(Collectors.toMap(ComputeService::binary, Function.identity()));
      for (ComputeService s : services) {
        assertThat(s.host()).isEqualTo(HOST);
        assertThat(s.id()).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        assertThat(s.status()).contains("enabled");
        assertThat(s.state()).contains("up");
        assertThat(s.updatedAt()).isPresent();
        assertThat(s.disabledReason()).isEmpty();
        assertThat(s.forcedDown()).contains(false);
        assertThat(s.additionalProperties()).isEmpty();
      }
      assertThat(byBinary.get("nova-compute").zone()).contains("nova");
      assertThat(byBinary.get("nova-scheduler").zone()).contains("internal");
      assertThat(byBinary.get("nova-conductor").zone()).contains("internal");
      // The hypervisor names its compute service by the same id.
      try (ComputeClient at253 = cloud.admin().microversion("2.53").build()) {
        Hypervisor h = single(at253.hypervisors().list().stream().collect(Collectors.toList()));
        assertThat(h.service().flatMap(s -> s.id())).isEqualTo(byBinary.get("nova-compute").id());
      }

      assertThat(admin.services().list(r -> r.binary("nova-compute")))
          .extracting(ComputeService::binary)
          .containsExactly("nova-compute");
      assertThat(admin.services().list(r -> r.host(HOST).binary("nova-conductor")))
          .extracting(ComputeService::binary)
          .containsExactly("nova-conductor");
      assertThat(admin.services().list(r -> r.host("no-such-host"))).isEmpty();

      // Before 2.53 integer ids; before 2.11 no forced_down.
      List<ComputeService> old = at21.services().list();
      assertThat(old).hasSize(3);
      assertThat(old)
          .allSatisfy(
              s -> {
                assertThat(s.id()).hasValueSatisfying(id -> assertThat(id).matches("\\d+"));
                assertThat(s.forcedDown()).isEmpty();
              });
    }
  }

  @OnEachCloud
  void diagnostics_theFakeDriversBody_beforeAndFrom248(Cloud cloud) {
    try (ComputeClient at247 = cloud.admin().microversion("2.47").build();
        ComputeClient admin = cloud.admin().microversion("2.79").build()) {
      Map<String, String> seeded = seedIds(admin);
      String web = seeded.get("web-01");

      ServerDiagnostics d = admin.servers().diagnostics(web);
      assertThat(d.state()).contains("running");
      assertThat(d.driver()).contains("libvirt");
      assertThat(d.hypervisor()).contains("kvm");
      assertThat(d.hypervisorOs()).contains("ubuntu");
      assertThat(d.uptime()).contains(Duration.ofSeconds(46664));
      assertThat(d.configDrive()).contains(true);
      assertThat(d.numCpus()).hasValue(1);
      assertThat(d.numNics()).hasValue(1);
      assertThat(d.numDisks()).hasValue(1);
      assertThat(d.cpuDetails())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.id()).hasValue(0);
                assertThat(c.utilisation()).hasValue(15);
              });
      assertThat(d.nicDetails())
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.macAddress()).contains("01:23:45:67:89:ab");
                assertThat(n.rxOctets()).hasValue(2070139);
                assertThat(n.txRate()).hasValue(600);
              });
      assertThat(d.diskDetails())
          .singleElement()
          .satisfies(k -> assertThat(k.errorsCount()).hasValue(1));
      assertThat(d.memoryDetails())
          .hasValueSatisfying(
              m -> {
                assertThat(m.maximum()).hasValue(524288);
                assertThat(m.used()).hasValue(0);
              });
      assertThat(d.additionalProperties()).isEmpty();
      // A paused server is still one the driver reports on, with the same made-up body.
      assertThat(admin.servers().diagnostics(seeded.get("cache-01"))).isEqualTo(d);

      // Before 2.48 the driver's own flat keys.
      ServerDiagnostics flat = at247.servers().diagnostics(web);
      assertThat(flat.state()).isEmpty();
      assertThat(flat.cpuDetails()).isEmpty();
      assertThat(flat.additionalProperties())
          .hasSize(15)
          .containsEntry("cpu0_time", 17300000000L)
          .containsEntry("memory", 524288L)
          .containsEntry("vda_errors", -1L)
          .containsEntry("vnet1_tx_packets", 662L);

      // A stopped server: 409; one that never got a host: 409 too; an unknown id: 404.
      ResourceConflictException stopped =
          catchThrowableOfType(
              () -> admin.servers().diagnostics(seeded.get("db-01")),
              ResourceConflictException.class);
      assertThat(stopped).isNotNull();
      assertThat(stopped.faultMessage())
          .isEqualTo(
              "Cannot 'get_diagnostics' instance "
                  + seeded.get("db-01")
                  + " while it is in power state shutdown");
      ResourceConflictException broken =
          catchThrowableOfType(
              () -> admin.servers().diagnostics(seeded.get("broken-01")),
              ResourceConflictException.class);
      assertThat(broken).isNotNull();
      assertThat(broken.faultMessage())
          .isEqualTo("Instance " + seeded.get("broken-01") + " is not ready");
      ResourceNotFoundException missing =
          catchThrowableOfType(
              () -> admin.servers().diagnostics("nope"), ResourceNotFoundException.class);
      assertThat(missing).isNotNull();
      assertThat(missing.faultMessage()).isEqualTo("Instance nope could not be found.");
    }
  }

  @OnEachCloud
  void member_isRefusedEachRead_byNovasPolicy(Cloud cloud) {
    try (ComputeClient demo = cloud.demo().microversion("2.79").build();
        ComputeClient demo287 = cloud.demo().microversion("2.87").build()) {
      String own = demo.listServers(r -> r.name("^demo-01$")).iterator().next().id();
      assertPolicy(() -> demo.hypervisors().list().stream().count(), "os-hypervisors:list-detail");
      assertPolicy(
          () ->
              demo.hypervisors().listSummaries(ListHypervisorsRequest.builder().build()).stream()
                  .count(),
          "os-hypervisors:list");
      assertPolicy(
          () -> demo.hypervisors().get("00000000-0000-0000-0000-000000000000"),
          "os-hypervisors:show");
      assertPolicy(() -> demo287.hypervisors().statistics(), "os-hypervisors:statistics");
      assertPolicy(() -> demo.services().list(), "os-services:list");
      // The member's own server: the policy, not the lookup, refuses it.
      assertPolicy(() -> demo.servers().diagnostics(own), "os-server-diagnostics");
    }
  }

  private static void assertPolicy(ThrowingCallable call, String rule) {
    PermissionDeniedException denied = catchThrowableOfType(call, PermissionDeniedException.class);
    assertThat(denied).as(rule).isNotNull();
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.faultMessage())
        .isEqualTo("Policy doesn't allow os_compute_api:" + rule + " to be performed.");
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  /** The ids of the seed's servers in the admin project, by name; other tests use other names. */
  private static Map<String, String> seedIds(ComputeClient admin) {
    return admin.listServers().stream()
        .filter(s -> s.name().filter(Seed.ADMIN::contains).isPresent())
        .collect(Collectors.toMap(s -> s.name().get(), s -> s.id()));
  }
}
