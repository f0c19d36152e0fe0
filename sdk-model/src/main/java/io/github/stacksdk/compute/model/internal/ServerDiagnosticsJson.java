package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.bool;
import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.longInteger;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.optionalInt;
import static io.github.stacksdk.compute.model.internal.JsonReading.optionalLong;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.stacksdk.compute.model.diagnostics.CpuDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.DiskDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.MemoryDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.NicDiagnostics;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@link ServerDiagnostics}: before 2.48 the virt driver's own object, from 2.48
 * {@code {"state", "driver", "hypervisor", "hypervisor_os", "uptime", "config_drive", "num_cpus",
 * "num_nics", "num_disks", "cpu_details": [{"id", "time", "utilisation"}], "nic_details":
 * [{"mac_address", "rx_octets", "rx_errors", "rx_drop", "rx_packets", "rx_rate", "tx_octets",
 * "tx_errors", "tx_drop", "tx_packets", "tx_rate"}], "disk_details": [{"read_bytes",
 * "read_requests", "write_bytes", "write_requests", "errors_count"}], "memory_details":
 * {"maximum", "used"}}}.
 */
public final class ServerDiagnosticsJson {
  /** The keys Nova sends from 2.48 on, always; no driver's own shape has them. */
  private static final Set<String> STANDARD_KEYS =
      Set.of("cpu_details", "nic_details", "disk_details", "memory_details");

  private ServerDiagnosticsJson() {}

