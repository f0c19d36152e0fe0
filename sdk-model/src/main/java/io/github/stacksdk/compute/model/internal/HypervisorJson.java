package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.build;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.integer;
import static io.github.stacksdk.compute.model.internal.JsonReading.mismatch;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextElement;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.optionalInt;
import static io.github.stacksdk.compute.model.internal.JsonReading.sharedString;
import static io.github.stacksdk.compute.model.internal.JsonReading.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorServer;
import io.github.stacksdk.compute.model.hypervisor.HypervisorService;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a {@link Hypervisor}: {@code {"id", "hypervisor_hostname", "state", "status",
 * "host_ip", "hypervisor_type", "hypervisor_version", "service": {"host", "id",
 * "disabled_reason"}, "vcpus"?, "vcpus_used"?, "memory_mb"?, "memory_mb_used"?, "local_gb"?,
 * "local_gb_used"?, "free_ram_mb"?, "free_disk_gb"?, "current_workload"?, "running_vms"?,
 * "disk_available_least"?, "cpu_info"?: "..." | {...}, "servers"?: [{"name", "uuid"}],
 * "uptime"?}}, and the bodies of {@code os-hypervisors}.
 */
public final class HypervisorJson {
  private HypervisorJson() {}

  /**
   * {@code {"hypervisor": {...}}}: the body of {@code GET /os-hypervisors/{hypervisor_id}}, and of
   * {@code GET /os-hypervisors/{hypervisor_id}/uptime} (2.1 to 2.87).
   */
  public static Hypervisor readBody(JsonParser p) throws IOException {
    return ModelBodies.single(p, "hypervisor", HypervisorJson::read);
  }

  /**
   * {@code {"hypervisors": [...], "hypervisors_links": [...]}}: a page of {@code GET
   * /os-hypervisors/detail}; the {@code next} link is sent from 2.33, when the page is full.
   */
  public static ModelBodies.Page<Hypervisor> readPage(JsonParser p) throws IOException {
    return ModelBodies.page(p, "hypervisors", "hypervisors_links", HypervisorJson::read);
  }

  /**
   * {@code {"hypervisors": [...], "hypervisors_links": [...]}}: a page of {@code GET
   * /os-hypervisors}, or the answer of {@code GET
   * /os-hypervisors/{hypervisor_hostname_pattern}/search} or {@code .../servers} (2.1 to 2.52).
   */
  public static ModelBodies.Page<HypervisorSummary> readSummaryPage(JsonParser p)
      throws IOException {
    return ModelBodies.page(p, "hypervisors", "hypervisors_links", HypervisorSummaryJson::read);
  }

  /**
   * {@code {"hypervisor_statistics": {...}}}: the body of {@code GET /os-hypervisors/statistics}
   * (2.1 to 2.87).
   */
  public static HypervisorStatistics readStatistics(JsonParser p) throws IOException {
    return ModelBodies.single(p, "hypervisor_statistics", HypervisorStatisticsJson::read);
  }

