package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.exception.AuthenticationException;
import io.github.stacksdk.compute.model.Server;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The Keystone-authenticated API of the same Nova, with a real token. */
@EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
@EnabledIfEnvironmentVariable(named = "NOVA_IT_KEYSTONE_URL", matches = ".+")
final class KeystoneIT {

  private static ComputeClient.Builder keystoneClient() {
    return ComputeClient.builder()
        .endpoint(RealNova.keystoneEndpoint())
        .callTimeout(Duration.ofSeconds(60));
  }

  @Test
  void realToken_listsEveryProjectsServers_andPagesWithIt() {
    String token = RealNova.keystoneToken();
    try (ComputeClient compute = keystoneClient().token(token).build()) {
      // The seed's servers belong to noauth2's project names, not to Keystone's project ids.
      assertThat(compute.listServers().stream().count()).isZero();

      List<Server> all =
          compute.listServers(r -> r.allTenants(true).pageSize(5)).stream()
              .collect(Collectors.toList());
      Set<String> names =
          all.stream().map(Cloud::nameOf).collect(Collectors.toCollection(TreeSet::new));

      assertThat(all).hasSize(Seed.ADMIN.size() + Seed.DEMO.size());
      assertThat(names).containsAll(Seed.ADMIN).containsAll(Seed.DEMO);
      assertThat(compute.getServer(all.get(0).id()).id()).isEqualTo(all.get(0).id());
    }
  }

  /** The seed's admin user, by password, as python-openstackclient would log in. */
  static KeystoneAuth.Builder password() {
    return KeystoneAuth.builder()
        .authUrl(RealNova.keystoneUrl().orElseThrow())
        .username(RealNova.envOr("NOVA_IT_USERNAME", "admin"))
        .userDomainName("Default")
        .password(RealNova.envOr("NOVA_IT_PASSWORD", "admin"))
        .projectName(RealNova.envOr("NOVA_IT_PROJECT", "admin"))
        .projectDomainName("Default");
  }

  @Test
  void sdkKeystoneAuth_findsComputeInTheCatalog_andRenewsARevokedToken() {
    Cloud.Connections connections = new Cloud.Connections();
    try (ComputeClient compute =
        ComputeClient.builder()
            .keystone(password().build())
            .httpClient(connections.client())
            .build()) {
      assertThat(compute.endpoint().toString())
          .isEqualTo(RealNova.keystoneEndpoint().replaceAll("/+$", ""));
      assertThat(compute.listServers(r -> r.allTenants(true)).stream().count())
          .isEqualTo(Seed.ADMIN.size() + Seed.DEMO.size());
      int calls = connections.calls.get();

      // Revoke the SDK's token: Nova then answers 401, and the SDK must re-authenticate once.
      String sdkToken = connections.lastToken.get();
      RealNova.revoke(sdkToken);
      assertThat(
              compute.listServers(r -> r.allTenants(true).name("^web-01$")).stream()
                  .map(Cloud::nameOf))
          .containsExactly("web-01");
      assertThat(connections.calls.get() - calls)
          .as("refused GET, new token, GET again")
          .isEqualTo(3);
      assertThat(connections.lastToken.get()).isNotEqualTo(sdkToken);
    }
  }

  @Test
  void fromCloudsYaml_andFromEnvironment_reachTheSameCloud() {
    String cloud = System.getenv("NOVA_IT_CLOUD");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        cloud != null, "NOVA_IT_CLOUD (a clouds.yaml cloud) is not set");
    Map<String, String> env =
        Map.of(
            "OS_AUTH_URL",
            RealNova.keystoneUrl().orElseThrow(),
            "OS_USERNAME",
            RealNova.envOr("NOVA_IT_USERNAME", "admin"),
            "OS_PASSWORD",
            RealNova.envOr("NOVA_IT_PASSWORD", "admin"),
            "OS_USER_DOMAIN_NAME",
            "Default",
            "OS_PROJECT_NAME",
            RealNova.envOr("NOVA_IT_PROJECT", "admin"),
            "OS_PROJECT_DOMAIN_NAME",
            "Default",
            "OS_REGION_NAME",
            "RegionOne",
            "OS_COMPUTE_API_VERSION",
            "2.79");
    try (ComputeClient fromYaml = ComputeClient.fromCloudsYaml(cloud).build();
        ComputeClient fromEnv = ComputeClient.fromEnvironment(env).build()) {
      assertThat(fromYaml.endpoint()).isEqualTo(fromEnv.endpoint());
      assertThat(fromEnv.microversion()).contains("2.79");
      assertThat(
              fromYaml.listServers(r -> r.allTenants(true)).stream()
                  .map(Cloud::nameOf)
                  .collect(Collectors.toSet()))
          .isEqualTo(
              fromEnv.listServers(r -> r.allTenants(true)).stream()
                  .map(Cloud::nameOf)
                  .collect(Collectors.toSet()))
          .containsAll(Seed.ADMIN);
    }
  }

  @Test
  void sdkKeystoneAuth_wrongPassword_failsAtBuild() {
    assertThatThrownBy(
            () -> ComputeClient.builder().keystone(password().password("wrong").build()).build())
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401))
        .hasMessageNotContaining("wrong\"");
  }

  @Test
  void badToken_isAuthenticationException_withoutTheToken() {
    String bad = "gAAAAAB-not-a-real-token-" + System.nanoTime();
    try (ComputeClient compute = keystoneClient().token(bad).build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.faultMessage()).isNotEmpty();
              })
          .hasMessageNotContaining(bad);
    }
  }
}
