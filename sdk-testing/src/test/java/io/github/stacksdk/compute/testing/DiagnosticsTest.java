package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.model.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /servers/{id}/diagnostics}, through raw HTTP. */
final class DiagnosticsTest {
  private static final String MEMBER = "member-token";
  private static final String RUNNING = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";
  private static final String STOPPED = "7b2e4fb5-3c1d-4a6f-8b2e-1d9f2c2c9d22";
  private static final String NOWHERE = "8c3f5ac6-4d2e-4b7a-9c3f-2eaf3d3dae33";

  private final FakeCompute fake =
      FakeCompute.builder().addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID).start();
  private final NovaCalls nova = new NovaCalls(fake);

  @BeforeEach
  void seed() {
    fake.addServer(
        Server.builder().id(RUNNING).name("a").host("compute-01").powerStateCode(1).build());
    fake.addServer(
        Server.builder().id(STOPPED).name("b").host("compute-01").powerStateCode(4).build());
    fake.addServer(Server.builder().id(NOWHERE).name("c").powerStateCode(0).build());
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void diagnostics_areTheFakeDriversFlatOnesBefore248_andItsObjectFrom248() {
    RawHttp.Reply flat = nova.get("2.47", "/v2.1/servers/" + RUNNING + "/diagnostics");
    RawHttp.Reply object = nova.get("2.48", "/v2.1/servers/" + RUNNING + "/diagnostics");

    // Nova's samples come from its functional tests, which run the same fake virt driver.
    assertThat(flat.json())
        .isEqualTo(sample("os-server-diagnostics/server-diagnostics-get-resp.json"));
    assertThat(object.json())
        .isEqualTo(sample("os-server-diagnostics/v2.48/server-diagnostics-get-resp.json"));
    assertThat(RawHttp.keys(object.json()))
        .containsExactly(
            "state",
            "driver",
            "hypervisor",
            "hypervisor_os",
            "uptime",
            "config_drive",
            "num_cpus",
            "num_nics",
            "num_disks",
            "disk_details",
            "cpu_details",
            "nic_details",
            "memory_details");
  }

  @Test
  void diagnostics_areForAdmins_andARunningServerOnAHost() {
    assertFault(
        nova.get(MEMBER, "2.48", "/v2.1/servers/" + RUNNING + "/diagnostics"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-server-diagnostics to be performed.",
        "2.48");
    assertFault(
        nova.get("2.48", "/v2.1/servers/" + STOPPED + "/diagnostics"),
        409,
        "conflictingRequest",
        "Cannot 'get_diagnostics' instance " + STOPPED + " while it is in power state shutdown",
        "2.48");
    assertFault(
        nova.get("2.48", "/v2.1/servers/" + NOWHERE + "/diagnostics"),
        409,
        "conflictingRequest",
        "Instance " + NOWHERE + " is not ready",
        "2.48");
    assertFault(
        nova.get("2.48", "/v2.1/servers/nope/diagnostics"),
        404,
        "itemNotFound",
        "Instance nope could not be found.",
        "2.48");
  }
}