  public static Hypervisor read(JsonParser p) throws IOException {
    Hypervisor.Builder b = Hypervisor.builder();
    for (String name = firstField(p, "hypervisor");
        name != null;
        name = nextField(p, "hypervisor")) {
      switch (name) {
        case "id":
          {
            String value = string(p, "hypervisor.id");
            if (value != null) {
              b.id(value);
            }
            break;
          }
        case "hypervisor_hostname":
          b.hypervisorHostname(string(p, "hypervisor.hypervisor_hostname"));
          break;
        case "state":
          b.state(sharedString(p, "hypervisor.state"));
          break;
        case "status":
          b.status(sharedString(p, "hypervisor.status"));
          break;
        case "host_ip":
          b.hostIp(string(p, "hypervisor.host_ip"));
          break;
        case "hypervisor_type":
          b.hypervisorType(sharedString(p, "hypervisor.hypervisor_type"));
          break;
        case "hypervisor_version":
          b.hypervisorVersion(optionalInt(integer(p, "hypervisor.hypervisor_version")));
          break;
        case "service":
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            b.service(readService(p));
          }
          break;
        case "vcpus":
          b.vcpus(optionalInt(integer(p, "hypervisor.vcpus")));
          break;
        case "vcpus_used":
          b.vcpusUsed(optionalInt(integer(p, "hypervisor.vcpus_used")));
          break;
        case "memory_mb":
          b.memoryMb(optionalInt(integer(p, "hypervisor.memory_mb")));
          break;
        case "memory_mb_used":
          b.memoryMbUsed(optionalInt(integer(p, "hypervisor.memory_mb_used")));
          break;
        case "local_gb":
          b.localGb(optionalInt(integer(p, "hypervisor.local_gb")));
          break;
        case "local_gb_used":
          b.localGbUsed(optionalInt(integer(p, "hypervisor.local_gb_used")));
          break;
        case "free_ram_mb":
          b.freeRamMb(optionalInt(integer(p, "hypervisor.free_ram_mb")));
          break;
        case "free_disk_gb":
          b.freeDiskGb(optionalInt(integer(p, "hypervisor.free_disk_gb")));
          break;
        case "current_workload":
          b.currentWorkload(optionalInt(integer(p, "hypervisor.current_workload")));
          break;
        case "running_vms":
          b.runningVms(optionalInt(integer(p, "hypervisor.running_vms")));
          break;
        case "disk_available_least":
          b.diskAvailableLeast(optionalInt(integer(p, "hypervisor.disk_available_least")));
          break;
        case "cpu_info":
          readCpuInfo(p, b);
          break;
        case "servers":
          for (boolean more = firstElement(p, "hypervisor.servers"); more; more = nextElement(p)) {
            b.addServer(readServer(p, "hypervisor.servers"));
          }
          break;
        case "uptime":
          b.uptime(string(p, "hypervisor.uptime"));
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
    return build(p, "hypervisor", b::build);
  }

  /** Text before 2.28, an object from 2.28; the model reads the text's object itself. */
  private static void readCpuInfo(JsonParser p, Hypervisor.Builder b) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      for (String name = firstField(p, "hypervisor.cpu_info");
          name != null;
          name = nextField(p, "hypervisor.cpu_info")) {
        Object value = UntypedJson.read(p);
        if (value != null) {
          b.putCpuInfo(name, value);
        }
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      throw mismatch(p, "hypervisor.cpu_info", "an object or text");
    } else {
      b.cpuInfoAsString(string(p, "hypervisor.cpu_info"));
    }
  }

