package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerFlavor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /os-hypervisors}, {@code /os-hypervisors/detail} and {@code /os-hypervisors/{id}}
 * ({@code hypervisors.py}, admin only): one compute node of Nova's fake virt driver per compute
 * host. Ids are integers before 2.53 and uuids from 2.53; marker paging from 2.33; {@code
 * hypervisor_hostname_pattern} and {@code with_servers} from 2.53; the resource fields go and
 * {@code uptime} comes at 2.88.
 */
final class HypervisorResources {
  private static final Pattern FQDN = Pattern.compile("^[a-zA-Z0-9-._]*$");

  private final ComputeHosts hosts;

  /** What Nova's fake virt driver reports as its host's CPU, as the compute node stores it. */
  static final String FAKE_DRIVER_CPU_INFO =
      "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", \"features\":"
          + " [\"pge\", \"clflush\"], \"topology\": {\"cores\": 1, \"threads\": 1, \"sockets\":"
          + " 4}}";

  private static ObjectNode fakeDriverCpuInfo() {
    ObjectNode cpu = Responses.object();
    cpu.put("arch", "x86_64").put("model", "Nehalem").put("vendor", "Intel");
    cpu.putArray("features").add("pge").add("clflush");
    cpu.putObject("topology").put("cores", 1).put("threads", 1).put("sockets", 4);
    return cpu;
  }

  HypervisorResources(ComputeHosts hosts) {
    this.hosts = hosts;
  }

  MockResponse.Builder answer(ComputeRequest r) {
    if (r.path.size() > 2) {
      throw NovaFault.unknownResource();
    }
    r.requireGet();
    String id = r.segment(1);
    if (id == null) {
      return list(r, false);
    }
    if (id.equals("statistics") && !r.atLeast(88)) {
      return statistics(r);
    }
    return id.equals("detail") ? list(r, true) : show(r, id);
  }

  /**
   * {@code GET /os-hypervisors/statistics} (gone from 2.88, where the word is read as an id): the
   * sums of every compute node's resources.
   */
  private MockResponse.Builder statistics(ComputeRequest r) {
    r.caller.requireAdmin("os_compute_api:os-hypervisors:statistics");
    String[] keys = {
      "vcpus",
      "memory_mb",
      "local_gb",
      "vcpus_used",
      "memory_mb_used",
      "local_gb_used",
      "free_ram_mb",
      "free_disk_gb",
      "current_workload",
      "running_vms",
      "disk_available_least"
    };
    long[] sums = new long[keys.length];
    List<ComputeHosts.Host> all = hosts.hosts();
    for (ComputeHosts.Host host : all) {
      ObjectNode detail = view(r, host, true, false);
      for (int i = 0; i < keys.length; i++) {
        sums[i] += detail.path(keys[i]).asLong();
      }
    }
    ObjectNode body = Responses.object();
    ObjectNode stats = body.putObject("hypervisor_statistics").put("count", all.size());
    for (int i = 0; i < keys.length; i++) {
      stats.put(keys[i], sums[i]);
    }
    return Responses.json(200, body);
  }

