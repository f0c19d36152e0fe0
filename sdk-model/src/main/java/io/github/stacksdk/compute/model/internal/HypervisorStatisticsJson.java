package io.github.stacksdk.compute.model.internal;

import static io.github.stacksdk.compute.model.internal.JsonReading.firstField;
import static io.github.stacksdk.compute.model.internal.JsonReading.longInteger;
import static io.github.stacksdk.compute.model.internal.JsonReading.nextField;
import static io.github.stacksdk.compute.model.internal.JsonReading.optionalLong;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@link HypervisorStatistics}: {@code {"count", "vcpus", "vcpus_used", "memory_mb",
 * "memory_mb_used", "local_gb", "local_gb_used", "free_ram_mb", "free_disk_gb",
 * "current_workload", "running_vms", "disk_available_least"}}.
 */
public final class HypervisorStatisticsJson {
  private HypervisorStatisticsJson() {}

  /** Reads the statistics object at the parser's current token; null for JSON null. */
  public static @Nullable HypervisorStatistics read(JsonParser p) throws IOException {
    // Nothing is required, so null would read as statistics of nothing: refuse it instead.
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    HypervisorStatistics.Builder b = HypervisorStatistics.builder();
    String path = "hypervisor_statistics";
    for (String name = firstField(p, path); name != null; name = nextField(p, path)) {
      switch (name) {
        case "count":
          b.count(optionalLong(longInteger(p, path + ".count")));
          break;
        case "vcpus":
          b.vcpus(optionalLong(longInteger(p, path + ".vcpus")));
          break;
        case "vcpus_used":
          b.vcpusUsed(optionalLong(longInteger(p, path + ".vcpus_used")));
          break;
        case "memory_mb":
          b.memoryMb(optionalLong(longInteger(p, path + ".memory_mb")));
          break;
        case "memory_mb_used":
          b.memoryMbUsed(optionalLong(longInteger(p, path + ".memory_mb_used")));
          break;
        case "local_gb":
          b.localGb(optionalLong(longInteger(p, path + ".local_gb")));
          break;
        case "local_gb_used":
          b.localGbUsed(optionalLong(longInteger(p, path + ".local_gb_used")));
          break;
        case "free_ram_mb":
          b.freeRamMb(optionalLong(longInteger(p, path + ".free_ram_mb")));
          break;
        case "free_disk_gb":
          b.freeDiskGb(optionalLong(longInteger(p, path + ".free_disk_gb")));
          break;
        case "current_workload":
          b.currentWorkload(optionalLong(longInteger(p, path + ".current_workload")));
          break;
        case "running_vms":
          b.runningVms(optionalLong(longInteger(p, path + ".running_vms")));
          break;
        case "disk_available_least":
          b.diskAvailableLeast(optionalLong(longInteger(p, path + ".disk_available_least")));
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
    return JsonReading.build(p, "hypervisor statistics", b::build);
  }

  public static void write(HypervisorStatistics statistics, JsonGenerator g) throws IOException {
    g.writeStartObject();
    JsonWriting.longInteger(g, "count", statistics.count());
    JsonWriting.longInteger(g, "vcpus", statistics.vcpus());
    JsonWriting.longInteger(g, "vcpus_used", statistics.vcpusUsed());
    JsonWriting.longInteger(g, "memory_mb", statistics.memoryMb());
    JsonWriting.longInteger(g, "memory_mb_used", statistics.memoryMbUsed());
    JsonWriting.longInteger(g, "local_gb", statistics.localGb());
    JsonWriting.longInteger(g, "local_gb_used", statistics.localGbUsed());
    JsonWriting.longInteger(g, "free_ram_mb", statistics.freeRamMb());
    JsonWriting.longInteger(g, "free_disk_gb", statistics.freeDiskGb());
    JsonWriting.longInteger(g, "current_workload", statistics.currentWorkload());
    JsonWriting.longInteger(g, "running_vms", statistics.runningVms());
    JsonWriting.longInteger(g, "disk_available_least", statistics.diskAvailableLeast());
    JsonWriting.additionalProperties(g, statistics.additionalProperties());
    g.writeEndObject();
  }

  /** Lets Jackson read {@link HypervisorStatistics}. */
  public static final class Deserializer extends ModelDeserializer<HypervisorStatistics> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(HypervisorStatistics.class, HypervisorStatisticsJson::read);
    }
  }

  /** Lets Jackson write {@link HypervisorStatistics}. */
  public static final class Serializer extends ModelSerializer<HypervisorStatistics> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(HypervisorStatistics.class, HypervisorStatisticsJson::write);
    }
  }
}
