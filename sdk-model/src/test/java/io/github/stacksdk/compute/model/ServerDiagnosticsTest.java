package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.stacksdk.compute.model.diagnostics.CpuDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.DiskDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.MemoryDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.NicDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import io.github.stacksdk.compute.model.internal.ServerDiagnosticsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads Nova's {@code os-server-diagnostics} api-samples: the libvirt driver's own shape (2.1) and
 * the standard one (2.48).
 */
final class ServerDiagnosticsTest {
  private static final String DIR = "nova-api-samples/os-server-diagnostics";
  private static final String DRIVER_OWN = DIR + "/server-diagnostics-get-resp.json";
  private static final String STANDARD = DIR + "/v2.48/server-diagnostics-get-resp.json";

  private static ServerDiagnostics read(String json) {
    return NovaSamples.readBody(json, ServerDiagnosticsJson::readBody);
  }

  @Test
  void samples_allThere() {
    assertThat(NovaSamples.under(DIR)).containsExactly(DRIVER_OWN, STANDARD);
  }

  @Test
  void sample21_driverOwnShape_everyKeyInAdditionalProperties_noTypedValue() throws Exception {
    JsonNode sent = Fixtures.tree(DRIVER_OWN);
    ServerDiagnostics diagnostics = read(Fixtures.read(DRIVER_OWN));

    assertThat(diagnostics.additionalProperties()).hasSize(sent.size());
    for (Iterator<String> names = sent.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertThat(diagnostics.additionalProperties()).containsEntry(name, sent.get(name).asLong());
    }
    assertThat(diagnostics.additionalProperties())
        .contains(entry("cpu0_time", 17_300_000_000L), entry("vda_errors", -1L));
    assertThat(diagnostics)
        .isEqualTo(
            ServerDiagnostics.builder()
                .additionalProperties(diagnostics.additionalProperties())
                .build());
    assertThat(diagnostics.state()).isEmpty();
    assertThat(diagnostics.uptime()).isEmpty();
    assertThat(diagnostics.cpuDetails()).isEmpty();
    assertThat(diagnostics.memoryDetails()).isEmpty();

    String json = Fixtures.MAPPER.writeValueAsString(diagnostics);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, ServerDiagnostics.class)).isEqualTo(diagnostics);
  }

  @Test
  void sample248_standardShape_everyFieldRead_writtenBackAsSent_roundTripEqual() throws Exception {
    JsonNode sent = Fixtures.tree(STANDARD);
    ServerDiagnostics diagnostics = read(Fixtures.read(STANDARD));

    assertThat(diagnostics.state()).contains(sent.get("state").asText()).contains("running");
    assertThat(diagnostics.driver()).contains(sent.get("driver").asText()).contains("libvirt");
    assertThat(diagnostics.hypervisor()).contains(sent.get("hypervisor").asText());
    assertThat(diagnostics.hypervisorOs()).contains(sent.get("hypervisor_os").asText());
    assertThat(diagnostics.uptime()).contains(Duration.ofSeconds(sent.get("uptime").asLong()));
    assertThat(diagnostics.configDrive()).contains(sent.get("config_drive").asBoolean());
    assertThat(diagnostics.numCpus()).hasValue(sent.get("num_cpus").asInt());
    assertThat(diagnostics.numNics()).hasValue(sent.get("num_nics").asInt());
    assertThat(diagnostics.numDisks()).hasValue(sent.get("num_disks").asInt());
    assertThat(diagnostics.cpuDetails()).hasSize(sent.get("cpu_details").size());
    for (int i = 0; i < diagnostics.cpuDetails().size(); i++) {
      JsonNode cpu = sent.get("cpu_details").get(i);
      assertThat(diagnostics.cpuDetails().get(i))
          .isEqualTo(
              CpuDiagnostics.builder()
                  .id(cpu.get("id").asInt())
                  .time(Duration.ofNanos(cpu.get("time").asLong()))
                  .utilisation(cpu.get("utilisation").asInt())
                  .build());
    }
    assertThat(diagnostics.nicDetails()).hasSize(sent.get("nic_details").size());
    for (int i = 0; i < diagnostics.nicDetails().size(); i++) {
      JsonNode nic = sent.get("nic_details").get(i);
      assertThat(diagnostics.nicDetails().get(i))
          .isEqualTo(
              NicDiagnostics.builder()
                  .macAddress(nic.get("mac_address").asText())
                  .rxOctets(nic.get("rx_octets").asLong())
                  .rxErrors(nic.get("rx_errors").asLong())
                  .rxDrop(nic.get("rx_drop").asLong())
                  .rxPackets(nic.get("rx_packets").asLong())
                  .rxRate(nic.get("rx_rate").asLong())
                  .txOctets(nic.get("tx_octets").asLong())
                  .txErrors(nic.get("tx_errors").asLong())
                  .txDrop(nic.get("tx_drop").asLong())
                  .txPackets(nic.get("tx_packets").asLong())
                  .txRate(nic.get("tx_rate").asLong())
                  .build());
    }
    assertThat(diagnostics.diskDetails()).hasSize(sent.get("disk_details").size());
    for (int i = 0; i < diagnostics.diskDetails().size(); i++) {
      JsonNode disk = sent.get("disk_details").get(i);
      assertThat(diagnostics.diskDetails().get(i))
          .isEqualTo(
              DiskDiagnostics.builder()
                  .readBytes(disk.get("read_bytes").asLong())
                  .readRequests(disk.get("read_requests").asLong())
                  .writeBytes(disk.get("write_bytes").asLong())
                  .writeRequests(disk.get("write_requests").asLong())
                  .errorsCount(disk.get("errors_count").asLong())
                  .build());
    }
    assertThat(diagnostics.memoryDetails())
        .contains(
            MemoryDiagnostics.builder()
                .maximum(sent.get("memory_details").get("maximum").asLong())
                .used(sent.get("memory_details").get("used").asLong())
                .build());
    assertThat(diagnostics.additionalProperties()).isEmpty();

    String json = Fixtures.MAPPER.writeValueAsString(diagnostics);
    assertThat(Fixtures.MAPPER.readTree(json)).isEqualTo(sent);
    assertThat(Fixtures.MAPPER.readValue(json, ServerDiagnostics.class)).isEqualTo(diagnostics);
  }

  @Test
  void sample248_cpuTimeBeyond32Bits_everyValue() {
    ServerDiagnostics diagnostics = read(Fixtures.read(STANDARD));

    assertThat(diagnostics.cpuDetails().get(0).time())
        .contains(Duration.ofSeconds(17, 300_000_000));
    assertThat(diagnostics.uptime()).contains(Duration.ofSeconds(46664));
    assertThat(diagnostics.memoryDetails().get().maximum()).hasValue(524288);
    assertThat(diagnostics.nicDetails().get(0).macAddress()).contains("01:23:45:67:89:ab");
    assertThat(diagnostics.diskDetails().get(0).errorsCount()).hasValue(1);
  }

  @Test
  void read_standardShapeWithWhatTheDriverCannotTellAsNull_absent_writtenBackLessNulls()
      throws Exception {
    // As Nova renders a libvirt server without a tap device: every field, most of them null.
    String json =
        "{\"state\": \"running\", \"driver\": \"libvirt\", \"hypervisor\": \"kvm\","
            + " \"hypervisor_os\": \"linux\", \"uptime\": 12, \"config_drive\": false,"
            + " \"num_cpus\": 1, \"num_nics\": 1, \"num_disks\": 0,"
            + " \"cpu_details\": [{\"id\": 0, \"time\": 5, \"utilisation\": null}],"
            + " \"nic_details\": [{\"mac_address\": \"fa:16:3e:00:00:01\", \"rx_octets\": null,"
            + " \"rx_errors\": null, \"rx_drop\": null, \"rx_packets\": null, \"rx_rate\": null,"
            + " \"tx_octets\": null, \"tx_errors\": null, \"tx_drop\": null, \"tx_packets\": null,"
            + " \"tx_rate\": null}], \"disk_details\": [],"
            + " \"memory_details\": {\"maximum\": 0, \"used\": 0}}";

    ServerDiagnostics diagnostics = read(json);

    assertThat(diagnostics.cpuDetails().get(0).utilisation()).isEmpty();
    assertThat(diagnostics.nicDetails())
        .containsExactly(NicDiagnostics.builder().macAddress("fa:16:3e:00:00:01").build());
    assertThat(diagnostics.diskDetails()).isEmpty();
    assertThat(diagnostics.numDisks()).hasValue(0);
    assertThat(diagnostics.configDrive()).contains(false);
    assertThat(Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(diagnostics)))
        .isEqualTo(NovaSamples.withoutNulls(Fixtures.MAPPER.readTree(json)));
  }

  @Test
  void read_standardKeyLast_stillTheStandardShape() {
    ServerDiagnostics diagnostics =
        read("{\"state\": \"paused\", \"uptime\": \"7\", \"memory_details\": null}");

    assertThat(diagnostics.state()).contains("paused");
    assertThat(diagnostics.uptime()).contains(Duration.ofSeconds(7));
    assertThat(diagnostics.memoryDetails()).isEmpty();
    assertThat(diagnostics.additionalProperties()).isEmpty();
  }

  @Test
  void read_driverOwnShapeWithStandardNames_keptAsSent() throws Exception {
    // Without any *_details key the body is the driver's: even "state" and "uptime" are its own.
    String json =
        "{\"state\": 1, \"uptime\": {\"boot\": \"x\"}, \"vmware:overallCpuUsage\": 10,"
            + " \"vmware:guestHeartbeatStatus\": \"green\", \"n\": null}";

    ServerDiagnostics diagnostics = read(json);

    assertThat(diagnostics.state()).isEmpty();
    assertThat(diagnostics.uptime()).isEmpty();
    assertThat(diagnostics.additionalProperties())
        .containsOnly(
            entry("state", 1L),
            entry("uptime", Map.of("boot", "x")),
            entry("vmware:overallCpuUsage", 10L),
            entry("vmware:guestHeartbeatStatus", "green"));
    assertThat(
            Fixtures.MAPPER.readValue(
                Fixtures.MAPPER.writeValueAsString(diagnostics), ServerDiagnostics.class))
        .isEqualTo(diagnostics);
  }

  @Test
  void read_emptyObject_noValue() {
    assertThat(read("{}")).isEqualTo(ServerDiagnostics.builder().build());
  }

  @Test
  void read_valueOfTheWrongKind_failsNamingTheField() {
    assertThatThrownBy(() -> read("{\"cpu_details\": [], \"uptime\": {}}"))
        .hasCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("diagnostics.uptime");
    assertThatThrownBy(() -> read("{\"cpu_details\": [{\"time\": 1e30}]}"))
        .hasCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("diagnostics.cpu_details.time");
    assertThatThrownBy(() -> read("{\"nic_details\": {}}"))
        .hasCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("diagnostics.nic_details");
    assertThatThrownBy(() -> read("{\"memory_details\": [1]}"))
        .hasCauseInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("diagnostics.memory_details");
  }

  @Test
  void readBody_notOneObject_fails() {
    for (String body : new String[] {"null", "[]", "\"x\"", "{} {}", "{\"a\": 1", ""}) {
      assertThatThrownBy(() -> read(body))
          .as(body)
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(IOException.class);
    }
    assertThatThrownBy(() -> read("[]")).hasMessageContaining("a JSON object");
    assertThatThrownBy(() -> read("{} {}")).hasMessageContaining("the end of the body");
  }

  @Test
  void mapper_readsAndWritesThroughTheModelsAnnotations() throws Exception {
    ServerDiagnostics diagnostics =
        Fixtures.MAPPER.readValue(Fixtures.read(STANDARD), ServerDiagnostics.class);

    assertThat(diagnostics).isEqualTo(read(Fixtures.read(STANDARD)));
  }

  @Test
  void roundTrip_builtWithEveryField_equal() throws Exception {
    ServerDiagnostics diagnostics =
        ServerDiagnostics.builder()
            .state("suspended")
            .driver("vmwareapi")
            .hypervisor("esxi")
            .hypervisorOs("esxi")
            .uptime(Duration.ofDays(400))
            .configDrive(true)
            .numCpus(2)
            .numNics(1)
            .numDisks(1)
            .addCpuDetail(
                CpuDiagnostics.builder()
                    .id(0)
                    .time(Duration.ofNanos(Long.MAX_VALUE))
                    .utilisation(99)
                    .build())
            .addCpuDetail(CpuDiagnostics.builder().id(1).build())
            .addNicDetail(
                NicDiagnostics.builder()
                    .macAddress("fa:16:3e:00:00:02")
                    .rxOctets(Long.MAX_VALUE)
                    .rxErrors(1)
                    .rxDrop(2)
                    .rxPackets(3)
                    .rxRate(4)
                    .txOctets(5)
                    .txErrors(6)
                    .txDrop(7)
                    .txPackets(8)
                    .txRate(9)
                    .build())
            .addDiskDetail(
                DiskDiagnostics.builder()
                    .readBytes(1)
                    .readRequests(2)
                    .writeBytes(3)
                    .writeRequests(4)
                    .errorsCount(-1)
                    .build())
            .memoryDetails(MemoryDiagnostics.builder().maximum(4096).used(1024).build())
            .putAdditionalProperty("vendor:flag", true)
            .build();
    ServerDiagnostics onlyState = ServerDiagnostics.builder().state("running").build();

    assertThat(roundTrip(diagnostics)).isEqualTo(diagnostics);
    assertThat(roundTrip(onlyState)).isEqualTo(onlyState);
    assertThat(Fixtures.MAPPER.writeValueAsString(onlyState))
        .isEqualTo(
            "{\"state\":\"running\",\"cpu_details\":[],\"nic_details\":[],\"disk_details\":[]}");
  }

  @Test
  void additionalProperties_mutableValueGiven_frozen() {
    List<Object> list = new ArrayList<>(List.of("a"));
    ServerDiagnostics diagnostics =
        ServerDiagnostics.builder().putAdditionalProperty("x", list).build();

    list.add("b");

    assertThat(diagnostics.additionalProperties()).isEqualTo(Map.of("x", List.of("a")));
  }

  private static ServerDiagnostics roundTrip(ServerDiagnostics diagnostics) throws Exception {
    return Fixtures.MAPPER.readValue(
        Fixtures.MAPPER.writeValueAsString(diagnostics), ServerDiagnostics.class);
  }
}
