package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.model.TaskState;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the SDK's models hold when the fake answers at each microversion. */
@ExtendWith(FakeComputeExtension.class)
final class MicroversionsTest {
  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void baseline_withoutAHeader_hasTheFlavorReferenceAndNoLaterFields() {
    Server web = show(null, "web-01");

    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/" + web.id());
    assertThat(request.header("OpenStack-API-Version")).isEmpty();
    assertThat(request.header("X-OpenStack-Nova-API-Version")).isEmpty();
    assertThat(web.flavor())
        .hasValueSatisfying(
            f -> {
              assertThat(f.isEmbedded()).isFalse();
              assertThat(f.id()).contains(SampleCloud.FLAVOR_SMALL);
              assertThat(f.links())
                  .extracting(l -> l.href())
                  .containsExactly(baseUrl() + "/flavors/2");
              assertThat(f.ram()).isEmpty();
            });
    assertThat(web.image())
        .hasValueSatisfying(
            i -> {
              assertThat(i.id()).isEqualTo(SampleCloud.IMAGE_UBUNTU);
              assertThat(i.properties()).as("2.98").isEmpty();
            });
    assertThat(web.links())
        .extracting(l -> l.rel() + " " + l.href())
        .containsExactly(
            "self " + fake.endpoint() + "/servers/" + web.id(),
            "bookmark " + baseUrl() + "/servers/" + web.id());
    assertThat(web.hostname()).as("2.3").isEmpty();
    assertThat(web.reservationId()).as("2.3").isEmpty();
    assertThat(web.locked()).as("2.9").isEmpty();
    assertThat(web.hostStatus()).as("2.16").isEmpty();
    assertThat(web.description()).as("2.19").isEmpty();
    assertThat(web.tags()).as("2.26").isEmpty();
    assertThat(web.serverGroups()).as("2.71").isEmpty();
    assertThat(web.volumesAttached()).isEmpty();
    assertThat(web.addresses()).containsOnlyKeys("public", "private");
    assertThat(web.accessIPv4()).contains("203.0.113.21");
    assertThat(web.diskConfig()).contains("AUTO");
    assertThat(web.progress()).hasValue(0);
    assertThat(web.securityGroups()).extracting(g -> g.name()).containsExactly("default", "web");
  }

  @Test
  void v247_embedsTheFlavor_withoutItsId() {
    Server db = show("2.47", "db-02");

    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/" + db.id()).header("OpenStack-API-Version"))
        .contains("compute 2.47");
    ServerFlavor flavor = db.flavor().orElseThrow();
    assertThat(flavor.isEmbedded()).isTrue();
    assertThat(flavor.originalName()).contains("m1.large");
    assertThat(flavor.vcpus()).hasValue(4);
    assertThat(flavor.ram()).hasValue(8192);
    assertThat(flavor.disk()).hasValue(80);
    assertThat(flavor.ephemeral()).hasValue(0);
    assertThat(flavor.swap()).hasValue(0);
    assertThat(flavor.extraSpecs()).containsEntry("hw:mem_page_size", "large");
    assertThat(db.volumesAttached())
        .singleElement()
        .satisfies(v -> assertThat(v.deleteOnTermination()).contains(false));
  }

  @Test
  void v279_hasLockTagsDescriptionAndServerGroups_onAShow() {
    Server db = show("2.79", "db-05");
    Server web = show("2.79", "web-02");
    RawHttp.assertGet(fake, "/v2.1/servers/" + db.id());
    RawHttp.assertGet(fake, "/v2.1/servers/" + web.id());

    assertThat(db.locked()).contains(true);
    assertThat(db.lockedReason()).contains("maintenance");
    assertThat(db.tags()).containsExactly("backend", "stateful");
    assertThat(db.description()).contains("database server 05");
    assertThat(db.hostname()).contains("db-05");
    assertThat(db.reservationId()).hasValueSatisfying(r -> assertThat(r).startsWith("r-"));
    assertThat(db.launchIndex()).hasValue(0);
    assertThat(db.hostStatus()).contains("UP");
    assertThat(web.locked()).contains(false);
    assertThat(web.lockedReason()).isEmpty();
    assertThat(web.serverGroups()).containsExactly(SampleCloud.WEB_SERVER_GROUP);
    assertThat(web.trustedImageCertificates()).isEmpty();
    assertThat(web.pinnedAvailabilityZone()).as("2.96").isEmpty();
  }

