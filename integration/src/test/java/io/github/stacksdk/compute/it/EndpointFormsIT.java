package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint forms a catalog gives: with a project id in the path, and the legacy {@code /v2}
 * API. Nova accepts a project id in the path only when it looks like one (hex), so the noauth2
 * token here names a hex project.
 */
@EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
final class EndpointFormsIT {
  private static final String PROJECT = "0123456789abcdef0123456789abcdef";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/v2.1/", "/v2.1/" + PROJECT, "/v2/" + PROJECT, "/v2/" + PROJECT + "/"})
  void everyForm_pagesThroughAllServers(String path) {
    String root = RealNova.ENDPOINT.replaceAll("/v2(\\.1)?/*$", "");
    List<Page<Server>> pages = new ArrayList<>();
    try (ComputeClient compute =
        ComputeClient.builder()
            .endpoint(root + path)
            .token("admin:" + PROJECT)
            .callTimeout(Cloud.CALL_TIMEOUT)
            .build()) {
      compute.listServers(r -> r.allTenants(true).pageSize(5)).pages().forEach(pages::add);

      List<String> ids =
          pages.stream()
              .flatMap(p -> p.items().stream())
              .map(Server::id)
              .collect(Collectors.toList());
      assertThat(ids).doesNotHaveDuplicates().hasSize(Seed.ADMIN.size() + Seed.DEMO.size());
      assertThat(compute.getServer(ids.get(0)).id()).isEqualTo(ids.get(0));
    }
    // The legacy API answers without microversion headers; v2.1 declares 2.1.
    boolean legacy = path.startsWith("/v2/");
    assertThat(pages).allSatisfy(p -> assertThat(p.microversion().isPresent()).isEqualTo(!legacy));
  }
}
