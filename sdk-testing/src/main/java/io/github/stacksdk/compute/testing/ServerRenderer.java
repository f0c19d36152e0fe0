package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.AttachedVolume;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Renders a seeded {@link Server} as Nova's server body at one microversion.
 *
 * <p>The server is first written with the SDK's own JSON writer ({@link ModelJson#mapper()}),
 * which gives Nova's wire shape of every field it holds; the body is then built from that tree in
 * the order Nova's view builder ({@code nova/api/openstack/compute/views/servers.py}) uses, with
 * only the keys that exist at the requested microversion. A key that exists but has no value is
 * rendered as Nova renders it ({@code null}, {@code ""}, {@code false} or {@code []}). Links,
 * image and flavor links point at the fake itself.
 */
final class ServerRenderer {
  /** Statuses whose body carries {@code progress} (Nova's {@code _progress_statuses}). */
  private static final Set<String> PROGRESS_STATUSES =
      Set.of("ACTIVE", "BUILD", "REBUILD", "RESIZE", "VERIFY_RESIZE", "MIGRATING");

  /** Statuses whose body carries {@code fault}, when there is one (Nova's {@code _fault_statuses}). */
  private static final Set<String> FAULT_STATUSES = Set.of("ERROR", "DELETED");

  /** Every key the model writes; anything else is a vendor key, passed through at every version. */
  private static final Set<String> MODEL_KEYS =
      Set.of(
          "id",
          "name",
          "status",
          "tenant_id",
          "user_id",
          "created",
          "updated",
          "hostId",
          "links",
          "metadata",
          "addresses",
          "accessIPv4",
          "accessIPv6",
          "key_name",
          "image",
          "flavor",
          "progress",
          "fault",
          "security_groups",
          "os-extended-volumes:volumes_attached",
          "config_drive",
          "OS-DCF:diskConfig",
          "OS-EXT-AZ:availability_zone",
          "OS-EXT-SRV-ATTR:host",
          "OS-EXT-SRV-ATTR:hypervisor_hostname",
          "OS-EXT-SRV-ATTR:instance_name",
          "OS-EXT-SRV-ATTR:hostname",
          "OS-EXT-SRV-ATTR:kernel_id",
          "OS-EXT-SRV-ATTR:ramdisk_id",
          "OS-EXT-SRV-ATTR:reservation_id",
          "OS-EXT-SRV-ATTR:launch_index",
          "OS-EXT-SRV-ATTR:root_device_name",
          "OS-EXT-SRV-ATTR:user_data",
          "OS-EXT-STS:power_state",
          "OS-EXT-STS:vm_state",
          "OS-EXT-STS:task_state",
          "OS-SRV-USG:launched_at",
          "OS-SRV-USG:terminated_at",
          "locked",
          "host_status",
          "description",
          "tags",
          "trusted_image_certificates",
          "server_groups",
          "locked_reason",
          "pinned_availability_zone",
          "scheduler_hints",
          "adminPass");

  private final String baseUrl;
  private final String defaultProject;
  private final ServerGroups groups;

  /**
   * @param baseUrl the fake's root URL, {@code http://127.0.0.1:PORT}
   * @param defaultProject the project of seeded servers without a tenant id
   * @param groups the server groups, whose members a show names them for
   */
  ServerRenderer(String baseUrl, String defaultProject, ServerGroups groups) {
    this.baseUrl = baseUrl;
    this.defaultProject = defaultProject;
    this.groups = groups;
  }

  /** The project that owns a seeded server. */
  String tenantOf(Server server) {
    return server.tenantId().orElse(defaultProject);
  }

  /** An entry of {@code GET /servers}: id, name and links. */
  ObjectNode summary(ServerStore.Stored stored, String projectPrefix) {
    Server s = stored.server;
    ObjectNode out = Responses.object();
    out.put("id", s.id());
    out.put("name", s.name().orElse(null));
    out.set("links", links(s.id(), projectPrefix));
    return out;
  }

