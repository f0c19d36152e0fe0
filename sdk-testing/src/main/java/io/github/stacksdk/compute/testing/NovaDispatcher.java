package io.github.stacksdk.compute.testing;

import static io.github.stacksdk.compute.testing.Microversions.atLeast;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.VirtualInterfaceAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.jspecify.annotations.Nullable;

/**
 * Routes each request of the fake: the version documents, Keystone's token API, and the compute
 * API under {@code /v2.1} (also with a project id in the path), in the order a real Nova checks
 * them: the token (keystonemiddleware), the microversion, the route, the method. Every response
 * gets a request id; compute responses after the microversion check echo the microversion. Nova's
 * requests (not Keystone's) are processed by one of its {@link ApiWorkers}, in the time the cost
 * model gives for what they rendered. Every response has a {@code Date} header from the cloud's
 * clock.
 */
final class NovaDispatcher extends Dispatcher {
  /** Nova's default {@code project_id_regex}: what a project id in the path may look like. */
  private static final Pattern PROJECT_ID = Pattern.compile("[0-9a-f\\-]+");

  /** The sub-resources of a server that have items: {@code /servers/{id}/<sub>/<item>}. */
  private static final Set<String> ITEM_SUB_RESOURCES =
      Set.of("metadata", "tags", "os-instance-actions", "ips", "os-volume_attachments");

  /** HTTP's date (RFC 7231 IMF-fixdate: two-digit day, GMT), which web servers send per second. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final FakeSettings settings;
  private final ServerStore store;
  private final FaultInjection injection;
  private final ServerRenderer renderer;
  private final Keystone keystone;
  private final ApiWorkers workers;
  private final ServerStateMachine machine;
  private final ServerLifecycle lifecycle;
  private final ServerActions actions;
  private final ServerTagsAndMetadata tagsAndMetadata;
  private final NovaResources resources;

  NovaDispatcher(
      FakeSettings settings,
      ServerStore store,
      FaultInjection injection,
      Keystone keystone,
      ApiWorkers workers,
      ServerStateMachine machine,
      ServerLifecycle lifecycle,
      ServerActions actions,
      ServerTagsAndMetadata tagsAndMetadata,
      ServerRenderer renderer,
      NovaResources resources) {
    this.settings = settings;
    this.store = store;
    this.injection = injection;
    this.renderer = renderer;
    this.keystone = keystone;
    this.workers = workers;
    this.machine = machine;
    this.lifecycle = lifecycle;
    this.actions = actions;
    this.tagsAndMetadata = tagsAndMetadata;
    this.resources = resources;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    FaultInjection.Plan plan = injection.next();
    List<String> path = segments(request);
    String method = request.getMethod() == null ? "" : request.getMethod().toUpperCase(Locale.ROOT);
    // Chosen first: instance actions record the id the answer carries.
    String requestId = "req-" + UUID.randomUUID();
    MockResponse.Builder response;
    if (plan.failure != null) {
      response = Responses.json(plan.failure.status, plan.failure.body, Responses.JSON);
    } else if (path.size() >= 2 && path.get(0).equals("identity") && path.get(1).equals("v3")) {
      response = answer(request, () -> identity(method, path.subList(2, path.size()), request));
    } else {
      ApiWorkers.Job job = workers.begin();
      try {
        response = answer(request, () -> route(method, path, request, job, requestId));
      } finally {
        job.end();
      }
    }
    response
        .setHeader("Date", HTTP_DATE.format(settings.clock.instant()))
        .setHeader("X-OpenStack-Request-Id", requestId)
        .setHeader("X-Compute-Request-Id", requestId);
    if (plan.delay != null) {
      response.bodyDelay(plan.delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    if (plan.drop) {
      response.onResponseStart(new SocketEffect.CloseSocket());
    }
    return response.build();
  }

  /**
   * MockWebServer calls this as it stops, after closing the connections: requests still waiting
   * for a worker or for their time go on at once, and fail to answer on their closed connections.
   */
  @Override
  public void close() {
    workers.close();
  }

  /** The answer, or Nova's fault body for what it throws. */
  private static MockResponse.Builder answer(
      RecordedRequest request, Supplier<MockResponse.Builder> answer) {
    try {
      return answer.get();
    } catch (NovaFault fault) {
      MockResponse.Builder response = Responses.fault(fault, request.getHeaders().get("Accept"));
      if (fault.echoedVersion() != null) {
        Microversions.echo(response, fault.echoedVersion());
      }
      return response;
    } catch (RuntimeException e) {
      return Responses.fault(NovaFault.unexpected(e), null);
    }
  }

