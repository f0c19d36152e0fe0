package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.internal.ServerGroupJson;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /os-server-groups}, and membership through the {@code group} hint, via raw HTTP. */
final class ServerGroupsTest {
  private static final String MEMBER = "member-token";
  private static final String OTHER_MEMBER = "other-member-token";
  private static final String OTHER_PROJECT = "0ee40000000040008000000000000002";
  private static final String WEB = "5bbcc3c4-1da2-4437-a48a-66f15b1b13f9";
  private static final String DB = "616fb98f-46ca-475e-917e-2563e5a8cd19";
  private static final String THEIRS = "7f1e5c2a-0000-4000-8000-000000000003";
  private static final String SERVER = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";

  private final FakeCompute fake =
      FakeCompute.builder()
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .addMemberToken(OTHER_MEMBER, OTHER_PROJECT)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @BeforeEach
  void seed() {
    fake.addServer(Server.builder().id(SERVER).name("web-01").statusAsString("ACTIVE").build());
    fake.addServerGroup(
            ServerGroup.builder()
                .id(WEB)
                .name("web")
                .policy("anti-affinity")
                .rules(Map.of("max_server_per_host", 3))
                .members(List.of(SERVER, "00000000-0000-4000-8000-00000000dead"))
                .build())
        .addServerGroup(
            ServerGroup.builder().id(DB).name("db").policies(List.of("affinity")).build())
        .addServerGroup(
            ServerGroup.builder()
                .id(THEIRS)
                .name("theirs")
                .policy("soft-affinity")
                .projectId(OTHER_PROJECT)
                .userId("someone")
                .build());
  }

  @AfterEach
  void close() {
    fake.close();
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("server_groups").forEach(g -> ids.add(g.get("id").asText()));
    return ids;
  }

  @Test
  void bodies_haveTheKeysOfNovasSamples_atEachMicroversion() {
    for (String v : List.of("2.1", "2.13", "2.64")) {
      String dir = v.equals("2.1") ? "os-server-groups/" : "os-server-groups/v" + v + "/";
      assertSameKeys(
          nova.get(v, "/v2.1/os-server-groups").json(),
          sample(dir + "server-groups-list-resp.json"),
          "rules");
      assertSameKeys(
          nova.get(v, "/v2.1/os-server-groups/" + WEB).json(),
          sample(dir + "server-groups-get-resp.json"),
          "rules");
    }
  }

  @Test
  void show_policiesBefore264_policyAndRulesFrom264_andOnlyExistingMembers() {
    JsonNode old = nova.get("2.1", "/v2.1/os-server-groups/" + WEB).json().get("server_group");
    JsonNode now = nova.get("2.64", "/v2.1/os-server-groups/" + WEB).json().get("server_group");

    assertThat(old.toString())
        .isEqualTo(
            "{\"id\":\""
                + WEB
                + "\",\"name\":\"web\",\"policies\":[\"anti-affinity\"],\"metadata\":{},"
                + "\"members\":[\""
                + SERVER
                + "\"]}");
    assertThat(RawHttp.keys(now))
        .containsExactly("id", "name", "policy", "rules", "members", "project_id", "user_id");
    assertThat(now.get("rules").toString()).isEqualTo("{\"max_server_per_host\":3}");
    assertThat(now.get("project_id").asText()).isEqualTo(FakeCompute.DEFAULT_PROJECT_ID);
    assertThat(now.get("user_id").asText()).isEqualTo(Keystone.USER_ID);

    ServerGroup read =
        NovaCalls.read(
            nova.get("2.64", "/v2.1/os-server-groups/" + WEB), ServerGroupJson::readBody);
    assertThat(read.policy()).contains("anti-affinity");
    assertThat(read.members()).containsExactly(SERVER);

    fake.deleteServer(SERVER);
    assertThat(nova.get("2.64", "/v2.1/os-server-groups/" + WEB).json().at("/server_group/members"))
        .isEmpty();
  }

