package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.AttachedVolume;
import io.github.stacksdk.compute.model.Server;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The block device mappings of the servers' volumes: the device each was attached as, and its
 * Cinder attachment and mapping ids. A server's volumes are its {@code volumes_attached}; those
 * attached with {@link #attach} have the device given there, the others one after the root
 * disk's, as libvirt names them. Thread-safe.
 */
final class VolumeAttachments {
  /** One volume's mapping. */
  static final class Attachment {
    final String volumeId;
    final String serverId;
    final @Nullable String device;
    final boolean deleteOnTermination;
    final String attachmentId;
    final String bdmUuid;

    Attachment(
        String volumeId, String serverId, @Nullable String device, boolean deleteOnTermination) {
      this.volumeId = volumeId;
      this.serverId = serverId;
      this.device = device;
      this.deleteOnTermination = deleteOnTermination;
      this.attachmentId = uuid("attachment:" + serverId + ":" + volumeId);
      this.bdmUuid = uuid("bdm:" + serverId + ":" + volumeId);
    }
  }

  private final ServerStore store;
  private final Map<String, Map<String, String>> devices = new HashMap<>();

  VolumeAttachments(ServerStore store) {
    this.store = store;
  }

  /**
   * Attaches a volume to a server as a device: the server lists it in {@code volumes_attached}
   * (not deleted on termination), its {@code updated} unchanged.
   *
   * @throws NoSuchElementException when there is no such server
   * @throws IllegalStateException when it is deleted
   */
  synchronized void attach(String serverId, String volumeId, String device) {
    store.replace(
        serverId,
        s -> {
          if (ServerFilters.isDeleted(s)) {
            throw new IllegalStateException("server " + serverId + " is deleted");
          }
          List<AttachedVolume> volumes = new ArrayList<>();
          for (AttachedVolume v : s.volumesAttached()) {
            if (!v.id().equals(volumeId)) {
              volumes.add(v);
            }
          }
          volumes.add(AttachedVolume.builder().id(volumeId).deleteOnTermination(false).build());
          return s.toBuilder().volumesAttached(volumes).build();
        });
    devices.computeIfAbsent(serverId, id -> new HashMap<>()).put(volumeId, device);
  }

  /** A server's volume mappings, in the order of its {@code volumes_attached}. */
  synchronized List<Attachment> of(Server s) {
    Map<String, String> known = devices.getOrDefault(s.id(), Map.of());
    List<Attachment> out = new ArrayList<>();
    // Image-backed servers have vda as their root disk; a volume-backed one's first volume is it.
    char next = s.image().isPresent() ? 'b' : 'a';
    for (AttachedVolume v : s.volumesAttached()) {
      String device = known.get(v.id());
      if (device == null) {
        device = "/dev/vd" + next;
      }
      next++;
      out.add(new Attachment(v.id(), s.id(), device, v.deleteOnTermination().orElse(false)));
    }
    return out;
  }

  synchronized void clear() {
    devices.clear();
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
