package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.ServerFlavor;
import io.github.stacksdk.compute.model.flavor.Flavor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cloud's flavors, as rows of Nova's API database: by default those of {@link SampleCloud}
 * ({@code 1} m1.tiny to {@code 4} m1.large), plus any a test adds, public or private (with the
 * projects that have access), with their extra specs. Thread-safe: the test seeds while the
 * dispatcher reads.
 */
final class Flavors {
  /** One flavor as its row holds it; {@code internalId} is the row's id, the creation order. */
  static final class Row {
    final long internalId;
    final String id;
    final String name;
    final int vcpus;
    final int ramMb;
    final int diskGb;
    final int ephemeralGb;
    final int swapMb;
    final double rxtxFactor;
    final boolean disabled;
    final boolean isPublic;
    final @Nullable String description;
    final Map<String, String> extraSpecs;
    final List<String> projects;

    Row(long internalId, Flavor f, Map<String, String> extraSpecs, List<String> projects) {
      this.internalId = internalId;
      this.id = f.id();
      this.name = f.name().orElseThrow();
      this.vcpus = f.vcpus().orElseThrow();
      this.ramMb = f.ram().orElseThrow();
      this.diskGb = f.disk().orElseThrow();
      this.ephemeralGb = f.ephemeral().orElse(0);
      this.swapMb = f.swap().orElse(0);
      this.rxtxFactor = f.rxtxFactor().orElse(1.0);
      this.disabled = f.disabled().orElse(false);
      this.isPublic = f.isPublic().orElse(true);
      this.description = f.description().orElse(null);
      this.extraSpecs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraSpecs));
      this.projects = List.copyOf(projects);
    }

    /** Nova's non-admin read of the flavor table: public ones, and private ones shared with it. */
    boolean visibleTo(Caller caller) {
      return caller.admin || isPublic || projects.contains(caller.project);
    }

    /** The flavor as a server embeds it ({@code instance.flavor}). */
    ServerFlavor asServerFlavor() {
      return ServerFlavor.builder()
          .id(id)
          .originalName(name)
          .vcpus(vcpus)
          .ram(ramMb)
          .disk(diskGb)
          .ephemeral(ephemeralGb)
          .swap(swapMb)
          .extraSpecs(extraSpecs)
          .build();
    }

    private Flavor model() {
      Flavor.Builder b =
          Flavor.builder()
              .id(id)
              .name(name)
              .vcpus(vcpus)
              .ram(ramMb)
              .disk(diskGb)
              .ephemeral(ephemeralGb)
              .swap(swapMb)
              .rxtxFactor(rxtxFactor)
              .disabled(disabled)
              .isPublic(isPublic);
      if (description != null) {
        b.description(description);
      }
      return b.build();
    }
  }

  private final Map<String, Row> byId = new LinkedHashMap<>();
  private long nextInternalId = 1;

  Flavors() {
    add(SampleCloud.FLAVOR_TINY, "m1.tiny", 1, 512, 1);
    add(SampleCloud.FLAVOR_SMALL, "m1.small", 1, 2048, 20);
    add(SampleCloud.FLAVOR_MEDIUM, "m1.medium", 2, 4096, 40);
    add(SampleCloud.FLAVOR_LARGE, "m1.large", 4, 8192, 80);
  }

  Flavors(Flavors other) {
    synchronized (other) {
      byId.putAll(other.byId);
      nextInternalId = other.nextInternalId;
    }
  }

  /** A public flavor without extra specs, as {@code openstack flavor create} makes one. */
  synchronized void add(String id, String name, int vcpus, int ramMb, int diskGb) {
    put(Flavor.builder().id(id).name(name).vcpus(vcpus).ram(ramMb).disk(diskGb).build());
  }

  /**
   * Adds a flavor, or replaces the one with its id (which keeps its row id and access list).
   *
   * @throws IllegalArgumentException when the name, vCPUs, RAM or disk is missing
   */
  synchronized void put(Flavor flavor) {
    if (flavor.name().isEmpty()
        || flavor.vcpus().isEmpty()
        || flavor.ram().isEmpty()
        || flavor.disk().isEmpty()) {
      throw new IllegalArgumentException(
          "flavor " + flavor.id() + " needs a name, vcpus, ram and disk, as Nova's create does");
    }
    Row old = byId.get(flavor.id());
    long internalId = old != null ? old.internalId : nextInternalId++;
    List<String> projects = old != null ? old.projects : List.of();
    byId.put(flavor.id(), new Row(internalId, flavor, flavor.extraSpecs(), projects));
  }

  /**
   * Gives a project access to a private flavor, as {@code addTenantAccess} does.
   *
   * @throws NoSuchElementException when there is no such flavor
   * @throws IllegalArgumentException when the flavor is public (Nova's 409 from 2.7)
   */
  synchronized void addAccess(String flavorId, String projectId) {
    Row row = require(flavorId);
    if (row.isPublic) {
      throw new IllegalArgumentException(
          "flavor " + flavorId + " is public: Nova can not add access to a public flavor");
    }
    Set<String> projects = new LinkedHashSet<>(row.projects);
    projects.add(projectId);
    byId.put(
        flavorId, new Row(row.internalId, row.model(), row.extraSpecs, new ArrayList<>(projects)));
  }

  /**
   * Sets extra specs of a flavor, keeping the others, as {@code POST os-extra_specs} does.
   *
   * @throws NoSuchElementException when there is no such flavor
   */
  synchronized void addExtraSpecs(String flavorId, Map<String, String> specs) {
    Row row = require(flavorId);
    Map<String, String> merged = new LinkedHashMap<>(row.extraSpecs);
    merged.putAll(specs);
    byId.put(flavorId, new Row(row.internalId, row.model(), merged, row.projects));
  }

  /** Deletes a flavor, with its access list and extra specs; whether there was one. */
  synchronized boolean remove(String flavorId) {
    return byId.remove(flavorId) != null;
  }

  private Row require(String flavorId) {
    Row row = byId.get(flavorId);
    if (row == null) {
      throw new NoSuchElementException("FakeCompute has no flavor " + flavorId);
    }
    return row;
  }

  /**
   * The flavor a {@code flavorRef} names, for an administrator: an id, or a link ending in one
   * ({@code common.get_id_from_href}).
   */
  Optional<ServerFlavor> find(String flavorRef) {
    return row(idOf(flavorRef)).map(Row::asServerFlavor);
  }

  static String idOf(String flavorRef) {
    return flavorRef.substring(flavorRef.lastIndexOf('/') + 1);
  }

  synchronized Optional<Row> row(String flavorId) {
    return Optional.ofNullable(byId.get(flavorId));
  }

  /** {@code Flavor.get_by_flavor_id} in the caller's context. */
  synchronized Optional<Row> visible(String flavorId, Caller caller) {
    return row(flavorId).filter(r -> r.visibleTo(caller));
  }

  /** Every flavor, in row order. */
  synchronized List<Row> all() {
    return new ArrayList<>(byId.values());
  }
}
