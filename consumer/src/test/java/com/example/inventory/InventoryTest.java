package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.micrometer.ComputeMetrics;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.FakeRequest;
import io.github.stacksdk.compute.testing.SampleCloud;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The application against FakeCompute: on the class path (these tests' own), and on the module path
 * (the program, run as {@code java --module-path ... --module com.example.inventory/...}).
 */
class InventoryTest {
  private static final List<String> ACTIVE_WEB_SERVERS =
      IntStream.rangeClosed(1, 11)
          .mapToObj(i -> String.format("web-%02d", i))
          .collect(Collectors.toList());

  @Test
  void micrometerModule_fromTheBom_timesTheListing() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      try (ComputeClient compute =
          fake.clientBuilder().addListener(ComputeMetrics.of(registry)).build()) {
        assertEquals(ACTIVE_WEB_SERVERS, names(Inventory.activeWebServers(compute)));
      }
      assertEquals("/v2.1/servers/detail", fake.takeRequest().path());
    }
    assertEquals(
        1, registry.get("stacksdk.compute.operations").tag("operation", "servers.list").timer().count());
    assertEquals(
        3,
        registry.get("stacksdk.compute.operations").tag("operation", "servers.list.page").timer().count());
  }

  @Test
  void activeWebServers_sampleCloud_elevenServersInThreeRequests() {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      List<Server> servers;
      try (ComputeClient compute = fake.clientBuilder().build()) {
        servers = Inventory.activeWebServers(compute);
      }

      assertEquals(ACTIVE_WEB_SERVERS, names(servers));
      assertEquals(Optional.of(SampleCloud.IMAGE_UBUNTU), servers.get(0).image().map(i -> i.id()));

      FakeRequest first = fake.takeRequest();
      assertEquals("GET", first.method());
      assertEquals("/v2.1/servers/detail", first.path());
      assertEquals(Optional.of("ACTIVE"), first.queryParameter("status"));
      assertEquals(Optional.of("^web"), first.queryParameter("name"));
      assertEquals(Optional.of("display_name"), first.queryParameter("sort_key"));
      assertEquals(Optional.of("asc"), first.queryParameter("sort_dir"));
      assertEquals(Optional.of("5"), first.queryParameter("limit"));
      assertEquals(Optional.empty(), first.queryParameter("marker"));
      assertEquals(Optional.of(fake.token()), first.header("X-Auth-Token"));
      FakeRequest second = fake.takeRequest();
      assertEquals(Optional.of(servers.get(4).id()), second.queryParameter("marker"));
      FakeRequest third = fake.takeRequest();
      assertEquals(Optional.of(servers.get(9).id()), third.queryParameter("marker"));
      assertEquals(Optional.empty(), fake.pollRequest(Duration.ZERO));
    }
  }

  @Test
  void throughJackson_listedServer_readBackEqual() throws IOException {
    try (FakeCompute fake = FakeCompute.start()) {
      SampleCloud.populate(fake);
      Server server;
      try (ComputeClient compute = fake.clientBuilder().build()) {
        server = Inventory.activeWebServers(compute).get(0);
      }

      assertEquals(server, Inventory.throughJackson(server));
    }
  }

  @Test
  void main_onTheModulePath_listsTheServersThroughTheModulesExports() throws Exception {
    String modulePath = System.getProperty("inventory.modulePath");
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "--module",
                "com.example.inventory/com.example.inventory.Inventory")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the program ends");

    assertEquals(0, java.exitValue(), out);
    List<String> expected = new ArrayList<>(ACTIVE_WEB_SERVERS);
    expected.add("read back by Jackson: equal");
    expected.add(
        "module io.github.stacksdk.compute.model exports io.github.stacksdk.compute.model"
            + " io.github.stacksdk.compute.model.action io.github.stacksdk.compute.model.console"
            + " io.github.stacksdk.compute.model.diagnostics"
            + " io.github.stacksdk.compute.model.flavor io.github.stacksdk.compute.model.hypervisor"
            + " io.github.stacksdk.compute.model.keypair io.github.stacksdk.compute.model.quota"
            + " io.github.stacksdk.compute.model.servergroup io.github.stacksdk.compute.model.service"
            + " io.github.stacksdk.compute.model.volume io.github.stacksdk.compute.model.zone");
    expected.add(
        "module io.github.stacksdk.compute exports io.github.stacksdk.compute"
            + " io.github.stacksdk.compute.auth io.github.stacksdk.compute.event"
            + " io.github.stacksdk.compute.exception io.github.stacksdk.compute.lifecycle");
    expected.add(
        "module io.github.stacksdk.compute.testing exports io.github.stacksdk.compute.testing");
    assertEquals(expected, out.lines().collect(Collectors.toList()));
  }

  private static List<String> names(List<Server> servers) {
    return servers.stream().map(s -> s.name().orElse(s.id())).collect(Collectors.toList());
  }
}
