package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import io.github.stacksdk.compute.internal.http.CallLogging;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.internal.json.ResponseBodies;
import io.github.stacksdk.compute.internal.json.ResponseBodies.ServersPage;
import io.github.stacksdk.compute.model.InterfaceAttachment;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import io.github.stacksdk.compute.model.VirtualInterface;
import io.github.stacksdk.compute.model.internal.InterfaceAttachmentJson;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The compute API's calls, each defined once for the synchronous and the asynchronous client: the
 * URL, the reader of the answer, the bound on its body, what the caller gets and how an error
 * answer is told. Adding an endpoint is one method here and a one-line method on each face.
 */
final class ComputeOperations {
  /**
   * The most bytes of a response body read, after decompression (a page of servers may have more:
   * {@link #MAX_BODY_BYTES_PER_SERVER} per server asked for). Real bodies are far smaller; the
   * bound keeps a broken or hostile server from making the client inflate or parse without end.
   */
  static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  /**
   * The bytes a page may spend per server asked for ({@code limit}): Nova allows 64 KiB of user
   * data (87 KiB in base64) and hundreds of metadata items per server, which stay well inside.
   */
  static final long MAX_BODY_BYTES_PER_SERVER = 256L * 1024;

  private final HttpUrl endpoint;
  private final Microversion microversion;
  private final CallLogging.Sink log;

  /**
   * @param endpoint the compute endpoint, every call's base
   * @param microversion the client's microversion (the baseline when none is pinned)
   * @param log where the listings' warnings go
   */
  ComputeOperations(HttpUrl endpoint, Microversion microversion, CallLogging.Sink log) {
    this.endpoint = endpoint;
    this.microversion = microversion;
    this.log = log;
  }

  HttpUrl endpoint() {
    return endpoint;
  }

  /**
   * Checks a listing request against the client's microversion, before any request.
   *
   * @throws IllegalArgumentException when a filter needs a newer microversion
   */
  void checkMicroversion(ListServersRequest request) {
    ServersQuery.checkMicroversion(request, microversion);
  }

  /**
   * A page of servers ({@code GET /servers/detail}): more servers than the {@code limit} asked for
   * is not Nova's answer, and ends the call as soon as the count is passed.
   */
  Operation<ServersPage<Server>, Page<Server>> serversPage(
      ListServersRequest request, @Nullable String marker) {
    int limit = ServersQuery.limit(request);
    Transport.Exchange<ServersPage<Server>> get =
        Transport.Exchange.get(
            ServersQuery.url(endpoint, request, marker),
            p -> ResponseBodies.servers(p, limit),
            true,
            Math.max(MAX_BODY_BYTES, limit * MAX_BODY_BYTES_PER_SERVER));
    return Operation.of("servers.list.page", get, r -> toPage(r, Server::id));
  }

  /** A page of the id listing, {@code GET /servers}: ids, names and links, a few hundred bytes each. */
  Operation<ServersPage<ServerSummary>, Page<ServerSummary>> serverSummariesPage(
      ListServersRequest request, @Nullable String marker) {
    int limit = ServersQuery.limit(request);
    Transport.Exchange<ServersPage<ServerSummary>> get =
        Transport.Exchange.get(
            ServersQuery.summariesUrl(endpoint, request, marker),
            p -> ResponseBodies.serverSummaries(p, limit),
            true,
            MAX_BODY_BYTES);
    return Operation.of("servers.list_summaries.page", get, r -> toPage(r, ServerSummary::id));
  }

  Operation<Server, Server> server(String serverId) {
    HttpUrl url = Endpoints.resolve(endpoint, "servers", requireId(serverId)).build();
    return Operation.of(
        "servers.get", Transport.Exchange.get(url, ResponseBodies::server, true, MAX_BODY_BYTES));
  }

  /** The same, with the answer's headers: a waiter reads the cloud's clock from its Date. */
  Operation<Server, Transport.Result<Server>> serverWithHeaders(String serverId) {
    HttpUrl url = Endpoints.resolve(endpoint, "servers", requireId(serverId)).build();
    return Operation.of(
        "servers.get",
        Transport.Exchange.get(url, ResponseBodies::server, true, MAX_BODY_BYTES),
        r -> r);
  }

