package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A server as returned by {@code GET /servers/detail} and {@code GET /servers/{id}}, at any
 * microversion from 2.1 to the newest.
 *
 * <p>Where Nova sends an empty string to mean "none" (for example {@code key_name}, {@code
 * description} or {@code hostId}, and {@code image} for a server booted from a volume), the
 * accessor is empty, so that a listing and a show of the same server read alike.
 *
 * <p>Only {@link #id()} is always present. Everything else is an {@code Optional} or a possibly
 * empty collection, because microversions, policy, down cells (2.69) and other clouds leave
 * fields out; a body never fails to parse for a missing field. Each accessor names its wire key
 * and, when it is not in every microversion, the microversion that added it. Fields this SDK does
 * not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(
    dictionary = {"additionalProperty:additionalProperties", "address:addresses"})
@JsonDeserialize(using = ServerJson.Deserializer.class)
@JsonSerialize(using = ServerJson.Serializer.class)
public abstract class Server {
  /** Only the generated implementation extends it. */
  Server() {}

  /** The server's id ({@code id}), usually a UUID. A numeric id is kept as its text. */
  public abstract String id();

  /** The server's name ({@code name}); absent in down-cell records (2.69). */
  public abstract Optional<String> name();

  /** The status exactly as sent ({@code status}); see {@link #status()}. */
  public abstract Optional<String> statusAsString();

  /** The id of the project that owns the server ({@code tenant_id}). */
  public abstract Optional<String> tenantId();

  /** The id of the user who created the server ({@code user_id}). */
  public abstract Optional<String> userId();

  /** When the server was created ({@code created}). */
  public abstract Optional<Instant> created();

  /** When the server last changed ({@code updated}); what {@code changes-since} compares. */
  public abstract Optional<Instant> updated();

  /** An opaque id of the host, unique per project ({@code hostId}); absent when unscheduled. */
  public abstract Optional<String> hostId();

  /** The server's {@code self} and {@code bookmark} links ({@code links}). */
  public abstract List<Link> links();

  /** The user metadata ({@code metadata}), in the order Nova sent it. */
  public abstract Map<String, String> metadata();

  /**
   * The server's addresses by network label ({@code addresses}), in the order Nova sent them.
   * The lists are immutable.
   */
  public abstract Map<String, List<Address>> addresses();

  /** The public IPv4 address set by the user ({@code accessIPv4}); Nova's empty text is absent. */
  public abstract Optional<String> accessIPv4();

  /** The public IPv6 address set by the user ({@code accessIPv6}); Nova's empty text is absent. */
  public abstract Optional<String> accessIPv6();

  /** The name of the key pair injected at boot ({@code key_name}). */
  public abstract Optional<String> keyName();

  /**
   * The image the server was booted from ({@code image}); absent for a server booted from a
   * volume, for which Nova sends an empty string.
   */
  public abstract Optional<ServerImage> image();

  /** The flavor ({@code flavor}): a reference before 2.47, the flavor's description from 2.47. */
  public abstract Optional<ServerFlavor> flavor();

  /** Build or resize progress in percent ({@code progress}); only sent for some statuses. */
  public abstract OptionalInt progress();

  /** Why the server failed ({@code fault}); sent for servers in {@code ERROR} or deleted. */
  public abstract Optional<ServerFault> fault();

  /** The security groups of the server's ports ({@code security_groups}). */
  public abstract List<ServerSecurityGroup> securityGroups();

  /** The attached volumes ({@code os-extended-volumes:volumes_attached}). */
  public abstract List<AttachedVolume> volumesAttached();

  /**
   * Whether a config drive was requested ({@code config_drive}). Nova sends the text
   * {@code "True"} or an empty string; both, and real booleans, are understood.
   */
  public abstract Optional<Boolean> configDrive();

  /** The disk partitioning mode, {@code AUTO} or {@code MANUAL} ({@code OS-DCF:diskConfig}). */
  public abstract Optional<String> diskConfig();

  /** The availability zone ({@code OS-EXT-AZ:availability_zone}). */
  public abstract Optional<String> availabilityZone();

  /** The compute host ({@code OS-EXT-SRV-ATTR:host}); admin only by default policy. */
  public abstract Optional<String> host();

  /** The hypervisor's host name ({@code OS-EXT-SRV-ATTR:hypervisor_hostname}); admin only. */
  public abstract Optional<String> hypervisorHostname();

  /** The hypervisor's name for the instance ({@code OS-EXT-SRV-ATTR:instance_name}); admin only. */
  public abstract Optional<String> instanceName();

  /** The guest host name ({@code OS-EXT-SRV-ATTR:hostname}). Since 2.3; for everyone since 2.90. */
  public abstract Optional<String> hostname();

  /** The kernel image id ({@code OS-EXT-SRV-ATTR:kernel_id}). Since 2.3, admin only. */
  public abstract Optional<String> kernelId();

  /** The RAM disk image id ({@code OS-EXT-SRV-ATTR:ramdisk_id}). Since 2.3, admin only. */
  public abstract Optional<String> ramdiskId();

  /** The reservation of a multi-create ({@code OS-EXT-SRV-ATTR:reservation_id}). Since 2.3. */
  public abstract Optional<String> reservationId();

  /** The index within a multi-create ({@code OS-EXT-SRV-ATTR:launch_index}). Since 2.3. */
  public abstract OptionalInt launchIndex();

  /** The root device name ({@code OS-EXT-SRV-ATTR:root_device_name}). Since 2.3, admin only. */
  public abstract Optional<String> rootDeviceName();

  /**
   * The base64 user data ({@code OS-EXT-SRV-ATTR:user_data}). Since 2.3, admin only. Hidden from
   * {@code toString()} because it often carries secrets.
   */
  @Value.Redacted
  public abstract Optional<String> userData();

  /** The power state code exactly as sent ({@code OS-EXT-STS:power_state}); see {@link #powerState()}. */
  public abstract OptionalInt powerStateCode();

  /** The vm_state exactly as sent ({@code OS-EXT-STS:vm_state}); see {@link #vmState()}. */
  public abstract Optional<String> vmStateAsString();

  /** The task_state exactly as sent ({@code OS-EXT-STS:task_state}); see {@link #taskState()}. */
  public abstract Optional<String> taskStateAsString();

  /** When the server was last launched ({@code OS-SRV-USG:launched_at}, sent without a zone: UTC). */
  public abstract Optional<Instant> launchedAt();

  /** When the server was terminated ({@code OS-SRV-USG:terminated_at}, sent without a zone: UTC). */
  public abstract Optional<Instant> terminatedAt();

  /** Whether the server is locked ({@code locked}). Since 2.9. */
  public abstract Optional<Boolean> locked();

  /**
   * The health of the server's compute service ({@code host_status}): UP, DOWN, MAINTENANCE or
   * UNKNOWN; absent for a server without a host. Since 2.16, admin only by default policy.
   */
  public abstract Optional<String> hostStatus();

  /** The description ({@code description}). Since 2.19. */
  public abstract Optional<String> description();

  /** The tags ({@code tags}). Since 2.26. */
  public abstract List<String> tags();

  /** The trusted image certificate ids ({@code trusted_image_certificates}). Since 2.63. */
  public abstract List<String> trustedImageCertificates();

  /** The ids of the server groups ({@code server_groups}); not in listings. Since 2.71. */
  public abstract List<String> serverGroups();

  /** Why the server was locked ({@code locked_reason}). Since 2.73. */
  public abstract Optional<String> lockedReason();

  /** The availability zone the server is pinned to ({@code pinned_availability_zone}). Since 2.96. */
  public abstract Optional<String> pinnedAvailabilityZone();

  /**
   * The scheduler hints given at creation ({@code scheduler_hints}), each as a list of values (a
   * single value becomes a list of one). Since 2.100.
   */
  public abstract Map<String, List<String>> schedulerHints();

  /**
   * The administrator password ({@code adminPass}), which Nova sends only in create and rebuild
   * responses. Hidden from {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> adminPass();

  /**
   * The top-level fields this SDK does not model, by wire key, so that nothing a newer or a
   * vendor's cloud sends is lost (for example Rackspace's {@code RAX-*} keys). Values are JSON-like
   * and immutable: {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger},
   * {@code Double}, {@code List} and {@code Map}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the status as an enum.
   *
   * @return the status; {@link ServerStatus#UNRECOGNIZED} when Nova sent a value this SDK does
   *     not know, or none
   */
  public ServerStatus status() {
    return statusAsString().map(ServerStatus::fromValue).orElse(ServerStatus.UNRECOGNIZED);
  }

  /**
   * Returns the power state as an enum.
   *
   * @return the power state, empty when Nova sent none
   */
  public Optional<PowerState> powerState() {
    OptionalInt code = powerStateCode();
    return code.isPresent() ? Optional.of(PowerState.fromCode(code.getAsInt())) : Optional.empty();
  }

  /**
   * Returns the vm_state as an enum.
   *
   * @return the vm_state, empty when Nova sent none
   */
  public Optional<VmState> vmState() {
    return vmStateAsString().map(VmState::fromValue);
  }

  /**
   * Returns the task_state as an enum.
   *
   * @return the task_state, empty when no task is in progress
   */
  public Optional<TaskState> taskState() {
    return taskStateAsString().map(TaskState::fromValue);
  }

  /**
   * Makes the nested collections immutable, whatever the builder was given; {@code build()} calls
   * it. Package-private, so that it is no part of the API.
   *
   * @return this server, or an equal one with immutable nested collections
   */
  @Value.Check
  Server normalize() {
    Map<String, List<Address>> addresses = UntypedJson.freezeListValues(addresses());
    Map<String, List<String>> hints = UntypedJson.freezeListValues(schedulerHints());
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    if (addresses == addresses() && hints == schedulerHints() && extra == additionalProperties()) {
      return this;
    }
    return toBuilder()
        .addresses(addresses)
        .schedulerHints(hints)
        .additionalProperties(extra)
        .build();
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
   * Returns a builder initialised with this server's values.
   *
   * @return a builder holding a copy of this server
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Server} values. */
  public static final class Builder extends ImmutableServer.Builder {
    Builder() {}
  }
}
