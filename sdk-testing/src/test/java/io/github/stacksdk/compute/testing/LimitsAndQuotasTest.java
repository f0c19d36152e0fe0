package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.internal.LimitsJson;
import io.github.stacksdk.compute.model.internal.QuotaSetDetailJson;
import io.github.stacksdk.compute.model.internal.QuotaSetJson;
import io.github.stacksdk.compute.model.quota.Limits;
import io.github.stacksdk.compute.model.quota.QuotaSet;
import io.github.stacksdk.compute.model.quota.QuotaSetDetail;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /limits} and {@code /os-quota-sets}, tied to the fake's quotas, through raw HTTP. */
final class LimitsAndQuotasTest {
  private static final String MEMBER = "member-token";
  private static final String OTHER_PROJECT = "0ee40000000040008000000000000002";
  private static final String PROJECT = FakeCompute.DEFAULT_PROJECT_ID;

  private final FakeCompute fake =
      FakeCompute.builder()
          .quota(10, 20, 51200)
          .addMemberToken(MEMBER, PROJECT)
          .addToken("other-token", OTHER_PROJECT)
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  private static Server server(String id, String project, String status, int vcpus, int ram) {
    return Server.builder()
        .id(id)
        .name(id)
        .tenantId(project)
        .userId(Keystone.USER_ID)
        .statusAsString(status)
        .flavor(ServerFlavor.builder().vcpus(vcpus).ram(ram).build())
        .build();
  }

  @BeforeEach
  void seed() {
    fake.addServer(server("a", PROJECT, "ACTIVE", 1, 2048))
        .addServer(server("b", PROJECT, "SHUTOFF", 4, 8192))
        .addServer(server("c", PROJECT, "ERROR", 1, 512))
        .addServer(server("gone", PROJECT, "DELETED", 8, 16384))
        .addServer(server("later", PROJECT, "SOFT_DELETED", 8, 16384))
        .addServer(server("theirs", OTHER_PROJECT, "ACTIVE", 2, 4096))
        .addServerGroup(
            ServerGroup.builder()
                .id("5bbcc3c4-1da2-4437-a48a-66f15b1b13f9")
                .name("web")
                .policy("anti-affinity")
                .build());
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void limits_haveTheKeysOfNovasSamples_andDropTheirKeysAt236_239_257() {
    for (String v : List.of("2.1", "2.36", "2.39", "2.57")) {
      String path =
          v.equals("2.1") ? "limits/limit-get-resp.json" : "limits/v" + v + "/limit-get-resp.json";
      RawHttp.Reply reply = nova.get(v, "/v2.1/limits");
      assertThat(reply.status).isEqualTo(200);
      assertSameKeys(reply.json(), sample(path));
    }
  }

  @Test
  void limits_areTheQuotasAndTheProjectsCountedServers_inNovasOrder() {
    JsonNode absolute = nova.get("2.1", "/v2.1/limits").json().at("/limits/absolute");

    assertThat(RawHttp.keys(nova.get("2.1", "/v2.1/limits").json().get("limits")))
        .containsExactly("rate", "absolute");
    assertThat(RawHttp.keys(absolute))
        .containsExactly(
            "maxTotalInstances",
            "maxTotalCores",
            "maxTotalRAMSize",
            "maxServerMeta",
            "maxImageMeta",
            "maxPersonality",
            "maxPersonalitySize",
            "maxTotalKeypairs",
            "maxServerGroups",
            "maxServerGroupMembers",
            "maxTotalFloatingIps",
            "maxSecurityGroups",
            "maxSecurityGroupRules",
            "totalRAMUsed",
            "totalCoresUsed",
            "totalInstancesUsed",
            "totalFloatingIpsUsed",
            "totalSecurityGroupsUsed",
            "totalServerGroupsUsed");
    assertThat(absolute.get("maxTotalInstances").asInt()).isEqualTo(10);
    assertThat(absolute.get("maxTotalRAMSize").asInt()).isEqualTo(51200);
    assertThat(absolute.get("maxSecurityGroups").asInt()).isEqualTo(-1);
    // Deleted and soft-deleted servers do not count; ERROR ones do.
    assertThat(absolute.get("totalInstancesUsed").asInt()).isEqualTo(3);
    assertThat(absolute.get("totalCoresUsed").asInt()).isEqualTo(6);
    assertThat(absolute.get("totalRAMUsed").asInt()).isEqualTo(2048 + 8192 + 512);
    assertThat(absolute.get("totalServerGroupsUsed").asInt()).isEqualTo(1);

    Limits read = NovaCalls.read(nova.get("2.57", "/v2.1/limits"), LimitsJson::readBody);
    assertThat(read.absolute().totalCoresUsed()).hasValue(6);
    assertThat(read.absolute().maxImageMeta()).isEmpty();
    assertThat(read.rate()).isEmpty();
  }

  @Test
  void limits_followTheFakesQuota_andUnlimitedIsMinusOne() {
    fake.quota(-1, 5, -7);
    JsonNode absolute = nova.get("2.57", "/v2.1/limits").json().at("/limits/absolute");

    assertThat(absolute.get("maxTotalInstances").asInt()).isEqualTo(-1);
    assertThat(absolute.get("maxTotalCores").asInt()).isEqualTo(5);
    assertThat(absolute.get("maxTotalRAMSize").asInt()).isEqualTo(-1);
  }

  @Test
  void limits_tenantId_isAnAdminsLook_atAnotherProject() {
    JsonNode theirs =
        nova.get("2.1", "/v2.1/limits?tenant_id=" + OTHER_PROJECT).json().at("/limits/absolute");

    assertThat(theirs.get("totalInstancesUsed").asInt()).isEqualTo(1);
    assertThat(theirs.get("totalCoresUsed").asInt()).isEqualTo(2);
    assertThat(theirs.get("totalServerGroupsUsed").asInt()).isZero();
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/limits?tenant_id=" + PROJECT),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:limits:other_project to be performed.",
        "2.1");
    assertThat(
            nova.get(MEMBER, "2.1", "/v2.1/limits")
                .json()
                .at("/limits/absolute/totalInstancesUsed")
                .asInt())
        .isEqualTo(3);
    assertFault(
        nova.get("2.75", "/v2.1/limits?reserved=1"),
        400,
        "badRequest",
        "Additional properties are not allowed ('reserved' was unexpected)",
        "2.75");
  }

