package io.github.stacksdk.compute.model.diagnostics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerDiagnosticsJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A server's diagnostics, the body of {@code GET /servers/{server_id}/diagnostics} (no envelope),
 * at any microversion.
 *
 * <p>Before microversion 2.48 the body is whatever the virt driver makes of it: for libvirt keys
 * such as {@code cpu0_time}, {@code memory}, {@code vda_read} or {@code vnet1_rx}, for VMware keys
 * prefixed with {@code vmware:}. Such a body is kept whole in {@link #additionalProperties()}, and
 * every typed accessor is empty. From 2.48 Nova sends the same fields for every driver, read by the
 * typed accessors; a field the driver cannot tell is null (absent). A body is read in the 2.48
 * shape when it holds {@code cpu_details}, {@code nic_details}, {@code disk_details} or {@code
 * memory_details}, which Nova always sends from 2.48 and no driver's own shape holds. Nova calls
 * the answer a debugging aid, not to be relied on by programs.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = ServerDiagnosticsJson.Deserializer.class)
@JsonSerialize(using = ServerDiagnosticsJson.Serializer.class)
public abstract class ServerDiagnostics {
  /** Only the generated implementation extends it. */
  ServerDiagnostics() {}

  /**
   * The power state of the server's virtual machine ({@code state}): {@code pending}, {@code
   * running}, {@code paused}, {@code shutdown}, {@code crashed} or {@code suspended}. From 2.48.
   */
  public abstract Optional<String> state();

  /**
   * The virt driver that runs the server ({@code driver}), such as {@code libvirt}, {@code
   * vmwareapi}, {@code ironic} or {@code hyperv}. From 2.48.
   */
  public abstract Optional<String> driver();

  /** The hypervisor ({@code hypervisor}); for libvirt {@code kvm}, {@code qemu}… From 2.48. */
  public abstract Optional<String> hypervisor();

  /**
   * The hypervisor's operating system ({@code hypervisor_os}), such as {@code linux}. From 2.48.
   */
  public abstract Optional<String> hypervisorOs();

  /**
   * How long the server has been running ({@code uptime}, sent in seconds); for libvirt, since
   * Nova last launched it. From 2.48.
   */
  public abstract Optional<Duration> uptime();

  /** Whether the server has a config drive ({@code config_drive}). From 2.48. */
  public abstract Optional<Boolean> configDrive();

  /** The number of virtual CPUs ({@code num_cpus}). From 2.48. */
  public abstract OptionalInt numCpus();

  /** The number of virtual network interfaces ({@code num_nics}). From 2.48. */
  public abstract OptionalInt numNics();

  /** The number of disks ({@code num_disks}). From 2.48. */
  public abstract OptionalInt numDisks();

  /** Per virtual CPU ({@code cpu_details}), in the order sent. From 2.48. */
  public abstract List<CpuDiagnostics> cpuDetails();

  /** Per virtual network interface ({@code nic_details}), in the order sent. From 2.48. */
  public abstract List<NicDiagnostics> nicDetails();

  /** Per disk ({@code disk_details}), in the order sent. From 2.48. */
  public abstract List<DiskDiagnostics> diskDetails();

  /** The memory ({@code memory_details}). From 2.48. */
  public abstract Optional<MemoryDiagnostics> memoryDetails();

  /**
   * The fields this SDK does not model, by wire key: before microversion 2.48, the whole body.
   * Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code Long}, {@code
   * BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return these diagnostics, or equal ones with immutable nested values
   */
  @Value.Check
  ServerDiagnostics normalize() {
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
   * Returns a builder initialised with these diagnostics' values.
   *
   * @return a builder holding a copy of these diagnostics
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ServerDiagnostics} values. */
  public static final class Builder extends ImmutableServerDiagnostics.Builder {
    Builder() {}
  }
}
