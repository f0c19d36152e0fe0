package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
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
}
