package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * What the SDK's credential hardening takes for granted, checked on the real Nova and Keystone:
 * they never redirect the SDK's calls (which it no longer follows), Keystone's token answer gives a
 * lifetime the client uses for many calls (its renewal margin is measured on Keystone's clock), and
 * the token request goes out once.
 */
@EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
@EnabledIfEnvironmentVariable(named = "NOVA_IT_KEYSTONE_URL", matches = ".+")
final class CredentialsIT {

  /** Every request the SDK sent, as {@code METHOD path -> status}, seen at the wire. */
  private static final class Exchanges {
    final List<String> all = new CopyOnWriteArrayList<>();

    OkHttpClient client() {
      return new OkHttpClient.Builder()
          .addNetworkInterceptor(
              chain -> {
                okhttp3.Response response = chain.proceed(chain.request());
                all.add(
                    chain.request().method()
                        + " "
                        + chain.request().url().encodedPath()
                        + " -> "
                        + response.code());
                return response;
              })
          .build();
    }

    List<String> tokenRequests() {
      return all.stream()
          .filter(e -> e.startsWith("POST ") && e.contains("/auth/tokens"))
          .collect(Collectors.toList());
    }
  }

  @Test
  void realCloud_neverRedirectsTheSdksCalls_andOneTokenServesThemAll() {
    Exchanges exchanges = new Exchanges();
    try (ComputeClient compute =
        ComputeClient.builder()
            .keystone(KeystoneIT.password().build())
            .httpClient(exchanges.client())
            .callTimeout(Cloud.CALL_TIMEOUT)
            .build()) {
      List<Server> servers =
          compute.listServers(r -> r.allTenants(true).pageSize(5)).stream()
              .collect(Collectors.toList());
      assertThat(servers).isNotEmpty();
      for (Server server : servers.subList(0, Math.min(10, servers.size()))) {
        assertThat(compute.getServer(server.id()).id()).isEqualTo(server.id());
      }
      assertThat(compute.versions()).isNotEmpty();
      assertThat(compute.listInterfaceAttachments(servers.get(0).id())).isNotNull();
    }

    assertThat(exchanges.all)
        .as("every exchange")
        .hasSizeGreaterThan(10)
        .allSatisfy(exchange -> assertThat(exchange).doesNotMatch(".* -> 3\\d\\d"));
    assertThat(exchanges.tokenRequests())
        .as("token requests")
        .singleElement()
        .asString()
        .matches("POST /(.+/)?v3/auth/tokens -> 201");
  }
}
