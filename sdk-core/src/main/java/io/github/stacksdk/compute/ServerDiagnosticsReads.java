package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import io.github.stacksdk.compute.model.internal.ServerDiagnosticsJson;
import okhttp3.HttpUrl;

/**
 * A server's diagnostics, defined once for both faces of {@link ServersClient}: what to ask and
 * how to read the answer. The body's shape depends on the microversion (the virt driver's own
 * before 2.48, Nova's from it), which the model's reader tells apart by itself.
 */
final class ServerDiagnosticsReads {
  static final String GET = "servers.diagnostics";

  private ServerDiagnosticsReads() {}

  /** {@code GET /servers/{id}/diagnostics}. */
  static Operation<ServerDiagnostics, ServerDiagnostics> get(HttpUrl endpoint, String serverId) {
    HttpUrl url =
        Endpoints.resolve(
                endpoint, "servers", Reads.requireText(serverId, "serverId"), "diagnostics")
            .build();
    return Reads.get(GET, url, ServerDiagnosticsJson::readBody);
  }
}