  @Test
  void quotaSets_haveTheKeysOfNovasSamples_atEachMicroversion() {
    for (String v : List.of("2.1", "2.36", "2.57")) {
      String dir = v.equals("2.1") ? "os-quota-sets/" : "os-quota-sets/v" + v + "/";
      String base = "/v2.1/os-quota-sets/" + PROJECT;
      assertSameKeys(nova.get(v, base).json(), sample(dir + "quotas-show-get-resp.json"));
      assertSameKeys(
          nova.get(v, base + "/detail").json(), sample(dir + "quotas-show-detail-get-resp.json"));
      assertSameKeys(
          nova.get(v, base + "/defaults").json(),
          sample(dir + "quotas-show-defaults-get-resp.json"));
    }
  }

  @Test
  void quotaSets_showTheFakesQuotas_andTheDetailWhatIsInUse() {
    JsonNode show = nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT).json().get("quota_set");
    JsonNode detail =
        nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT + "/detail").json().get("quota_set");

    assertThat(RawHttp.keys(show))
        .containsExactly(
            "id",
            "cores",
            "instances",
            "key_pairs",
            "metadata_items",
            "ram",
            "server_group_members",
            "server_groups");
    assertThat(show.get("id").asText()).isEqualTo(PROJECT);
    assertThat(show.get("instances").asInt()).isEqualTo(10);
    assertThat(detail.get("instances").toString())
        .isEqualTo("{\"limit\":10,\"in_use\":3,\"reserved\":0}");
    assertThat(detail.get("cores").get("in_use").asInt()).isEqualTo(6);
    assertThat(detail.get("server_groups").get("in_use").asInt()).isEqualTo(1);
    assertThat(detail.get("key_pairs").get("in_use").asInt()).isZero();

    QuotaSet set =
        NovaCalls.read(nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT), QuotaSetJson::readBody);
    assertThat(set.ram()).hasValue(51200);
    QuotaSetDetail read =
        NovaCalls.read(
            nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT + "/detail"),
            QuotaSetDetailJson::readBody);
    assertThat(read.ram()).isPresent();
  }

  @Test
  void quotaSets_userId_countsThatUsersServers() {
    JsonNode mine =
        nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT + "/detail?user_id=" + Keystone.USER_ID)
            .json()
            .get("quota_set");
    JsonNode nobody =
        nova.get("2.57", "/v2.1/os-quota-sets/" + PROJECT + "/detail?user_id=nobody")
            .json()
            .get("quota_set");

    assertThat(mine.at("/instances/in_use").asInt()).isEqualTo(3);
    assertThat(nobody.at("/instances/in_use").asInt()).isZero();
  }

  @Test
  void quotaSets_policyAndProjectChecks() {
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-quota-sets/" + OTHER_PROJECT),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-quota-sets:show to be performed.",
        "2.1");
    assertFault(
        nova.get(MEMBER, "2.1", "/v2.1/os-quota-sets/" + OTHER_PROJECT + "/detail"),
        403,
        "forbidden",
        "Policy doesn't allow os_compute_api:os-quota-sets:detail to be performed.",
        "2.1");
    assertThat(nova.get(MEMBER, "2.1", "/v2.1/os-quota-sets/" + OTHER_PROJECT + "/defaults").status)
        .isEqualTo(200);
    assertThat(nova.get(MEMBER, "2.1", "/v2.1/os-quota-sets/" + PROJECT).status).isEqualTo(200);
    assertFault(
        nova.get("2.1", "/v2.1/os-quota-sets/nosuchproject"),
        400,
        "badRequest",
        "Project ID nosuchproject is not a valid project.",
        "2.1");
    assertThat(nova.get("2.1", "/v2.1/os-quota-sets/" + OTHER_PROJECT).status).isEqualTo(200);
  }
}