  @Test
  void list_ownProject_allProjectsForAdminsOnly_limitAndOffsetWithoutLinks() {
    assertThat(ids(nova.get("2.13", "/v2.1/os-server-groups").json())).containsExactly(WEB, DB);
    assertThat(ids(nova.get("2.13", "/v2.1/os-server-groups?all_projects=True").json()))
        .containsExactly(WEB, DB, THEIRS);
    // Nova looks only at whether all_projects is there.
    assertThat(ids(nova.get("2.13", "/v2.1/os-server-groups?all_projects=0").json()))
        .containsExactly(WEB, DB, THEIRS);
    assertThat(ids(nova.get(MEMBER, "2.13", "/v2.1/os-server-groups?all_projects=1").json()))
        .containsExactly(WEB, DB);
    assertThat(ids(nova.get(OTHER_MEMBER, "2.13", "/v2.1/os-server-groups").json()))
        .containsExactly(THEIRS);
    JsonNode page = nova.get("2.13", "/v2.1/os-server-groups?all_projects&limit=1&offset=1").json();
    assertThat(ids(page)).containsExactly(DB);
    assertThat(RawHttp.keys(page)).containsExactly("server_groups");
    assertThat(ids(nova.get("2.13", "/v2.1/os-server-groups?limit=0").json()))
        .containsExactly(WEB, DB);
    assertThat(
            NovaCalls.read(
                nova.get("2.64", "/v2.1/os-server-groups"), ServerGroupJson::readListBody))
        .extracting(g -> g.name().orElse(""))
        .containsExactly("web", "db");
  }

  @Test
  void show_unknownIs404_anotherProjectsIs404ForAMember() {
    assertFault(
        nova.get("2.1", "/v2.1/os-server-groups/00000000-0000-0000-0000-000000000000"),
        404,
        "itemNotFound",
        "Instance group 00000000-0000-0000-0000-000000000000 could not be found.",
        "2.1");
    // InstanceGroup.get_by_uuid is scoped to a member's project: the group is not found.
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-server-groups/" + THEIRS),
        404,
        "itemNotFound",
        "Instance group " + THEIRS + " could not be found.",
        "2.1");
    assertThat(nova.get("2.1", "/v2.1/os-server-groups/" + THEIRS).status).isEqualTo(200);
  }

  @Test
  void unknownParameters_areRefusedFrom275() {
    assertFault(
        nova.get("2.75", "/v2.1/os-server-groups?name=web"),
        400,
        "badRequest",
        "Additional properties are not allowed ('name' was unexpected)",
        "2.75");
    assertFault(
        nova.get("2.1", "/v2.1/os-server-groups?offset=x"),
        400,
        "badRequest",
        "Invalid input for query parameters offset. Value: x. 'x' does not match '^[0-9]*$'",
        "2.1");
  }

  @Test
  void groupHint_makesTheNewServersMembers_andAnUnknownGroupIsA400() {
    String body =
        "{\"server\": {\"name\": \"db\", \"flavorRef\": \"1\", \"imageRef\":"
            + " \"7c9d2e1f-3b4a-4c5d-8e6f-0a1b2c3d4e5f\", \"networks\": \"none\","
            + " \"min_count\": 2}, \"os:scheduler_hints\": {\"group\": \""
            + DB
            + "\"}}";
    RawHttp.Reply created = nova.post("2.79", "/v2.1/servers", body);
    String first = created.json().at("/server/id").asText();

    JsonNode members =
        nova.get("2.79", "/v2.1/os-server-groups/" + DB).json().at("/server_group/members");
    assertThat(members).hasSize(2);
    assertThat(members.get(0).asText()).isEqualTo(first);
    assertThat(
            nova.get("2.71", "/v2.1/servers/" + first)
                .json()
                .at("/server/server_groups")
                .toString())
        .isEqualTo("[\"" + DB + "\"]");

    assertFault(
        nova.post(
            "2.79", "/v2.1/servers", body.replace(DB, "00000000-0000-0000-0000-000000000000")),
        400,
        "badRequest",
        "Instance group 00000000-0000-0000-0000-000000000000 could not be found.",
        "2.79");
    assertFault(
        nova.post("2.79", "/v2.1/servers", body.replace(DB, "db")),
        400,
        "badRequest",
        "Invalid input for field/attribute group. Value: db. 'db' is not a 'uuid'",
        "2.79");
  }

  @Test
  void seeding_refusesGroupsNovaWouldNotCreate() {
    assertThatThrownBy(
            () ->
                fake.addServerGroup(
                    ServerGroup.builder().id(DB).name("x").policy("spread").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spread");
    assertThatThrownBy(
            () ->
                fake.addServerGroup(
                    ServerGroup.builder()
                        .id(DB)
                        .name("x")
                        .policy("affinity")
                        .rules(Map.of("max_server_per_host", 2))
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Only anti-affinity policy supports rules.");
  }
}
