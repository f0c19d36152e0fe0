package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous face of {@link AvailabilityZonesClient}: the same calls, each returning at
 * once. Get one with {@code compute.async().availabilityZones()}. Cancelling a returned future
 * cancels its HTTP call. Thread-safe.
 */
public final class AvailabilityZonesAsyncClient {
  private final AvailabilityZoneReads reads;
  private final Transport transport;

  AvailabilityZonesAsyncClient(AvailabilityZoneReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the zones with their state ({@code GET /os-availability-zone}); see {@link
   * AvailabilityZonesClient#list()}.
   *
   * @return completes with the zones, in the order Nova sent them
   */
  public CompletableFuture<List<AvailabilityZone>> list() {
    return reads.list().enqueue(transport);
  }

  /**
   * Lists the zones with their hosts and services ({@code GET /os-availability-zone/detail}); see
   * {@link AvailabilityZonesClient#listDetailed()}.
   *
   * @return completes with the zones; fails with a {@code PermissionDeniedException} when the
   *     caller may not see them
   */
  public CompletableFuture<List<AvailabilityZone>> listDetailed() {
    return reads.listDetailed().enqueue(transport);
  }
}
