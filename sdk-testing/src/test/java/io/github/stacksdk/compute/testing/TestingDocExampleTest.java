package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.flavor.Flavor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The examples of docs/testing.md, as written there. */
@ExtendWith(FakeComputeExtension.class)
final class TestingDocExampleTest {
  /** "Testing your code with FakeCompute". */
  @Test
  void countsStoppedServers(FakeCompute fake) {
    SampleCloud.populate(fake);
    fake.addServer(
        Server.builder()
            .id("f3c1a2b4-0000-4000-8000-000000000001")
            .name("legacy-01")
            .statusAsString("SHUTOFF")
            .build());

    try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
      assertThat(compute.listServers(r -> r.status(ServerStatus.SHUTOFF)).stream().count())
          .isEqualTo(4);
    }
    FakeRequest request = fake.takeRequest();
    assertThat(request.queryParameter("status")).contains("SHUTOFF");
  }

  /** "A slow cloud". */
  @Test
  void slowCloud_spendsNovasTimeBeforeAnswering() {
    try (FakeCompute fake = FakeCompute.builder().cost(NovaCost.SMALL_NOVA).apiWorkers(1).start()) {
      SampleCloud.populate(fake);
      try (ComputeClient compute = fake.clientBuilder().build()) {
        assertThat(compute.listServers().stream().count()).isEqualTo(34); // one page, after 152 ms
      }
      NovaUsage nova = fake.novaUsage();
      assertThat(nova.detailListings()).isEqualTo(1);
      assertThat(nova.modelledTime())
          .isEqualTo(NovaCost.SMALL_NOVA.detailListing(34)); // 60 + 34 × 2.7 ms
      assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/detail");
    }
  }

  /** "The rest of the cloud: flavors, keypairs, quotas, actions…". */
  @Test
  void restOfTheCloud_seedsAFlavorAndAKeypair() {
    String publicKey =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO38R2BZrG9ROwQgxxF/PETyBG5V3UnTcwkuiUM4iXyu alice";
    try (FakeCompute fake = FakeCompute.start()) {
      fake.addFlavor(
              Flavor.builder()
                  .id("5")
                  .name("gpu.large")
                  .vcpus(8)
                  .ram(32768)
                  .disk(100)
                  .isPublic(false)
                  .build())
          .addFlavorAccess("5", fake.projectId())
          .addFlavorExtraSpecs("5", Map.of("resources:VGPU", "1"))
          .addKeypair("deploy", publicKey, "ssh");
      NovaCalls nova = new NovaCalls(fake);

      RawHttp.Reply flavor = nova.get("2.61", "/v2.1/flavors/5");
      RawHttp.Reply keypairs = nova.get("2.2", "/v2.1/os-keypairs");

      assertThat(flavor.json().at("/flavor/extra_specs/resources:VGPU").asText()).isEqualTo("1");
      assertThat(keypairs.json().at("/keypairs/0/keypair/name").asText()).isEqualTo("deploy");
      assertThat(keypairs.json().at("/keypairs/0/keypair/fingerprint").asText())
          .isEqualTo("29:23:ea:cb:b4:a9:df:6d:fb:4d:6e:91:45:22:df:2a");
    }
  }

  /** "Testing a watcher: changing the cloud while a client watches". */
  @Test
  void watcher_seesTheUpdateAndTheDeletion() {
    Instant now = SampleCloud.NOW.plus(Duration.ofHours(1));
    try (FakeCompute fake = FakeCompute.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).start()) {
      SampleCloud.populate(fake);
      String web = fake.servers().get(0).id();
      String db = fake.servers().get(1).id();
      fake.updateServer(web, s -> s.toBuilder().name("web-renamed").build()); // updated = now
      fake.deleteServer(db); // status DELETED
      try (ComputeClient compute = fake.clientBuilder().build()) {
        List<Server> changed =
            compute.listServers(r -> r.changesSince(now)).stream().collect(Collectors.toList());
        assertThat(changed).extracting(Server::id).containsExactlyInAnyOrder(web, db);
      }
      assertThat(fake.purgeDeletedServers()).isEqualTo(2); // db and the sample's deleted server
      assertThat(fake.takeRequest().queryParameter("changes-since")).contains(now.toString());
    }
  }
}
