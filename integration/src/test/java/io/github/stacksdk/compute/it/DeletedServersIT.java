package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deleted servers as a watcher meets them, on each cloud: the body {@code changes-since} gives of
 * one to an admin and to a member of its project, the bounds and the clock of {@code
 * changes-since}, what a member may ask for, and purging. The fake models these from Nova's
 * source (FakeCompute's {@code deleteServer}); here the real Nova holds it to them.
 *
 * <p>The servers live in a project of their own, so that their deleted rows never reach the
 * seed's counted projects.
 */
final class DeletedServersIT {
  static final String PROJECT = "gone";
  private static final String SCOPE = "all_tenants=1&project_id=" + PROJECT;

  /** Every server of the project ever, deleted ones included. */
  private static final String EVER = "/servers/detail?changes-since=2000-01-01T00:00:00Z";

  @OnEachCloud
  void deletedServer_changesSinceGivesItsDeletedRow_toAdminAndMember(Cloud cloud) {
    String id = cloud.createServer(PROJECT, "gone-01");
    cloud.tagServer(PROJECT, id, "doomed");
    String member = Cloud.memberToken(PROJECT);
    JsonNode alive = server(get(cloud, member, "2.93", EVER), id);
    assertThat(alive.path("tags").toString()).isEqualTo("[\"doomed\"]");
    assertThat(alive.path("metadata").toString()).isEqualTo("{\"group\":\"gone\"}");

    cloud.deleteServer(PROJECT, id);

    Raw asAdmin = get(cloud, cloud.adminToken(), "2.93", EVER + "&" + SCOPE);
    Raw asMember = get(cloud, member, "2.93", EVER);
    for (Raw answer : List.of(asAdmin, asMember)) {
      JsonNode gone = server(answer, id);
      assertThat(gone.path("status").asText()).isEqualTo("DELETED");
      assertThat(gone.path("OS-EXT-STS:vm_state").asText()).isEqualTo("deleted");
      assertThat(gone.path("OS-EXT-STS:task_state").isNull()).isTrue();
      assertThat(gone.path("OS-EXT-STS:power_state").asInt(-1)).isZero();
      assertThat(gone.path("OS-SRV-USG:terminated_at").asText()).isNotEmpty();
      assertThat(gone.path("addresses").toString()).isEqualTo("{}");
      assertThat(gone.path("metadata").toString()).isEqualTo("{}");
      assertThat(gone.path("tags").toString()).isEqualTo("[]");
      assertThat(gone.path("os-extended-volumes:volumes_attached").toString()).isEqualTo("[]");
      assertThat(gone.has("security_groups")).isFalse();
      assertThat(gone.has("progress")).isFalse();
      assertThat(gone.path("flavor")).isEqualTo(alive.path("flavor"));
      assertThat(gone.path("name")).isEqualTo(alive.path("name"));
      // Stamped when the delete completed: the terminated_at second, at the latest.
      Instant updated = Instant.parse(gone.path("updated").asText());
      Instant terminated = Instant.parse(gone.path("OS-SRV-USG:terminated_at").asText() + "Z");
      assertThat(updated).isAfterOrEqualTo(terminated.truncatedTo(ChronoUnit.SECONDS));
      // The answer's Date, on the same clock, comes after the delete: Date is the second rounded
      // down; updated is rounded to the nearest second as MySQL stores it (the fake), or kept to
      // the microsecond and rendered rounded down (this Nova's SQLite), so at most 1 s ahead.
      assertThat(answer.date()).isAfterOrEqualTo(updated.minusSeconds(1));

      // changes-since is inclusive, at the second that updated keeps.
      assertThat(ids(get(cloud, member, "2.1", "/servers/detail?changes-since=" + updated)))
          .contains(id);
      assertThat(
              ids(
                  get(
                      cloud,
                      member,
                      "2.1",
                      "/servers/detail?changes-since=" + updated.plusSeconds(1))))
          .doesNotContain(id);
    }
    // An admin's status=DELETED lists deleted servers, whatever deleted says.
    assertThat(
            ids(
                get(
                    cloud,
                    cloud.adminToken(),
                    "2.1",
                    "/servers/detail?status=DELETED&deleted=false&" + SCOPE)))
        .contains(id);
    assertThat(ids(get(cloud, cloud.adminToken(), "2.1", "/servers/detail?" + SCOPE)))
        .doesNotContain(id);
  }

  @OnEachCloud
  void member_deletedIsDropped_andAdminOnlyRequestsAreRefused(Cloud cloud) {
    String doomed = cloud.createServer(PROJECT, "gone-02");
    String kept = cloud.createServer(PROJECT, "gone-03");
    try {
      cloud.deleteServer(PROJECT, doomed);
      String member = Cloud.memberToken(PROJECT);

      // Not a member's filter: dropped without a word, so the plain listing.
      assertThat(ids(get(cloud, member, "2.1", "/servers/detail?deleted=true")))
          .containsExactly(kept);
      for (String query : List.of("status=DELETED", "all_tenants=1", "sort_key=host")) {
        assertThat(get(cloud, member, "2.1", "/servers/detail?" + query).code)
            .as(query)
            .isEqualTo(403);
      }
    } finally {
      cloud.deleteServer(PROJECT, kept);
    }
  }

  @OnEachCloud
  void purgedServer_leavesChangesSince_andIsNoLongerAMarker(Cloud cloud) {
    String id = cloud.createServer(PROJECT, "gone-04");
    cloud.deleteServer(PROJECT, id);
    assertThat(ids(get(cloud, cloud.adminToken(), "2.1", EVER + "&" + SCOPE))).contains(id);

    cloud.purgeDeletedServers();

    assertThat(ids(get(cloud, cloud.adminToken(), "2.1", EVER + "&" + SCOPE))).doesNotContain(id);
    Raw marker = get(cloud, cloud.adminToken(), "2.1", "/servers/detail?marker=" + id);
    assertThat(marker.code).isEqualTo(400);
    assertThat(marker.body)
        .isEqualTo(
            "{\"badRequest\": {\"code\": 400, \"message\": \"marker [" + id + "] not found\"}}");
  }

  /** The same keys in the deleted server's body on both clouds, and the same refusals. */
  @EnabledIfEnvironmentVariable(named = "NOVA_IT_ENDPOINT", matches = ".+")
  @ParameterizedTest(name = "microversion {0}")
  @ValueSource(strings = {"2.1", "2.93"})
  void fakeAgreesWithNova_onDeletedBodyKeys_andMemberErrors(String microversion) {
    Cloud real = RealNova.INSTANCE;
    Cloud fake = FakeNova.INSTANCE;
    String onNova = createAndDelete(real, "gone-05");
    String onFake = createAndDelete(fake, "gone-05");
    String member = Cloud.memberToken(PROJECT);

    assertThat(keys(server(get(fake, fake.adminToken(), microversion, EVER + "&" + SCOPE), onFake)))
        .as("keys of the deleted server, admin")
        .isEqualTo(
            keys(server(get(real, real.adminToken(), microversion, EVER + "&" + SCOPE), onNova)));
    assertThat(keys(server(get(fake, member, microversion, EVER), onFake)))
        .as("keys of the deleted server, member")
        .isEqualTo(keys(server(get(real, member, microversion, EVER), onNova)));
    for (String query : List.of("status=DELETED", "all_tenants=1", "sort_key=host")) {
      Raw nova = get(real, member, microversion, "/servers/detail?" + query);
      Raw ours = get(fake, member, microversion, "/servers/detail?" + query);
      assertThat(ours.code + " " + ours.body).as(query).isEqualTo(nova.code + " " + nova.body);
    }
  }

  private static String createAndDelete(Cloud cloud, String name) {
    String id = cloud.createServer(PROJECT, name);
    cloud.deleteServer(PROJECT, id);
    return id;
  }

  /** An answer: status, body and the {@code Date} header. */
  private static final class Raw {
    final int code;
    final String body;
    final String dateHeader;

    Raw(int code, String body, String dateHeader) {
      this.code = code;
      this.body = body;
      this.dateHeader = dateHeader;
    }

    /** The {@code Date}, which must be in RFC 1123's form, in GMT. */
    Instant date() {
      assertThat(dateHeader)
          .matches(
              "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
      return ZonedDateTime.parse(dateHeader, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    JsonNode json() {
      assertThat(code).as("status of %s", body).isEqualTo(200);
      try {
        return Cloud.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Raw get(Cloud cloud, String token, String microversion, String pathAndQuery) {
    Request request =
        new Request.Builder()
            .url(cloud.endpoint() + pathAndQuery)
            .header("X-Auth-Token", token)
            .header("OpenStack-API-Version", "compute " + microversion)
            .build();
    try (Response response = Cloud.RAW.newCall(request).execute()) {
      return new Raw(response.code(), response.body().string(), response.header("Date"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode server(Raw answer, String id) {
    for (JsonNode server : answer.json().path("servers")) {
      if (server.path("id").asText().equals(id)) {
        return server;
      }
    }
    throw new AssertionError("no server " + id + " in " + answer.body);
  }

  private static List<String> ids(Raw answer) {
    List<String> ids = new ArrayList<>();
    answer.json().path("servers").forEach(s -> ids.add(s.path("id").asText()));
    return ids;
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }
}