  /** Everything but Keystone's API. */
  private MockResponse.Builder route(
      String method,
      List<String> path,
      RecordedRequest request,
      ApiWorkers.Job job,
      String requestId) {
    if (path.isEmpty()) {
      requireGet(method);
      return Responses.json(200, VersionDocuments.root(settings.baseUrl, settings.maxVersion));
    }
    if (path.get(0).equals("v2.1")) {
      return compute(method, path.subList(1, path.size()), request, job, requestId);
    }
    if (path.equals(List.of("v2"))) {
      requireGet(method);
      return Responses.json(200, VersionDocuments.legacy(settings.baseUrl));
    }
    throw NovaFault.unknownResource();
  }

  private MockResponse.Builder identity(String method, List<String> path, RecordedRequest request) {
    if (path.isEmpty()) {
      requireGet(method);
      return keystone.versionDocument();
    }
    if (path.equals(List.of("auth", "tokens"))) {
      if (!method.equals("POST")) {
        return Responses.keystoneError(
            405, "Method Not Allowed", "The method is not allowed for the requested URL.");
      }
      return keystone.issueToken(request);
    }
    return Responses.keystoneError(404, "Not Found", "The resource could not be found.");
  }

  /** Everything under {@code /v2.1}. */
  private MockResponse.Builder compute(
      String method,
      List<String> path,
      RecordedRequest request,
      ApiWorkers.Job job,
      String requestId) {
    if (path.isEmpty()) {
      // The version document is outside keystonemiddleware: no token needed.
      Microversion version = Microversions.negotiate(request.getHeaders(), settings.maxVersion);
      return answerAt(
          version,
          request,
          () -> {
            requireGet(method);
            return Responses.json(
                200, VersionDocuments.current(settings.baseUrl, settings.maxVersion));
          });
    }
    String token = request.getHeaders().get("X-Auth-Token");
    Optional<String> tokenProject = settings.projectOf(token);
    if (token == null || tokenProject.isEmpty()) {
      return Responses.unauthorized(settings.keystoneUrl());
    }
    Microversion version = Microversions.negotiate(request.getHeaders(), settings.maxVersion);
    Caller caller = new Caller(tokenProject.get(), settings.userOf(token), settings.isAdmin(token));
    machine.settle();
    return answerAt(
        version, request, () -> resource(method, path, request, version, caller, job, requestId));
  }

  /** Nova states the microversion on every answer made after negotiating it, faults included. */
  private static MockResponse.Builder answerAt(
      Microversion version, RecordedRequest request, Supplier<MockResponse.Builder> answer) {
    MockResponse.Builder response;
    try {
      response = answer.get();
    } catch (NovaFault fault) {
      response = Responses.fault(fault, request.getHeaders().get("Accept"));
    }
    return Microversions.echo(response, version.toString());
  }

