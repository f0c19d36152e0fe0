package io.github.stacksdk.compute.testing;

import io.github.stacksdk.compute.model.Server;

/**
 * {@code common.get_instance} for the routes below {@code /servers/{id}}: the server a token may
 * see, as {@code instance_get_by_uuid} reads it with {@code project_only}, so that a member does
 * not find another project's server.
 */
final class ServerLookup {
  private final ServerStore store;
  private final ServerRenderer renderer;

  ServerLookup(ServerStore store, ServerRenderer renderer) {
    this.store = store;
    this.renderer = renderer;
  }

  /** The project that owns a server. */
  String tenantOf(Server server) {
    return renderer.tenantOf(server);
  }

  /** A server that is not deleted and that the caller may see, or Nova's 404. */
  ServerStore.Stored visible(String id, Caller caller) {
    return store
        .get(id)
        .filter(s -> !ServerFilters.isDeleted(s.server))
        .filter(s -> caller.admin || renderer.tenantOf(s.server).equals(caller.project))
        .orElseThrow(() -> NovaFault.instanceNotFound(id));
  }

  /** The same with {@code read_deleted='yes'}: a deleted server too, until it is purged. */
  ServerStore.Stored visibleOrDeleted(String id, Caller caller) {
    return store
        .get(id)
        .filter(s -> caller.admin || renderer.tenantOf(s.server).equals(caller.project))
        .orElseThrow(() -> NovaFault.instanceNotFound(id));
  }
}
