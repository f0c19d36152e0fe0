package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flavors section of docs/reads.md, run against FakeCompute: what it asks and finds. */
final class FlavorSnippetsTest {
  private FakeCompute fake;
  private ComputeClient compute;

  @BeforeEach
  void start() {
    fake = FakeCompute.start();
    fake.addFlavor(
            Flavor.builder()
                .id("10")
                .name("c1.pinned")
                .vcpus(4)
                .ram(8192)
                .disk(40)
                .isPublic(false)
                .build())
        .addFlavorAccess("10", "5f1a2b3c4d5e6f708192a3b4c5d6e7f8")
        .addFlavorExtraSpecs("10", Map.of("hw:cpu_policy", "dedicated"));
    compute =
        ComputeClient.builder()
            .endpoint(fake.endpoint())
            .token(fake.token())
            .microversion("2.79")
            .build();
  }

  @AfterEach
  void stop() {
    compute.close();
    fake.close();
  }

  @Test
  void list_filtersAndSortsOnNovasSide() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(FlavorSnippets.list(compute, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .containsExactly("m1.small 1x2048", "m1.medium 2x4096", "m1.large 4x8192");
    FakeRequest sent = fake.takeRequest();
    assertThat(sent.path()).isEqualTo("/v2.1/flavors/detail");
    assertThat(sent.query().orElseThrow())
        .isEqualTo("minRam=2048&minDisk=20&sort_key=memory_mb&sort_dir=asc");
  }

  @Test
  void find_byName_afterNoFlavorHasItAsId() {
    assertThat(FlavorSnippets.find(compute).id()).isEqualTo("2");
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/flavors/m1.small");
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/flavors/detail");
  }

  @Test
  void extraSpecs_andOneKey() {
    assertThat(FlavorSnippets.extraSpec(compute, "10")).contains("dedicated");
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/flavors/10/os-extra_specs");
    assertThat(fake.takeRequest().path())
        .isEqualTo("/v2.1/flavors/10/os-extra_specs/hw:cpu_policy");
  }

  @Test
  void access_ofThePrivateFlavors_asAnAdmin() {
    assertThat(FlavorSnippets.privateOnes(compute))
        .containsExactly("10 -> 5f1a2b3c4d5e6f708192a3b4c5d6e7f8");
    FakeRequest listed = fake.takeRequest();
    assertThat(listed.path()).isEqualTo("/v2.1/flavors/detail");
    assertThat(listed.query()).contains("is_public=false");
    assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/flavors/10/os-flavor-access");
  }
}