  /**
   * A server of {@code GET /servers/detail} ({@code show} false) or {@code GET /servers/{id}}
   * ({@code show} true): the two differ in where {@code host_status} goes and in {@code
   * server_groups}, which only a show has. Only an {@code admin} sees the extended server
   * attributes and {@code host_status} (Nova's default policy); from 2.90 everyone sees the
   * hostname.
   */
  ObjectNode detail(
      ServerStore.Stored stored,
      Microversion v,
      String projectPrefix,
      boolean show,
      boolean admin) {
    Server s = stored.server;
    ObjectNode tree = ModelJson.mapper().valueToTree(s);
    ObjectNode out = Responses.object();
    String status = s.statusAsString().orElse("").toUpperCase(Locale.ROOT);

    out.put("id", s.id());
    copy(out, tree, "name");
    copy(out, tree, "status");
    out.put("tenant_id", tenantOf(s));
    copy(out, tree, "user_id");
    copy(out, tree, "metadata");
    out.put("hostId", s.hostId().orElse(""));
    out.set("image", image(s.image(), v, projectPrefix));
    out.set("flavor", flavor(s.flavor(), v, projectPrefix));
    copy(out, tree, "created");
    copy(out, tree, "updated");
    copy(out, tree, "addresses");
    out.put("accessIPv4", s.accessIPv4().orElse(""));
    out.put("accessIPv6", s.accessIPv6().orElse(""));
    out.set("links", links(s.id(), projectPrefix));
    out.put("OS-DCF:diskConfig", s.diskConfig().orElse("MANUAL"));
    if (FAULT_STATUSES.contains(status) && tree.has("fault")) {
      out.set("fault", tree.get("fault"));
    }
    if (PROGRESS_STATUSES.contains(status)) {
      out.put("progress", s.progress().orElse(0));
    }
    out.put("OS-EXT-AZ:availability_zone", s.availabilityZone().orElse(""));
    out.put("config_drive", s.configDrive().orElse(false) ? "True" : "");
    copy(out, tree, "key_name");
    copy(out, tree, "OS-SRV-USG:launched_at");
    copy(out, tree, "OS-SRV-USG:terminated_at");
    if (admin) {
      copy(out, tree, "OS-EXT-SRV-ATTR:host");
      out.put(
          "OS-EXT-SRV-ATTR:instance_name",
          s.instanceName().orElse(String.format(Locale.ROOT, "instance-%08x", stored.internalId)));
      copy(out, tree, "OS-EXT-SRV-ATTR:hypervisor_hostname");
    }
    if (!admin && atLeast(v, 90)) {
      copy(out, tree, "OS-EXT-SRV-ATTR:hostname");
    } else if (admin && atLeast(v, 3)) {
      copy(out, tree, "OS-EXT-SRV-ATTR:reservation_id");
      copy(out, tree, "OS-EXT-SRV-ATTR:launch_index");
      copy(out, tree, "OS-EXT-SRV-ATTR:hostname");
      out.put("OS-EXT-SRV-ATTR:kernel_id", s.kernelId().orElse(""));
      out.put("OS-EXT-SRV-ATTR:ramdisk_id", s.ramdiskId().orElse(""));
      copy(out, tree, "OS-EXT-SRV-ATTR:root_device_name");
      copy(out, tree, "OS-EXT-SRV-ATTR:user_data");
    }
    copy(out, tree, "OS-EXT-STS:task_state");
    copy(out, tree, "OS-EXT-STS:vm_state");
    copy(out, tree, "OS-EXT-STS:power_state");
    out.set("os-extended-volumes:volumes_attached", volumes(s, v));
    if (!s.securityGroups().isEmpty()) {
      copy(out, tree, "security_groups");
    }
    if (admin && show && atLeast(v, 16)) {
      out.put("host_status", s.hostStatus().orElse(""));
    }
    if (atLeast(v, 9)) {
      out.put("locked", s.locked().orElse(false));
    }
    if (atLeast(v, 73)) {
      copy(out, tree, "locked_reason");
    }
    if (atLeast(v, 19)) {
      copy(out, tree, "description");
    }
    if (atLeast(v, 26)) {
      copy(out, tree, "tags");
    }
    if (atLeast(v, 63)) {
      // Nova sends null, not [], for a server without trusted certificates.
      out.set(
          "trusted_image_certificates",
          s.trustedImageCertificates().isEmpty()
              ? NullNode.getInstance()
              : tree.get("trusted_image_certificates"));
    }
    if (show && atLeast(v, 71)) {
      // The groups that list the server as a member, else what the seed says.
      List<String> memberOf = groups.groupsOf(s.id());
      if (memberOf.isEmpty()) {
        copy(out, tree, "server_groups");
      } else {
        memberOf.forEach(out.putArray("server_groups")::add);
      }
    }
    if (atLeast(v, 96)) {
      copy(out, tree, "pinned_availability_zone");
    }
    if (atLeast(v, 100)) {
      copy(out, tree, "scheduler_hints");
    }
    if (admin && !show && atLeast(v, 16)) {
      // The listing adds host_status after the rest (views/servers.py _add_host_status).
      out.put("host_status", s.hostStatus().orElse(""));
    }
    for (Map.Entry<String, JsonNode> extra : tree.properties()) {
      if (!MODEL_KEYS.contains(extra.getKey())) {
        out.set(extra.getKey(), extra.getValue());
      }
    }
    return out;
  }