  /**
   * The object of the JSON text {@code text} (the {@code cpu_info} that Nova sends as text before
   * 2.28), or an empty map when the text is no JSON object: the text is the driver's, and Nova
   * does not promise JSON.
   */
  public static Map<String, Object> parseCpuInfo(String text) {
    try (JsonParser p = ModelJson.factory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Map.of();
      }
      // In the order sent, as when Nova sends the object itself.
      Map<String, Object> object = new LinkedHashMap<>();
      for (String name = firstField(p, "cpu_info"); name != null; name = nextField(p, "cpu_info")) {
        Object value = UntypedJson.read(p);
        if (value != null) {
          object.put(name, value);
        }
      }
      return p.nextToken() == null ? Collections.unmodifiableMap(object) : Map.of();
    } catch (IOException e) {
      return Map.of();
    }
  }

  static HypervisorService readService(JsonParser p) throws IOException {
    HypervisorService.Builder b = HypervisorService.builder();
    String path = "hypervisor.service";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "host":
          b.host(sharedString(p, path + ".host"));
          break;
        case "id":
          b.id(string(p, path + ".id"));
          break;
        case "disabled_reason":
          b.disabledReason(string(p, path + ".disabled_reason"));
          break;
        default:
          p.skipChildren();
      }
    }
    return b.build();
  }

  /** Reads a {@code servers} entry at the parser's current token. */
  static HypervisorServer readServer(JsonParser p, String path) throws IOException {
    HypervisorServer.Builder b = HypervisorServer.builder();
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "uuid":
          {
            String value = string(p, path + ".uuid");
            if (value != null) {
              b.uuid(value);
            }
            break;
          }
        case "name":
          b.name(string(p, path + ".name"));
          break;
        default:
          p.skipChildren();
      }
    }
    return build(p, "hypervisor server", b::build);
  }

  /**
   * Writes a hypervisor in Nova's wire shape, leaving out absent fields (Nova sends some as null):
   * {@code cpu_info} as text when it came as text, else as an object when not empty; an integer
   * id as a number.
   */
  public static void write(Hypervisor hypervisor, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.numberOrText(g, "id", hypervisor.id());
    JsonWriting.string(g, "hypervisor_hostname", hypervisor.hypervisorHostname());
    JsonWriting.string(g, "state", hypervisor.state());
    JsonWriting.string(g, "status", hypervisor.status());
    JsonWriting.string(g, "host_ip", hypervisor.hostIp());
    JsonWriting.string(g, "hypervisor_type", hypervisor.hypervisorType());
    JsonWriting.integer(g, "hypervisor_version", hypervisor.hypervisorVersion());
    if (hypervisor.service().isPresent()) {
      HypervisorService service = hypervisor.service().get();
      g.writeObjectFieldStart("service");
      JsonWriting.string(g, "host", service.host());
      JsonWriting.numberOrText(g, "id", service.id());
      JsonWriting.string(g, "disabled_reason", service.disabledReason());
      g.writeEndObject();
    }
    JsonWriting.integer(g, "vcpus", hypervisor.vcpus());
    JsonWriting.integer(g, "vcpus_used", hypervisor.vcpusUsed());
    JsonWriting.integer(g, "memory_mb", hypervisor.memoryMb());
    JsonWriting.integer(g, "memory_mb_used", hypervisor.memoryMbUsed());
    JsonWriting.integer(g, "local_gb", hypervisor.localGb());
    JsonWriting.integer(g, "local_gb_used", hypervisor.localGbUsed());
    JsonWriting.integer(g, "free_ram_mb", hypervisor.freeRamMb());
    JsonWriting.integer(g, "free_disk_gb", hypervisor.freeDiskGb());
    JsonWriting.integer(g, "current_workload", hypervisor.currentWorkload());
    JsonWriting.integer(g, "running_vms", hypervisor.runningVms());
    JsonWriting.integer(g, "disk_available_least", hypervisor.diskAvailableLeast());
    if (hypervisor.cpuInfoAsString().isPresent()) {
      g.writeStringField("cpu_info", hypervisor.cpuInfoAsString().get());
    } else if (!hypervisor.cpuInfo().isEmpty()) {
      g.writeFieldName("cpu_info");
      UntypedJson.write(g, hypervisor.cpuInfo());
    }
    writeServers(g, hypervisor.servers());
    JsonWriting.string(g, "uptime", hypervisor.uptime());
    JsonWriting.additionalProperties(g, hypervisor.additionalProperties());
    g.writeEndObject();
  }

  /** Writes {@code servers} when there are any. */
  static void writeServers(JsonGenerator g, List<HypervisorServer> servers) throws IOException {
    if (servers.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("servers");
    for (HypervisorServer server : servers) {
      g.writeStartObject();
      JsonWriting.string(g, "name", server.name());
      g.writeStringField("uuid", server.uuid());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Lets Jackson read a {@link Hypervisor}. */
  public static final class Deserializer extends ModelDeserializer<Hypervisor> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(Hypervisor.class, HypervisorJson::read);
    }
  }

  /** Lets Jackson write a {@link Hypervisor}. */
  public static final class Serializer extends ModelSerializer<Hypervisor> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(Hypervisor.class, HypervisorJson::write);
    }
  }
}