  private MockResponse.Builder resource(
      String method,
      List<String> path,
      RecordedRequest request,
      Microversion v,
      Caller caller,
      ApiWorkers.Job job,
      String requestId) {
    String tokenProject = caller.project;
    String projectPrefix = "";
    if (!NovaResources.isCollection(path.get(0))) {
      String project = path.get(0);
      if (path.size() < 2
          || !(project.equals(tokenProject) || PROJECT_ID.matcher(project).matches())) {
        throw NovaFault.unknownResource();
      }
      if (!project.equals(tokenProject)) {
        throw NovaFault.badRequest(
            "Malformed request URL: URL's project_id '"
                + project
                + "' doesn't match Context's project_id '"
                + tokenProject
                + "'");
      }
      projectPrefix = "/" + project;
      path = path.subList(1, path.size());
    }
    ComputeRequest r =
        new ComputeRequest(
            method, path, v, caller, job, projectPrefix, requestId, settings.baseUrl, request);
    if (!path.get(0).equals("servers")) {
      return resources.collection(r);
    }
    if (path.size() > 4) {
      throw NovaFault.unknownResource();
    }
    QueryParams q = QueryParams.of(request.getUrl());
    if (path.size() == 1) {
      if (method.equals("POST")) {
        ServerLifecycle.Created created;
        synchronized (machine) {
          created = lifecycle.create(NovaSchema.body(request), v, caller);
          for (String serverId : created.serverIds) {
            Server s = store.get(serverId).orElseThrow().server;
            resources.actions.record(r, serverId, "create", s);
          }
        }
        job.shown();
        MockResponse.Builder response = Responses.json(202, created.body);
        if (created.serverId != null) {
          response.setHeader(
              "Location",
              settings.baseUrl + "/v2.1" + projectPrefix + "/servers/" + created.serverId);
        }
        return response;
      }
      requireGet(method);
      return list(q, v, projectPrefix, false, caller, job);
    }
    String id = path.get(1);
    if (path.size() == 2) {
      if (id.equals("detail")) {
        requireGet(method);
        return list(q, v, projectPrefix, true, caller, job);
      }
      switch (method) {
        case "GET":
          return show(id, v, projectPrefix, caller, job);
        case "PUT":
          visible(id, caller);
          lifecycle.update(NovaSchema.body(request), v, id);
          return show(id, v, projectPrefix, caller, job);
        case "DELETE":
          synchronized (machine) {
            Server s = visible(id, caller).server;
            ServerActions.checkLock(s, caller.admin);
            lifecycle.delete(id);
            // A server on no host is deleted by the API alone, which records no action.
            if (s.host().filter(h -> !h.isEmpty()).isPresent()) {
              resources.actions.record(r, id, "delete", s);
            }
          }
          job.shown();
          return new MockResponse.Builder().code(204);
        default:
          throw NovaFault.badMethod(method);
      }
    }
    String sub = path.get(2);
    String item = path.size() == 4 ? path.get(3) : null;
    if (item != null && !ITEM_SUB_RESOURCES.contains(sub)) {
      throw NovaFault.unknownResource();
    }
    switch (sub) {
      case "action":
        return action(method, id, request, r, projectPrefix, caller, job);
      case "metadata":
        return metadata(method, id, item, request, caller, job);
      case "tags":
        return tags(method, id, item, request, v, caller, job);
      case "os-virtual-interfacesv2":
        if (!settings.virtualInterfacesExtension) {
          throw NovaFault.unknownResource();
        }
        requireGet(method);
        return virtualInterfaces(id, caller);
      case "os-virtual-interfaces":
        // Gone with nova-network (Rocky): 410 at every microversion, whatever the server.
        requireGet(method);
        throw NovaFault.gone();
      case "os-interface":
        requireGet(method);
        return interfaceAttachments(id, v, caller);
      case "os-instance-actions":
        return resources.instanceActions.answer(r, id, item);
      case "ips":
        return resources.addresses.answer(r, id, item);
      case "os-volume_attachments":
        return resources.volumeAttachments.answer(r, id, item);
      case "remote-consoles":
        return resources.consoles.remoteConsole(r, id);
      case "diagnostics":
        return resources.diagnostics.answer(r, id);
      default:
        throw NovaFault.unknownResource();
    }
  }

  /**
   * {@code POST /servers/{id}/action}; a rebuild answers the server as a show does. The console
   * actions only read; the others record an instance action, as Nova's compute API does once its
   * checks pass.
   */
  private MockResponse.Builder action(
      String method,
      String id,
      RecordedRequest request,
      ComputeRequest r,
      String projectPrefix,
      Caller caller,
      ApiWorkers.Job job) {
    if (!method.equals("POST")) {
      throw NovaFault.badMethod(method);
    }
    Microversion v = r.version;
    ObjectNode body = NovaSchema.body(request);
    String key = body.size() == 0 ? "" : body.fieldNames().next();
    if (ConsoleResources.isConsoleAction(key)) {
      return resources.consoles.action(r, id, body, key);
    }
    ServerActions.Answer answer;
    synchronized (machine) {
      Server before = visible(id, caller).server;
      boolean owner = renderer.tenantOf(before).equals(caller.project);
      answer = actions.act(body, v, id, caller.admin, owner);
      String name = InstanceActions.nameOf(key);
      if (name != null && records(name, before, owner)) {
        resources.actions.record(r, id, name, before);
      }
    }
    job.shown();
    MockResponse.Builder response;
    if (body.has("rebuild")) {
      ObjectNode shown = Responses.object();
      ObjectNode server =
          renderer.detail(visible(id, caller), v, projectPrefix, true, caller.admin);
      if (answer.body != null) {
        server.setAll(answer.body);
      }
      shown.set("server", server);
      response =
          Responses.json(answer.status, shown)
              .setHeader("Location", settings.baseUrl + "/v2.1" + projectPrefix + "/servers/" + id);
    } else if (answer.body != null) {
      response = Responses.json(answer.status, answer.body);
    } else {
      response = new MockResponse.Builder().code(answer.status);
    }
    if (answer.location != null) {
      response.setHeader("Location", answer.location);
    }
    return response;
  }

