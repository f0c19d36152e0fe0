package io.github.stacksdk.compute.model.hypervisor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.HypervisorStatisticsJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The resources of all hypervisors together, the {@code hypervisor_statistics} of {@code GET
 * /os-hypervisors/statistics} (microversions 2.1 to 2.87; 2.88 removed the call, pointing to the
 * Placement service instead).
 *
 * <p>Each value is the sum of the {@link Hypervisor} field of the same name over the hypervisors
 * whose compute service is enabled, without overcommit; a {@code long}, as sums over many hosts
 * may outgrow an {@code int}. Every value is absent when the body lacks it. Fields this SDK does
 * not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = HypervisorStatisticsJson.Deserializer.class)
@JsonSerialize(using = HypervisorStatisticsJson.Serializer.class)
public abstract class HypervisorStatistics {
  /** Only the generated implementation extends it. */
  HypervisorStatistics() {}

  /** The number of hypervisors counted ({@code count}). */
  public abstract OptionalLong count();

  /** The number of CPUs ({@code vcpus}). */
  public abstract OptionalLong vcpus();

  /** The number of virtual CPUs the servers use ({@code vcpus_used}). */
  public abstract OptionalLong vcpusUsed();

  /** The memory in MiB ({@code memory_mb}). */
  public abstract OptionalLong memoryMb();

  /** The memory in MiB the servers use ({@code memory_mb_used}). */
  public abstract OptionalLong memoryMbUsed();

  /** The local disk in GiB ({@code local_gb}). */
  public abstract OptionalLong localGb();

  /** The local disk in GiB the servers use ({@code local_gb_used}). */
  public abstract OptionalLong localGbUsed();

  /** The free memory in MiB ({@code free_ram_mb}). */
  public abstract OptionalLong freeRamMb();

  /** The free local disk in GiB ({@code free_disk_gb}). */
  public abstract OptionalLong freeDiskGb();

  /** The number of tasks the hypervisors are working on ({@code current_workload}). */
  public abstract OptionalLong currentWorkload();

  /** The number of servers ({@code running_vms}). */
  public abstract OptionalLong runningVms();

  /** The disk in GiB that is really free ({@code disk_available_least}). */
  public abstract OptionalLong diskAvailableLeast();

  /**
   * The fields this SDK does not model, by wire key. Values are JSON-like and immutable, as in
   * {@link Hypervisor#additionalProperties()}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return these statistics, or equal ones with immutable nested values
   */
  @Value.Check
  HypervisorStatistics normalize() {
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    return extra == additionalProperties() ? this : toBuilder().additionalProperties(extra).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these statistics' values.
   *
   * @return a builder holding a copy of these statistics
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link HypervisorStatistics} values. */
  public static final class Builder extends ImmutableHypervisorStatistics.Builder {
    Builder() {}
  }
}
