package io.github.stacksdk.compute.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Baseline (b)'s model: the plain class a hand-rolled client would write for the server-detail
 * body, read by Jackson databind, with the same fields as the SDK's {@code Server}. Nested
 * objects are classes of their own, collections are what databind makes ({@code ArrayList},
 * {@code LinkedHashMap}), and timestamps stay strings: {@code OS-SRV-USG:launched_at} has no zone,
 * so a plain {@code OffsetDateTime} field would fail on it. Strings make this baseline do less work
 * than the SDK, which parses every timestamp into an {@code Instant}.
 */
public final class HandRolledServer {
  @SuppressWarnings("NullAway.Init") // databind sets it: every server body has an id
  public String id;

  public @Nullable String name;
  public @Nullable String status;

  @JsonProperty("tenant_id")
  public @Nullable String tenantId;

  @JsonProperty("user_id")
  public @Nullable String userId;

  public @Nullable String created;
  public @Nullable String updated;
  public @Nullable String hostId;
  public @Nullable List<Link> links;
  public @Nullable Map<String, String> metadata;
  public @Nullable Map<String, List<Address>> addresses;
  public @Nullable String accessIPv4;
  public @Nullable String accessIPv6;

  @JsonProperty("key_name")
  public @Nullable String keyName;

  public @Nullable Image image;
  public @Nullable Flavor flavor;
  public @Nullable Integer progress;
  public @Nullable Fault fault;

  @JsonProperty("security_groups")
  public @Nullable List<SecurityGroup> securityGroups;

  @JsonProperty("os-extended-volumes:volumes_attached")
  public @Nullable List<Volume> volumesAttached;

  @JsonProperty("config_drive")
  public @Nullable String configDrive;

  @JsonProperty("OS-DCF:diskConfig")
  public @Nullable String diskConfig;

  @JsonProperty("OS-EXT-AZ:availability_zone")
  public @Nullable String availabilityZone;

  @JsonProperty("OS-EXT-SRV-ATTR:host")
  public @Nullable String host;

  @JsonProperty("OS-EXT-SRV-ATTR:hypervisor_hostname")
  public @Nullable String hypervisorHostname;

  @JsonProperty("OS-EXT-SRV-ATTR:instance_name")
  public @Nullable String instanceName;

  @JsonProperty("OS-EXT-SRV-ATTR:hostname")
  public @Nullable String hostname;

  @JsonProperty("OS-EXT-SRV-ATTR:kernel_id")
  public @Nullable String kernelId;

  @JsonProperty("OS-EXT-SRV-ATTR:ramdisk_id")
  public @Nullable String ramdiskId;

  @JsonProperty("OS-EXT-SRV-ATTR:reservation_id")
  public @Nullable String reservationId;

  @JsonProperty("OS-EXT-SRV-ATTR:launch_index")
  public @Nullable Integer launchIndex;

  @JsonProperty("OS-EXT-SRV-ATTR:root_device_name")
  public @Nullable String rootDeviceName;

  @JsonProperty("OS-EXT-SRV-ATTR:user_data")
  public @Nullable String userData;

  @JsonProperty("OS-EXT-STS:power_state")
  public @Nullable Integer powerState;

  @JsonProperty("OS-EXT-STS:vm_state")
  public @Nullable String vmState;

  @JsonProperty("OS-EXT-STS:task_state")
  public @Nullable String taskState;

  @JsonProperty("OS-SRV-USG:launched_at")
  public @Nullable String launchedAt;

  @JsonProperty("OS-SRV-USG:terminated_at")
  public @Nullable String terminatedAt;

  public @Nullable Boolean locked;

  @JsonProperty("host_status")
  public @Nullable String hostStatus;

  public @Nullable String description;
  public @Nullable List<String> tags;

  @JsonProperty("trusted_image_certificates")
  public @Nullable List<String> trustedImageCertificates;

  @JsonProperty("server_groups")
  public @Nullable List<String> serverGroups;

  @JsonProperty("locked_reason")
  public @Nullable String lockedReason;

  @JsonProperty("pinned_availability_zone")
  public @Nullable String pinnedAvailabilityZone;

  @JsonProperty("scheduler_hints")
  public @Nullable Map<String, Object> schedulerHints;

  public @Nullable String adminPass;

  /** {@code {"href", "rel", "type"?}}. */
  public static final class Link {
    public @Nullable String href;
    public @Nullable String rel;
    public @Nullable String type;
  }

  /** One address of a network. */
  public static final class Address {
    public @Nullable String addr;
    public @Nullable Integer version;

    @JsonProperty("OS-EXT-IPS:type")
    public @Nullable String type;

    @JsonProperty("OS-EXT-IPS-MAC:mac_addr")
    public @Nullable String macAddress;
  }

  /** {@code {"id", "links"}}. */
  public static final class Image {
    public @Nullable String id;
    public @Nullable List<Link> links;
    public @Nullable Map<String, String> properties;
  }

  /** The flavor reference before 2.47, its description from 2.47. */
  public static final class Flavor {
    public @Nullable String id;
    public @Nullable List<Link> links;

    @JsonProperty("original_name")
    public @Nullable String originalName;

    public @Nullable Integer vcpus;
    public @Nullable Integer ram;
    public @Nullable Integer disk;
    public @Nullable Integer ephemeral;
    public @Nullable Integer swap;

    @JsonProperty("extra_specs")
    public @Nullable Map<String, String> extraSpecs;
  }

  /** {@code {"code", "message", "created", "details"?}}. */
  public static final class Fault {
    public @Nullable Integer code;
    public @Nullable String message;
    public @Nullable String created;
    public @Nullable String details;
  }

  /** {@code {"name"}}. */
  public static final class SecurityGroup {
    public @Nullable String name;
  }

  /** {@code {"id", "delete_on_termination"?}}. */
  public static final class Volume {
    public @Nullable String id;

    @JsonProperty("delete_on_termination")
    public @Nullable Boolean deleteOnTermination;
  }
}
