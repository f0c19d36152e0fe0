package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.NovaCalls.assertFault;
import static io.github.stacksdk.compute.testing.NovaCalls.assertSameKeys;
import static io.github.stacksdk.compute.testing.NovaCalls.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.internal.RemoteConsoleJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code os-getConsoleOutput} and the remote consoles, through raw HTTP. */
final class ConsolesTest {
  private static final String MEMBER = "member-token";
  private static final String OTHER = "other-member-token";
  private static final String ID = "6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11";
  private static final String SHELVED = "7b2e4fb5-3c1d-4a6f-8b2e-1d9f2c2c9d22";

  private final FakeCompute fake =
      FakeCompute.builder()
          .addMemberToken(MEMBER, FakeCompute.DEFAULT_PROJECT_ID)
          .addMemberToken(OTHER, "0ee40000000040008000000000000002")
          .start();
  private final NovaCalls nova = new NovaCalls(fake);

  @BeforeEach
  void seed() {
    fake.addServer(
        Server.builder()
            .id(ID)
            .name("web-01")
            .statusAsString("SHUTOFF")
            .vmStateAsString("stopped")
            .host("compute-01")
            .build());
    fake.addServer(
        Server.builder()
            .id(SHELVED)
            .name("web-02")
            .statusAsString("SHELVED_OFFLOADED")
            .vmStateAsString("shelved_offloaded")
            .build());
  }

  @AfterEach
  void close() {
    fake.close();
  }

  private RawHttp.Reply output(String token, String id, String body) {
    return nova.post(token, "2.1", "/v2.1/servers/" + id + "/action", body);
  }

  @Test
  void consoleOutput_isTheFakeDriversByDefault_evenWhenStopped() {
    RawHttp.Reply reply = output(MEMBER, ID, "{\"os-getConsoleOutput\": {}}");

    assertThat(reply.status).isEqualTo(200);
    assertSameKeys(reply.json(), sample("os-console-output/console-output-post-resp.json"));
    assertThat(reply.json().get("output").asText())
        .isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
    assertThat(NovaCalls.read(reply, RemoteConsoleJson::readOutputBody))
        .isEqualTo("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE");
  }

