package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example of docs/testing.md, "Testing your code with FakeCompute", as written there. */
@ExtendWith(FakeComputeExtension.class)
final class TestingDocExampleTest {
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
}
