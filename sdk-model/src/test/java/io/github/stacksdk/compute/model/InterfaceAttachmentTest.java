package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads upstream Nova's {@code os-interface} bodies (list and show, before and from 2.70). */
final class InterfaceAttachmentTest {

  private static final String LIST =
      "nova-api-samples/os-attach-interfaces/attach-interfaces-list-resp.json";
  private static final String SHOW =
      "nova-api-samples/os-attach-interfaces/attach-interfaces-show-resp.json";
  private static final String LIST_270 =
      "nova-api-samples/os-attach-interfaces/v2.70/attach-interfaces-list-resp.json";
  private static final String SHOW_270 =
      "nova-api-samples/os-attach-interfaces/v2.70/attach-interfaces-show-resp.json";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {LIST, SHOW})
  void novaBody21_everyField_noTag(String path) {
    List<InterfaceAttachment> attachments = Fixtures.interfaceAttachments(path);

    assertThat(attachments).hasSize(1);
    InterfaceAttachment attachment = attachments.get(0);
    assertThat(attachment.portId()).isEqualTo("ce531f90-199f-48c0-816c-13e38010b442");
    assertThat(attachment.networkId()).contains("3cb9bc59-5699-4588-a4b1-b87f96708bc6");
    assertThat(attachment.macAddress()).contains("fa:16:3e:4c:2c:30");
    assertThat(attachment.portState()).contains("ACTIVE");
    assertThat(attachment.fixedIps())
        .extracting(FixedIp::ipAddress, FixedIp::subnetId)
        .containsExactly(tuple("192.168.1.3", Optional.of("f8a6e8f8-c2ec-497c-9f23-da9616de54ef")));
    assertThat(attachment.tag()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {LIST_270, SHOW_270})
  void novaBody270_everyField_withTag(String path) {
    List<InterfaceAttachment> attachments = Fixtures.interfaceAttachments(path);

    assertThat(attachments).hasSize(1);
    InterfaceAttachment attachment = attachments.get(0);
    assertThat(attachment.portId()).isEqualTo("ce531f90-199f-48c0-816c-13e38010b442");
    assertThat(attachment.networkId()).contains("3cb9bc59-5699-4588-a4b1-b87f96708bc6");
    assertThat(attachment.macAddress()).contains("fa:16:3e:4c:2c:30");
    assertThat(attachment.portState()).contains("ACTIVE");
    assertThat(attachment.fixedIps())
        .extracting(FixedIp::ipAddress, FixedIp::subnetId)
        .containsExactly(tuple("192.168.1.3", Optional.of("f8a6e8f8-c2ec-497c-9f23-da9616de54ef")));
    assertThat(attachment.tag()).contains("public");
  }

  static Stream<String> fixturePaths() {
    return Stream.of(LIST, SHOW, LIST_270, SHOW_270);
  }

  static Stream<InterfaceAttachment> fixtureAttachments() {
    List<InterfaceAttachment> attachments = new ArrayList<>();
    fixturePaths().forEach(path -> attachments.addAll(Fixtures.interfaceAttachments(path)));
    return attachments.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("fixtureAttachments")
  void roundTrip_writtenAndReadBack_equal(InterfaceAttachment attachment) throws Exception {
    String json = Fixtures.MAPPER.writeValueAsString(attachment);

    InterfaceAttachment back = Fixtures.MAPPER.readValue(json, InterfaceAttachment.class);

    assertThat(back).isEqualTo(attachment);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixturePaths")
  void novaBody_writtenBack_sameObjectNovaSent(String path) {
    JsonNode body = Fixtures.tree(path);
    JsonNode sent =
        body.has("interfaceAttachments")
            ? body.get("interfaceAttachments").get(0)
            : body.get("interfaceAttachment");

    JsonNode written = Fixtures.MAPPER.valueToTree(Fixtures.interfaceAttachments(path).get(0));

    assertThat(written).isEqualTo(sent);
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    InterfaceAttachment attachment =
        InterfaceAttachment.builder()
            .portId("ce531f90-199f-48c0-816c-13e38010b442")
            .networkId("3cb9bc59-5699-4588-a4b1-b87f96708bc6")
            .macAddress("fa:16:3e:4c:2c:30")
            .portState("DOWN")
            .addFixedIp(
                FixedIp.builder()
                    .ipAddress("192.168.1.3")
                    .subnetId("f8a6e8f8-c2ec-497c-9f23-da9616de54ef")
                    .build())
            .addFixedIp(FixedIp.builder().ipAddress("2001:db8::3").build())
            .tag("public")
            .build();

    String json = Fixtures.MAPPER.writeValueAsString(attachment);
    InterfaceAttachment back = Fixtures.MAPPER.readValue(json, InterfaceAttachment.class);

    assertThat(back).isEqualTo(attachment);
    assertThat(back.portId()).isEqualTo("ce531f90-199f-48c0-816c-13e38010b442");
    assertThat(back.networkId()).contains("3cb9bc59-5699-4588-a4b1-b87f96708bc6");
    assertThat(back.macAddress()).contains("fa:16:3e:4c:2c:30");
    assertThat(back.portState()).contains("DOWN");
    assertThat(back.fixedIps())
        .extracting(FixedIp::ipAddress, FixedIp::subnetId)
        .containsExactly(
            tuple("192.168.1.3", Optional.of("f8a6e8f8-c2ec-497c-9f23-da9616de54ef")),
            tuple("2001:db8::3", Optional.empty()));
    assertThat(back.tag()).contains("public");
  }

  @Test
  void write_absentFields_leftOut() throws Exception {
    InterfaceAttachment attachment = InterfaceAttachment.builder().portId("port-1").build();

    String json = Fixtures.MAPPER.writeValueAsString(attachment);

    assertThat(json).isEqualTo("{\"port_id\":\"port-1\",\"fixed_ips\":[]}");
  }

  @Test
  void read_unknownFields_ignored() throws Exception {
    String json =
        "{\"port_id\": \"port-1\", \"net_id\": \"net-1\","
            + " \"FUTURE:extra\": {\"nested\": [1, {\"deep\": null}], \"flag\": true},"
            + " \"fixed_ips\": [{\"ip_address\": \"10.0.0.5\", \"subnet_id\": \"subnet-1\","
            + " \"extra\": [\"x\"]}],"
            + " \"mac_addr\": \"fa:16:3e:00:00:01\", \"port_state\": \"DOWN\", \"unknown\": 7}";

    InterfaceAttachment attachment = Fixtures.MAPPER.readValue(json, InterfaceAttachment.class);

    assertThat(attachment.portId()).isEqualTo("port-1");
    assertThat(attachment.networkId()).contains("net-1");
    assertThat(attachment.macAddress()).contains("fa:16:3e:00:00:01");
    assertThat(attachment.portState()).contains("DOWN");
    assertThat(attachment.fixedIps())
        .extracting(FixedIp::ipAddress, FixedIp::subnetId)
        .containsExactly(tuple("10.0.0.5", Optional.of("subnet-1")));
    assertThat(attachment.tag()).isEmpty();
  }

  @Test
  void read_fixedIpsNull_emptyList() throws Exception {
    String json = "{\"port_id\": \"port-1\", \"fixed_ips\": null, \"tag\": null}";

    InterfaceAttachment attachment = Fixtures.MAPPER.readValue(json, InterfaceAttachment.class);

    assertThat(attachment.fixedIps()).isNotNull().isEmpty();
    assertThat(attachment.portId()).isEqualTo("port-1");
    assertThat(attachment.networkId()).isEmpty();
    assertThat(attachment.macAddress()).isEmpty();
    assertThat(attachment.portState()).isEmpty();
    assertThat(attachment.tag()).isEmpty();
  }

  @Test
  void read_missingPortId_failsNamingTheField() {
    String json = "{\"net_id\": \"net-1\", \"mac_addr\": \"fa:16:3e:00:00:01\", \"fixed_ips\": []}";

    assertThatThrownBy(() -> Fixtures.MAPPER.readValue(json, InterfaceAttachment.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("portId", "port_id"));
  }

  @Test
  void read_fixedIpWithoutIpAddress_failsNamingTheField() {
    String json = "{\"port_id\": \"port-1\", \"fixed_ips\": [{\"subnet_id\": \"subnet-1\"}]}";

    assertThatThrownBy(() -> Fixtures.MAPPER.readValue(json, InterfaceAttachment.class))
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("ipAddress", "ip_address"));
  }
}