  /** A server's self and bookmark links, with the project id when the request URL had one. */
  ArrayNode links(String serverId, String projectPrefix) {
    ArrayNode links = Responses.object().arrayNode();
    links.add(link("self", baseUrl + "/v2.1" + projectPrefix + "/servers/" + serverId));
    links.add(link("bookmark", baseUrl + projectPrefix + "/servers/" + serverId));
    return links;
  }

  static ObjectNode link(String rel, String href) {
    return Responses.object().put("rel", rel).put("href", href);
  }

  /** {@code ""} for a server booted from a volume; {@code properties} from 2.98. */
  private JsonNode image(Optional<ServerImage> image, Microversion v, String projectPrefix) {
    if (image.isEmpty()) {
      return Responses.object().textNode("");
    }
    ObjectNode out = Responses.object().put("id", image.get().id());
    out.putArray("links")
        .add(link("bookmark", baseUrl + projectPrefix + "/images/" + image.get().id()));
    if (atLeast(v, 98)) {
      ObjectNode properties = out.putObject("properties");
      image.get().properties().forEach(properties::put);
    }
    return out;
  }

  /**
   * The flavor reference {@code {id, links}} before 2.47, its description from 2.47. A seed may
   * hold both; what it does not hold is left out.
   */
  private JsonNode flavor(Optional<ServerFlavor> flavor, Microversion v, String projectPrefix) {
    ObjectNode out = Responses.object();
    if (flavor.isEmpty()) {
      return out;
    }
    ServerFlavor f = flavor.get();
    if (!atLeast(v, 47)) {
      f.id()
          .ifPresent(
              id -> {
                out.put("id", id);
                out.putArray("links")
                    .add(link("bookmark", baseUrl + projectPrefix + "/flavors/" + id));
              });
      return out;
    }
    putInt(out, "vcpus", f.vcpus());
    putInt(out, "ram", f.ram());
    putInt(out, "disk", f.disk());
    putInt(out, "ephemeral", f.ephemeral());
    putInt(out, "swap", f.swap());
    f.originalName().ifPresent(name -> out.put("original_name", name));
    ObjectNode specs = out.putObject("extra_specs");
    f.extraSpecs().forEach(specs::put);
    return out;
  }

  /** {@code delete_on_termination} exists from 2.3. */
  private static ArrayNode volumes(Server s, Microversion v) {
    ArrayNode out = Responses.object().arrayNode();
    for (AttachedVolume volume : s.volumesAttached()) {
      ObjectNode entry = out.addObject().put("id", volume.id());
      if (atLeast(v, 3)) {
        entry.put("delete_on_termination", volume.deleteOnTermination().orElse(false));
      }
    }
    return out;
  }

  private static void putInt(ObjectNode out, String key, OptionalInt value) {
    if (value.isPresent()) {
      out.put(key, value.getAsInt());
    }
  }

  /** Copies a key of the written server, or sets it to null when the server has no value. */
  private static void copy(ObjectNode out, ObjectNode tree, String key) {
    JsonNode value = tree.get(key);
    out.set(key, value != null ? value : NullNode.getInstance());
  }
}
