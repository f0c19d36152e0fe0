package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.internal.InstanceActionJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads Nova's {@code os-instance-actions} api-samples, from 2.1 to 2.84. */
final class InstanceActionTest {
  private static final String DIR = "nova-api-samples/os-instance-actions";

  static Stream<String> samples() {
    return NovaSamples.under(DIR).stream();
  }

  static Stream<String> showSamples() {
    return samples().filter(path -> path.contains("/instance-action-get"));
  }

  static Stream<String> listSamples() {
    return samples().filter(path -> path.contains("/instance-actions-list"));
  }

  private static List<InstanceAction> actions(String path) {
    String json = Fixtures.read(path);
    if (Fixtures.tree(path).has("instanceActions")) {
      return NovaSamples.readBody(json, InstanceActionJson::readPage).items();
    }
    return List.of(NovaSamples.readBody(json, InstanceActionJson::readBody));
  }

  private static List<JsonNode> nodes(String path) {
    return NovaSamples.nodes(path, "instanceActions", "instanceAction");
  }

  @Test
  void samples_allThere() {
    assertThat(showSamples()).hasSize(12);
    assertThat(listSamples()).hasSize(21);
    assertThat(samples()).hasSize(33);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_everyFieldRead_writtenBackAsSentLessNulls_roundTripEqual(String path)
      throws Exception {
    List<JsonNode> sent = nodes(path);
    List<InstanceAction> actions = actions(path);

    assertThat(actions).hasSameSizeAs(sent).isNotEmpty();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode node = sent.get(i);
      InstanceAction action = actions.get(i);
      assertThat(action.requestId()).isEqualTo(node.get("request_id").asText());
      assertThat(action.action()).contains(node.get("action").asText());
      assertThat(action.instanceUuid()).contains(node.get("instance_uuid").asText());
      assertThat(action.projectId()).contains(node.get("project_id").asText());
      assertThat(action.userId()).contains(node.get("user_id").asText());
      assertThat(action.message()).isEmpty();
      assertThat(action.startTime()).contains(Instant.parse(node.get("start_time").asText() + "Z"));
      if (NovaSamples.minor(path) >= 58) {
        assertThat(action.updatedAt())
            .contains(Instant.parse(node.get("updated_at").asText() + "Z"));
      } else {
        assertThat(action.updatedAt()).isEmpty();
      }
      assertThat(action.events()).hasSize(node.path("events").size());
      for (int j = 0; j < action.events().size(); j++) {
        InstanceActionEvent event = action.events().get(j);
        JsonNode sentEvent = node.get("events").get(j);
        assertThat(event.event()).isEqualTo(sentEvent.get("event").asText());
        assertThat(event.result()).contains(sentEvent.get("result").asText());
        assertThat(event.startTime())
            .contains(Instant.parse(sentEvent.get("start_time").asText() + "Z"));
        assertThat(event.finishTime())
            .contains(Instant.parse(sentEvent.get("finish_time").asText() + "Z"));
        assertThat(event.traceback()).isEmpty();
        assertThat(event.host()).isEqualTo(NovaSamples.optionalText(sentEvent, "host"));
        assertThat(event.hostId()).isEqualTo(NovaSamples.optionalText(sentEvent, "hostId"));
        assertThat(event.details()).isEmpty();
        assertThat(event.additionalProperties()).isEmpty();
      }
      assertThat(action.additionalProperties()).isEmpty();
      String json = Fixtures.MAPPER.writeValueAsString(action);
      assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(NovaSamples.withoutNulls(node));
      assertThat(Fixtures.MAPPER.readValue(json, InstanceAction.class)).isEqualTo(action);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("showSamples")
  void show_eventsAsTheCallerAndVersionAllow(String path) {
    InstanceAction action = actions(path).get(0);
    boolean admin = !path.contains("non-admin");
    int minor = NovaSamples.minor(path);

    assertThat(action.events()).hasSize(1);
    assertThat(action.events().get(0).event()).isEqualTo("compute_stop_instance");
    assertThat(action.events().get(0).hostId().isPresent()).isEqualTo(minor >= 62);
    assertThat(action.events().get(0).host().isPresent()).isEqualTo(admin && minor >= 62);
    assertThat(action.userId()).contains(admin ? "admin" : "fake");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listSamples")
  void list_noEvents_nextLinkOnlyWhenTheLimitFillsThePage(String path) {
    ModelBodies.Page<InstanceAction> page =
        NovaSamples.readBody(Fixtures.read(path), InstanceActionJson::readPage);

    assertThat(page.items()).isNotEmpty().allSatisfy(a -> assertThat(a.events()).isEmpty());
    assertThat(page.nextHref() != null).isEqualTo(path.endsWith("-with-limit-resp.json"));
  }

  @Test
  void sample21_show_everyField() {
    InstanceAction action = actions(DIR + "/instance-action-get-resp.json").get(0);

    assertThat(action.requestId()).isEqualTo("req-14122cb1-4256-4a16-a4f9-6faf494afaa7");
    assertThat(action.action()).contains("stop");
    assertThat(action.instanceUuid()).contains("e0a7ed34-899c-4b4d-8637-11ca627346ef");
    assertThat(action.message()).isEmpty();
    assertThat(action.projectId()).contains("6f70656e737461636b20342065766572");
    assertThat(action.userId()).contains("admin");
    assertThat(action.startTime()).contains(Instant.parse("2018-04-25T01:26:29.074293Z"));
    assertThat(action.updatedAt()).isEmpty();
    assertThat(action.events())
        .containsExactly(
            InstanceActionEvent.builder()
                .event("compute_stop_instance")
                .startTime(Instant.parse("2018-04-25T01:26:29.299627Z"))
                .finishTime(Instant.parse("2018-04-25T01:26:29.585618Z"))
                .result("Success")
                .build());
    assertThat(action.additionalProperties()).isEmpty();
  }

  @Test
  void sample284_adminShow_everyField() {
    InstanceAction action = actions(DIR + "/v2.84/instance-action-get-resp.json").get(0);

    assertThat(action.requestId()).isEqualTo("req-0d819d5c-1527-4669-bdf0-ffad31b5105b");
    assertThat(action.action()).contains("stop");
    assertThat(action.instanceUuid()).contains("4bf3473b-d550-4b65-9409-292d44ab14a2");
    assertThat(action.message()).isEmpty();
    assertThat(action.projectId()).contains("6f70656e737461636b20342065766572");
    assertThat(action.userId()).contains("admin");
    assertThat(action.startTime()).contains(Instant.parse("2018-04-25T01:26:36.341290Z"));
    assertThat(action.updatedAt()).contains(Instant.parse("2018-04-25T01:26:36.790544Z"));
    InstanceActionEvent event = action.events().get(0);
    assertThat(event.event()).isEqualTo("compute_stop_instance");
    assertThat(event.startTime()).contains(Instant.parse("2018-04-25T01:26:36.539271Z"));
    assertThat(event.finishTime()).contains(Instant.parse("2018-04-25T01:26:36.790544Z"));
    assertThat(event.result()).contains("Success");
    assertThat(event.traceback()).isEmpty();
    assertThat(event.host()).contains("compute");
    assertThat(event.hostId()).contains("2091634baaccdc4c5a1d57069c833e402921df696b7f970791b12ec6");
    assertThat(event.details()).isEmpty();
  }

  @Test
  void sample284_listWithLimit_nextHref() {
    ModelBodies.Page<InstanceAction> page =
        NovaSamples.readBody(
            Fixtures.read(DIR + "/v2.84/instance-actions-list-with-limit-resp.json"),
            InstanceActionJson::readPage);

    assertThat(page.items())
        .extracting(InstanceAction::requestId)
        .containsExactly("req-4dbefbb7-d743-4d42-b0a1-a79cbe256138");
    assertThat(page.nextHref())
        .isEqualTo(
            "http://openstack.example.com/v2.1/6f70656e737461636b20342065766572/servers/"
                + "ca3d3be5-1a40-427f-9515-f5e181f479d0/os-instance-actions?limit=1"
                + "&marker=req-4dbefbb7-d743-4d42-b0a1-a79cbe256138");
  }

  @Test
  void read_failedEvent_tracebackAndDetails() throws Exception {
    String json =
        "{\"request_id\": \"req-1\", \"action\": \"resize\", \"events\": [null,"
            + " {\"event\": \"compute_prep_resize\", \"result\": \"Error\","
            + " \"traceback\": \"Traceback (most recent call last):\\n...\","
            + " \"details\": \"No valid host was found.\", \"hostId\": \"\", \"host\": null,"
            + " \"finish_time\": null}]}";

    InstanceAction action = Fixtures.MAPPER.readValue(json, InstanceAction.class);

    InstanceActionEvent event = action.events().get(0);
    assertThat(action.events()).hasSize(1);
    assertThat(event.result()).contains("Error");
    assertThat(event.traceback()).contains("Traceback (most recent call last):\n...");
    assertThat(event.details()).contains("No valid host was found.");
    assertThat(event.hostId()).isEmpty();
    assertThat(event.host()).isEmpty();
    assertThat(event.finishTime()).isEmpty();
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(action), InstanceAction.class))
        .isEqualTo(action);
  }

  @Test
  void read_unknownFields_keptInAdditionalProperties() throws Exception {
    String json =
        "{\"request_id\": \"req-1\", \"vendor:tags\": [\"a\", null], \"gone\": null,"
            + " \"events\": [{\"event\": \"e\", \"FUTURE:x\": {\"n\": 1}, \"nothing\": null}]}";

    InstanceAction action = Fixtures.MAPPER.readValue(json, InstanceAction.class);

    assertThat(action.additionalProperties()).containsExactly(entry("vendor:tags", List.of("a")));
    assertThat(action.events().get(0).additionalProperties())
        .containsExactly(entry("FUTURE:x", Map.of("n", 1L)));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(action), InstanceAction.class))
        .isEqualTo(action);
  }

  @Test
  void read_onlyRequestId_everythingElseAbsent() throws Exception {
    InstanceAction action =
        Fixtures.MAPPER.readValue(
            "{\"request_id\": \"req-1\", \"events\": null, \"message\": null}",
            InstanceAction.class);

    assertThat(action.requestId()).isEqualTo("req-1");
    assertThat(action.action()).isEmpty();
    assertThat(action.instanceUuid()).isEmpty();
    assertThat(action.message()).isEmpty();
    assertThat(action.projectId()).isEmpty();
    assertThat(action.userId()).isEmpty();
    assertThat(action.startTime()).isEmpty();
    assertThat(action.updatedAt()).isEmpty();
    assertThat(action.events()).isEmpty();
    assertThat(action.additionalProperties()).isEmpty();
  }

  @Test
  void read_onlyEventName_everythingElseAbsent() throws Exception {
    InstanceAction action =
        Fixtures.MAPPER.readValue(
            "{\"request_id\": \"req-1\", \"events\": [{\"event\": \"e\"}]}", InstanceAction.class);

    InstanceActionEvent event = action.events().get(0);
    assertThat(event.event()).isEqualTo("e");
    assertThat(event.startTime()).isEmpty();
    assertThat(event.finishTime()).isEmpty();
    assertThat(event.result()).isEmpty();
    assertThat(event.traceback()).isEmpty();
    assertThat(event.host()).isEmpty();
    assertThat(event.hostId()).isEmpty();
    assertThat(event.details()).isEmpty();
    assertThat(event.additionalProperties()).isEmpty();
  }

  @Test
  void read_startTimeBeyondTheWritableYears_failsNamingTheField() {
    // An offset pushes the latest (or earliest) local time into a year only an Instant has, which
    // the zoneless form the action is written in cannot hold.
    for (String time :
        new String[] {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00+18:00"}) {
      assertThatThrownBy(
              () ->
                  Fixtures.MAPPER.readValue(
                      "{\"request_id\": \"r\", \"start_time\": \"" + time + "\"}",
                      InstanceAction.class))
          .as(time)
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("instanceAction.start_time");
    }
  }

  @Test
  void roundTrip_latestWritableStartTime_equal() throws Exception {
    InstanceAction latest =
        InstanceAction.builder()
            .requestId("r")
            .startTime(LocalDateTime.MAX.toInstant(ZoneOffset.UTC))
            .build();

    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(latest), InstanceAction.class))
        .isEqualTo(latest);
  }

  @Test
  void read_missingRequestId_failsNamingTheField() {
    assertThatThrownBy(
            () -> Fixtures.MAPPER.readValue("{\"action\": \"stop\"}", InstanceAction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("requestId");
  }

  @Test
  void read_eventWithoutName_failsNamingTheField() {
    assertThatThrownBy(
            () ->
                Fixtures.MAPPER.readValue(
                    "{\"request_id\": \"r\", \"events\": [{\"result\": \"Success\"}]}",
                    InstanceAction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("event");
  }

  @Test
  void readBody_withoutInstanceAction_fails() {
    assertThatThrownBy(
            () -> NovaSamples.readBody("{\"instanceActions\": []}", InstanceActionJson::readBody))
        .hasMessageContaining("instanceAction");
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    InstanceAction action =
        InstanceAction.builder()
            .requestId("req-1")
            .action("resize")
            .instanceUuid("i1")
            .message("Error")
            .projectId("p1")
            .userId("u1")
            .startTime(Instant.parse("2024-01-02T03:04:05.123456Z"))
            .updatedAt(Instant.parse("2024-01-02T03:04:06Z"))
            .addEvent(
                InstanceActionEvent.builder()
                    .event("compute_resize_instance")
                    .startTime(Instant.parse("2024-01-02T03:04:05.2Z"))
                    .finishTime(Instant.parse("2024-01-02T03:04:06Z"))
                    .result("Error")
                    .traceback("tb")
                    .host("c1")
                    .hostId("abc")
                    .details("boom")
                    .putAdditionalProperty("vendor:flag", true)
                    .build())
            .putAdditionalProperty("vendor:n", 2L)
            .build();

    InstanceAction back =
        Fixtures.MAPPER.readValue(Fixtures.MAPPER.writeValueAsString(action), InstanceAction.class);

    assertThat(back).isEqualTo(action);
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    InstanceAction action =
        InstanceAction.builder().requestId("r").putAdditionalProperty("x", list).build();
    InstanceActionEvent event =
        InstanceActionEvent.builder().event("e").putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(action.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
    assertThat(event.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }
}
