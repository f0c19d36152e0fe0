package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nova's next link, quirks included, and its limits. */
@ExtendWith(FakeComputeExtension.class)
final class PagingTest {
  /** The extension's fake for the current test, seeded with the sample cloud. */
  private FakeCompute fake;

  @BeforeEach
  void seed(FakeCompute fake) {
    this.fake = fake;
    SampleCloud.populate(fake);
  }

  @Test
  void nextLink_sortsTheParameters_keepsOneValueOfEach_andAppendsTheMarker() {
    RawHttp.Reply reply =
        RawHttp.get(
            fake,
            "/v2.1/servers/detail?status=SHUTOFF&status=ACTIVE&name=-0&limit=3&changes-since=2026-01-01T00:00:00%2B00:00");

    FakeRequest request = RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(request.queryParameters("status")).containsExactly("SHUTOFF", "ACTIVE");
    JsonNode servers = reply.json().get("servers");
    assertThat(servers).hasSize(3);
    String last = servers.get(2).get("id").asText();
    // Python's OrderedDict(sorted(params)) keeps the last of the sorted values: SHUTOFF.
    assertThat(reply.json().at("/servers_links/0/href").asText())
        .isEqualTo(
            fake.endpoint()
                + "/servers/detail?changes-since=2026-01-01T00%3A00%3A00%2B00%3A00&limit=3&name=-0&status=SHUTOFF&marker="
                + last);
    assertThat(reply.json().at("/servers_links/0/rel").asText()).isEqualTo("next");
  }

  @Test
  void nextLink_replacesAMarkerInPlace() {
    String first = RawHttp.get(fake, "/v2.1/servers?limit=1").json().at("/servers/0/id").asText();
    RawHttp.Reply reply =
        RawHttp.get(fake, "/v2.1/servers?marker=" + first + "&limit=2&all_tenants");
    RawHttp.assertGet(fake, "/v2.1/servers");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("marker")).contains(first);

    String last = reply.json().at("/servers/1/id").asText();
    assertThat(reply.json().at("/servers_links/0/href").asText())
        .isEqualTo(fake.endpoint() + "/servers?all_tenants=&limit=2&marker=" + last);
  }

  @Test
  void limitZeroOrAboveTheMaximum_isTheMaximum_andNoLimitGivesNoLink() {
    for (String limit : new String[] {"0", "5000", "99999999999999"}) {
      RawHttp.Reply reply = RawHttp.get(fake, "/v2.1/servers?limit=" + limit);
      assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("limit")).contains(limit);
      assertThat(reply.json().get("servers")).as(limit).hasSize(34);
      assertThat(reply.json().has("servers_links")).isFalse();
    }
  }

  @Test
  void exactlyFullLastPage_linksToAnEmptyPage() {
    RawHttp.Reply full = RawHttp.get(fake, "/v2.1/servers?limit=34");
    String next = full.json().at("/servers_links/0/href").asText();
    RawHttp.Reply empty =
        RawHttp.get(fake, next.substring(fake.endpoint().length() - "/v2.1".length()));
    RawHttp.assertGet(fake, "/v2.1/servers");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("marker"))
        .contains(full.json().at("/servers/33/id").asText());

    assertThat(full.json().get("servers")).hasSize(34);
    assertThat(empty.status).isEqualTo(200);
    assertThat(empty.json().toString()).isEqualTo("{\"servers\":[]}");
  }

  @Test
  void markerOfARemovedServer_continuesAfterItsPlace_whileTheServerStaysGone() {
    List<String> before = ids(RawHttp.get(fake, "/v2.1/servers/detail"));
    String fifth = before.get(4);
    assertThat(fake.removeServer(fifth)).isTrue();

    RawHttp.Reply next = RawHttp.get(fake, "/v2.1/servers/detail?limit=5&marker=" + fifth);
    RawHttp.Reply summaries = RawHttp.get(fake, "/v2.1/servers?marker=" + fifth);
    RawHttp.Reply show = RawHttp.get(fake, "/v2.1/servers/" + fifth);
    RawHttp.Reply all = RawHttp.get(fake, "/v2.1/servers/detail");

    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("marker"))
        .contains(fifth);
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("marker")).contains(fifth);
    RawHttp.assertGet(fake, "/v2.1/servers/" + fifth);
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(before).hasSize(34);
    assertThat(next.status).isEqualTo(200);
    assertThat(ids(next)).isEqualTo(before.subList(5, 10));
    assertThat(ids(summaries)).isEqualTo(before.subList(5, 34));
    assertThat(show.status).isEqualTo(404);
    assertThat(show.json().at("/itemNotFound/message").asText())
        .isEqualTo("Instance " + fifth + " could not be found.");
    assertThat(ids(all)).hasSize(33).doesNotContain(fifth);
    assertThat(fake.servers()).hasSize(36).noneMatch(s -> s.id().equals(fifth));
    assertThat(fake.toString()).contains("servers=36");
  }

  @Test
  void markerOfARemovedServer_keepsItsPlaceInAnotherSortOrder() {
    String byName = "/v2.1/servers?sort_key=display_name&sort_dir=asc";
    List<String> before = ids(RawHttp.get(fake, byName));
    String third = before.get(2);
    fake.removeServer(third);

    RawHttp.Reply next = RawHttp.get(fake, byName + "&limit=4&marker=" + third);

    RawHttp.assertGet(fake, "/v2.1/servers");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers").queryParameter("marker")).contains(third);
    assertThat(ids(next)).isEqualTo(before.subList(3, 7));
  }

  @Test
  void removedServerAddedAgain_isListedAgain_andLeavesNoTombstone() {
    Server server = fake.servers().get(0);
    fake.removeServer(server.id());
    fake.addServer(server);

    RawHttp.Reply show = RawHttp.get(fake, "/v2.1/servers/" + server.id());

    RawHttp.assertGet(fake, "/v2.1/servers/" + server.id());
    assertThat(show.status).isEqualTo(200);
    assertThat(show.json().at("/server/id").asText()).isEqualTo(server.id());
    assertThat(fake.removeServer(server.id())).isTrue();
    assertThat(fake.servers()).hasSize(36);
  }

  @Test
  void listServers_aServerRemovedBetweenPages_isSkipped_andTheListingGoesOn() {
    List<String> seen = new ArrayList<>();
    String removed;
    try (ComputeClient compute = fake.clientBuilder().build()) {
      Iterator<Server> servers = compute.listServers(r -> r.pageSize(5)).iterator();
      for (int i = 0; i < 5; i++) {
        seen.add(servers.next().id());
      }
      removed = seen.get(4);
      fake.removeServer(removed);
      servers.forEachRemaining(s -> seen.add(s.id()));
    }

    assertThat(seen).hasSize(34).doesNotHaveDuplicates();
    assertThat(seen.subList(5, 34)).doesNotContain(removed);
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    assertThat(RawHttp.assertGet(fake, "/v2.1/servers/detail").queryParameter("marker"))
        .contains(removed);
  }

  @Test
  void quotePlus_isPythons() {
    assertThat(Paging.quotePlus("^web-0[1-3]$ a~b_c.d")).isEqualTo("%5Eweb-0%5B1-3%5D%24+a~b_c.d");
    assertThat(Paging.quotePlus("é,/:")).isEqualTo("%C3%A9%2C%2F%3A");
  }

  private static List<String> ids(RawHttp.Reply reply) {
    assertThat(reply.status).as(reply.body).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode server : reply.json().get("servers")) {
      ids.add(server.get("id").asText());
    }
    return ids;
  }
}