  /** Whether an action that passed its checks records an instance action. */
  private static boolean records(String name, Server before, boolean owner) {
    if (name.equals("lock")) {
      // compute/api.py lock returns before recording when the owner locks again.
      return !(owner && before.locked().orElse(false));
    }
    if (name.equals("delete")) {
      // A forced delete of a server on no host is the API's alone, as a delete's.
      return before.host().filter(h -> !h.isEmpty()).isPresent();
    }
    return true;
  }

  /** {@code /servers/{id}/metadata[/{key}]}. */
  private MockResponse.Builder metadata(
      String method,
      String id,
      @Nullable String key,
      RecordedRequest request,
      Caller caller,
      ApiWorkers.Job job) {
    job.shown();
    synchronized (machine) {
      Server s = visible(id, caller).server;
      if (key == null) {
        switch (method) {
          case "GET":
            return Responses.json(200, ServerTagsAndMetadata.metadata(s));
          case "POST":
            return Responses.json(
                200, tagsAndMetadata.setMetadata(s, NovaSchema.body(request), false, caller.admin));
          case "PUT":
            return Responses.json(
                200, tagsAndMetadata.setMetadata(s, NovaSchema.body(request), true, caller.admin));
          default:
            throw NovaFault.badMethod(method);
        }
      }
      switch (method) {
        case "GET":
          return Responses.json(200, ServerTagsAndMetadata.metadataItem(s, key));
        case "PUT":
          return Responses.json(
              200, tagsAndMetadata.setMetadataItem(s, key, NovaSchema.body(request), caller.admin));
        case "DELETE":
          tagsAndMetadata.deleteMetadataItem(s, key, caller.admin);
          return new MockResponse.Builder().code(204);
        default:
          throw NovaFault.badMethod(method);
      }
    }
  }

  /** {@code /servers/{id}/tags[/{tag}]}, from 2.26. */
  private MockResponse.Builder tags(
      String method,
      String id,
      @Nullable String tag,
      RecordedRequest request,
      Microversion v,
      Caller caller,
      ApiWorkers.Job job) {
    if (!atLeast(v, 26)) {
      throw NovaFault.notFound("The resource could not be found.");
    }
    job.shown();
    synchronized (machine) {
      // server_tags.py reads the instance mapping first, which a deleted server keeps until it is
      // archived: only a server that never was (or was purged) has none.
      if (store.get(id).isEmpty()) {
        throw NovaFault.notFound("Instance " + id + " has no mapping to a cell.");
      }
      Server s = visible(id, caller).server;
      if (tag == null) {
        switch (method) {
          case "GET":
            return Responses.json(200, ServerTagsAndMetadata.tags(s));
          case "PUT":
            return Responses.json(200, tagsAndMetadata.replaceTags(s, NovaSchema.body(request)));
          case "DELETE":
            tagsAndMetadata.deleteTags(s);
            return new MockResponse.Builder().code(204);
          default:
            throw NovaFault.badMethod(method);
        }
      }
      switch (method) {
        case "GET":
          ServerTagsAndMetadata.checkTag(s, tag);
          return new MockResponse.Builder().code(204);
        case "PUT":
          String body =
              request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
          if (tagsAndMetadata.addTag(s, tag, body)) {
            return new MockResponse.Builder()
                .code(201)
                .setHeader("Location", settings.baseUrl + "/v2.1/servers/" + id + "/tags/" + tag);
          }
          return new MockResponse.Builder().code(204);
        case "DELETE":
          tagsAndMetadata.deleteTag(s, tag);
          return new MockResponse.Builder().code(204);
        default:
          throw NovaFault.badMethod(method);
      }
    }
  }