  @Test
  void v279_listing_hasNoServerGroups() {
    List<Server> servers;
    try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
      servers = compute.listServersPage(ListServersRequest.builder().name("^web-").build()).items();
    }

    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(servers)
        .hasSize(12)
        .allSatisfy(
            s -> {
              assertThat(s.serverGroups()).isEmpty();
              assertThat(s.tags()).contains("frontend");
              assertThat(s.locked()).isPresent();
            });
  }

  @Test
  void bootFromVolume_hasNoImage_atEveryMicroversion() {
    for (String version : new String[] {null, "2.47", "2.96"}) {
      Server db = show(version, "db-01");
      RawHttp.assertGet(fake, "/v2.1/servers/" + db.id());
      assertThat(db.image()).as("at %s", version).isEmpty();
      assertThat(db.volumesAttached()).hasSize(2);
    }
  }

  @Test
  void errorServer_hasItsFault_andABuildingOneItsTaskAndProgress() {
    Server failed = show("2.96", "batch-08");
    Server building = show("2.96", "batch-07");
    RawHttp.assertGet(fake, "/v2.1/servers/" + failed.id());
    RawHttp.assertGet(fake, "/v2.1/servers/" + building.id());

    assertThat(failed.status()).isEqualTo(ServerStatus.ERROR);
    assertThat(failed.fault())
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(500);
              assertThat(f.message()).startsWith("No valid host was found.");
              assertThat(f.created()).isEqualTo(failed.updated());
            });
    assertThat(failed.host()).isEmpty();
    assertThat(failed.hostId()).isEmpty();
    assertThat(failed.availabilityZone()).as("Nova sends \"\"").contains("");
    assertThat(failed.addresses()).isEmpty();
    assertThat(failed.progress()).as("not a progress status").isEmpty();
    assertThat(building.status()).isEqualTo(ServerStatus.BUILD);
    assertThat(building.taskState()).contains(TaskState.SPAWNING);
    assertThat(building.progress()).hasValue(40);
    assertThat(building.fault()).isEmpty();
  }

  @Test
  void withoutAHeaderPagesAre21_andLatestAbove296_hasImagePropertiesAndSchedulerHints() {
    Page<Server> latest;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      latest = compute.listServersPage(ListServersRequest.builder().pageSize(1).build());
    }
    assertThat(latest.microversion()).contains("2.1");
    fake.takeRequest();

    try (FakeCompute newer = FakeCompute.builder().maxMicroversion("2.100").start()) {
      SampleCloud.populate(newer);
      String id =
          newer.servers().stream()
              .filter(s -> s.name().orElse("").equals("web-03"))
              .findFirst()
              .orElseThrow()
              .id();
      RawHttp.Reply reply =
          RawHttp.get(newer, "/v2.1/servers/" + id, "OpenStack-API-Version", "compute latest");

      assertThat(newer.takeRequest().header("OpenStack-API-Version")).contains("compute latest");
      assertThat(reply.header("OpenStack-API-Version")).isEqualTo("compute 2.100");
      assertThat(reply.json().at("/server/image/properties/os_distro").asText())
          .isEqualTo("ubuntu");
      assertThat(reply.json().at("/server/scheduler_hints").isObject()).isTrue();
      assertThat(reply.json().at("/server/pinned_availability_zone").isNull()).isTrue();
    }
  }

  @Test
  void legacyHeaderAlone_isHonoured_andTheNewOneWins() {
    Server web = show(null, "web-01");
    fake.takeRequest();

    RawHttp.Reply legacy =
        RawHttp.get(fake, "/v2.1/servers/" + web.id(), "X-OpenStack-Nova-API-Version", "2.47");
    RawHttp.Reply both =
        RawHttp.get(
            fake,
            "/v2.1/servers/" + web.id(),
            "X-OpenStack-Nova-API-Version",
            "2.47",
            "OpenStack-API-Version",
            "volume 3.1, compute 2.26");

    assertThat(fake.takeRequest().header("X-OpenStack-Nova-API-Version")).contains("2.47");
    assertThat(fake.takeRequest().header("OpenStack-API-Version"))
        .contains("volume 3.1, compute 2.26");
    assertThat(legacy.header("OpenStack-API-Version")).isEqualTo("compute 2.47");
    assertThat(legacy.json().at("/server/flavor/ram").asInt()).isEqualTo(2048);
    assertThat(both.header("X-OpenStack-Nova-API-Version")).isEqualTo("2.26");
    assertThat(both.json().at("/server/flavor/id").asText()).isEqualTo("2");
    assertThat(both.json().at("/server/tags").isArray()).isTrue();
  }

  private Server show(String microversion, String name) {
    String id =
        fake.servers().stream()
            .filter(s -> s.name().orElse("").equals(name))
            .findFirst()
            .orElseThrow()
            .id();
    ComputeClient.Builder builder = fake.clientBuilder();
    if (microversion != null) {
      builder.microversion(microversion);
    }
    try (ComputeClient compute = builder.build()) {
      return compute.getServer(id);
    }
  }

  private String baseUrl() {
    return fake.endpoint().replace("/v2.1", "");
  }
}
