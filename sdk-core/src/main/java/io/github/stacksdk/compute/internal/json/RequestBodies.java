package io.github.stacksdk.compute.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.lifecycle.BlockDeviceMapping;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.NetworkRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the compute API's request bodies as UTF-8 JSON, with Nova's wire names, refusing with an
 * {@link IllegalArgumentException} any field that the client's microversion does not accept (per
 * Nova's request schemas, {@code nova/api/openstack/compute/schemas}).
 */
public final class RequestBodies {
  private static final Microversion V2_33 = Microversion.of(2, 33);
  private static final Microversion V2_37 = Microversion.of(2, 37);
  private static final Microversion V2_42 = Microversion.of(2, 42);

  /** The actions whose body is {@code {"<action>": null}}. */
  private static final Set<String> NULL_BODY_ACTIONS =
      Set.of(
          "os-start",
          "os-stop",
          "pause",
          "unpause",
          "suspend",
          "resume",
          "lock",
          "unlock",
          "rescue",
          "unrescue",
          "confirmResize",
          "revertResize",
          "shelve",
          "shelveOffload",
          "unshelve",
          "forceDelete",
          "restore");

  private RequestBodies() {}

  /** Writes one body. */
  @FunctionalInterface
  private interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] body(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = ModelJson.factory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      writer.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /**
   * {@code {"server": {...}, "os:scheduler_hints": {...}}}, the body of {@code POST /servers}.
   *
   * @throws IllegalArgumentException for a field the microversion does not accept, or no networks
   *     from 2.37
   */
  public static byte[] createServer(CreateServerRequest r, Microversion client) {
    checkCreate(r, client);
    return body(
        g -> {
          g.writeObjectFieldStart("server");
          g.writeStringField("name", r.name());
          string(g, "imageRef", r.imageRef());
          g.writeStringField("flavorRef", r.flavorRef());
          if (r.networks().isPresent()) {
            networks(g, r.networks().get());
          }
          if (!r.blockDeviceMappings().isEmpty()) {
            g.writeArrayFieldStart("block_device_mapping_v2");
            for (BlockDeviceMapping m : r.blockDeviceMappings()) {
              blockDeviceMapping(g, m);
            }
            g.writeEndArray();
          }
          string(g, "key_name", r.keyName());
          userData(g, r.userData());
          stringMap(g, "metadata", r.metadata());
          strings(g, "tags", r.tags());
          if (!r.securityGroups().isEmpty()) {
            g.writeArrayFieldStart("security_groups");
            for (String group : r.securityGroups()) {
              g.writeStartObject();
              g.writeStringField("name", group);
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          string(g, "availability_zone", r.availabilityZone());
          string(g, "host", r.host());
          string(g, "hypervisor_hostname", r.hypervisorHostname());
          integer(g, "min_count", r.minCount());
          integer(g, "max_count", r.maxCount());
          if (r.returnReservationId()) {
            g.writeBooleanField("return_reservation_id", true);
          }
          string(g, "description", r.description());
          string(g, "hostname", r.hostname());
          bool(g, "config_drive", r.configDrive());
          string(g, "adminPass", r.adminPass());
          strings(g, "trusted_image_certificates", r.trustedImageCertificates());
          string(g, "accessIPv4", r.accessIpV4());
          string(g, "accessIPv6", r.accessIpV6());
          g.writeEndObject();
          if (!r.schedulerHints().isEmpty() || r.serverGroup().isPresent()) {
            g.writeObjectFieldStart("os:scheduler_hints");
            for (Map.Entry<String, List<String>> hint : r.schedulerHints().entrySet()) {
              List<String> values = hint.getValue();
              if (values.size() == 1) {
                g.writeStringField(hint.getKey(), values.get(0));
              } else {
                strings(g, hint.getKey(), values);
              }
            }
            string(g, "group", r.serverGroup());
            g.writeEndObject();
          }
        });
  }

  private static void checkCreate(CreateServerRequest r, Microversion client) {
    Optional<Networks> networks = r.networks();
    if (networks.isEmpty() && !client.isLowerThan(V2_37)) {
      throw new IllegalArgumentException(
          "networks is required from microversion 2.37 (the client uses "
              + client
              + "): choose Networks.auto() or Networks.none(), or list the networks with"
              + " Networks.of(..)");
    }
    if (networks.isPresent()) {
      require(
          client,
          networks.get().isAuto() || networks.get().isNone(),
          "networks auto or none",
          "2.37");
      for (NetworkRequest n : networks.get().requests()) {
        requireTag(client, n.tag().isPresent(), "networks[].tag", V2_37);
      }
    }
    for (BlockDeviceMapping m : r.blockDeviceMappings()) {
      requireTag(client, m.tag().isPresent(), "blockDeviceMappings[].tag", V2_33);
      require(client, m.volumeType().isPresent(), "blockDeviceMappings[].volumeType", "2.67");
    }
    require(client, !r.tags().isEmpty(), "tags", "2.52");
    require(client, r.host().isPresent(), "host", "2.74");
    require(client, r.hypervisorHostname().isPresent(), "hypervisorHostname", "2.74");
    require(client, r.description().isPresent(), "description", "2.19");
    require(client, r.hostname().isPresent(), "hostname", "2.90");
    require(client, !r.trustedImageCertificates().isEmpty(), "trustedImageCertificates", "2.63");
  }

  /**
   * A device tag, which Nova accepts in 2.32, then not from {@code gapStart} (2.33 for disks,
   * 2.37 for networks) up to 2.41, and again from 2.42.
   */
  private static void requireTag(
      Microversion client, boolean used, String field, Microversion gapStart) {
    require(client, used, field, "2.32");
    if (used && !client.isLowerThan(gapStart) && client.isLowerThan(V2_42)) {
      throw new IllegalArgumentException(
          field
              + " needs microversion 2.42 or later (Nova does not accept it from "
              + gapStart
              + " to 2.41); the client uses "
              + client);
    }
  }

  private static void networks(JsonGenerator g, Networks networks) throws IOException {
    if (networks.isAuto()) {
      g.writeStringField("networks", "auto");
    } else if (networks.isNone()) {
      g.writeStringField("networks", "none");
    } else {
      g.writeArrayFieldStart("networks");
      for (NetworkRequest n : networks.requests()) {
        g.writeStartObject();
        string(g, "uuid", n.networkId());
        string(g, "port", n.port());
        string(g, "fixed_ip", n.fixedIp());
        string(g, "tag", n.tag());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void blockDeviceMapping(JsonGenerator g, BlockDeviceMapping m) throws IOException {
    g.writeStartObject();
    string(g, "uuid", m.uuid());
    g.writeStringField("source_type", m.sourceType());
    string(g, "destination_type", m.destinationType());
    integer(g, "boot_index", m.bootIndex());
    integer(g, "volume_size", m.volumeSize());
    bool(g, "delete_on_termination", m.deleteOnTermination());
    string(g, "device_name", m.deviceName());
    string(g, "guest_format", m.guestFormat());
    string(g, "disk_bus", m.diskBus());
    string(g, "device_type", m.deviceType());
    string(g, "volume_type", m.volumeType());
    string(g, "tag", m.tag());
    g.writeEndObject();
  }

  /**
   * {@code {"server": {...}}}, the body of {@code PUT /servers/{id}}.
   *
   * @throws IllegalArgumentException for a field the microversion does not accept
   */
  public static byte[] updateServer(UpdateServerRequest r, Microversion client) {
    require(client, r.description().isPresent(), "description", "2.19");
    require(client, r.hostname().isPresent(), "hostname", "2.90");
    return body(
        g -> {
          g.writeObjectFieldStart("server");
          string(g, "name", r.name());
          string(g, "description", r.description());
          string(g, "hostname", r.hostname());
          string(g, "accessIPv4", r.accessIpV4());
          string(g, "accessIPv6", r.accessIpV6());
          g.writeEndObject();
        });
  }

  /**
   * {@code {"rebuild": {...}}}.
   *
   * @throws IllegalArgumentException for a field the microversion does not accept
   */
  public static byte[] rebuild(RebuildServerRequest r, Microversion client) {
    require(client, r.description().isPresent(), "description", "2.19");
    require(client, r.keyName().isPresent(), "keyName", "2.54");
    require(client, r.userData().isPresent(), "userData", "2.57");
    require(client, !r.trustedImageCertificates().isEmpty(), "trustedImageCertificates", "2.63");
    require(client, r.hostname().isPresent(), "hostname", "2.90");
    return body(
        g -> {
          g.writeObjectFieldStart("rebuild");
          g.writeStringField("imageRef", r.imageRef());
          string(g, "name", r.name());
          string(g, "adminPass", r.adminPass());
          stringMap(g, "metadata", r.metadata());
          string(g, "description", r.description());
          string(g, "key_name", r.keyName());
          userData(g, r.userData());
          string(g, "hostname", r.hostname());
          strings(g, "trusted_image_certificates", r.trustedImageCertificates());
          bool(g, "preserve_ephemeral", r.preserveEphemeral());
          string(g, "accessIPv4", r.accessIpV4());
          string(g, "accessIPv6", r.accessIpV6());
          g.writeEndObject();
        });
  }

  /**
   * {@code {"<name>": null}}: os-start, os-stop, pause, unpause, suspend, resume, lock, unlock,
   * rescue, unrescue, confirmResize, revertResize, shelve, shelveOffload, unshelve, forceDelete or
   * restore, as Nova's samples send them.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static byte[] action(String name) {
    if (!NULL_BODY_ACTIONS.contains(name)) {
      throw new IllegalArgumentException("not an action without arguments: " + name);
    }
    return body(g -> g.writeNullField(name));
  }

  /** {@code {"reboot": {"type": "SOFT"|"HARD"}}}. */
  public static byte[] reboot(RebootType type) {
    return body(
        g -> {
          g.writeObjectFieldStart("reboot");
          g.writeStringField("type", type.value());
          g.writeEndObject();
        });
  }

  /**
   * {@code {"lock": null}}, or with a reason {@code {"lock": {"locked_reason": ...}}}.
   *
   * @throws IllegalArgumentException for a reason before 2.73, or a blank or too long one
   */
  public static byte[] lock(@Nullable String reason, Microversion client) {
    if (reason == null) {
      return action("lock");
    }
    require(client, true, "lock reason (locked_reason)", "2.73");
    if (reason.isBlank() || reason.length() > 255) {
      throw new IllegalArgumentException("lock reason must be 1 to 255 characters, not blank");
    }
    return body(
        g -> {
          g.writeObjectFieldStart("lock");
          g.writeStringField("locked_reason", reason);
          g.writeEndObject();
        });
  }

  /**
   * {@code {"rescue": {"adminPass"?, "rescue_image_ref"?}}}, or {@code {"rescue": null}} with
   * neither.
   */
  public static byte[] rescue(@Nullable String adminPass, @Nullable String rescueImageRef) {
    if (adminPass == null && rescueImageRef == null) {
      return action("rescue");
    }
    return body(
        g -> {
          g.writeObjectFieldStart("rescue");
          if (adminPass != null) {
            g.writeStringField("adminPass", adminPass);
          }
          if (rescueImageRef != null) {
            g.writeStringField("rescue_image_ref", rescueImageRef);
          }
          g.writeEndObject();
        });
  }

  /** {@code {"resize": {"flavorRef": ...}}}. */
  public static byte[] resize(String flavorRef) {
    notBlank("flavorRef", flavorRef);
    return body(
        g -> {
          g.writeObjectFieldStart("resize");
          g.writeStringField("flavorRef", flavorRef);
          g.writeEndObject();
        });
  }

  /** {@code {"createImage": {"name": ..., "metadata"?: {...}}}}. */
  public static byte[] createImage(String name, Map<String, String> metadata) {
    notBlank("image name", name);
    return body(
        g -> {
          g.writeObjectFieldStart("createImage");
          g.writeStringField("name", name);
          stringMap(g, "metadata", metadata);
          g.writeEndObject();
        });
  }

  /**
   * {@code {"unshelve": null}}, or with a zone {@code {"unshelve": {"availability_zone": ...}}}.
   *
   * @throws IllegalArgumentException for a zone before 2.77
   */
  public static byte[] unshelve(@Nullable String availabilityZone, Microversion client) {
    if (availabilityZone == null) {
      return action("unshelve");
    }
    require(client, true, "unshelve availabilityZone", "2.77");
    notBlank("availabilityZone", availabilityZone);
    return body(
        g -> {
          g.writeObjectFieldStart("unshelve");
          g.writeStringField("availability_zone", availabilityZone);
          g.writeEndObject();
        });
  }

  /** {@code {"metadata": {...}}}, for {@code PUT} and {@code POST /servers/{id}/metadata}. */
  public static byte[] metadata(Map<String, String> metadata) {
    return body(
        g -> {
          g.writeObjectFieldStart("metadata");
          for (Map.Entry<String, String> entry : metadata.entrySet()) {
            g.writeStringField(entry.getKey(), entry.getValue());
          }
          g.writeEndObject();
        });
  }

  /** {@code {"meta": {key: value}}}, for {@code PUT /servers/{id}/metadata/{key}}. */
  public static byte[] metadataItem(String key, String value) {
    Objects.requireNonNull(value, "value == null");
    notBlank("metadata key", key);
    return body(
        g -> {
          g.writeObjectFieldStart("meta");
          g.writeStringField(key, value);
          g.writeEndObject();
        });
  }

  /** {@code {"tags": [...]}}, for {@code PUT /servers/{id}/tags}. */
  public static byte[] tags(List<String> tags) {
    return body(
        g -> {
          g.writeArrayFieldStart("tags");
          for (String tag : tags) {
            g.writeString(tag);
          }
          g.writeEndArray();
        });
  }

  /**
   * {@code {"os-getConsoleOutput": {}}}, the whole log, or with {@code lines} its last lines,
   * {@code {"os-getConsoleOutput": {"length": n}}}. Never -1: Nova's schema calls it "unlimited",
   * but its compute service keeps {@code log.split('\n')[1:]}, every line but the first.
   *
   * @throws IllegalArgumentException for negative {@code lines}
   */
  public static byte[] consoleOutput(@Nullable Integer lines) {
    if (lines != null && lines < 0) {
      throw new IllegalArgumentException("lines must not be negative, was " + lines);
    }
    return body(
        g -> {
          g.writeObjectFieldStart("os-getConsoleOutput");
          if (lines != null) {
            g.writeNumberField("length", lines);
          }
          g.writeEndObject();
        });
  }

  /** {@code {"remote_console": {"protocol": ..., "type": ...}}}. */
  public static byte[] remoteConsole(String protocol, String type) {
    return body(
        g -> {
          g.writeObjectFieldStart("remote_console");
          g.writeStringField("protocol", protocol);
          g.writeStringField("type", type);
          g.writeEndObject();
        });
  }

  private static void require(Microversion client, boolean used, String field, String minimum) {
    if (used && client.isLowerThan(Microversion.parse(minimum))) {
      throw new IllegalArgumentException(
          field + " needs microversion " + minimum + " or later; the client uses " + client);
    }
  }

  private static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  private static void userData(JsonGenerator g, Optional<String> userData) throws IOException {
    if (userData.isPresent()) {
      g.writeStringField(
          "user_data",
          Base64.getEncoder().encodeToString(userData.get().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static void string(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  private static void bool(JsonGenerator g, String name, Optional<Boolean> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void stringMap(JsonGenerator g, String name, Map<String, String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeObjectFieldStart(name);
      for (Map.Entry<String, String> entry : values.entrySet()) {
        g.writeStringField(entry.getKey(), entry.getValue());
      }
      g.writeEndObject();
    }
  }
}
