package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.util.List;

/**
 * The availability zones of the cloud: the groups of hosts a server may be asked to start in.
 * Get one with {@link ComputeClient#availabilityZones()}; it shares the client's settings, token,
 * connections and listeners. Thread-safe.
 *
 * <pre>{@code
 * for (AvailabilityZone zone : compute.availabilityZones().list()) {
 *   System.out.println(zone.name() + (zone.available().orElse(false) ? "" : " (down)"));
 * }
 * }</pre>
 *
 * <p>Nova sends every zone at once, in one small answer: the calls return a list, not a paged
 * listing.
 */
public final class AvailabilityZonesClient {
  private final AvailabilityZoneReads reads;
  private final Transport transport;

  AvailabilityZonesClient(AvailabilityZoneReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the zones with their state ({@code GET /os-availability-zone}), without their hosts: a
   * zone with an enabled service is available, one whose services are all disabled is not. Nova
   * leaves out its internal zone (that of the scheduler, the conductor and the other services
   * that host no servers, {@code internal} by default).
   *
   * @return the zones, in the order Nova sent them: the available ones first
   */
  public List<AvailabilityZone> list() {
    return reads.list().call(transport);
  }

  /**
   * Lists the zones with their hosts and each host's services ({@code GET
   * /os-availability-zone/detail}); an administrator's call by Nova's default policy. Nova
   * includes its internal zone here, with the hosts of the scheduler and conductor; a zone that is
   * not available has no hosts.
   *
   * @return the zones, in the order Nova sent them
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller may not
   *     see them
   */
  public List<AvailabilityZone> listDetailed() {
    return reads.listDetailed().call(transport);
  }
}
