package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.AvailabilityZoneJson;
import io.github.stacksdk.compute.model.zone.AvailabilityZone;
import java.util.List;

/**
 * The availability zone calls, each defined once for both faces of {@link
 * AvailabilityZonesClient}: what to ask and how to read the answer.
 */
final class AvailabilityZoneReads {
  static final String LIST = "availability_zones.list";
  static final String LIST_DETAILED = "availability_zones.list_detailed";

  private final Reads reads;

  AvailabilityZoneReads(Reads reads) {
    this.reads = reads;
  }

  /** {@code GET /os-availability-zone}. */
  Operation<List<AvailabilityZone>, List<AvailabilityZone>> list() {
    return Reads.get(
        LIST, reads.url("os-availability-zone").build(), AvailabilityZoneJson::readList);
  }

  /** {@code GET /os-availability-zone/detail}. */
  Operation<List<AvailabilityZone>, List<AvailabilityZone>> listDetailed() {
    return Reads.get(
        LIST_DETAILED,
        reads.url("os-availability-zone", "detail").build(),
        AvailabilityZoneJson::readList);
  }
}
