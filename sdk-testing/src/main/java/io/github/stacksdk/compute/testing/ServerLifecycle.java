package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFault;
import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerSecurityGroup;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Nova's server writes of {@code nova/api/openstack/compute/servers.py}: create (with its schema of
 * {@code schemas/servers.py} at the requested microversion and the quota check), update and
 * delete, and the build and delete that the compute service then carries out ({@link
 * ServerStateMachine}).
 */
final class ServerLifecycle {
  /** {@code utils.DEFAULT_PASSWORD_SYMBOLS}: no 0, 1, I, O or l. */
  private static final String PASSWORD_SYMBOLS =
      "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private static final String RESERVATION_SYMBOLS = "01234567890abcdefghijklmnopqrstuvwxyz";
  private static final Pattern HOSTNAME =
      Pattern.compile("^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]+$");
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The compute host that the fake's scheduler picks for every build and unshelve, unless the fake
   * runs on a single host.
   */
  static final String BUILD_HOST = "compute-01";

  private final ServerStore store;
  private final NovaChanges changes;
  private final ServerStateMachine machine;
  private final Flavors flavors;
  private final ServerRenderer renderer;
  private final ServerGroups groups;
  private volatile Quotas quotas;
  private final List<String> buildFailures = new ArrayList<>();
  private final String buildHost;

  ServerLifecycle(
      ServerStore store,
      NovaChanges changes,
      ServerStateMachine machine,
      Flavors flavors,
      Quotas quotas,
      ServerRenderer renderer,
      ServerGroups groups,
      String buildHost) {
    this.buildHost = buildHost;
    this.store = store;
    this.changes = changes;
    this.machine = machine;
    this.flavors = flavors;
    this.quotas = quotas;
    this.renderer = renderer;
    this.groups = groups;
  }

  void quotas(Quotas quotas) {
    this.quotas = quotas;
  }

  /** Every project's quotas, as set last. */
  Quotas quotas() {
    return quotas;
  }

  /** The next build ends in ERROR with this fault message. */
  void failNextBuild(String message) {
    synchronized (machine) {
      buildFailures.add(message);
    }
  }

  /** A server goes to ERROR at once, with a fault as the compute manager records one. */
  Server fail(String serverId, String message) {
    synchronized (machine) {
      machine.settle();
      machine.cancel(serverId);
      Instant now = NovaChanges.asStored(machine.now());
      return changes.update(serverId, s -> errored(s, message, now));
    }
  }

  private static Server errored(Server s, String message, Instant at) {
    return NovaStates.with(s, "error", null).toBuilder()
        .fault(ServerFault.builder().code(500).message(message).created(at).build())
        .build();
  }

