package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.ServerFlavor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The flavors a server can be created or resized with: by default those of {@link SampleCloud}
 * ({@code 1} m1.tiny to {@code 4} m1.large), plus any a test adds.
 */
final class Flavors {
  private final Map<String, ServerFlavor> byId = new LinkedHashMap<>();

  Flavors() {
    add(SampleCloud.FLAVOR_TINY, "m1.tiny", 1, 512, 1);
    add(SampleCloud.FLAVOR_SMALL, "m1.small", 1, 2048, 20);
    add(SampleCloud.FLAVOR_MEDIUM, "m1.medium", 2, 4096, 40);
    add(SampleCloud.FLAVOR_LARGE, "m1.large", 4, 8192, 80);
  }

  Flavors(Flavors other) {
    byId.putAll(other.byId);
  }

  void add(String id, String name, int vcpus, int ramMb, int diskGb) {
    byId.put(
        id,
        ServerFlavor.builder()
            .id(id)
            .originalName(name)
            .vcpus(vcpus)
            .ram(ramMb)
            .disk(diskGb)
            .ephemeral(0)
            .swap(0)
            .build());
  }

  /**
   * The flavor a {@code flavorRef} names: an id, or a link ending in one ({@code
   * common.get_id_from_href}).
   */
  Optional<ServerFlavor> find(String flavorRef) {
    String id = flavorRef.substring(flavorRef.lastIndexOf('/') + 1);
    return Optional.ofNullable(byId.get(id));
  }
}