  private MockResponse.Builder list(ComputeRequest r, boolean detail) {
    QueryParams q = r.query;
    if (r.atLeast(53)) {
      QuerySchema.nonNegativeInteger(q, "limit");
      QuerySchema.single(q, "limit");
      QuerySchema.single(q, "marker");
      fqdn(q, "hypervisor_hostname_pattern");
      QuerySchema.single(q, "hypervisor_hostname_pattern");
      QuerySchema.bool(q, "with_servers");
      QuerySchema.single(q, "with_servers");
      q =
          QuerySchema.known(
              q, Set.of("limit", "marker", "hypervisor_hostname_pattern", "with_servers"), true);
    } else if (r.atLeast(33)) {
      QuerySchema.nonNegativeInteger(q, "limit");
      q = QuerySchema.known(q, Set.of("limit", "marker"), false);
    }
    boolean paged = r.atLeast(33);
    int limit = paged ? Paging.limitOrZero(q) : Paging.MAX_LIMIT;
    String marker = paged ? q.last("marker") : null;
    r.caller.requireAdmin("os_compute_api:os-hypervisors:" + (detail ? "list-detail" : "list"));

    String pattern = r.atLeast(53) ? q.last("hypervisor_hostname_pattern") : null;
    boolean withServers = r.atLeast(53) && QuerySchema.isTrue(orFalse(q.last("with_servers")));
    List<ComputeHosts.Host> all = hosts.hosts();
    List<ComputeHosts.Host> page = new ArrayList<>();
    boolean links = paged;
    if (pattern != null) {
      if (q.has("limit") || marker != null) {
        throw NovaFault.badRequest(
            "Paging over hypervisors with the hypervisor_hostname_pattern query parameter is not"
                + " supported.");
      }
      links = false;
      for (ComputeHosts.Host host : all) {
        if (like(host.name, pattern)) {
          page.add(host);
        }
      }
      if (page.isEmpty()) {
        throw NovaFault.notFound("No hypervisor matching '" + pattern + "' could be found.");
      }
    } else {
      int start = 0;
      if (marker != null) {
        start = -1;
        for (int i = 0; i < all.size(); i++) {
          ComputeHosts.Host host = all.get(i);
          if (marker.equals(host.nodeUuid) || marker.equals(Integer.toString(host.nodeId))) {
            start = i + 1;
          }
        }
        if (start < 0) {
          throw NovaFault.badRequest("marker [" + marker + "] not found");
        }
      }
      page.addAll(all.subList(start, Math.min(all.size(), start + limit)));
    }
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("hypervisors");
    for (ComputeHosts.Host host : page) {
      list.add(view(r, host, detail, withServers));
    }
    if (links && Paging.isFull(limit, page.size())) {
      ComputeHosts.Host last = page.get(page.size() - 1);
      String lastId = r.atLeast(53) ? last.nodeUuid : Integer.toString(last.nodeId);
      body.putArray("hypervisors_links")
          .add(
              ServerRenderer.link(
                  "next",
                  Paging.nextHref(
                      r.url(detail ? "os-hypervisors/detail" : "os-hypervisors"), q, lastId)));
    }
    return Responses.json(200, body);
  }

  private MockResponse.Builder show(ComputeRequest r, String id) {
    boolean withServers = false;
    if (r.atLeast(53)) {
      QuerySchema.bool(r.query, "with_servers");
      QuerySchema.single(r.query, "with_servers");
      QueryParams q = QuerySchema.known(r.query, Set.of("with_servers"), true);
      withServers = QuerySchema.isTrue(orFalse(q.last("with_servers")));
    }
    r.caller.requireAdmin("os_compute_api:os-hypervisors:show");
    NovaFault notFound = NovaFault.notFound("Hypervisor with ID '" + id + "' could not be found.");
    if (r.atLeast(53)) {
      if (!NovaSchema.isUuid(id)) {
        throw NovaFault.badRequest("Invalid uuid " + id);
      }
    } else if (QuerySchema.pythonInt(id) == null) {
      throw notFound;
    }
    for (ComputeHosts.Host host : hosts.hosts()) {
      boolean match =
          r.atLeast(53)
              ? host.nodeUuid.equalsIgnoreCase(normalizedUuid(id))
              : Integer.valueOf(host.nodeId).equals(QuerySchema.pythonInt(id));
      if (match) {
        ObjectNode body = Responses.object();
        body.set("hypervisor", view(r, host, true, withServers));
        return Responses.json(200, body);
      }
    }
    throw notFound;
  }

