package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ComputeVersion;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every server parses at 2.1 and at the highest microversion the server offers, and the fields of
 * later microversions appear exactly when they are asked for.
 */
final class MicroversionsIT {

  @OnEachCloud
  void versionDiscovery_findsTheRange_andNegotiatesTheServersMaximum(Cloud cloud) {
    String max = cloud.maxMicroversion();
    try (ComputeClient compute = cloud.admin().build()) {
      List<ComputeVersion> versions = compute.versions();

      assertThat(versions).extracting(ComputeVersion::id).contains("v2.0", "v2.1");
      assertThat(versions)
          .filteredOn(v -> v.id().equals("v2.0"))
          .singleElement()
          .satisfies(v -> assertThat(v.supportsMicroversions()).isFalse());
      assertThat(versions)
          .filteredOn(v -> v.id().equals("v2.1"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.minMicroversion()).contains("2.1");
                assertThat(v.maxMicroversion()).contains(max);
              });
      // Nova 26 stops at 2.93, below what this SDK knows: the server's maximum wins.
      assertThat(compute.negotiateMicroversion()).isEqualTo(max);
    }
    try (ComputeClient tooNew = cloud.admin().microversion("2.999").build()) {
      assertThatThrownBy(tooNew::negotiateMicroversion)
          .isInstanceOfSatisfying(
              MicroversionNotSupportedException.class,
              e -> assertThat(e.maximumMicroversion()).contains(max));
    }
  }

  @OnEachCloud
  void at21_everyServerParses_withOnlyTheOldFields(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      Page<Server> page =
          compute.listServersPage(ListServersRequest.builder().allTenants(true).build());

      assertThat(page.microversion()).contains("2.1");
      assertThat(page.items()).hasSize(Seed.ADMIN.size() + Seed.DEMO.size());
      assertThat(page.items())
          .allSatisfy(
              server -> {
                assertThat(server.additionalProperties())
                    .as("keys this SDK does not model")
                    .isEmpty();
                assertThat(server.status()).isNotEqualTo(ServerStatus.UNRECOGNIZED);
                assertThat(server.flavor())
                    .hasValueSatisfying(f -> assertThat(f.isEmbedded()).isFalse());
                assertThat(server.flavor().flatMap(f -> f.id())).isPresent();
                assertThat(server.locked()).as("locked (2.9)").isEmpty();
                assertThat(server.hostname()).as("OS-EXT-SRV-ATTR:hostname (2.3)").isEmpty();
                assertThat(server.description()).as("description (2.19)").isEmpty();
                assertThat(server.tags()).as("tags (2.26)").isEmpty();
                assertThat(server.lockedReason()).as("locked_reason (2.73)").isEmpty();
                assertThat(server.hostStatus()).as("host_status (2.16)").isEmpty();
                assertThat(server.created()).isPresent();
                assertThat(server.updated()).isPresent();
                assertThat(server.tenantId()).isPresent();
              });
    }
  }

  @OnEachCloud
  void atTheHighest_everyServerParses_withTheNewFields(Cloud cloud) {
    String max = cloud.maxMicroversion();
    try (ComputeClient compute = cloud.admin().microversion(max).build()) {
      Page<Server> page =
          compute.listServersPage(ListServersRequest.builder().allTenants(true).build());

      assertThat(page.microversion()).contains(max);
      assertThat(page.items()).hasSize(Seed.ADMIN.size() + Seed.DEMO.size());
      Map<String, Server> byName =
          page.items().stream().collect(Collectors.toMap(Cloud::nameOf, Function.identity()));
      assertThat(page.items())
          .allSatisfy(
              server -> {
                assertThat(server.additionalProperties())
                    .as("keys this SDK does not model")
                    .isEmpty();
                assertThat(server.flavor())
                    .hasValueSatisfying(
                        f -> assertThat(f.isEmbedded()).as("embedded flavor (2.47)").isTrue());
                assertThat(server.flavor().flatMap(f -> f.originalName())).isPresent();
                assertThat(server.locked()).as("locked (2.9)").isPresent();
                assertThat(server.hostname()).as("OS-EXT-SRV-ATTR:hostname (2.3)").isPresent();
              });

      assertThat(byName.get("web-01").flavor().flatMap(f -> f.originalName())).contains("m1.tiny");
      assertThat(byName.get("web-01").flavor().get().ram()).hasValue(512);
      assertThat(byName.get("web-01").description()).contains("web server 01");
      assertThat(byName.get("web-01").tags()).containsExactlyInAnyOrder("frontend", "canary");
      assertThat(byName.get("db-05").tags()).containsExactly("backend");
      assertThat(byName.get("db-05").description()).isEmpty();
      assertThat(byName.get("db-04").locked()).contains(true);
      assertThat(byName.get("db-04").lockedReason()).contains(Seed.LOCKED_REASON);
      assertThat(byName.get("cache-03").locked()).contains(true);
      assertThat(byName.get("cache-03").lockedReason()).isEmpty();
      assertThat(byName.get("web-05").locked()).contains(false);
      assertThat(byName.get("web-05").hostStatus()).as("host_status (2.16), admin").isPresent();
    }
  }

  @OnEachCloud
  void getServer_atBothEnds_agreesWithTheListing(Cloud cloud) {
    String max = cloud.maxMicroversion();
    try (ComputeClient old = cloud.admin().build();
        ComputeClient current = cloud.admin().microversion(max).build()) {
      Server listed = old.listServers(r -> r.name("^db-04$")).iterator().next();

      Server shownOld = old.getServer(listed.id());
      Server shownNew = current.getServer(listed.id());

      assertThat(shownOld).isEqualTo(listed);
      assertThat(shownNew.id()).isEqualTo(listed.id());
      assertThat(shownNew.lockedReason()).contains(Seed.LOCKED_REASON);
      assertThat(shownNew.additionalProperties()).isEmpty();
      assertThat(shownOld.lockedReason()).isEmpty();
    }
  }

  @OnEachCloud
  void erroredServer_carriesItsFaultWhenShown(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      Server listed = compute.listServers(r -> r.status(ServerStatus.ERROR)).iterator().next();
      Server shown = compute.getServer(listed.id());

      assertThat(listed.name()).contains("broken-01");
      // Nova sends "fault": null in the listing of a server buried in cell0, and the fault itself
      // only when the server is shown; a listing that has it must agree with the show.
      assertThat(listed.fault())
          .satisfiesAnyOf(
              f -> assertThat(f).isEmpty(), f -> assertThat(f).isEqualTo(shown.fault()));
      assertThat(shown.fault())
          .hasValueSatisfying(
              f -> {
                assertThat(f.code()).isEqualTo(500);
                assertThat(f.message()).contains("No valid host was found.");
                assertThat(f.created()).isPresent();
                assertThat(f.details())
                    .hasValueSatisfying(d -> assertThat(d).contains("NoValidHost"));
              });
    }
  }
}
