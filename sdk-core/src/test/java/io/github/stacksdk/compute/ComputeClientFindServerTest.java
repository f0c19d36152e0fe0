package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.assertSentGet;
import static io.github.stacksdk.compute.TestSupport.client;
import static io.github.stacksdk.compute.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.exception.AmbiguousServerException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code findServer} and {@code findServerSummary}: exact names and addresses. */
final class ComputeClientFindServerTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static String detail(String id, String name, String... addresses) {
    StringBuilder addrs = new StringBuilder();
    for (String a : addresses) {
      if (addrs.length() > 0) {
        addrs.append(", ");
      }
      addrs
          .append("{\"addr\": \"")
          .append(a)
          .append("\", \"version\": ")
          .append(a.contains(":") ? 6 : 4)
          .append("}");
    }
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + name
        + "\", \"status\": \"ACTIVE\", \"addresses\": {\"net\": ["
        + addrs
        + "]}, \"links\": [{\"rel\": \"self\", \"href\": \"http://nova/servers/"
        + id
        + "\"}]}";
  }

  private static String servers(String... servers) {
    return "{\"servers\": [" + String.join(", ", servers) + "]}";
  }

  @Test
  void findServer_byName_sendsTheNameEscapedAndAnchored_keepsTheExactOne() throws Exception {
    // A database may match case-insensitively: Nova then sends both.
    server.enqueue(json(200, servers(detail("a", "WEB.01 (old)"), detail("b", "web.01 (old)"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Optional<Server> found = compute.findServer(ServerMatch.name("web.01 (old)"));

      assertThat(found).map(Server::id).contains("b");
    }
    assertSentGet(
        server, "/v2.1/servers/detail", "limit=1000&name=%5Eweb%5C.01%20%5C%28old%5C%29%24");
  }

  @Test
  void findServer_twoWithTheName_throwsNamingBothIds() {
    server.enqueue(json(200, servers(detail("a", "web"), detail("b", "web"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThatThrownBy(() -> compute.findServer(ServerMatch.name("web")))
          .isInstanceOf(AmbiguousServerException.class)
          .hasMessage("2 servers match name \"web\": a, b")
          .satisfies(
              e ->
                  assertThat(((AmbiguousServerException) e).serverIds()).containsExactly("a", "b"));
    }
  }

  @Test
  void findServer_noneExact_isEmpty() throws Exception {
    server.enqueue(json(200, servers(detail("a", "web-1"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.findServer(ServerMatch.name("web"))).isEmpty();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&name=%5Eweb%24");
  }

  @Test
  void findServer_byIpv4_keepsTheServerWithThatExactAddress() throws Exception {
    // Neutron matches the address as a substring: 10.0.0.50 comes too.
    server.enqueue(
        json(200, servers(detail("a", "x", "10.0.0.50"), detail("b", "y", "10.0.0.5", "fd00::5"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.findServer(ServerMatch.ip(" 10.0.0.5 "))).map(Server::id).contains("b");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&ip=%5E10%5C.0%5C.0%5C.5%24");
  }

  @Test
  void findServer_byIpv6_inAnySpelling_sendsNovasSpelling() throws Exception {
    server.enqueue(json(200, servers(detail("a", "x", "10.0.0.5", "2001:db8::5"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.findServer(ServerMatch.ip("2001:DB8:0:0:0::5")))
          .map(Server::id)
          .contains("a");
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&ip6=%5E2001%3Adb8%3A%3A5%24");
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.5, 10.0.0.5",
    "2001:DB8::1, 2001:db8::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "0:0:0:0:0:0:0:1, ::1",
    "fe80:0:0:0:0:0:0:0, fe80::",
    "2001:db8:1:1:1:1:1:1, 2001:db8:1:1:1:1:1:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1"
  })
  void canonicalAddress_isRfc5952(String literal, String canonical) {
    assertThat(ServerMatch.canonicalAddress(literal)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "web-01", "10.0.0", "10.0.0.256", "fe80::1%eth0", "localhost", "::g"})
  void ip_notAnAddressLiteral_refusedWithoutALookup(String literal) {
    assertThatThrownBy(() -> ServerMatch.ip(literal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an IP address literal: " + literal);
  }

  @Test
  void name_empty_refused() {
    assertThatThrownBy(() -> ServerMatch.name("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findServerSummary_byName_usesTheIdListing() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"servers\": [{\"id\": \"a\", \"name\": \"Web\", \"links\": []},"
                + " {\"id\": \"b\", \"name\": \"web\", \"links\": []}]}"));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.findServerSummary(ServerMatch.name("web")))
          .map(ServerSummary::id)
          .contains("b");
    }
    assertSentGet(server, "/v2.1/servers", "limit=1000&name=%5Eweb%24");
  }

  @Test
  void findServerSummary_byIp_usesTheDetailListing_whichAloneHasAddresses() throws Exception {
    server.enqueue(json(200, servers(detail("b", "y", "10.0.0.5"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Optional<ServerSummary> found = compute.findServerSummary(ServerMatch.ip("10.0.0.5"));

      assertThat(found).map(ServerSummary::id).contains("b");
      assertThat(found.get().name()).contains("y");
      assertThat(found.get().links()).hasSize(1);
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&ip=%5E10%5C.0%5C.0%5C.5%24");
  }

  @Test
  void findServer_withinAScope_keepsItsFilters_dropsItsMarker() throws Exception {
    server.enqueue(json(200, servers(detail("a", "web"))));
    ListServersRequest scope =
        ListServersRequest.builder().allTenants(true).marker("m").name("other").build();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.findServer(ServerMatch.name("web").within(scope))).isPresent();
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&name=%5Eweb%24&all_tenants=true");
  }

  @Test
  void findServer_async_sameAsSync_andAmbiguityFailsTheFuture() throws Exception {
    server.enqueue(json(200, servers(detail("a", "web"))));
    server.enqueue(json(200, servers(detail("a", "db"), detail("b", "db"))));
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.async().findServer(ServerMatch.name("web")).get(5, TimeUnit.SECONDS))
          .map(Server::id)
          .contains("a");
      assertThat(compute.async().findServer(ServerMatch.name("db")))
          .failsWithin(5, TimeUnit.SECONDS)
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(AmbiguousServerException.class);
    }
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&name=%5Eweb%24");
    assertSentGet(server, "/v2.1/servers/detail", "limit=1000&name=%5Edb%24");
  }
}
