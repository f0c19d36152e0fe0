package io.github.stacksdk.compute.testing;

import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * The routes of the compute API besides {@code /servers} itself, each answered by a small class
 * of its own: the top-level collections ({@code /flavors}, {@code /os-keypairs}…) and the
 * sub-resources of a server that only read ({@code /servers/{id}/ips}…).
 */
final class NovaResources {
  /** The first path segments that name a collection rather than a project. */
  private static final Set<String> COLLECTIONS =
      Set.of(
          "servers",
          "flavors",
          "os-keypairs",
          "os-availability-zone",
          "os-server-groups",
          "limits",
          "os-quota-sets",
          "os-hypervisors",
          "os-services");

  final InstanceActions actions;
  final ServerLookup servers;
  final ConsoleResources consoles;
  final InstanceActionResources instanceActions;
  final ServerAddressResources addresses;
  final VolumeAttachmentResources volumeAttachments;
  final DiagnosticsResource diagnostics;
  private final FlavorResources flavors;
  private final KeypairResources keypairs;
  private final AvailabilityZoneResources zones;
  private final ServerGroupResources serverGroups;
  private final LimitsResource limits;
  private final QuotaSetResources quotaSets;
  private final HypervisorResources hypervisors;
  private final ServiceResources services;

  NovaResources(
      FakeSettings settings,
      ServerStore store,
      ServerRenderer renderer,
      Flavors flavors,
      Keypairs keypairs,
      ServerGroups groups,
      InstanceActions actions,
      VolumeAttachments attachments,
      ComputeHosts hosts,
      ProjectUsage usage) {
    this.actions = actions;
    this.servers = new ServerLookup(store, renderer);
    this.consoles = new ConsoleResources(servers);
    this.instanceActions = new InstanceActionResources(actions, servers);
    this.addresses = new ServerAddressResources(servers);
    this.volumeAttachments = new VolumeAttachmentResources(attachments, servers);
    this.diagnostics = new DiagnosticsResource(servers);
    this.flavors = new FlavorResources(flavors);
    this.keypairs = new KeypairResources(keypairs);
    this.zones = new AvailabilityZoneResources(hosts);
    this.serverGroups = new ServerGroupResources(groups, store);
    this.limits = new LimitsResource(usage);
    this.quotaSets = new QuotaSetResources(usage, settings);
    this.hypervisors = new HypervisorResources(hosts);
    this.services = new ServiceResources(hosts);
  }

  /** Whether a path's first segment (after {@code /v2.1}) is a collection, not a project id. */
  static boolean isCollection(String segment) {
    return COLLECTIONS.contains(segment);
  }

  /** A top-level collection other than {@code /servers}. */
  MockResponse.Builder collection(ComputeRequest r) {
    switch (r.path.get(0)) {
      case "flavors":
        return flavors.answer(r);
      case "os-keypairs":
        return keypairs.answer(r);
      case "os-availability-zone":
        return zones.answer(r);
      case "os-server-groups":
        return serverGroups.answer(r);
      case "limits":
        return limits.answer(r);
      case "os-quota-sets":
        return quotaSets.answer(r);
      case "os-hypervisors":
        return hypervisors.answer(r);
      case "os-services":
        return services.answer(r);
      default:
        throw NovaFault.unknownResource();
    }
  }
}
