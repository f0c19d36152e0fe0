package io.github.stacksdk.compute.model.hypervisor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.HypervisorJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A hypervisor (a compute node) as returned by {@code GET /os-hypervisors/detail} (a {@code
 * hypervisors} entry) and {@code GET /os-hypervisors/{hypervisor_id}} ({@code hypervisor}), at any
 * microversion; also the answer of {@code GET /os-hypervisors/{hypervisor_id}/uptime} (2.1 to
 * 2.87), which holds only the fields of a {@link HypervisorSummary} and {@link #uptime()}.
 *
 * <p>Microversion 2.53 turned {@link #id()} and the service's id from integers into UUIDs. 2.88
 * removed the resource fields ({@link #vcpus()} to {@link #diskAvailableLeast()}, and {@link
 * #cpuInfo()}) and added {@link #uptime()}. Only {@link #id()} is always present: a body never
 * fails to parse for another missing field. Fields this SDK does not model are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = HypervisorJson.Deserializer.class)
@JsonSerialize(using = HypervisorJson.Serializer.class)
public abstract class Hypervisor {
  /** Only the generated implementation extends it. */
  Hypervisor() {}

  /**
   * The hypervisor's id ({@code id}): an integer, as text, before microversion 2.53, the compute
   * node's UUID from 2.53. It is the {@code hypervisor_id} of {@code GET
   * /os-hypervisors/{hypervisor_id}} and the {@code marker} of a listing.
   */
  public abstract String id();

  /**
   * The host name the virt driver reports ({@code hypervisor_hostname}); for Ironic, the node's
   * UUID.
   */
  public abstract Optional<String> hypervisorHostname();

  /**
   * Whether the hypervisor's compute service is seen alive ({@code state}): {@code up} or {@code
   * down}.
   */
  public abstract Optional<String> state();

  /**
   * Whether the hypervisor's compute service takes new servers ({@code status}): {@code enabled}
   * or {@code disabled}.
   */
  public abstract Optional<String> status();

  /** The IP address of the hypervisor's host ({@code host_ip}). */
  public abstract Optional<String> hostIp();

  /** The hypervisor's type ({@code hypervisor_type}), such as {@code QEMU} or {@code ironic}. */
  public abstract Optional<String> hypervisorType();

  /**
   * The hypervisor's version as one integer ({@code hypervisor_version}): for libvirt, {@code
   * major * 1000000 + minor * 1000 + release}.
   */
  public abstract OptionalInt hypervisorVersion();

  /** The compute service that runs on the hypervisor's host ({@code service}). */
  public abstract Optional<HypervisorService> service();

  /** The number of physical CPUs ({@code vcpus}), without overcommit. Removed in 2.88. */
  public abstract OptionalInt vcpus();

  /**
   * The number of virtual CPUs the hypervisor's servers use ({@code vcpus_used}). Removed in 2.88.
   */
  public abstract OptionalInt vcpusUsed();

  /** The memory in MiB ({@code memory_mb}), without overcommit. Removed in 2.88. */
  public abstract OptionalInt memoryMb();

  /** The memory in MiB the hypervisor's servers use ({@code memory_mb_used}). Removed in 2.88. */
  public abstract OptionalInt memoryMbUsed();

  /** The local disk in GiB ({@code local_gb}), without overcommit. Removed in 2.88. */
  public abstract OptionalInt localGb();

  /**
   * The local disk in GiB the hypervisor's servers use ({@code local_gb_used}). Removed in 2.88.
   */
  public abstract OptionalInt localGbUsed();

  /**
   * The free memory in MiB ({@code free_ram_mb}); negative when overcommitted. Removed in 2.88.
   */
  public abstract OptionalInt freeRamMb();

  /**
   * The free local disk in GiB ({@code free_disk_gb}); negative when overcommitted. Removed in
   * 2.88.
   */
  public abstract OptionalInt freeDiskGb();

  /**
   * The number of tasks the hypervisor is working on ({@code current_workload}), at least the
   * servers being built, resized, migrated or deleted. Removed in 2.88.
   */
  public abstract OptionalInt currentWorkload();

  /** The number of servers on the hypervisor ({@code running_vms}). Removed in 2.88. */
  public abstract OptionalInt runningVms();

  /**
   * The disk in GiB that is really free ({@code disk_available_least}); negative when disk is
   * overcommitted. Removed in 2.88.
   */
  public abstract OptionalInt diskAvailableLeast();

  /**
   * The CPU's description ({@code cpu_info}), which depends on the virt driver; for libvirt,
   * {@code arch}, {@code model}, {@code vendor}, {@code features} and {@code topology}. Nova sends
   * it as JSON text before microversion 2.28 and as an object from 2.28 to 2.87: this map reads
   * the same for both, the text's object when the text is one (see {@link #cpuInfoAsString()}).
   * Empty when Nova sent none, an empty object, or text that is no JSON object. Values are
   * JSON-like and immutable, as in {@link #additionalProperties()}.
   */
  public abstract Map<String, Object> cpuInfo();

  /**
   * The text of {@code cpu_info} as Nova sent it before microversion 2.28, usually a JSON object;
   * empty from 2.28, which sends an object (read by {@link #cpuInfo()}). A value built with this
   * text and no {@link #cpuInfo()} gets the text's object as {@link #cpuInfo()}.
   */
  public abstract Optional<String> cpuInfoAsString();

  /**
   * The servers on the hypervisor ({@code servers}), in the order sent: sent from microversion
   * 2.53 when the request asked {@code with_servers=true}, and before 2.53 by {@code GET
   * /os-hypervisors/{hypervisor_hostname_pattern}/servers}. Empty when the hypervisor has none
   * (Nova leaves the key out before 2.75 and sends {@code []} from 2.75) or Nova did not send them.
   */
  public abstract List<HypervisorServer> servers();

  /**
   * The host's uptime and load ({@code uptime}), as the driver reports it: for libvirt the output
   * of the {@code uptime} command. Sent by the detail views from microversion 2.88, where Nova
   * sends null (absent) for drivers that do not report it and for hosts it cannot reach, and by
   * {@code GET /os-hypervisors/{hypervisor_id}/uptime} (2.1 to 2.87).
   */
  public abstract Optional<String> uptime();

  /**
   * The fields this SDK does not model, by wire key, so that nothing a newer or a vendor's cloud
   * sends is lost. Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Reads {@link #cpuInfo()} from {@link #cpuInfoAsString()} when only the text was given, and
   * makes the nested values immutable, whatever the builder was given; {@code build()} calls it.
   * Package-private, so that it is no part of the API.
   *
   * @return this hypervisor, or an equal one with {@code cpuInfo} read and immutable nested values
   */
  @Value.Check
  Hypervisor normalize() {
    Map<String, Object> cpuInfo = cpuInfo();
    if (cpuInfo.isEmpty() && cpuInfoAsString().isPresent()) {
      Map<String, Object> parsed = HypervisorJson.parseCpuInfo(cpuInfoAsString().get());
      if (!parsed.isEmpty()) {
        cpuInfo = parsed;
      }
    }
    cpuInfo = UntypedJson.freezeValues(cpuInfo);
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    if (cpuInfo == cpuInfo() && extra == additionalProperties()) {
      return this;
    }
    return toBuilder().cpuInfo(cpuInfo).additionalProperties(extra).build();
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
   * Returns a builder initialised with this hypervisor's values.
   *
   * @return a builder holding a copy of this hypervisor
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Hypervisor} values. */
  public static final class Builder extends ImmutableHypervisor.Builder {
    Builder() {}
  }
}