  /**
   * A server's virtual interfaces, with Rackspace's extension; a cloud without it answers 404, 400
   * or 410, which the exception says.
   */
  Operation<List<VirtualInterface>, List<VirtualInterface>> virtualInterfaces(String serverId) {
    HttpUrl url =
        Endpoints.resolve(endpoint, "servers", requireId(serverId), "os-virtual-interfacesv2")
            .build();
    return Operation.of(
            "virtual_interfaces.list",
            Transport.Exchange.get(url, ResponseBodies::virtualInterfaces, true, MAX_BODY_BYTES))
        .withErrors(
            e -> isMissingExtension(e) ? new VirtualInterfacesUnsupportedException(e.error()) : e);
  }

  /** The ports attached to a server ({@code GET /servers/{id}/os-interface}). */
  Operation<List<InterfaceAttachment>, List<InterfaceAttachment>> interfaceAttachments(
      String serverId) {
    HttpUrl url =
        Endpoints.resolve(endpoint, "servers", requireId(serverId), "os-interface").build();
    return Operation.of(
        "interface_attachments.list",
        Transport.Exchange.get(
            url,
            p -> ResponseBodies.list(p, "interfaceAttachments", InterfaceAttachmentJson::read),
            true,
            MAX_BODY_BYTES));
  }

  /** The version documents at {@code url}, read without a microversion header. */
  static Operation<List<ComputeVersion>, List<ComputeVersion>> versionsAt(HttpUrl url) {
    return Operation.of(
        "versions.list",
        Transport.Exchange.get(url, VersionDiscovery::read, false, MAX_BODY_BYTES));
  }

  /**
   * The ids of one listing's servers, to list each once (warning at the first repeat, and at debug
   * level after it) and to stop a listing whose pages bring no new server.
   */
  DistinctItems<Server> distinctServers() {
    return distinct(Server::id);
  }

  DistinctItems<ServerSummary> distinctSummaries() {
    return distinct(ServerSummary::id);
  }

  private <T> DistinctItems<T> distinct(Function<T, String> idOf) {
    AtomicBoolean warned = new AtomicBoolean();
    return new DistinctItems<>(
        "server",
        idOf,
        id -> {
          String message =
              "Server "
                  + id
                  + " came again on a later page (the list changed while it was read); skipped";
          if (!warned.getAndSet(true)) {
            log.warn(message + ". Later repeats are logged at debug level");
          } else if (log.isDebugEnabled()) {
            log.debug(message);
          }
        });
  }

  private <T> Page<T> toPage(Transport.Result<ServersPage<T>> result, Function<T, String> idOf) {
    List<T> servers = result.body.servers;
    return new Page<>(
        servers,
        nextMarker(result.body.nextHref, servers, idOf),
        result.requestId,
        result.microversion,
        result.date,
        result.bodyBytes);
  }

  private <T> @Nullable String nextMarker(
      @Nullable String href, List<T> servers, Function<T, String> idOf) {
    if (href == null || servers.isEmpty()) {
      return null;
    }
    HttpUrl link = HttpUrl.parse(href);
    if (link == null) {
      link = endpoint.resolve(href);
    }
    String marker = link == null ? null : link.queryParameter("marker");
    if (marker == null || marker.isBlank()) {
      marker = idOf.apply(servers.get(servers.size() - 1));
      log.warn("The next-page link has no marker; continuing after the last server, " + marker);
    }
    return marker;
  }

  private static boolean isMissingExtension(ComputeServiceException e) {
    String message = e.faultMessage().toLowerCase(Locale.ROOT);
    switch (e.statusCode()) {
      case 410:
        return true;
      case 404:
        return !(message.contains("instance") && message.contains("could not be found"));
      case 400:
        return message.contains("not supported") || message.contains("virtual interface");
      default:
        return false;
    }
  }

  private static String requireId(String serverId) {
    Objects.requireNonNull(serverId, "serverId == null");
    if (serverId.isBlank()) {
      throw new IllegalArgumentException("serverId is blank");
    }
    return serverId;
  }
}
