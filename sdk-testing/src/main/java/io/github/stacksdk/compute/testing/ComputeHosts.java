package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The cloud's hosts and services as Nova's service and compute node tables would hold them: the
 * scheduler and the conductor on the controller ({@value #CONTROLLER} unless the fake runs on a
 * single host; zone {@value #INTERNAL_ZONE}), and one {@code nova-compute} with its compute node
 * (Nova's fake virt driver) per compute host. The compute hosts are the one the fake builds on
 * ({@link ServerLifecycle#BUILD_HOST} unless on a single host), and every host a
 * server names; a host's zones are those of its servers, or {@value #DEFAULT_ZONE} when none says.
 * Every service is up and enabled, reporting at the cloud's now.
 */
final class ComputeHosts {
  /** The host of the control services, unless the fake runs on a single host. */
  static final String CONTROLLER = "controller";

  /** {@code CONF.internal_service_availability_zone}. */
  static final String INTERNAL_ZONE = "internal";

  /** {@code CONF.default_availability_zone}. */
  static final String DEFAULT_ZONE = "nova";

  /** {@code CONF.my_ip} of the fake's hosts. */
  static final String HOST_IP = "127.0.0.1";

  /** Nova's fake virt driver's resources: 1000 vCPUs, 800000 MiB, 600000 GiB. */
  static final int VCPUS = 1000;

  static final int MEMORY_MB = 800000;
  static final int LOCAL_GB = 600000;

  /** {@code CONF.reserved_host_memory_mb}, counted as used on every compute node. */
  static final int RESERVED_HOST_MEMORY_MB = 512;

  /** One compute host: its compute node, its service (which has its zone) and its servers. */
  static final class Host {
    final String name;

    /** The compute node's id, and its uuid from 2.53. */
    final int nodeId;

    final String nodeUuid;
    final Service service;

    /** The servers on the host that are not deleted, in creation order. */
    final List<Server> servers;

    Host(String name, int nodeId, Service service, List<Server> servers) {
      this.name = name;
      this.nodeId = nodeId;
      this.nodeUuid = uuid("compute-node:" + name);
      this.service = service;
      this.servers = servers;
    }
  }

  /** One service row. */
  static final class Service {
    final int id;
    final String uuid;
    final String binary;
    final String host;

    /** The availability zone: {@value #INTERNAL_ZONE} for the control services. */
    final String zone;

    Service(int id, String binary, String host, String zone) {
      this.id = id;
      this.uuid = uuid("service:" + binary + "@" + host);
      this.binary = binary;
      this.host = host;
      this.zone = zone;
    }
  }

  private final ServerStore store;
  private final Supplier<Instant> now;
  private final String controller;
  private final String buildHost;

  /**
   * @param controller the host of the control services
   * @param buildHost the compute host the scheduler places builds on
   */
  ComputeHosts(ServerStore store, Supplier<Instant> now, String controller, String buildHost) {
    this.store = store;
    this.now = now;
    this.controller = controller;
    this.buildHost = buildHost;
  }

  /** When the services last reported, as their rows store it. */
  Instant updatedAt() {
    return now.get();
  }

  /** The compute hosts, by name. */
  List<Host> hosts() {
    Map<String, Map<String, Integer>> zoneCounts = new TreeMap<>();
    Map<String, List<Server>> servers = new TreeMap<>();
    zoneCounts.put(buildHost, new TreeMap<>());
    for (ServerStore.Stored stored : store.all()) {
      Server s = stored.server;
      String host = s.host().orElse("");
      if (host.isEmpty()) {
        continue;
      }
      Map<String, Integer> counts = zoneCounts.computeIfAbsent(host, h -> new TreeMap<>());
      s.availabilityZone()
          .filter(z -> !z.isEmpty())
          .ifPresent(z -> counts.merge(z, 1, Integer::sum));
      if (!ServerFilters.isDeleted(s)) {
        servers.computeIfAbsent(host, h -> new ArrayList<>()).add(s);
      }
    }
    List<Host> hosts = new ArrayList<>();
    int nodeId = 1;
    for (Map.Entry<String, Map<String, Integer>> entry : zoneCounts.entrySet()) {
      String zone = DEFAULT_ZONE;
      int most = 0;
      for (Map.Entry<String, Integer> count : entry.getValue().entrySet()) {
        if (count.getValue() > most) {
          zone = count.getKey();
          most = count.getValue();
        }
      }
      Service service = new Service(2 + nodeId, "nova-compute", entry.getKey(), zone);
      hosts.add(
          new Host(
              entry.getKey(), nodeId++, service, servers.getOrDefault(entry.getKey(), List.of())));
    }
    return hosts;
  }

  /** Every service: the scheduler and the conductor, then each compute host's. */
  List<Service> services() {
    List<Service> services = new ArrayList<>();
    services.add(new Service(1, "nova-scheduler", controller, INTERNAL_ZONE));
    services.add(new Service(2, "nova-conductor", controller, INTERNAL_ZONE));
    for (Host host : hosts()) {
      services.add(host.service);
    }
    return services;
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