  /**
   * The body of {@code GET /servers/{server_id}/diagnostics}: the object itself, without an
   * envelope, and nothing after it.
   */
  public static ServerDiagnostics readBody(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw mismatch(p, "body", "a JSON object");
    }
    ServerDiagnostics diagnostics = readObject(p);
    if (p.nextToken() != null) {
      throw mismatch(p, "body", "the end of the body");
    }
    return diagnostics;
  }

  /**
   * Reads the diagnostics object at the parser's current token, in the 2.48 shape or, when it is
   * the driver's own, into {@link ServerDiagnostics#additionalProperties()} only; null for JSON
   * null.
   */
  public static @Nullable ServerDiagnostics read(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : readObject(p);
  }

  private static ServerDiagnostics readObject(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME) {
      throw mismatch(p, "diagnostics", "an object");
    }
    // Which shape it is shows only in its keys, which may come last: copy it, then read the copy.
    TokenBuffer copy = new TokenBuffer(p, null);
    copy.writeStartObject();
    boolean standard = false;
    while (token == JsonToken.FIELD_NAME) {
      standard |= STANDARD_KEYS.contains(p.currentName());
      copy.copyCurrentStructure(p);
      token = p.nextToken();
    }
    if (token != JsonToken.END_OBJECT) {
      throw mismatch(p, "diagnostics", "an object");
    }
    copy.writeEndObject();
    try (JsonParser replay = copy.asParser(p)) {
      replay.nextToken();
      return standard ? readStandard(replay) : readDriverOwn(replay);
    }
  }

  private static ServerDiagnostics readDriverOwn(JsonParser p) throws IOException {
    ServerDiagnostics.Builder b = ServerDiagnostics.builder();
    for (String name = firstField(p, "diagnostics");
        name != null;
        name = nextField(p, "diagnostics")) {
      Object value = UntypedJson.read(p);
      if (value != null) {
        b.putAdditionalProperty(name, value);
      }
    }
    return build(p, "diagnostics", b::build);
  }

  private static ServerDiagnostics readStandard(JsonParser p) throws IOException {
    ServerDiagnostics.Builder b = ServerDiagnostics.builder();
    for (String name = firstField(p, "diagnostics");
        name != null;
        name = nextField(p, "diagnostics")) {
      switch (name) {
        case "state":
          b.state(sharedString(p, "diagnostics.state"));
          break;
        case "driver":
          b.driver(sharedString(p, "diagnostics.driver"));
          break;
        case "hypervisor":
          b.hypervisor(sharedString(p, "diagnostics.hypervisor"));
          break;
        case "hypervisor_os":
          b.hypervisorOs(sharedString(p, "diagnostics.hypervisor_os"));
          break;
        case "uptime":
          {
            Long seconds = longInteger(p, "diagnostics.uptime");
            if (seconds != null) {
              b.uptime(Duration.ofSeconds(seconds));
            }
            break;
          }
        case "config_drive":
          b.configDrive(bool(p, "diagnostics.config_drive"));
          break;
        case "num_cpus":
          b.numCpus(optionalInt(integer(p, "diagnostics.num_cpus")));
          break;
        case "num_nics":
          b.numNics(optionalInt(integer(p, "diagnostics.num_nics")));
          break;
        case "num_disks":
          b.numDisks(optionalInt(integer(p, "diagnostics.num_disks")));
          break;
        case "cpu_details":
          for (boolean more = firstElement(p, "diagnostics.cpu_details");
              more;
              more = nextElement(p)) {
            b.addCpuDetail(readCpu(p));
          }
          break;
        case "nic_details":
          for (boolean more = firstElement(p, "diagnostics.nic_details");
              more;
              more = nextElement(p)) {
            b.addNicDetail(readNic(p));
          }
          break;
        case "disk_details":
          for (boolean more = firstElement(p, "diagnostics.disk_details");
              more;
              more = nextElement(p)) {
            b.addDiskDetail(readDisk(p));
          }
          break;
        case "memory_details":
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            b.memoryDetails(readMemory(p));
          }
          break;
        default:
          {
            Object value = UntypedJson.read(p);
            if (value != null) {
              b.putAdditionalProperty(name, value);
            }
          }
      }
    }
    return build(p, "diagnostics", b::build);
  }

  private static CpuDiagnostics readCpu(JsonParser p) throws IOException {
    CpuDiagnostics.Builder b = CpuDiagnostics.builder();
    String path = "diagnostics.cpu_details";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "id":
          b.id(optionalInt(integer(p, path + ".id")));
          break;
        case "time":
          {
            Long nanos = longInteger(p, path + ".time");
            if (nanos != null) {
              b.time(Duration.ofNanos(nanos));
            }
            break;
          }
        case "utilisation":
          b.utilisation(optionalInt(integer(p, path + ".utilisation")));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  private static NicDiagnostics readNic(JsonParser p) throws IOException {
    NicDiagnostics.Builder b = NicDiagnostics.builder();
    String path = "diagnostics.nic_details";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "mac_address":
          b.macAddress(string(p, path + ".mac_address"));
          break;
        case "rx_octets":
          b.rxOctets(optionalLong(longInteger(p, path + ".rx_octets")));
          break;
        case "rx_errors":
          b.rxErrors(optionalLong(longInteger(p, path + ".rx_errors")));
          break;
        case "rx_drop":
          b.rxDrop(optionalLong(longInteger(p, path + ".rx_drop")));
          break;
        case "rx_packets":
          b.rxPackets(optionalLong(longInteger(p, path + ".rx_packets")));
          break;
        case "rx_rate":
          b.rxRate(optionalLong(longInteger(p, path + ".rx_rate")));
          break;
        case "tx_octets":
          b.txOctets(optionalLong(longInteger(p, path + ".tx_octets")));
          break;
        case "tx_errors":
          b.txErrors(optionalLong(longInteger(p, path + ".tx_errors")));
          break;
        case "tx_drop":
          b.txDrop(optionalLong(longInteger(p, path + ".tx_drop")));
          break;
        case "tx_packets":
          b.txPackets(optionalLong(longInteger(p, path + ".tx_packets")));
          break;
        case "tx_rate":
          b.txRate(optionalLong(longInteger(p, path + ".tx_rate")));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  private static DiskDiagnostics readDisk(JsonParser p) throws IOException {
    DiskDiagnostics.Builder b = DiskDiagnostics.builder();
    String path = "diagnostics.disk_details";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "read_bytes":
          b.readBytes(optionalLong(longInteger(p, path + ".read_bytes")));
          break;
        case "read_requests":
          b.readRequests(optionalLong(longInteger(p, path + ".read_requests")));
          break;
        case "write_bytes":
          b.writeBytes(optionalLong(longInteger(p, path + ".write_bytes")));
          break;
        case "write_requests":
          b.writeRequests(optionalLong(longInteger(p, path + ".write_requests")));
          break;
        case "errors_count":
          b.errorsCount(optionalLong(longInteger(p, path + ".errors_count")));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  private static MemoryDiagnostics readMemory(JsonParser p) throws IOException {
    MemoryDiagnostics.Builder b = MemoryDiagnostics.builder();
    String path = "diagnostics.memory_details";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "maximum":
          b.maximum(optionalLong(longInteger(p, path + ".maximum")));
          break;
        case "used":
          b.used(optionalLong(longInteger(p, path + ".used")));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  /**
   * Writes diagnostics as Nova sends them: in the 2.48 shape (with the three detail arrays, even
   * when empty, which mark it) when any typed value is present, else only the driver's own keys
   * of {@link ServerDiagnostics#additionalProperties()}. Absent fields are left out.
   */
  public static void write(ServerDiagnostics diagnostics, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (isStandard(diagnostics)) {
      JsonWriting.string(g, "state", diagnostics.state());
      JsonWriting.string(g, "driver", diagnostics.driver());
      JsonWriting.string(g, "hypervisor", diagnostics.hypervisor());
      JsonWriting.string(g, "hypervisor_os", diagnostics.hypervisorOs());
      JsonWriting.longInteger(g, "uptime", seconds(diagnostics.uptime()));
      JsonWriting.bool(g, "config_drive", diagnostics.configDrive());
      JsonWriting.integer(g, "num_cpus", diagnostics.numCpus());
      JsonWriting.integer(g, "num_nics", diagnostics.numNics());
      JsonWriting.integer(g, "num_disks", diagnostics.numDisks());
      JsonWriting.array(
          g, "cpu_details", diagnostics.cpuDetails(), ServerDiagnosticsJson::writeCpu);
      JsonWriting.array(
          g, "nic_details", diagnostics.nicDetails(), ServerDiagnosticsJson::writeNic);
      JsonWriting.array(
          g, "disk_details", diagnostics.diskDetails(), ServerDiagnosticsJson::writeDisk);
      if (diagnostics.memoryDetails().isPresent()) {
        MemoryDiagnostics memory = diagnostics.memoryDetails().get();
        g.writeObjectFieldStart("memory_details");
        JsonWriting.longInteger(g, "maximum", memory.maximum());
        JsonWriting.longInteger(g, "used", memory.used());
        g.writeEndObject();
      }
    }
    JsonWriting.additionalProperties(g, diagnostics.additionalProperties());
    g.writeEndObject();
  }

  private static boolean isStandard(ServerDiagnostics d) {
    return d.state().isPresent()
        || d.driver().isPresent()
        || d.hypervisor().isPresent()
        || d.hypervisorOs().isPresent()
        || d.uptime().isPresent()
        || d.configDrive().isPresent()
        || d.numCpus().isPresent()
        || d.numNics().isPresent()
        || d.numDisks().isPresent()
        || !d.cpuDetails().isEmpty()
        || !d.nicDetails().isEmpty()
        || !d.diskDetails().isEmpty()
        || d.memoryDetails().isPresent();
  }

  private static OptionalLong seconds(Optional<Duration> duration) {
    return duration.isPresent()
        ? OptionalLong.of(duration.get().toSeconds())
        : OptionalLong.empty();
  }

  private static void writeCpu(CpuDiagnostics cpu, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.integer(g, "id", cpu.id());
    if (cpu.time().isPresent()) {
      // Nanoseconds, as sent; a Duration read from a long always fits one again.
      g.writeNumberField("time", nanos(cpu.time().get()));
    }
    JsonWriting.integer(g, "utilisation", cpu.utilisation());
    g.writeEndObject();
  }

  /** The nanoseconds of a duration, saturated at the ends of {@code long}. */
  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static void writeNic(NicDiagnostics nic, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.string(g, "mac_address", nic.macAddress());
    JsonWriting.longInteger(g, "rx_octets", nic.rxOctets());
    JsonWriting.longInteger(g, "rx_errors", nic.rxErrors());
    JsonWriting.longInteger(g, "rx_drop", nic.rxDrop());
    JsonWriting.longInteger(g, "rx_packets", nic.rxPackets());
    JsonWriting.longInteger(g, "rx_rate", nic.rxRate());
    JsonWriting.longInteger(g, "tx_octets", nic.txOctets());
    JsonWriting.longInteger(g, "tx_errors", nic.txErrors());
    JsonWriting.longInteger(g, "tx_drop", nic.txDrop());
    JsonWriting.longInteger(g, "tx_packets", nic.txPackets());
    JsonWriting.longInteger(g, "tx_rate", nic.txRate());
    g.writeEndObject();
  }

  private static void writeDisk(DiskDiagnostics disk, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.longInteger(g, "read_bytes", disk.readBytes());
    JsonWriting.longInteger(g, "read_requests", disk.readRequests());
    JsonWriting.longInteger(g, "write_bytes", disk.writeBytes());
    JsonWriting.longInteger(g, "write_requests", disk.writeRequests());
    JsonWriting.longInteger(g, "errors_count", disk.errorsCount());
    g.writeEndObject();
  }

  /** Lets Jackson read {@link ServerDiagnostics}. */
  public static final class Deserializer extends ModelDeserializer<ServerDiagnostics> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(ServerDiagnostics.class, ServerDiagnosticsJson::read);
    }
  }

  /** Lets Jackson write {@link ServerDiagnostics}. */
  public static final class Serializer extends ModelSerializer<ServerDiagnostics> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(ServerDiagnostics.class, ServerDiagnosticsJson::write);
    }
  }
}
