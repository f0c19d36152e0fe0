package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample cloud: deterministic, and as varied as its Javadoc says. */
final class SampleCloudTest {

  @Test
  void populate_givesTheSameServersEveryTime() {
    try (FakeCompute one = FakeCompute.start();
        FakeCompute two = FakeCompute.start()) {
      SampleCloud.populate(one);
      SampleCloud.populate(two);

      assertThat(one.servers()).isEqualTo(two.servers());
      for (Server server : one.servers()) {
        assertThat(one.virtualInterfaces(server.id()))
            .isEqualTo(two.virtualInterfaces(server.id()));
      }
      assertThat(one.requestCount()).isZero();
    }
  }

  @Test
  void populate_twice_replacesRatherThanDuplicates() {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      List<Server> once = fake.servers();
      SampleCloud.populate(fake);

      assertThat(fake.servers()).isEqualTo(once);
    }
  }

  @Test
  void servers_areVariedLikeARealCloud() {
    List<Server> servers = sample(FakeCompute.DEFAULT_PROJECT_ID);

    assertThat(servers).hasSize(37);
    assertThat(servers.stream().map(Server::id).distinct()).hasSize(37);
    Map<ServerStatus, Long> byStatus =
        servers.stream().collect(Collectors.groupingBy(Server::status, Collectors.counting()));
    assertThat(byStatus)
        .containsOnly(
            Map.entry(ServerStatus.ACTIVE, 28L),
            Map.entry(ServerStatus.SHUTOFF, 3L),
            Map.entry(ServerStatus.PAUSED, 2L),
            Map.entry(ServerStatus.SUSPENDED, 1L),
            Map.entry(ServerStatus.ERROR, 1L),
            Map.entry(ServerStatus.BUILD, 1L),
            Map.entry(ServerStatus.DELETED, 1L));
    assertThat(
            servers.stream()
                .map(s -> s.flavor().orElseThrow().originalName().orElseThrow())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("m1.tiny", "m1.small", "m1.medium", "m1.large");
    assertThat(
            servers.stream()
                .filter(s -> s.image().isPresent())
                .map(s -> s.image().get().id())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            SampleCloud.IMAGE_UBUNTU, SampleCloud.IMAGE_CIRROS, SampleCloud.IMAGE_DEBIAN);
    assertThat(servers.stream().filter(s -> s.image().isEmpty()).map(s -> s.name().orElseThrow()))
        .containsExactly("db-01");
    assertThat(servers)
        .filteredOn(s -> s.status() == ServerStatus.ERROR)
        .singleElement()
        .satisfies(s -> assertThat(s.fault()).isPresent());
    assertThat(servers)
        .filteredOn(s -> s.status() != ServerStatus.ERROR)
        .allSatisfy(s -> assertThat(s.fault()).isEmpty());
    assertThat(servers)
        .filteredOn(s -> s.status() == ServerStatus.BUILD)
        .singleElement()
        .satisfies(s -> assertThat(s.taskStateAsString()).contains("spawning"));
    assertThat(
            servers.stream()
                .flatMap(s -> s.addresses().keySet().stream())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("public", "private");
    List<Address> addresses =
        servers.stream()
            .flatMap(s -> s.addresses().values().stream())
            .flatMap(List::stream)
            .collect(Collectors.toList());
    assertThat(addresses)
        .extracting(a -> a.version() + "/" + a.typeAsString().orElseThrow())
        .contains("4/fixed", "6/fixed", "4/floating");
    assertThat(servers.stream().map(s -> s.keyName().orElse("-")).collect(Collectors.toSet()))
        .contains("deploy-key", "ops-key", "-");
    assertThat(
            servers.stream().map(s -> s.availabilityZone().orElse("-")).collect(Collectors.toSet()))
        .contains("az-1", "az-2", "-");
    assertThat(servers).allSatisfy(s -> assertThat(s.metadata()).containsKey("group"));
    assertThat(servers)
        .filteredOn(s -> s.tenantId().isPresent())
        .extracting(s -> s.name().orElseThrow())
        .containsExactly("demo-01", "demo-02");
  }

  @Test
  void timestamps_areFixedWeeksBeforeNow_andDistinct() {
    List<Server> servers = sample(FakeCompute.DEFAULT_PROJECT_ID);

    assertThat(servers)
        .allSatisfy(
            s -> {
              assertThat(s.created().orElseThrow())
                  .isBetween(SampleCloud.NOW.minus(Duration.ofDays(46)), SampleCloud.NOW);
              assertThat(s.updated().orElseThrow())
                  .isAfterOrEqualTo(s.created().orElseThrow())
                  .isBefore(SampleCloud.NOW);
            });
    assertThat(servers.stream().map(s -> s.created().orElseThrow()).distinct()).hasSize(37);
  }

  @Test
  void virtualInterfaces_matchEachServersAddresses() {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      for (Server server : fake.servers()) {
        Set<String> addresses =
            server.addresses().values().stream()
                .flatMap(List::stream)
                .map(Address::addr)
                .collect(Collectors.toSet());
        List<VirtualInterface> vifs = fake.virtualInterfaces(server.id());
        Set<String> onInterfaces =
            vifs.stream()
                .flatMap(v -> v.ipAddresses().stream())
                .map(VirtualInterfaceAddress::address)
                .collect(Collectors.toSet());

        assertThat(onInterfaces).as(server.name().orElseThrow()).isEqualTo(addresses);
        assertThat(vifs)
            .extracting(v -> v.ipAddresses().get(0).networkLabel())
            .containsExactlyElementsOf(server.addresses().keySet());
      }
    }
  }

  @Test
  void hostIds_dependOnTheProject_asNovasDo() {
    Function<String, String> hostIdOfWeb01 =
        project ->
            sample(project).stream()
                .filter(s -> s.name().orElse("").equals("web-01"))
                .findFirst()
                .orElseThrow()
                .hostId()
                .orElseThrow();

    assertThat(hostIdOfWeb01.apply("p1")).hasSize(56).isNotEqualTo(hostIdOfWeb01.apply("p2"));
  }

  private static List<Server> sample(String projectId) {
    try (FakeCompute fake = FakeCompute.builder().projectId(projectId).start()) {
      SampleCloud.populate(fake);
      return fake.servers();
    }
  }
}
