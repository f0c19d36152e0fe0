package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.internal.CreatedServerJson;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reads Nova's answers to {@code POST /servers}: the server, or only a reservation id. */
final class CreatedServerTest {

  private static final String CREATE_21 = "nova-api-samples/servers/server-create-resp.json";
  private static final String CREATE_257 = "nova-api-samples/servers/v2.57/server-create-resp.json";
  private static final String RESERVATION =
      "nova-api-samples/os-multiple-create/multiple-create-post-resp.json";

  private static CreatedServer read(String json) throws IOException {
    try (JsonParser p = ModelJson.factory().createParser(json)) {
      return CreatedServerJson.readBody(p);
    }
  }

  @Test
  void readBody_novaSample21_everyField() throws IOException {
    CreatedServer created = read(Fixtures.read(CREATE_21));

    assertThat(created.id()).contains("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
    assertThat(created.adminPass()).contains("6NpUwoz2QDRN");
    assertThat(created.diskConfig()).contains("AUTO");
    assertThat(created.securityGroups()).containsExactly("default");
    assertThat(created.links())
        .extracting(Link::rel, Link::href)
        .containsExactly(
            tuple(
                "self",
                "http://openstack.example.com/v2/openstack/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb"),
            tuple(
                "bookmark",
                "http://openstack.example.com/openstack/servers/f5dc173b-6804-445a-a6d8-c705dad5b5eb"));
    assertThat(created.reservationId()).isEmpty();
  }

  @Test
  void readBody_novaSample257_everyField() throws IOException {
    CreatedServer created = read(Fixtures.read(CREATE_257));

    assertThat(created.id()).contains("97108291-2fd7-4dc2-a909-eaae0306a6a9");
    assertThat(created.adminPass()).contains("S5wqy9sPYUvU");
    assertThat(created.diskConfig()).contains("AUTO");
    assertThat(created.securityGroups()).containsExactly("default");
    assertThat(created.links()).extracting(Link::rel).containsExactly("self", "bookmark");
    assertThat(created.links().get(0).href())
        .endsWith(
            "/v2.1/6f70656e737461636b20342065766572/servers/97108291-2fd7-4dc2-a909-eaae0306a6a9");
  }

  @Test
  void readBody_reservationIdSample_onlyReservationId() throws IOException {
    CreatedServer created = read(Fixtures.read(RESERVATION));

    assertThat(created.reservationId()).contains("r-3fhpjulh");
    assertThat(created.id()).isEmpty();
    assertThat(created.adminPass()).isEmpty();
    assertThat(created.links()).isEmpty();
    assertThat(created.securityGroups()).isEmpty();
    assertThat(created.diskConfig()).isEmpty();
  }

  @Test
  void readBody_unknownFields_ignored() throws IOException {
    CreatedServer created =
        read(
            "{\"server\": {\"id\": \"a\", \"future\": {\"x\": [1, {\"y\": 2}]},"
                + " \"security_groups\": [{\"name\": \"web\", \"id\": 7}]},"
                + " \"later\": [true]}");

    assertThat(created.id()).contains("a");
    assertThat(created.securityGroups()).containsExactly("web");
  }

  @Test
  void readBody_onlyId_optionalFieldsAbsent() throws IOException {
    CreatedServer created = read("{\"server\": {\"id\": \"a\"}}");

    assertThat(created.id()).contains("a");
    assertThat(created.adminPass()).isEmpty();
    assertThat(created.diskConfig()).isEmpty();
    assertThat(created.links()).isEmpty();
    assertThat(created.securityGroups()).isEmpty();
  }

  @Test
  void readBody_nullLists_empty() throws IOException {
    CreatedServer created =
        read("{\"server\": {\"id\": \"a\", \"links\": null, \"security_groups\": null}}");

    assertThat(created.links()).isEmpty();
    assertThat(created.securityGroups()).isEmpty();
  }

  @Test
  void readBody_neitherServerNorReservation_fails() {
    assertThatThrownBy(() -> read("{\"servers\": []}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("server");
  }

  @Test
  void readBody_serverNotObject_fails() {
    assertThatThrownBy(() -> read("{\"server\": \"a\"}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("server");
  }

  @Test
  void toString_adminPass_redacted() throws IOException {
    CreatedServer created = read(Fixtures.read(CREATE_21));

    assertThat(created.toString())
        .doesNotContain("6NpUwoz2QDRN")
        .contains("adminPass=****")
        .contains("f5dc173b-6804-445a-a6d8-c705dad5b5eb");
  }
}
