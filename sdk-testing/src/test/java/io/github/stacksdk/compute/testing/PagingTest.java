package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
  void quotePlus_isPythons() {
    assertThat(Paging.quotePlus("^web-0[1-3]$ a~b_c.d")).isEqualTo("%5Eweb-0%5B1-3%5D%24+a~b_c.d");
    assertThat(Paging.quotePlus("é,/:")).isEqualTo("%C3%A9%2C%2F%3A");
  }
}