  @Test
  void consoleOutput_tailsTheSetText_andStripsControlCharacters() {
    fake.consoleOutput(ID, "one\r\ntwo\tx\u0007\nthree\nfour");

    assertThat(
            output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": 2}}")
                .json()
                .get("output")
                .asText())
        .isEqualTo("three\nfour");
    assertThat(
            output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": \"1\"}}")
                .json()
                .get("output")
                .asText())
        .isEqualTo("four");
    assertThat(
            output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": 0}}")
                .json()
                .get("output")
                .asText())
        .isEmpty();
    assertThat(
            output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": null}}")
                .json()
                .get("output")
                .asText())
        .isEqualTo("one\ntwo\tx\nthree\nfour");
    // The compute manager slices [-length:], so -1 drops the first line.
    assertThat(
            output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": -1}}")
                .json()
                .get("output")
                .asText())
        .isEqualTo("two\tx\nthree\nfour");
  }

  @Test
  void consoleOutput_badLengthsAndStates_asNovaAnswers() {
    assertFault(
        output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": \"ten\"}}"),
        400,
        "badRequest",
        "Invalid input for field/attribute length. Value: ten. 'ten' does not match '^-?[0-9]+$'",
        "2.1");
    assertFault(
        output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"length\": -2}}"),
        400,
        "badRequest",
        "Invalid input for field/attribute length. Value: -2. -2 is less than the minimum of -1",
        "2.1");
    assertFault(
        output(MEMBER, ID, "{\"os-getConsoleOutput\": {\"lines\": 2}}"),
        400,
        "badRequest",
        "Invalid input for field/attribute os-getConsoleOutput. Value: {'lines': 2}. Additional"
            + " properties are not allowed ('lines' was unexpected)",
        "2.1");
    // check_instance_host: an offloaded server has no host, so it is not ready.
    assertFault(
        output(MEMBER, SHELVED, "{\"os-getConsoleOutput\": {}}"),
        409,
        "conflictingRequest",
        "Instance " + SHELVED + " is not ready",
        "2.1");
    assertFault(
        output(OTHER, ID, "{\"os-getConsoleOutput\": {}}"),
        404,
        "itemNotFound",
        "Instance " + ID + " could not be found.",
        "2.1");
  }

  @Test
  void remoteConsole_from26_isNoVncOnTheFakesAddress_withANewToken() {
    String path = "/v2.1/servers/" + ID + "/remote-consoles";
    String body = "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\"}}";
    RawHttp.Reply first = nova.post(MEMBER, "2.6", path, body);
    RawHttp.Reply second = nova.post(MEMBER, "2.6", path, body);

    assertThat(first.status).isEqualTo(200);
    assertSameKeys(first.json(), sample("os-remote-consoles/v2.6/create-vnc-console-resp.json"));
    String url = first.json().at("/remote_console/url").asText();
    assertThat(url)
        .startsWith(fake.endpoint().replace("/v2.1", "") + "/vnc_auto.html?path=%3Ftoken%3D")
        .isNotEqualTo(second.json().at("/remote_console/url").asText());
    RemoteConsole console = NovaCalls.read(first, RemoteConsoleJson::readBody);
    assertThat(console.protocol()).contains("vnc");
    assertThat(console.type()).contains("novnc");
    assertThat(console.url()).isEqualTo(url);
  }

  @Test
  void remoteConsole_protocolsAndTypes_asNovasDefaultConfigurationAnswers() {
    String path = "/v2.1/servers/" + ID + "/remote-consoles";
    assertFault(
        nova.post(
            "2.6",
            path,
            "{\"remote_console\": {\"protocol\": \"spice\", \"type\": \"spice-html5\"}}"),
        400,
        "badRequest",
        "Unavailable console type spice-html5.",
        "2.6");
    assertFault(
        nova.post(
            "2.6", path, "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"xvpvnc\"}}"),
        400,
        "badRequest",
        "Invalid console type xvpvnc",
        "2.6");
    assertFault(
        nova.post(
            "2.6", path, "{\"remote_console\": {\"protocol\": \"mks\", \"type\": \"webmks\"}}"),
        400,
        "badRequest",
        "Invalid input for field/attribute protocol. Value: mks. 'mks' is not one of ['vnc',"
            + " 'spice', 'rdp', 'serial']",
        "2.6");
    assertFault(
        nova.post(
            "2.8", path, "{\"remote_console\": {\"protocol\": \"mks\", \"type\": \"webmks\"}}"),
        400,
        "badRequest",
        "Unavailable console type webmks.",
        "2.8");
    assertFault(
        nova.post("2.8", path, "{\"remote_console\": {\"protocol\": \"vnc\"}}"),
        400,
        "badRequest",
        "Invalid input for field/attribute remote_console. Value: {'protocol': 'vnc'}. 'type' is"
            + " a required property",
        "2.8");
    assertFault(
        nova.post(
            "2.5", path, "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\"}}"),
        404,
        "itemNotFound",
        "The resource could not be found.",
        "2.5");
    assertFault(
        nova.post(
            "2.6",
            "/v2.1/servers/" + SHELVED + "/remote-consoles",
            "{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\"}}"),
        409,
        "conflictingRequest",
        "Instance " + SHELVED + " is not ready",
        "2.6");
  }

  @Test
  void oldConsoleActions_before26_andGoneFrom26() {
    String path = "/v2.1/servers/" + ID + "/action";
    RawHttp.Reply vnc = nova.post("2.5", path, "{\"os-getVNCConsole\": {\"type\": \"novnc\"}}");

    assertThat(vnc.status).isEqualTo(200);
    assertSameKeys(vnc.json(), sample("os-remote-consoles/get-vnc-console-post-resp.json"));
    assertThat(vnc.json().at("/console/type").asText()).isEqualTo("novnc");
    assertFault(
        nova.post("2.5", path, "{\"os-getSerialConsole\": {\"type\": \"serial\"}}"),
        400,
        "badRequest",
        "Unavailable console type serial.",
        "2.5");
    assertFault(
        nova.post("2.6", path, "{\"os-getVNCConsole\": {\"type\": \"novnc\"}}"),
        404,
        "itemNotFound",
        "The resource could not be found.",
        "2.6");
  }
}
