package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the read routes have in common: what they cost, their project URLs and methods, and what
 * {@code clear()} forgets.
 */
final class ReadRoutesTest {
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";

  @Test
  void reads_costARequestEach_andRenderNoServer() {
    NovaCost cost =
        NovaCost.builder()
            .perRequest(Duration.ofMillis(3))
            .perServerDetail(Duration.ofMillis(50))
            .perServerSummary(Duration.ofMillis(50))
            .build();
    try (FakeCompute fake = FakeCompute.builder().cost(cost).start()) {
      fake.addServer(Server.builder().id(ID).name("web").host("compute-01").build());
      NovaCalls nova = new NovaCalls(fake);
      List<String> paths =
          List.of(
              "/v2.1/flavors/detail",
              "/v2.1/os-keypairs",
              "/v2.1/os-availability-zone/detail",
              "/v2.1/os-server-groups",
              "/v2.1/limits",
              "/v2.1/os-quota-sets/" + fake.projectId() + "/detail",
              "/v2.1/os-hypervisors/detail",
              "/v2.1/os-services",
              "/v2.1/servers/" + ID + "/os-instance-actions",
              "/v2.1/servers/" + ID + "/ips",
              "/v2.1/servers/" + ID + "/os-volume_attachments");
      for (String path : paths) {
        assertThat(nova.get("2.79", path).status).as(path).isEqualTo(200);
      }

      NovaUsage usage = fake.novaUsage();
      assertThat(usage.requests()).isEqualTo(paths.size());
      assertThat(usage.shows()).isZero();
      assertThat(usage.detailListings()).isZero();
      assertThat(usage.summaryListings()).isZero();
      assertThat(usage.modelledTime()).isEqualTo(Duration.ofMillis(3L * paths.size()));
    }
  }

  @Test
  void collections_answerInAProjectUrlToo_andRefuseWritesTheFakeDoesNotDo() {
    try (FakeCompute fake = FakeCompute.start()) {
      NovaCalls nova = new NovaCalls(fake);
      RawHttp.Reply limits = nova.get("2.1", "/v2.1/" + fake.projectId() + "/limits");
      RawHttp.Reply mismatch = nova.get("2.1", "/v2.1/0ee40000000040008000000000000002/limits");
      RawHttp.Reply post =
          nova.post("2.1", "/v2.1/os-keypairs", "{\"keypair\": {\"name\": \"k\"}}");

      assertThat(limits.status).isEqualTo(200);
      NovaCalls.assertFault(
          mismatch,
          400,
          "badRequest",
          "Malformed request URL: URL's project_id '0ee40000000040008000000000000002' doesn't"
              + " match Context's project_id '"
              + fake.projectId()
              + "'",
          "2.1");
      NovaCalls.assertFault(
          post, 405, "badMethod", "The method POST is not allowed for this resource.", "2.1");
    }
  }

  @Test
  void clear_forgetsKeypairsGroupsActionsAttachmentsAndConsoles_butKeepsFlavors() {
    try (FakeCompute fake = FakeCompute.start()) {
      NovaCalls nova = new NovaCalls(fake);
      fake.addServer(Server.builder().id(ID).name("web").host("compute-01").build())
          .addKeypair(
              "k",
              "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO38R2BZrG9ROwQgxxF/PETyBG5V3UnTcwkuiUM4iXyu",
              "ssh")
          .addServerGroup(
              ServerGroup.builder()
                  .id("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9")
                  .name("g")
                  .policy("affinity")
                  .build())
          .attachVolume(ID, "22222222-0000-4000-8000-000000000002", "/dev/vdb")
          .consoleOutput(ID, "hello");
      assertThat(nova.post("2.1", "/v2.1/servers/" + ID + "/action", "{\"lock\": null}").status)
          .isEqualTo(202);

      fake.clear();
      fake.addServer(Server.builder().id(ID).name("web").host("compute-01").build());

      assertThat(nova.get("2.1", "/v2.1/os-keypairs").json().get("keypairs")).isEmpty();
      assertThat(nova.get("2.1", "/v2.1/os-server-groups").json().get("server_groups")).isEmpty();
      assertThat(
              nova.get("2.1", "/v2.1/servers/" + ID + "/os-instance-actions")
                  .json()
                  .get("instanceActions"))
          .isEmpty();
      assertThat(
              nova.get("2.1", "/v2.1/servers/" + ID + "/os-volume_attachments")
                  .json()
                  .get("volumeAttachments"))
          .isEmpty();
      assertThat(
              nova.post("2.1", "/v2.1/servers/" + ID + "/action", "{\"os-getConsoleOutput\": {}}")
                  .json()
                  .get("output")
                  .asText())
          .startsWith("FAKE CONSOLE OUTPUT");
      assertThat(nova.get("2.1", "/v2.1/flavors").json().get("flavors")).hasSize(4);
    }
  }
}