  /**
   * {@code POST /servers}: the created body (202) or the reservation id. The servers belong to the
   * caller's project and user; a flavor the caller may not see is not found; the {@code group}
   * scheduler hint makes them members of that server group.
   */
  Created create(ObjectNode body, Microversion v, Caller caller) {
    String project = caller.project;
    Set<String> top = Set.of("server", "os:scheduler_hints", "OS-SCH-HNT:scheduler_hints");
    JsonNode serverNode = body.get("server");
    if (serverNode != null && !serverNode.isObject()) {
      throw NovaSchema.invalid(
          "server", serverNode, NovaSchema.repr(serverNode) + " is not of type 'object'");
    }
    if (serverNode != null) {
      validateCreate((ObjectNode) serverNode, v);
    }
    @Nullable String group = null;
    for (String key : List.of("os:scheduler_hints", "OS-SCH-HNT:scheduler_hints")) {
      if (body.has(key)) {
        String hinted = groupHint(key, body.get(key));
        group = group != null ? group : hinted;
      }
    }
    NovaSchema.require("", body, "server");
    NovaSchema.noOthers("", body, top);
    ObjectNode server = (ObjectNode) body.get("server");

    String name = server.get("name").asText();
    int minCount =
        server.has("min_count")
            ? NovaSchema.positiveInteger("min_count", server.get("min_count"))
            : 1;
    int maxCount =
        server.has("max_count")
            ? NovaSchema.positiveInteger("max_count", server.get("max_count"))
            : minCount;
    if (minCount > maxCount) {
      throw NovaFault.badRequest("min_count must be <= max_count");
    }
    String imageRef = server.path("imageRef").asText("");
    boolean bootVolume = false;
    for (JsonNode bdm : server.path("block_device_mapping_v2")) {
      if (bdm.path("boot_index").asText("").equals("0")) {
        bootVolume = true;
      }
    }
    if (imageRef.isEmpty() && !bootVolume && !server.has("block_device_mapping")) {
      throw NovaFault.badRequest("Missing imageRef attribute");
    }
    String flavorRef = server.get("flavorRef").asText();
    Flavors.Row row =
        flavors
            .visible(Flavors.idOf(flavorRef), caller)
            .orElseThrow(
                () ->
                    NovaFault.badRequest(
                        "Flavor " + Flavors.idOf(flavorRef) + " could not be found."));
    if (row.disabled) {
      // compute/api.py names the flavor by its row id here, not by its flavor id.
      throw NovaFault.badRequest("Flavor " + row.internalId + " could not be found.");
    }
    ServerFlavor flavor = row.asServerFlavor();
    String adminPass = server.has("adminPass") ? server.get("adminPass").asText() : password();
    @Nullable String groupId = group;
    if (groupId != null && groups.get(groupId).isEmpty()) {
      throw NovaFault.badRequest("Instance group " + groupId + " could not be found.");
    }

    synchronized (machine) {
      machine.settle();
      List<Server> projectServers =
          store.all().stream()
              .map(s -> s.server)
              .filter(s -> !ServerFilters.isDeleted(s))
              .filter(s -> renderer.tenantOf(s).equals(project))
              .collect(Collectors.toList());
      int count = quotas.allowed(projectServers, flavor, minCount, maxCount);
      String reservation = "r-" + random(RESERVATION_SYMBOLS, 8);
      Server first = Server.builder().id("").build();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String displayName = count > 1 ? name + "-" + (i + 1) : name;
        Server created =
            changes.create(
                newServer(
                    server,
                    v,
                    project,
                    caller.user,
                    displayName,
                    flavor,
                    imageRef,
                    reservation,
                    i));
        scheduleBuild(created.id());
        ids.add(created.id());
        if (groupId != null) {
          groups.addMember(groupId, created.id());
        }
        if (i == 0) {
          first = created;
        }
      }
      if (server.path("return_reservation_id").asBoolean(false)
          || server.path("return_reservation_id").asText("").equalsIgnoreCase("true")) {
        ObjectNode out = Responses.object().put("reservation_id", reservation);
        return new Created(out, null, ids);
      }
      ObjectNode out = Responses.object();
      ObjectNode s = out.putObject("server");
      s.put("id", first.id());
      s.set("links", renderer.links(first.id(), ""));
      s.put("OS-DCF:diskConfig", first.diskConfig().orElse("MANUAL"));
      ArrayNode groups = s.putArray("security_groups");
      if (server.has("security_groups")) {
        groups.addAll((ArrayNode) server.get("security_groups"));
      } else {
        groups.addObject().put("name", "default");
      }
      // CONF.api.enable_instance_password defaults to True.
      s.put("adminPass", adminPass);
      return new Created(out, first.id(), ids);
    }
  }

  /**
   * The {@code group} of a scheduler hints object ({@code schemas/servers.py _hints}: an object
   * whose {@code group} is a uuid), or null.
   */
  private static @Nullable String groupHint(String key, JsonNode hints) {
    if (!hints.isObject()) {
      throw NovaSchema.invalid(key, hints, NovaSchema.repr(hints) + " is not of type 'object'");
    }
    JsonNode group = hints.get("group");
    if (group == null) {
      return null;
    }
    if (!group.isTextual()) {
      throw NovaSchema.invalid("group", group, NovaSchema.repr(group) + " is not of type 'string'");
    }
    if (!NovaSchema.isUuid(group.asText())) {
      throw NovaSchema.invalid("group", group, NovaSchema.repr(group) + " is not a 'uuid'");
    }
    return group.asText();
  }

  /**
   * What {@link #create} answers: the body, the first new server's id for the Location header, and
   * every new server's id.
   */
  static final class Created {
    final ObjectNode body;
    final @Nullable String serverId;
    final List<String> serverIds;

    Created(ObjectNode body, @Nullable String serverId, List<String> serverIds) {
      this.body = body;
      this.serverId = serverId;
      this.serverIds = List.copyOf(serverIds);
    }
  }

  private void validateCreate(ObjectNode server, Microversion v) {
    Set<String> allowed =
        new LinkedHashSet<>(
            List.of(
                "name",
                "imageRef",
                "flavorRef",
                "adminPass",
                "metadata",
                "networks",
                "OS-DCF:diskConfig",
                "accessIPv4",
                "accessIPv6",
                "availability_zone",
                "block_device_mapping",
                "block_device_mapping_v2",
                "config_drive",
                "key_name",
                "min_count",
                "max_count",
                "return_reservation_id",
                "security_groups",
                "user_data"));
    if (!atLeast(v, 57)) {
      allowed.add("personality");
    }
    if (atLeast(v, 19)) {
      allowed.add("description");
    }
    if (atLeast(v, 52)) {
      allowed.add("tags");
    }
    if (atLeast(v, 63)) {
      allowed.add("trusted_image_certificates");
    }
    if (atLeast(v, 74)) {
      allowed.add("host");
      allowed.add("hypervisor_hostname");
    }
    if (atLeast(v, 90)) {
      allowed.add("hostname");
    }
    // jsonschema checks the properties (in the schema's order), then required, then the rest.
    if (server.has("name")) {
      NovaSchema.name("name", server.get("name"));
    }
    JsonNode imageRef = server.get("imageRef");
    if (imageRef != null
        && !(imageRef.isTextual()
            && (imageRef.asText().isEmpty() || NovaSchema.isUuid(imageRef.asText())))) {
      throw NovaSchema.invalid(
          "imageRef",
          imageRef,
          NovaSchema.repr(imageRef) + " is not valid under any of the given schemas");
    }
    JsonNode flavorRef = server.get("flavorRef");
    if (flavorRef != null) {
      if (!flavorRef.isTextual() && !flavorRef.isIntegralNumber()) {
        throw NovaSchema.invalid(
            "flavorRef",
            flavorRef,
            NovaSchema.repr(flavorRef) + " is not of type 'string', 'integer'");
      }
      if (flavorRef.isTextual() && flavorRef.asText().isEmpty()) {
        throw NovaSchema.invalid("flavorRef", flavorRef, "'' is too short");
      }
    }
    if (server.has("metadata")) {
      metadata("metadata", server.get("metadata"));
    }
    JsonNode networks = server.get("networks");
    if (networks != null && atLeast(v, 37)) {
      boolean ok =
          networks.isArray()
              || (networks.isTextual()
                  && (networks.asText().equals("auto") || networks.asText().equals("none")));
      if (!ok) {
        throw NovaSchema.invalid(
            "networks",
            networks,
            NovaSchema.repr(networks) + " is not valid under any of the given schemas");
      }
    } else if (networks != null && !networks.isArray()) {
      throw NovaSchema.invalid(
          "networks", networks, NovaSchema.repr(networks) + " is not of type 'array'");
    }
    for (String key : List.of("min_count", "max_count")) {
      if (server.has(key)) {
        NovaSchema.positiveInteger(key, server.get(key));
      }
    }
    JsonNode userData = server.get("user_data");
    if (userData != null) {
      if (!userData.isTextual()) {
        throw NovaSchema.invalid(
            "user_data", userData, NovaSchema.repr(userData) + " is not of type 'string'");
      }
      if (!NovaSchema.isBase64(userData.asText())) {
        throw NovaSchema.invalid(
            "user_data", userData, NovaSchema.repr(userData) + " is not a 'base64'");
      }
      if (userData.asText().length() > 65535) {
        throw NovaSchema.invalid("user_data", userData, NovaSchema.repr(userData) + " is too long");
      }
    }
    if (atLeast(v, 19) && server.has("description")) {
      NovaSchema.string("description", server.get("description"), 255, true);
    }
    if (atLeast(v, 52) && server.has("tags")) {
      ServerTagsAndMetadata.validateTags("tags", server.get("tags"));
    }
    if (atLeast(v, 63) && server.has("trusted_image_certificates")) {
      JsonNode certs = server.get("trusted_image_certificates");
      if (!certs.isArray() && !certs.isNull()) {
        throw NovaSchema.invalid(
            "trusted_image_certificates",
            certs,
            NovaSchema.repr(certs) + " is not of type 'array', 'null'");
      }
      if (certs.isArray() && certs.size() == 0) {
        throw NovaSchema.invalid("trusted_image_certificates", certs, "[] is too short");
      }
    }
    if (atLeast(v, 90) && server.has("hostname")) {
      hostname(server.get("hostname"));
    }
    List<String> required = new ArrayList<>(List.of("name", "flavorRef"));
    if (atLeast(v, 37)) {
      required.add("networks");
    }
    NovaSchema.require("server", server, required.toArray(new String[0]));
    NovaSchema.noOthers("server", server, allowed);
  }

  static void hostname(JsonNode hostname) {
    String text = NovaSchema.requiredString("hostname", hostname, 63);
    if (text.length() < 2) {
      throw NovaSchema.invalid("hostname", hostname, NovaSchema.repr(hostname) + " is too short");
    }
    if (!HOSTNAME.matcher(text).matches()) {
      throw NovaSchema.invalid(
          "hostname",
          hostname,
          NovaSchema.repr(hostname) + " does not match '^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]+$'");
    }
  }

  /** {@code parameter_types.metadata}: string keys of 1 to 255 allowed characters, string values. */
  static Map<String, String> metadata(String key, JsonNode metadata) {
    if (!metadata.isObject()) {
      throw NovaSchema.invalid(
          key, metadata, NovaSchema.repr(metadata) + " is not of type 'object'");
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : metadata.properties()) {
      if (!e.getKey().matches("^[a-zA-Z0-9-_:. ]{1,255}$")) {
        bad.add(NovaSchema.repr(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey())));
        continue;
      }
      JsonNode value = e.getValue();
      if (!value.isTextual()) {
        throw NovaSchema.invalid(
            e.getKey(), value, NovaSchema.repr(value) + " is not of type 'string'");
      }
      if (value.asText().length() > 255) {
        throw NovaSchema.invalid(e.getKey(), value, NovaSchema.repr(value) + " is too long");
      }
      out.put(e.getKey(), value.asText());
    }
    if (!bad.isEmpty()) {
      throw NovaSchema.invalid(
          key,
          metadata,
          "Additional properties are not allowed ("
              + String.join(", ", bad)
              + (bad.size() == 1 ? " was" : " were")
              + " unexpected)");
    }
    return out;
  }

  private Server newServer(
      ObjectNode req,
      Microversion v,
      String project,
      String userId,
      String name,
      ServerFlavor flavor,
      String imageRef,
      String reservation,
      int launchIndex) {
    String id = UUID.randomUUID().toString();
    Server.Builder b =
        Server.builder()
            .id(id)
            .name(name)
            .tenantId(project)
            .userId(userId)
            .hostId("")
            .flavor(flavor)
            .accessIPv4(req.path("accessIPv4").asText(""))
            .accessIPv6(req.path("accessIPv6").asText(""))
            .diskConfig(req.path("OS-DCF:diskConfig").asText("MANUAL"))
            .availabilityZone(req.path("availability_zone").asText(""))
            .configDrive(req.path("config_drive").asBoolean(false))
            .reservationId(reservation)
            .launchIndex(launchIndex)
            .progress(0)
            .locked(false)
            .hostname(hostnameOf(req, v, name))
            .instanceName(String.format(Locale.ROOT, "instance-%s", id.substring(0, 8)))
            .powerStateCode(NovaStates.NOSTATE);
    if (!imageRef.isEmpty()) {
      b.image(ServerImage.builder().id(imageRef).build());
    }
    if (req.has("key_name")) {
      b.keyName(req.get("key_name").asText());
    }
    if (req.has("metadata")) {
      b.metadata(metadata("metadata", req.get("metadata")));
    }
    if (req.has("user_data")) {
      b.userData(req.get("user_data").asText());
    }
    // Before 2.19 Nova stores the name as the description.
    String description =
        atLeast(v, 19)
            ? (req.path("description").isTextual() ? req.get("description").asText() : null)
            : name;
    if (description != null) {
      b.description(description);
    }
    if (atLeast(v, 52)) {
      for (JsonNode tag : req.path("tags")) {
        b.addTag(tag.asText());
      }
    }
    if (atLeast(v, 63)) {
      for (JsonNode cert : req.path("trusted_image_certificates")) {
        b.addTrustedImageCertificate(cert.asText());
      }
    }
    Set<String> groups = new HashSet<>();
    for (JsonNode group : req.path("security_groups")) {
      groups.add(group.path("name").asText());
    }
    if (groups.isEmpty()) {
      groups.add("default");
    }
    for (String group : groups) {
      b.addSecurityGroup(ServerSecurityGroup.builder().name(group).build());
    }
    return NovaStates.with(b.build(), "building", "scheduling");
  }

  private static String hostnameOf(ObjectNode req, Microversion v, String name) {
    if (atLeast(v, 90) && req.has("hostname")) {
      return req.get("hostname").asText();
    }
    // utils.sanitize_hostname: lower case, spaces and underscores to dashes, other odd ones out.
    String host =
        name.toLowerCase(Locale.ROOT).replaceAll("[ _]", "-").replaceAll("[^a-z0-9.-]", "");
    host = host.replaceAll("^[.-]+|[.-]+$", "");
    if (host.length() > 63) {
      host = host.substring(0, 63);
    }
    return host.isEmpty() ? "Server-" + UUID.randomUUID() : host;
  }

  /** The compute service's build: networking, block devices, spawning, then ACTIVE (or ERROR). */
  private void scheduleBuild(String serverId) {
    String failure = buildFailures.isEmpty() ? null : buildFailures.remove(0);
    List<UnaryOperator<Server>> steps = new ArrayList<>();
    // The scheduler has picked a host (Nova's instance.host) before the compute service starts.
    steps.add(s -> onHost(NovaStates.task(s, "networking")));
    steps.add(s -> NovaStates.task(s, "block_device_mapping"));
    steps.add(s -> NovaStates.task(s, "spawning"));
    if (failure != null) {
      // A failed build leaves no host (_nil_out_instance_obj_host_and_node; NoValidHost never
      // had one).
      steps.add(
          s ->
              errored(s, failure, s.updated().orElse(Instant.EPOCH)).toBuilder()
                  .host(java.util.Optional.empty())
                  .hypervisorHostname(java.util.Optional.empty())
                  .hostStatus("")
                  .build());
    } else {
      steps.add(
          s ->
              NovaStates.with(s, "active", null, NovaStates.RUNNING).toBuilder()
                  .availabilityZone(s.availabilityZone().filter(az -> !az.isEmpty()).orElse("nova"))
                  .launchedAt(s.updated().orElse(Instant.EPOCH))
                  .hostId(hostIdOf(s))
                  .build());
    }
    machine.schedule(serverId, steps);
  }

  /** On the fake's compute host, as the scheduler places a server for a build or unshelve. */
  Server onHost(Server s) {
    return s.toBuilder()
        .host(buildHost)
        .hypervisorHostname(buildHost)
        .hostStatus("UP")
        .hostId(hostIdOf(s))
        .build();
  }

  static String hostIdOf(Server s) {
    return Integer.toHexString(s.tenantId().orElse("").hashCode()) + "0".repeat(48);
  }

  /** {@code PUT /servers/{id}}: name, description (2.19), accessIPv4/v6, hostname (2.90). */
  Server update(ObjectNode body, Microversion v, String serverId) {
    JsonNode serverNode = body.get("server");
    if (serverNode != null && serverNode.isObject()) {
      ObjectNode server = (ObjectNode) serverNode;
      Set<String> allowed =
          new HashSet<>(List.of("name", "OS-DCF:diskConfig", "accessIPv4", "accessIPv6"));
      if (server.has("name")) {
        NovaSchema.name("name", server.get("name"));
      }
      if (atLeast(v, 19)) {
        allowed.add("description");
        if (server.has("description")) {
          NovaSchema.string("description", server.get("description"), 255, true);
        }
      }
      if (atLeast(v, 90)) {
        allowed.add("hostname");
        if (server.has("hostname")) {
          hostname(server.get("hostname"));
        }
      }
      NovaSchema.noOthers("server", server, allowed);
    } else if (serverNode != null) {
      throw NovaSchema.invalid(
          "server", serverNode, NovaSchema.repr(serverNode) + " is not of type 'object'");
    }
    NovaSchema.require("", body, "server");
    NovaSchema.noOthers("", body, Set.of("server"));
    ObjectNode server = (ObjectNode) serverNode;
    synchronized (machine) {
      machine.settle();
      return changes.update(
          serverId,
          s -> {
            Server.Builder b = s.toBuilder();
            if (server.has("name")) {
              b.name(server.get("name").asText());
            }
            if (server.has("description")) {
              JsonNode d = server.get("description");
              b.description(
                  d.isNull() ? java.util.Optional.empty() : java.util.Optional.of(d.asText()));
            }
            if (server.has("accessIPv4")) {
              b.accessIPv4(server.get("accessIPv4").asText());
            }
            if (server.has("accessIPv6")) {
              b.accessIPv6(server.get("accessIPv6").asText());
            }
            if (server.has("OS-DCF:diskConfig")) {
              b.diskConfig(server.get("OS-DCF:diskConfig").asText());
            }
            if (server.has("hostname")) {
              b.hostname(server.get("hostname").asText());
            }
            return b.build();
          });
    }
  }

  /**
   * {@code DELETE /servers/{id}} and {@code forceDelete}: task_state {@code deleting} at once, then
   * Nova's delete when the transition completes.
   */
  void delete(String serverId) {
    changes.update(serverId, s -> NovaStates.task(s, "deleting"));
    machine.scheduleDelete(serverId, List.of(UnaryOperator.identity()));
  }

  static String password() {
    // generate_password: one of each symbol group, then the rest from all, shuffled.
    StringBuilder out = new StringBuilder();
    out.append(random("23456789", 1))
        .append(random("ABCDEFGHJKLMNPQRSTUVWXYZ", 1))
        .append(random("abcdefghijkmnopqrstuvwxyz", 1))
        .append(random(PASSWORD_SYMBOLS, 9));
    List<Character> chars = new ArrayList<>();
    for (char c : out.toString().toCharArray()) {
      chars.add(c);
    }
    java.util.Collections.shuffle(chars, RANDOM);
    StringBuilder shuffled = new StringBuilder();
    chars.forEach(shuffled::append);
    return shuffled.toString();
  }

  private static String random(String symbols, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(symbols.charAt(RANDOM.nextInt(symbols.length())));
    }
    return out.toString();
  }
}