  /** {@code GET /servers} ({@code detail} false) and {@code GET /servers/detail}. */
  private MockResponse.Builder list(
      QueryParams q,
      Microversion v,
      String projectPrefix,
      boolean detail,
      Caller caller,
      ApiWorkers.Job job) {
    QueryParams filters = caller.admin ? q : MemberPolicy.restrict(q, v, detail);
    Predicate<Server> filter = ServerFilters.of(filters, v, caller.project, renderer::tenantOf);
    Comparator<ServerStore.Stored> order = ServerSorts.of(q, v, renderer::tenantOf);
    List<ServerStore.Stored> matching =
        store.all().stream()
            .filter(s -> filter.test(s.server))
            .sorted(order)
            .collect(Collectors.toList());
    String collection =
        settings.baseUrl + "/v2.1" + projectPrefix + (detail ? "/servers/detail" : "/servers");
    Paging.Page<ServerStore.Stored> page =
        Paging.page(
            matching,
            order,
            q,
            id -> store.marker(id).orElse(null),
            collection,
            s -> s.server.id());

    ObjectNode body = Responses.object();
    ArrayNode servers = body.putArray("servers");
    for (ServerStore.Stored stored : page.items) {
      servers.add(
          detail
              ? renderer.detail(stored, v, projectPrefix, false, caller.admin)
              : renderer.summary(stored, projectPrefix));
    }
    if (page.nextHref != null) {
      body.putArray("servers_links").add(ServerRenderer.link("next", page.nextHref));
    }
    job.listed(detail, page.items.size());
    return Responses.json(200, body);
  }

  private MockResponse.Builder show(
      String id, Microversion v, String projectPrefix, Caller caller, ApiWorkers.Job job) {
    ServerStore.Stored stored = visible(id, caller);
    ObjectNode body = Responses.object();
    body.set("server", renderer.detail(stored, v, projectPrefix, true, caller.admin));
    job.shown();
    return Responses.json(200, body);
  }

  /** Rackspace's {@code os-virtual-interfacesv2}: the interfaces seeded for the server. */
  private MockResponse.Builder virtualInterfaces(String id, Caller caller) {
    visible(id, caller);
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("virtual_interfaces");
    for (VirtualInterface vif : store.interfaces(id)) {
      ObjectNode entry = list.addObject().put("id", vif.id()).put("mac_address", vif.macAddress());
      ArrayNode addresses = entry.putArray("ip_addresses");
      for (VirtualInterfaceAddress address : vif.ipAddresses()) {
        addresses
            .addObject()
            .put("address", address.address())
            .put("network_id", address.networkId())
            .put("network_label", address.networkLabel());
      }
    }
    return Responses.json(200, body);
  }

  /**
   * Upstream's {@code os-interface}: one port per seeded virtual interface, with the interface's
   * fixed addresses (floating ones are not on a port); {@code tag} from 2.70.
   */
  private MockResponse.Builder interfaceAttachments(String id, Microversion v, Caller caller) {
    Server server = visible(id, caller).server;
    Set<String> floating = new HashSet<>();
    for (List<Address> network : server.addresses().values()) {
      for (Address address : network) {
        if ("floating".equals(address.typeAsString().orElse(""))) {
          floating.add(address.addr());
        }
      }
    }
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("interfaceAttachments");
    for (VirtualInterface vif : store.interfaces(id)) {
      List<VirtualInterfaceAddress> ips = new ArrayList<>();
      for (VirtualInterfaceAddress address : vif.ipAddresses()) {
        if (!floating.contains(address.address())) {
          ips.add(address);
        }
      }
      String network = vif.networkId().orElse(ips.isEmpty() ? null : ips.get(0).networkId());
      ObjectNode port = list.addObject().put("port_state", "ACTIVE");
      ArrayNode fixedIps = port.putArray("fixed_ips");
      for (VirtualInterfaceAddress address : ips) {
        String subnet =
            UUID.nameUUIDFromBytes(
                    (address.networkId() + (address.address().contains(":") ? "/v6" : "/v4"))
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
        fixedIps.addObject().put("subnet_id", subnet).put("ip_address", address.address());
      }
      port.put("port_id", vif.id())
          .put("net_id", network)
          .put("mac_addr", vif.macAddress().toLowerCase(Locale.ROOT));
      if (atLeast(v, 70)) {
        port.putNull("tag");
      }
    }
    return Responses.json(200, body);
  }

  /** A server the token may see ({@link ServerLookup#visible}). */
  private ServerStore.Stored visible(String id, Caller caller) {
    return resources.servers.visible(id, caller);
  }

  private static void requireGet(String method) {
    if (!method.equals("GET")) {
      throw NovaFault.badMethod(method);
    }
  }

  /** The decoded path segments, without the empty one a trailing slash leaves. */
  private static List<String> segments(RecordedRequest request) {
    List<String> segments = new ArrayList<>(request.getUrl().pathSegments());
    segments.removeIf(String::isEmpty);
    return segments;
  }
}