  /** {@code _view_hypervisor}, in Nova's key order. */
  private static ObjectNode view(
      ComputeRequest r, ComputeHosts.Host host, boolean detail, boolean withServers) {
    ObjectNode out = Responses.object();
    if (r.atLeast(53)) {
      out.put("id", host.nodeUuid);
    } else {
      out.put("id", host.nodeId);
    }
    out.put("hypervisor_hostname", host.name).put("state", "up").put("status", "enabled");
    if (detail) {
      out.put("hypervisor_type", "fake")
          .put("hypervisor_version", 1000)
          .put("host_ip", ComputeHosts.HOST_IP);
      ObjectNode service = out.putObject("service");
      if (r.atLeast(53)) {
        service.put("id", host.service.uuid);
      } else {
        service.put("id", host.service.id);
      }
      service.put("host", host.name).putNull("disabled_reason");
    }
    if (detail && !r.atLeast(88)) {
      int vcpusUsed = 0;
      int ramUsed = ComputeHosts.RESERVED_HOST_MEMORY_MB;
      int diskUsed = 0;
      int workload = 0;
      for (Server s : host.servers) {
        ServerFlavor f = s.flavor().orElse(null);
        if (f != null) {
          vcpusUsed += f.vcpus().orElse(0);
          ramUsed += f.ram().orElse(0);
          diskUsed += f.disk().orElse(0) + f.ephemeral().orElse(0) + f.swap().orElse(0) / 1024;
        }
        // ComputeStats.calculate_workload: every server with a task state counts.
        if (NovaStates.taskState(s) != null) {
          workload++;
        }
      }
      out.put("vcpus", ComputeHosts.VCPUS)
          .put("memory_mb", ComputeHosts.MEMORY_MB)
          .put("local_gb", ComputeHosts.LOCAL_GB)
          .put("vcpus_used", vcpusUsed)
          .put("memory_mb_used", ramUsed)
          .put("local_gb_used", diskUsed)
          .put("free_ram_mb", ComputeHosts.MEMORY_MB - ramUsed)
          .put("free_disk_gb", ComputeHosts.LOCAL_GB - diskUsed)
          .put("current_workload", workload)
          .put("running_vms", host.servers.size())
          .put("disk_available_least", 0);
      // FakeDriver.get_available_resource's cpu_info, JSON text in the compute node's row.
      if (r.atLeast(28)) {
        out.set("cpu_info", fakeDriverCpuInfo());
      } else {
        out.put("cpu_info", FAKE_DRIVER_CPU_INFO);
      }
    }
    if (detail && r.atLeast(88)) {
      // The fake virt driver has no get_host_uptime.
      out.putNull("uptime");
    }
    if (withServers && (!host.servers.isEmpty() || r.atLeast(75))) {
      ArrayNode servers = out.putArray("servers");
      for (int i = 0; i < host.servers.size(); i++) {
        // The hypervisor's name of the instance, not the server's display name.
        servers
            .addObject()
            .put("name", host.instanceNames.get(i))
            .put("uuid", host.servers.get(i).id());
      }
    }
    return out;
  }

  private static String orFalse(@Nullable String value) {
    return value == null ? "false" : value;
  }

  /** {@code parameter_types.fqdn}: 1 to 255 of letters, digits, {@code -}, {@code .}, {@code _}. */
  private static void fqdn(QueryParams q, String name) {
    for (String value : q.all(name)) {
      if (!FQDN.matcher(value).matches()) {
        throw NovaFault.invalidQuery(
            name, value, "'" + value + "' does not match '^[a-zA-Z0-9-._]*$'");
      }
      if (value.isEmpty()) {
        throw NovaFault.invalidQuery(name, value, "'' is too short");
      }
      if (value.length() > 255) {
        throw NovaFault.invalidQuery(name, value, "'" + value + "' is too long");
      }
    }
  }

  /** SQL's {@code LIKE '%pattern%'} as MySQL matches it: {@code _} is any one character. */
  private static boolean like(String hostname, String pattern) {
    StringBuilder regex = new StringBuilder(".*");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      regex.append(c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    regex.append(".*");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
        .matcher(hostname)
        .matches();
  }

  /** {@code uuidutils.is_uuid_like} accepts uuids without dashes too. */
  private static String normalizedUuid(String id) {
    String hex = id.replace("-", "").toLowerCase(Locale.ROOT);
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-"
        + hex.substring(12, 16)
        + "-"
        + hex.substring(16, 20)
        + "-"
        + hex.substring(20);
  }
}
