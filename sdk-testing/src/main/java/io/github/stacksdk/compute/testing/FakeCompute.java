package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.FakeSettings.requireText;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.action.InstanceActionEvent;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.servergroup.ServerGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake of the OpenStack Compute (Nova) API and of Keystone's token API, on
 * 127.0.0.1 and a free port, for testing code that lists, inspects, creates, changes and waits for
 * servers.
 *
 * <pre>{@code
 * try (FakeCompute fake = FakeCompute.start()) {
 *   fake.addServer(Server.builder().id("6a1f3ea4-2b0c-4f5e-9a1d-0c8f1e1b8c11").name("web-01")
 *       .statusAsString("ACTIVE").build());
 *   try (ComputeClient compute = fake.clientBuilder().microversion("2.79").build()) {
 *     assertThat(compute.listServers().stream().count()).isEqualTo(1);
 *   }
 *   assertThat(fake.takeRequest().path()).isEqualTo("/v2.1/servers/detail");
 * }
 * }</pre>
 *
 * <p>It answers as Nova 26 (Zed) does (the routes are listed in the {@linkplain
 * io.github.stacksdk.compute.testing package documentation}). Tests may change the cloud while a
 * client watches it: {@link #createServer}, {@link #updateServer}, {@link #deleteServer} and
 * {@link #purgeDeletedServers}, stamped with the cloud's {@linkplain Builder#clock clock}. Clients
 * may do the same through the API: servers created with {@code POST /servers} and changed by
 * actions go through Nova's statuses and task states, each transition taking {@linkplain
 * Builder#transitionTime the transition time}; {@link #failNextBuild} and {@link #failServer} put
 * servers in {@code ERROR} with a fault, and {@linkplain #quota quotas} can run out.
 *
 * <p>It also answers the reads of the rest of the cloud: flavors ({@link #addFlavor}), keypairs
 * ({@link #addKeypair(String, String, String, String)}), availability zones, hypervisors and
 * services of its hosts, server groups ({@link #addServerGroup}), limits and quota sets (its
 * {@linkplain #quota quotas}), the instance actions it records for each create, action and
 * delete, and a server's addresses, volume attachments ({@link #attachVolume}), consoles ({@link
 * #consoleOutput}) and diagnostics.
 *
 * <p>Seeded servers are the SDK's own models; those without a tenant id belong to {@link
 * #projectId()}. As in Nova, {@code SOFT_DELETED} servers are listed only when asked for, and
 * locked ones count as locked by their owner. Nova answers at once, unless built with a {@link
 * NovaCost} and a number of API workers. A fake is thread-safe; {@link #close()} stops it.
 */
public final class FakeCompute implements AutoCloseable {
  /** The token of a fake built with defaults. */
  public static final String DEFAULT_TOKEN = "fake-token";

  /** The highest microversion of a fake built with defaults (Nova 2024.1, Caracal). */
  public static final String DEFAULT_MAX_MICROVERSION = "2.96";

  /** The project of a fake built with defaults; hexadecimal, as Nova wants project ids in paths. */
  public static final String DEFAULT_PROJECT_ID = "fa4e0000000040008000000000000001";

  private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(5);

  private final MockWebServer server = NoDelaySockets.server();
  private final ServerStore store = new ServerStore();
  private final FaultInjection injection = new FaultInjection();
  private final NovaChanges changes;
  private final FakeSettings settings;
  private final ApiWorkers workers;
  private final ServerStateMachine machine;
  private final ServerLifecycle lifecycle;
  private final Flavors flavors;
  private final Keypairs keypairs = new Keypairs();
  private final ServerGroups groups = new ServerGroups();
  private final InstanceActions instanceActions;
  private final VolumeAttachments attachments;
  private final NovaResources resources;

  private FakeCompute(Builder b) {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("FakeCompute could not start", e);
    }
    this.settings =
        new FakeSettings(
            "http://127.0.0.1:" + server.getPort(),
            b.token,
            b.projectId,
            b.otherTokens,
            b.memberTokens,
            b.maxMicroversion,
            b.virtualInterfacesExtension,
            b.clock,
            b.users);
    this.changes = new NovaChanges(store, b.clock);
    Keystone keystone =
        new Keystone(keystoneUrl(), endpoint(), b.token, b.projectId, b.username, b.password);
    this.workers = new ApiWorkers(b.cost, b.apiWorkers);
    this.machine = new ServerStateMachine(store, changes, b.clock, b.transitionTime);
    this.flavors = new Flavors(b.flavors);
    ServerRenderer renderer = new ServerRenderer(settings.baseUrl, settings.projectId, groups);
    this.lifecycle =
        new ServerLifecycle(store, changes, machine, flavors, b.quotas, renderer, groups, b.hosts);
    ServerActions actions =
        new ServerActions(store, changes, machine, lifecycle, flavors, settings.baseUrl);
    this.instanceActions = new InstanceActions(machine, changes::storedNow, b.hosts);
    this.attachments = new VolumeAttachments(store);
    this.resources =
        new NovaResources(
            settings,
            store,
            renderer,
            flavors,
            keypairs,
            groups,
            instanceActions,
            attachments,
            new ComputeHosts(store, changes::storedNow, b.hosts),
            new ProjectUsage(store, renderer, groups, lifecycle::quotas));
    server.setDispatcher(
        new NovaDispatcher(
            settings,
            store,
            injection,
            keystone,
            workers,
            machine,
            lifecycle,
            actions,
            new ServerTagsAndMetadata(changes, machine),
            renderer,
            resources));
  }

  /**
   * Starts a fake with the defaults: token {@value #DEFAULT_TOKEN}, microversions 2.1 to
   * {@value #DEFAULT_MAX_MICROVERSION}, project {@value #DEFAULT_PROJECT_ID}, no servers.
   *
   * @return a started fake; close it when done
   * @throws UncheckedIOException when no port could be bound
   */
  public static FakeCompute start() {
    return builder().start();
  }

  /** Returns a builder for a fake with other settings, holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the compute endpoint, {@code http://127.0.0.1:PORT/v2.1}, as a catalog gives it. */
  public String endpoint() {
    return settings.endpoint();
  }

  /** Returns the endpoint in its older form, {@code http://127.0.0.1:PORT/v2.1/PROJECT_ID}. */
  public String projectEndpoint() {
    return endpoint() + "/" + settings.projectId;
  }

  /** Returns Keystone's URL, {@code http://127.0.0.1:PORT/identity/v3}, to authenticate first. */
  public String keystoneUrl() {
    return settings.keystoneUrl();
  }

  /** Returns the administrator's token that the fake accepts (and Keystone issues). */
  public String token() {
    return settings.token;
  }

  /** Returns the token's project: listings without {@code all_tenants} show only its servers. */
  public String projectId() {
    return settings.projectId;
  }

  /** Returns the highest microversion the fake supports, {@code X.Y}. */
  public String maxMicroversion() {
    return settings.maxVersion.toString();
  }

  /** Returns a client builder pointed at this fake, with its token; set the rest, then build. */
  public ComputeClient.Builder clientBuilder() {
    return ComputeClient.builder().endpoint(endpoint()).token(settings.token);
  }

  /**
   * Adds a server, or replaces the one with the same id.
   *
   * @param server the server, written into responses field by field
   * @return this fake
   */
  public FakeCompute addServer(Server server) {
    store.put(Objects.requireNonNull(server, "server == null"));
    return this;
  }

  /** Adds servers in order (the order breaks ties between equal creation times); returns this. */
  public FakeCompute addServers(Iterable<Server> servers) {
    for (Server server : servers) {
      addServer(server);
    }
    return this;
  }

  /**
   * Removes a server and its virtual interfaces without a trace in any listing, {@code
   * changes-since} and {@code deleted=true} included, though its id still works as a paging
   * marker at its old place (until {@link #purgeDeletedServers()} or {@link #clear()}). For a
   * delete as Nova's, which watchers see, use {@link #deleteServer}.
   *
   * @param serverId the server id
   * @return whether there was such a server (not for one already removed)
   */
  public boolean removeServer(String serverId) {
    return store.remove(serverId);
  }

  /**
   * Adds a server as Nova creates one, with {@code created} and {@code updated} from the clock
   * unless it has them.
   *
   * @return the server as stored
   * @throws IllegalArgumentException when a server, deleted or not, has its id
   */
  public Server createServer(Server server) {
    return changes.create(server);
  }

  /**
   * Changes a server atomically, as Nova's API or compute service does: {@code updated} becomes
   * the clock's now, rounded to the second as Nova's MySQL stores it.
   *
   * @param change makes the new server from the old one, with the same id
   * @return the server as stored
   * @throws java.util.NoSuchElementException when there is no such server
   * @throws IllegalStateException when it is deleted
   */
  public Server updateServer(String serverId, UnaryOperator<Server> change) {
    return changes.update(serverId, change);
  }

  /**
   * Deletes a server as Nova does, keeping its soft-deleted row until {@link
   * #purgeDeletedServers()}: plain listings and show (404) no longer see it; {@code changes-since}
   * and {@code changes-before} list it for every token, as does an admin's {@code deleted=true},
   * with status {@code DELETED}, {@code terminated_at} and {@code updated} now, and no addresses,
   * metadata, tags, security groups or volumes; it stays a paging marker.
   *
   * @return the deleted server as stored
   * @throws java.util.NoSuchElementException when there is no such server
   * @throws IllegalStateException when it is deleted already
   */
  public Server deleteServer(String serverId) {
    return changes.delete(serverId);
  }

  /**
   * Purges deleted (and removed) servers as {@code nova-manage db archive_deleted_rows} does: no
   * listing sees them, and their ids are unknown markers (400).
   *
   * @return how many servers were purged
   */
  public int purgeDeletedServers() {
    return changes.purgeDeleted();
  }

  /**
   * Adds virtual interfaces to a server, listed by {@code os-virtual-interfacesv2} and, as ports,
   * by {@code os-interface}.
   *
   * @param serverId the id of the server (which may be added before or after its interfaces)
   * @param vifs the interfaces, appended to those already added
   * @return this fake
   */
  public FakeCompute addVirtualInterfaces(String serverId, List<VirtualInterface> vifs) {
    store.addInterfaces(Objects.requireNonNull(serverId, "serverId == null"), List.copyOf(vifs));
    return this;
  }

  /**
   * Makes the next server that {@code POST /servers} creates fail its build: when its transition
   * completes it is in {@code ERROR} (vm_state {@code error}, no task) with a {@code fault} of
   * code 500 and this message, as Nova's compute manager records a failed build. Calls queue up,
   * one failure per created server.
   *
   * @param faultMessage the fault's message, for example {@code "No valid host was found. "}
   * @return this fake
   */
  public FakeCompute failNextBuild(String faultMessage) {
    lifecycle.failNextBuild(requireText(faultMessage, "faultMessage"));
    return this;
  }

  /**
   * Puts a server into {@code ERROR} at once, as a failure on its compute host would: vm_state
   * {@code error}, no task (what was pending is dropped), and a {@code fault} of code 500 with this
   * message and the clock's now, which Nova shows with status {@code ERROR}.
   *
   * @param serverId the server's id
   * @param message the fault's message
   * @return the server as stored
   * @throws java.util.NoSuchElementException when there is no such server
   * @throws IllegalStateException when it is deleted
   */
  public Server failServer(String serverId, String message) {
    return lifecycle.fail(
        Objects.requireNonNull(serverId, "serverId == null"), requireText(message, "message"));
  }

  /**
   * Sets every project's compute quotas, as {@link Builder#quota} does, from now on.
   *
   * @param instances the most servers a project may have; negative for no limit
   * @param cores the most vCPUs of its servers' flavors; negative for no limit
   * @param ramMb the most RAM of its servers' flavors, in MiB; negative for no limit
   * @return this fake
   */
  public FakeCompute quota(int instances, int cores, int ramMb) {
    lifecycle.quotas(new Quotas(instances, cores, ramMb));
    return this;
  }

  /**
   * Returns the id of the user a token belongs to: Keystone's user {@code
   * 5e3f1d7c2b9a4c6e8d0f1a2b3c4d5e6f} for {@link #token()}, and for each token added with {@link
   * Builder#addToken} or {@link Builder#addMemberToken} a user of its own, 32 hexadecimal digits
   * derived from the token. Servers, keypairs, server groups and instance actions a token creates
   * are that user's; keypairs belong to a user, not to a project.
   *
   * @param token a token the fake accepts
   * @return the user id
   * @throws IllegalArgumentException when the fake does not accept the token
   */
  public String userId(String token) {
    Objects.requireNonNull(token, "token == null");
    if (settings.projectOf(token).isEmpty()) {
      throw new IllegalArgumentException("FakeCompute does not accept the token " + token);
    }
    return settings.userOf(token);
  }

  /**
   * Adds a flavor, or replaces the one with its id (keeping its access list), as {@code POST
   * /flavors} would create it: listed by {@code GET /flavors} and usable by {@code POST /servers}
   * and resizes. It needs a name, vCPUs, RAM and disk; the rest defaults as in Nova (no ephemeral
   * disk or swap, {@code rxtx_factor} 1.0, public, enabled, no description). A flavor that is not
   * public is seen only by admins and the projects given access with {@link #addFlavorAccess}. Its
   * extra specs are the flavor's; its links are ignored.
   *
   * @param flavor the flavor, for example {@code Flavor.builder().id("5").name("m1.xlarge")
   *     .vcpus(8).ram(16384).disk(160).isPublic(false).build()}
   * @return this fake
   * @throws IllegalArgumentException when the name, vCPUs, RAM or disk is missing
   */
  public FakeCompute addFlavor(Flavor flavor) {
    flavors.put(Objects.requireNonNull(flavor, "flavor == null"));
    return this;
  }

  /**
   * Gives a project access to a private flavor, as {@code addTenantAccess} does: its members see
   * the flavor, and {@code GET /flavors/{id}/os-flavor-access} lists the project.
   *
   * @param flavorId the id of a private flavor
   * @param projectId the project
   * @return this fake
   * @throws java.util.NoSuchElementException when there is no such flavor
   * @throws IllegalArgumentException when the flavor is public
   */
  public FakeCompute addFlavorAccess(String flavorId, String projectId) {
    flavors.addAccess(requireText(flavorId, "flavorId"), requireText(projectId, "projectId"));
    return this;
  }

  /**
   * Sets extra specs of a flavor, keeping those it has, as {@code POST
   * /flavors/{id}/os-extra_specs} does: {@code os-extra_specs} lists them, flavor bodies show them
   * from 2.61, and servers created with the flavor afterwards carry them in their flavor (2.47).
   *
   * @param flavorId the flavor's id
   * @param extraSpecs the specs, for example {@code Map.of("hw:cpu_policy", "dedicated")}
   * @return this fake
   * @throws java.util.NoSuchElementException when there is no such flavor
   */
  public FakeCompute addFlavorExtraSpecs(String flavorId, Map<String, String> extraSpecs) {
    flavors.addExtraSpecs(requireText(flavorId, "flavorId"), Map.copyOf(extraSpecs));
    return this;
  }

  /**
   * Imports a keypair for the user of {@link #token()}, as {@link #addKeypair(String, String,
   * String, String)} does for any user.
   *
   * @return this fake
   */
  public FakeCompute addKeypair(String name, String publicKey, String type) {
    return addKeypair(settings.userOf(settings.token), name, publicKey, type);
  }

  /**
   * Imports a keypair for a user, or replaces the user's keypair of that name, as {@code POST
   * /os-keypairs} with a public key does at the clock's now: {@code GET /os-keypairs} lists it for
   * that user (ordered by name), with Nova's fingerprint of the key. Keypairs belong to a user, so
   * every token of that user sees it, whatever its project; another user's are seen by admins with
   * {@code user_id} only.
   *
   * @param userId the owner; see {@link #userId(String)}
   * @param name the keypair's name
   * @param publicKey an OpenSSH public key ({@code ssh-ed25519 AAAA… comment}) for type {@code
   *     ssh}, or a PEM certificate for type {@code x509}
   * @param type {@code ssh} or {@code x509}
   * @return this fake
   * @throws IllegalArgumentException for another type, or a key Nova could not fingerprint
   */
  public FakeCompute addKeypair(String userId, String name, String publicKey, String type) {
    keypairs.put(
        requireText(userId, "userId"),
        requireText(name, "name"),
        requireText(publicKey, "publicKey"),
        requireText(type, "type"),
        changes.storedNow());
    return this;
  }

  /**
   * Adds a server group, or replaces the one with its id: its policy is {@code policy()} (or the
   * first of {@code policies()}), its rules {@code rules()}, which only {@code anti-affinity}
   * takes; it belongs to {@code projectId()} and {@code userId()}, by default the fake's project
   * and the user of {@link #token()}. Its {@code members()} are the ids of servers, which may be
   * added before or after the group; the API lists those that exist and are not deleted. A server
   * created with the scheduler hint {@code group} joins the group.
   *
   * @param group the group, with an id (a uuid, as Nova makes them) and a name
   * @return this fake
   * @throws IllegalArgumentException without a name or a policy, for a policy Nova does not know,
   *     or for rules with another policy than {@code anti-affinity}
   */
  public FakeCompute addServerGroup(ServerGroup group) {
    Objects.requireNonNull(group, "group == null");
    String name =
        group.name().orElseThrow(() -> new IllegalArgumentException("a server group needs a name"));
    String policy =
        group
            .policy()
            .or(() -> group.policies().stream().findFirst())
            .orElseThrow(() -> new IllegalArgumentException("a server group needs a policy"));
    if (!List.of("affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity")
        .contains(policy)) {
      throw new IllegalArgumentException("Nova has no server group policy '" + policy + "'");
    }
    if (!group.rules().isEmpty() && !policy.equals("anti-affinity")) {
      throw new IllegalArgumentException("Only anti-affinity policy supports rules.");
    }
    groups.put(
        new ServerGroups.Group(
            requireText(group.id(), "id"),
            name,
            policy,
            group.rules(),
            group.projectId().orElse(settings.projectId),
            group.userId().orElse(settings.userOf(settings.token)),
            group.members()));
    return this;
  }

  /**
   * Deletes a user's keypair, as {@code DELETE /os-keypairs/{name}} does.
   *
   * @param userId the owner; see {@link #userId(String)}
   * @param name the keypair's name
   * @return whether the user had such a keypair
   */
  public boolean removeKeypair(String userId, String name) {
    return keypairs.remove(requireText(userId, "userId"), requireText(name, "name"));
  }

  /**
   * Deletes a server group, as {@code DELETE /os-server-groups/{id}} does; its servers stay.
   *
   * @param groupId the group's id
   * @return whether there was such a group
   */
  public boolean removeServerGroup(String groupId) {
    return groups.remove(requireText(groupId, "groupId"));
  }

  /**
   * Deletes a flavor with its access list and extra specs, as {@code DELETE /flavors/{id}} does;
   * servers created with it keep their copy of it.
   *
   * @param flavorId the flavor's id, one of {@link SampleCloud}'s too
   * @return whether there was such a flavor
   */
  public boolean removeFlavor(String flavorId) {
    return flavors.remove(requireText(flavorId, "flavorId"));
  }

  /**
   * Adds an action to a server's history, as Nova's API and compute service recorded it: for a
   * server added with {@link #addServer}, whose history is otherwise empty (a server the fake
   * creates or changes through its API gets the actions Nova records). The action needs its
   * request id, its name ({@code action()}), the server's id ({@code instanceUuid()}) and its
   * {@code startTime()}; its user and project default to the server's (or the fake's), {@code
   * updatedAt()} to the last finish time of its events, else its start. Each event needs its
   * {@code startTime()}; its host gives its {@code hostId}, as Nova computes it. The action's and
   * events' other fields are shown as given ({@code message}, {@code result}, {@code traceback},
   * {@code details}); {@code events()} may be empty.
   *
   * @param action the action, for example {@code InstanceAction.builder().requestId("req-…")
   *     .action("stop").instanceUuid(id).startTime(t).addEvents(…).build()}
   * @return this fake
   * @throws IllegalArgumentException when the action or an event lacks what it needs
   */
  public FakeCompute addInstanceAction(InstanceAction action) {
    Objects.requireNonNull(action, "action == null");
    String serverId =
        action
            .instanceUuid()
            .orElseThrow(() -> new IllegalArgumentException("an action needs its instanceUuid"));
    String name =
        action.action().orElseThrow(() -> new IllegalArgumentException("an action needs a name"));
    Instant start =
        action
            .startTime()
            .orElseThrow(() -> new IllegalArgumentException("an action needs its startTime"));
    Optional<Server> server = store.get(serverId).map(s -> s.server);
    String project =
        action.projectId().or(() -> server.flatMap(Server::tenantId)).orElse(settings.projectId);
    String user =
        action
            .userId()
            .or(() -> server.flatMap(Server::userId))
            .orElseGet(() -> settings.userOf(settings.token));
    List<InstanceActions.Event> events = new ArrayList<>();
    Instant updated = start;
    for (InstanceActionEvent e : action.events()) {
      Instant eventStart =
          e.startTime()
              .orElseThrow(() -> new IllegalArgumentException("an event needs its startTime"));
      InstanceActions.Event event =
          new InstanceActions.Event(0, e.event(), eventStart, e.host().orElse(null));
      event.finishTime = e.finishTime().orElse(null);
      event.result = e.result().orElse(null);
      event.traceback = e.traceback().orElse(null);
      event.details = e.details().orElse(null);
      if (event.finishTime != null && event.finishTime.isAfter(updated)) {
        updated = event.finishTime;
      }
      events.add(event);
    }
    instanceActions.add(
        serverId,
        name,
        requireText(action.requestId(), "requestId"),
        user,
        project,
        start,
        action.updatedAt().orElse(updated),
        action.message().orElse(null),
        events);
    return this;
  }

  /**
   * Attaches a volume to a server, as {@code POST /servers/{id}/os-volume_attachments} does once
   * Cinder has attached it: the server lists it in {@code os-extended-volumes:volumes_attached}
   * (its {@code updated} unchanged), and {@code os-volume_attachments} shows it as the device.
   * Volumes a seeded server already has are shown too, as devices after the root disk.
   *
   * @param serverId the id of a server that is not deleted
   * @param volumeId the volume's id
   * @param device the device, for example {@code /dev/vdb}
   * @return this fake
   * @throws java.util.NoSuchElementException when there is no such server
   * @throws IllegalStateException when it is deleted
   */
  public FakeCompute attachVolume(String serverId, String volumeId, String device) {
    attachments.attach(
        requireText(serverId, "serverId"),
        requireText(volumeId, "volumeId"),
        requireText(device, "device"));
    return this;
  }

  /**
   * Sets what a server's console has printed, which {@code os-getConsoleOutput} returns (its last
   * {@code length} lines, without control characters but tabs and newlines). Until then a server
   * has the console of Nova's fake virt driver: {@code "FAKE CONSOLE OUTPUT\nANOTHER\nLAST
   * LINE"}.
   *
   * @param serverId the server's id (which may be added before or after)
   * @param text the console's text
   * @return this fake
   */
  public FakeCompute consoleOutput(String serverId, String text) {
    resources.consoles.output(
        requireText(serverId, "serverId"), Objects.requireNonNull(text, "text == null"));
    return this;
  }

  /** Returns the servers as stored, deleted ones too (not removed ones), in insertion order. */
  public List<Server> servers() {
    machine.settle();
    return store.all().stream().map(s -> s.server).collect(Collectors.toUnmodifiableList());
  }

  /** Returns the virtual interfaces added for a server (and not removed with it), or none. */
  public List<VirtualInterface> virtualInterfaces(String serverId) {
    return store.interfaces(serverId);
  }

  /**
   * Removes every server (and forgets removed ones) and virtual interface, every keypair, server
   * group, instance action, volume attachment and console output, and forgets pending failures,
   * delays and drops. Flavors stay. Received requests stay available to {@link #takeRequest()}.
   *
   * @return this fake
   */
  public FakeCompute clear() {
    store.clear();
    injection.clear();
    keypairs.clear();
    groups.clear();
    instanceActions.clear();
    attachments.clear();
    resources.consoles.clear();
    return this;
  }

  /**
   * Answers the next requests, whatever their path, with a canned response instead of the real
   * one. Calls queue up: {@code failNext(1, 503, a).failNext(1, 500, b)} answers 503, then 500.
   * A client's default {@code RetryPolicy} sends a request that got 429,
   * 502, 503 or 504 again; build it with {@code RetryPolicy.none()} to see each failure itself.
   *
   * @param times how many requests to answer so
   * @param status the status code
   * @param body the body, sent as {@code application/json}
   * @return this fake
   */
  public FakeCompute failNext(int times, int status, String body) {
    injection.failNext(times, status, Objects.requireNonNull(body, "body == null"));
    return this;
  }

  /**
   * Delays the bodies of the next responses (the status line and headers come at once), for
   * testing read timeouts.
   *
   * @param times how many responses to delay
   * @param delay how long to hold each body back
   * @return this fake
   */
  public FakeCompute delayNext(int times, Duration delay) {
    injection.delayNext(times, Objects.requireNonNull(delay, "delay == null"));
    return this;
  }

  /**
   * Closes the connection of the next requests where the response would start: the client sees
   * the request sent and the connection end without an answer (which the default retry policy
   * sends again).
   *
   * @param times how many requests to treat so
   * @return this fake
   */
  public FakeCompute dropNextConnection(int times) {
    injection.dropNext(times);
    return this;
  }

  /** Returns how many requests the fake has received since it started, failed or dropped too. */
  public int requestCount() {
    return server.getRequestCount();
  }

  /**
   * Takes the oldest received request not taken yet, waiting up to 5 seconds for one.
   *
   * @return the request
   * @throws IllegalStateException when none arrives in time
   */
  public FakeRequest takeRequest() {
    return pollRequest(TAKE_TIMEOUT)
        .orElseThrow(() -> new IllegalStateException("no request arrived within " + TAKE_TIMEOUT));
  }

  /**
   * Takes the oldest received request not taken yet, waiting up to a timeout for one.
   *
   * @param timeout how long to wait; zero does not wait
   * @return the request, or empty when none arrived in time
   */
  public Optional<FakeRequest> pollRequest(Duration timeout) {
    return FakeRequest.poll(server, timeout);
  }

  /**
   * Returns what Nova has done so far: requests per route, modelled time, waiting, concurrency.
   *
   * @return a snapshot; see {@link Builder#cost} and {@link Builder#apiWorkers}
   */
  public NovaUsage novaUsage() {
    return workers.usage();
  }

  /** Stops the fake and releases its port; waiting requests fail. Closing twice is harmless. */
  @Override
  public void close() {
    server.close();
  }

  /** Returns the endpoint and the number of servers, for test reports. */
  @Override
  public String toString() {
    return "FakeCompute{endpoint=" + endpoint() + ", servers=" + store.all().size() + "}";
  }

  /** Builds and starts {@link FakeCompute}s. */
  public static final class Builder {
    private String token = DEFAULT_TOKEN;
    private Microversion maxMicroversion = Microversions.parse(DEFAULT_MAX_MICROVERSION);
    private String projectId = DEFAULT_PROJECT_ID;
    private @Nullable String username;
    private @Nullable String password;
    private final Map<String, String> otherTokens = new LinkedHashMap<>();
    private final Map<String, String> memberTokens = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private boolean virtualInterfacesExtension = true;
    private HostNames hosts = HostNames.DEFAULT;
    private NovaCost cost = NovaCost.FREE;
    private int apiWorkers = ApiWorkers.UNLIMITED;
    private Duration transitionTime = Duration.ZERO;
    private Quotas quotas = new Quotas(Quotas.UNLIMITED, Quotas.UNLIMITED, Quotas.UNLIMITED);
    private final Flavors flavors = new Flavors();
    private final Map<String, String> users = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the user a token the fake accepts belongs to, as Nova's {@code noauth2} middleware takes
     * the user from a token {@code user:project}. Without it the fake's own token is Keystone's
     * user and every added token a user of its own (see {@link FakeCompute#userId(String)}).
     *
     * @param token the fake's token or one added with {@link #addToken} or {@link
     *     #addMemberToken}, before {@link #start()}
     * @param userId the user's id, for example {@code admin}
     * @return this builder
     */
    public Builder userId(String token, String userId) {
      users.put(requireText(token, "token"), requireText(userId, "userId"));
      return this;
    }

    /**
     * Sets how long the compute service takes to carry out what the API started: a build, a stop,
     * a reboot, a resize, a delete… The intermediate task states (for a build {@code scheduling},
     * {@code networking}, {@code block_device_mapping}, {@code spawning}) are spread evenly over
     * this time. Nothing runs in the background: the fake applies the states whose time has come,
     * by the {@linkplain #clock clock}, when it next answers a compute request, each with its own
     * time as {@code updated}, so a test with a fixed clock that it moves itself sees the same
     * states on every run.
     *
     * <p>Zero by default, which keeps tests fast: the answer to the request itself shows the first
     * state (a new server in {@code BUILD}, a stopping one with task {@code powering-off}), and
     * the next request sees the transition completed.
     *
     * @param transitionTime zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder transitionTime(Duration transitionTime) {
      Objects.requireNonNull(transitionTime, "transitionTime == null");
      if (transitionTime.isNegative()) {
        throw new IllegalArgumentException(
            "transitionTime must not be negative, was " + transitionTime);
      }
      this.transitionTime = transitionTime;
      return this;
    }

    /**
     * Sets every project's compute quotas, checked as Nova checks them when creating servers: a
     * request over them is refused with 403 and Nova's text, for example {@code "Quota exceeded for
     * instances: Requested 1, but already used 10 of 10 instances"}. The project's servers that are
     * not deleted count, with the vCPUs and RAM of their flavors. Unlimited by default (Nova's
     * defaults are 10, 20 and 51200), so that seeded clouds of any size can create servers.
     *
     * @param instances the most servers a project may have; negative for no limit
     * @param cores the most vCPUs of its servers' flavors; negative for no limit
     * @param ramMb the most RAM of its servers' flavors, in MiB; negative for no limit
     * @return this builder
     */
    public Builder quota(int instances, int cores, int ramMb) {
      this.quotas = new Quotas(instances, cores, ramMb);
      return this;
    }

    /**
     * Adds a flavor that servers may be created or resized with, besides {@link SampleCloud}'s
     * ({@code 1} m1.tiny, {@code 2} m1.small, {@code 3} m1.medium, {@code 4} m1.large), or replaces
     * the one with its id.
     *
     * @param id the flavor id, as {@code flavorRef} names it
     * @param name the flavor's name ({@code original_name} from 2.47)
     * @param vcpus its vCPUs
     * @param ramMb its RAM in MiB
     * @param diskGb its root disk in GiB
     * @return this builder
     */
    public Builder addFlavor(String id, String name, int vcpus, int ramMb, int diskGb) {
      flavors.add(requireText(id, "id"), requireText(name, "name"), vcpus, ramMb, diskGb);
      return this;
    }

    /**
     * Makes Nova take time to answer, per request and per server it renders; free by default.
     *
     * @param cost for example {@link NovaCost#SMALL_NOVA}
     * @return this builder
     */
    public Builder cost(NovaCost cost) {
      this.cost = Objects.requireNonNull(cost, "cost == null");
      return this;
    }

    /**
     * Lets Nova process at most this many requests at once; the others wait for a free worker, as
     * with a nova-api of that many workers. Unlimited by default.
     *
     * @param apiWorkers at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder apiWorkers(int apiWorkers) {
      this.apiWorkers = ApiWorkers.requireWorkers(apiWorkers);
      return this;
    }

    /**
     * Whether the fake speaks Rackspace's {@code os-virtual-interfacesv2} (the default), or, like
     * upstream Nova, answers that path with the router's 404 page.
     *
     * @param enabled false for an upstream Nova
     * @return this builder
     */
    public Builder virtualInterfacesExtension(boolean enabled) {
      this.virtualInterfacesExtension = enabled;
      return this;
    }

    /**
     * Runs every service of the fake on one host, as a single-node cloud (devstack) does: the
     * scheduler, the conductor and the one {@code nova-compute}, where every build and unshelve
     * lands, which its zones, services, hypervisors and instance action events name. By default
     * the scheduler and conductor run on {@code controller} and servers are built on {@code
     * compute-01}. Seeded servers keep the hosts they name, each a compute host of its own.
     *
     * @param host the host's name, for example {@code devstack}
     * @return this builder
     */
    public Builder singleHost(String host) {
      String name = requireText(host, "host");
      this.hosts = new HostNames(name, name);
      return this;
    }

    /**
     * Accepts one more token, of another project, as a second user of the cloud would have: its
     * listings show that project's servers, and {@code all_tenants} still shows every project's.
     *
     * @param token a non-blank token other than {@link #token(String)}'s
     * @param projectId the project of that token
     * @return this builder
     */
    public Builder addToken(String token, String projectId) {
      otherTokens.put(requireText(token, "token"), requireText(projectId, "projectId"));
      memberTokens.remove(token);
      return this;
    }

    /**
     * Accepts a token of a project member without the admin role. As with Nova's default policy,
     * admin-only filters are ignored, {@code all_tenants} and {@code status=DELETED} are refused
     * (403), and other projects' servers are not found.
     *
     * @return this builder
     */
    public Builder addMemberToken(String token, String projectId) {
      memberTokens.put(requireText(token, "token"), requireText(projectId, "projectId"));
      otherTokens.remove(token);
      return this;
    }

    /**
     * Sets the cloud's clock (the system's UTC clock by default): it stamps changes and the {@code
     * Date} header of every response. A test may fix it, move it, or offset it from the client's.
     *
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets the token the fake accepts and Keystone issues.
     *
     * @param token a non-blank token
     * @return this builder
     */
    public Builder token(String token) {
      this.token = requireText(token, "token");
      return this;
    }

    /**
     * Sets the highest microversion, as an older or newer cloud would have it (Nova 26, Zed:
     * 2.93). Bodies above 2.96 get {@code image.properties} (2.98) and {@code scheduler_hints}
     * (2.100).
     *
     * @param maxMicroversion {@code X.Y}, at least 2.1
     * @return this builder
     * @throws IllegalArgumentException when it is not such a version
     */
    public Builder maxMicroversion(String maxMicroversion) {
      this.maxMicroversion =
          Microversions.parseMax(requireText(maxMicroversion, "maxMicroversion"));
      return this;
    }

    /**
     * Sets the project of the token. Nova accepts a project id in a path only when it is
     * hexadecimal (with dashes); the fake also accepts its own project id in any form.
     *
     * @param projectId the project id
     * @return this builder
     */
    public Builder projectId(String projectId) {
      this.projectId = FakeSettings.requireProjectId(projectId);
      return this;
    }

    /**
     * Makes Keystone accept only these credentials; without them, any non-empty user name and
     * password are accepted.
     *
     * @param username the user name (or user id)
     * @param password the password
     * @return this builder
     */
    public Builder credentials(String username, String password) {
      this.username = requireText(username, "username");
      this.password = requireText(password, "password");
      return this;
    }

    /**
     * Starts the fake on 127.0.0.1 and a free port.
     *
     * @return the started fake; close it when done
     * @throws IllegalStateException when a {@linkplain #userId user} was set for a token the fake
     *     does not accept
     * @throws UncheckedIOException when no port could be bound
     */
    public FakeCompute start() {
      for (String t : users.keySet()) {
        if (!t.equals(token) && !otherTokens.containsKey(t) && !memberTokens.containsKey(t)) {
          throw new IllegalStateException("userId was set for a token the fake does not accept");
        }
      }
      return new FakeCompute(this);
    }
  }
}
