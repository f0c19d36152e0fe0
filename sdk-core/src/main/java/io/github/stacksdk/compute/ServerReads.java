package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.internal.json.RequestBodies;
import io.github.stacksdk.compute.internal.json.ResponseBodies;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.internal.InstanceActionJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import io.github.stacksdk.compute.model.internal.RemoteConsoleJson;
import io.github.stacksdk.compute.model.internal.VolumeAttachmentJson;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The reads of a server's sub-resources, each defined once for both faces of {@link
 * ServersClient}: its action history, metadata and tags, volume attachments, addresses and
 * consoles. Where Nova answers 404 both for a missing server and for a missing item of a server
 * that exists, its fault text tells them apart: the item's absence is a value, the server's an
 * exception.
 */
final class ServerReads {
  static final String ACTIONS = "servers.actions.list";
  static final String ACTION = "servers.actions.get";
  static final String METADATA = "servers.metadata.list";
  static final String METADATA_ITEM = "servers.metadata.get";
  static final String TAGS = "servers.tags.list";
  static final String TAG = "servers.tags.get";
  static final String VOLUME_ATTACHMENTS = "servers.volume_attachments.list";
  static final String VOLUME_ATTACHMENT = "servers.volume_attachments.get";
  static final String ADDRESSES = "servers.ips.list";
  static final String NETWORK_ADDRESSES = "servers.ips.get";
  static final String CONSOLE_OUTPUT = "servers.console_output";
  static final String REMOTE_CONSOLE = "servers.remote_consoles.create";

  /**
   * The attachments asked for per page: Nova's default {@code [api] max_limit}. Nova applies
   * {@code limit} and {@code offset} to all of the server's block device mappings and only then
   * drops those without a volume (an image-backed root disk, swap, ephemeral disks), so a page may
   * hold fewer attachments than asked even when more follow; a page this large holds every
   * mapping a server can have, and its shortness then means the end.
   */
  static final int VOLUME_ATTACHMENTS_PAGE = 1000;

  private final Reads reads;

  ServerReads(Reads reads) {
    this.reads = reads;
  }

  // ---- instance actions

  PagedIterable<InstanceAction> actions(String serverId, ListServerActionsRequest request) {
    String id = checkActions(serverId, request);
    return reads.markerListing(
        ACTIONS,
        "action",
        InstanceAction::requestId,
        request.marker().orElse(null),
        m -> actionsPage(id, request, m));
  }

  AsyncPagedIterable<InstanceAction> actionsAsync(
      String serverId, ListServerActionsRequest request) {
    String id = checkActions(serverId, request);
    return reads.markerListingAsync(
        ACTIONS,
        "action",
        InstanceAction::requestId,
        request.marker().orElse(null),
        m -> actionsPage(id, request, m));
  }

  /** Refuses, before the listing is made, what the client's microversion lacks. */
  private String checkActions(String serverId, ListServerActionsRequest request) {
    String id = requireId(serverId);
    Objects.requireNonNull(request, "request == null");
    // Below 2.58 Nova ignores limit and marker and answers the whole history: refused, not sent.
    if (request.pageSize().isPresent()) {
      reads.require(58, "the actions' pageSize (limit)");
    }
    if (request.marker().isPresent()) {
      reads.require(58, "the actions' marker");
    }
    if (request.changesSince().isPresent()) {
      reads.require(58, "the actions' changes-since filter");
    }
    if (request.changesBefore().isPresent()) {
      reads.require(66, "the actions' changes-before filter");
    }
    return id;
  }

  private Operation<?, Page<InstanceAction>> actionsPage(
      String serverId, ListServerActionsRequest request, @Nullable String marker) {
    int limit = request.pageSize().orElse(0);
    HttpUrl.Builder url = reads.url("servers", serverId, "os-instance-actions");
    request.pageSize().ifPresent(v -> url.addQueryParameter("limit", Integer.toString(v)));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    request.changesSince().ifPresent(v -> url.addQueryParameter("changes-since", v.toString()));
    request.changesBefore().ifPresent(v -> url.addQueryParameter("changes-before", v.toString()));
    return Operation.of(
        ACTIONS + ".page",
        Transport.Exchange.get(
            url.build(), InstanceActionJson::readPage, true, ComputeOperations.MAX_BODY_BYTES),
        (Transport.Result<ModelBodies.Page<InstanceAction>> r) ->
            reads.markerPage(r, InstanceAction::requestId, limit, "action"));
  }

  /** {@code GET /servers/{id}/os-instance-actions/{request_id}}: the action with its events. */
  Operation<InstanceAction, InstanceAction> action(String serverId, String requestId) {
    return Reads.get(
        ACTION,
        reads
            .url(
                "servers",
                requireId(serverId),
                "os-instance-actions",
                Reads.requireText(requestId, "requestId"))
            .build(),
        InstanceActionJson::readBody);
  }

  // ---- metadata and tags

  /** {@code GET /servers/{id}/metadata}. */
  Operation<Map<String, String>, Map<String, String>> metadata(String serverId) {
    return Reads.get(
        METADATA,
        reads.url("servers", requireId(serverId), "metadata").build(),
        p -> ResponseBodies.stringMap(p, "metadata"));
  }

  /** {@code GET /servers/{id}/metadata/{key}}, empty when the server has no such item. */
  Operation<Map<String, String>, Optional<String>> metadataItem(String serverId, String key) {
    String checked = Reads.requireText(key, "key");
    return Reads.get(
            METADATA_ITEM,
            reads.url("servers", requireId(serverId), "metadata", checked).build(),
            p -> ResponseBodies.stringMap(p, "meta"))
        .then(meta -> Optional.ofNullable(meta.get(checked)))
        .orWhenAbsent(ServerReads::noSuchMetadataItem, Optional.empty());
  }

  /** {@code GET /servers/{id}/tags} (2.26). */
  Operation<List<String>, List<String>> tags(String serverId) {
    String id = requireId(serverId);
    reads.require(26, "server tags");
    return Reads.get(
        TAGS, reads.url("servers", id, "tags").build(), p -> ResponseBodies.strings(p, "tags"));
  }

  /** {@code GET /servers/{id}/tags/{tag}} (2.26): 204 when it has the tag, 404 when not. */
  Operation<Boolean, Boolean> hasTag(String serverId, String tag) {
    String id = requireId(serverId);
    String checked = Reads.requireText(tag, "tag");
    reads.require(26, "server tags");
    // A GET whose 204 has no body to read: answered true, and false on the tag's own 404.
    return Operation.of(
            TAG,
            Transport.Exchange.changeWithoutAnswer(
                "GET", reads.url("servers", id, "tags", checked).build(), null, true))
        .orWhenAbsent(e -> noSuchTag(e, checked), Boolean.FALSE);
  }

  // ---- volume attachments

  PagedIterable<VolumeAttachment> volumeAttachments(String serverId) {
    String id = requireId(serverId);
    return reads.offsetListing(
        VOLUME_ATTACHMENTS,
        "volume attachment",
        VolumeAttachment::volumeId,
        0,
        VOLUME_ATTACHMENTS_PAGE,
        (offset, limit) -> volumeAttachmentsPage(id, offset, limit));
  }

  AsyncPagedIterable<VolumeAttachment> volumeAttachmentsAsync(String serverId) {
    String id = requireId(serverId);
    return reads.offsetListingAsync(
        VOLUME_ATTACHMENTS,
        "volume attachment",
        VolumeAttachment::volumeId,
        0,
        VOLUME_ATTACHMENTS_PAGE,
        (offset, limit) -> volumeAttachmentsPage(id, offset, limit));
  }

  private Operation<?, Transport.Result<List<VolumeAttachment>>> volumeAttachmentsPage(
      String serverId, int offset, int limit) {
    HttpUrl.Builder url = reads.url("servers", serverId, "os-volume_attachments");
    url.addQueryParameter("limit", Integer.toString(limit));
    if (offset > 0) {
      url.addQueryParameter("offset", Integer.toString(offset));
    }
    return Operation.of(
        VOLUME_ATTACHMENTS + ".page",
        Transport.Exchange.get(
            url.build(), VolumeAttachmentJson::readList, true, ComputeOperations.MAX_BODY_BYTES),
        r -> r);
  }

  /**
   * {@code GET /servers/{id}/os-volume_attachments/{volume_id}}, empty when the volume is not
   * attached to the server.
   */
  Operation<VolumeAttachment, Optional<VolumeAttachment>> volumeAttachment(
      String serverId, String volumeId) {
    String checked = Reads.requireText(volumeId, "volumeId");
    return Reads.get(
            VOLUME_ATTACHMENT,
            reads.url("servers", requireId(serverId), "os-volume_attachments", checked).build(),
            VolumeAttachmentJson::readBody)
        .then(Optional::of)
        .orWhenAbsent(e -> notAttached(e, checked), Optional.empty());
  }

  // ---- addresses

  /** {@code GET /servers/{id}/ips}. */
  Operation<Map<String, List<Address>>, Map<String, List<Address>>> addresses(String serverId) {
    return Reads.get(
        ADDRESSES,
        reads.url("servers", requireId(serverId), "ips").build(),
        ResponseBodies::addresses);
  }

  /** {@code GET /servers/{id}/ips/{network}}, empty when the server has no address on it. */
  Operation<List<Address>, List<Address>> addresses(String serverId, String network) {
    String checked = Reads.requireText(network, "network");
    return Reads.get(
            NETWORK_ADDRESSES,
            reads.url("servers", requireId(serverId), "ips", checked).build(),
            p -> ResponseBodies.networkAddresses(p, checked))
        .orWhenAbsent(ServerReads::notOnNetwork, List.of());
  }

  // ---- consoles

  /**
   * The {@code os-getConsoleOutput} action: the whole log, or with {@code lines} its last lines.
   * A {@code POST} that only reads: it changes nothing in Nova, so it is safe to send again, and
   * is retried as a {@code GET} is.
   */
  Operation<String, String> consoleOutput(String serverId, @Nullable Integer lines) {
    String id = requireId(serverId);
    return Operation.of(
        CONSOLE_OUTPUT,
        Transport.Exchange.change(
            "POST",
            reads.url("servers", id, "action").build(),
            RequestBodies.consoleOutput(lines),
            RemoteConsoleJson::readOutputBody,
            true));
  }

  /**
   * {@code POST /servers/{id}/remote-consoles} (2.6). Each request makes a new console token,
   * valid for Nova's {@code [consoleauth] token_ttl} (10 minutes by default); sending it again
   * after a lost answer only leaves an unused token to expire, so it is retried as a read is.
   */
  Operation<RemoteConsole, RemoteConsole> remoteConsole(
      String serverId, ConsoleProtocol protocol, ConsoleType type) {
    String id = requireId(serverId);
    Objects.requireNonNull(protocol, "protocol == null");
    Objects.requireNonNull(type, "type == null");
    if (type.protocol() != protocol) {
      throw new IllegalArgumentException(
          "console type "
              + type.value()
              + " is served over "
              + type.protocol().value()
              + ", not "
              + protocol.value()
              + " (Nova refuses the pair: Invalid console type "
              + type.value()
              + ")");
    }
    reads.require(6, "remote consoles (POST /servers/{id}/remote-consoles)");
    reads.require(protocol.minimumMinor(), "the remote console protocol " + protocol.value());
    reads.require(type.minimumMinor(), "the remote console type " + type.value());
    return Operation.of(
        REMOTE_CONSOLE,
        Transport.Exchange.change(
            "POST",
            reads.url("servers", id, "remote-consoles").build(),
            RequestBodies.remoteConsole(protocol.value(), type.value()),
            RemoteConsoleJson::readBody,
            true));
  }

  private static String requireId(String serverId) {
    return Reads.requireText(serverId, "serverId");
  }

  /**
   * Nova's "Metadata item was not found"; a missing server is "Instance {id} could not be found."
   */
  private static boolean noSuchMetadataItem(ComputeServiceException e) {
    return e.statusCode() == 404
        && e.faultMessage().toLowerCase(Locale.ROOT).contains("metadata item was not found");
  }

  /**
   * Nova's "Server {id} has no tag '{tag}'"; a missing server is "Instance {id} has no mapping to a
   * cell." (never created) or "Instance {id} could not be found." (deleted). Matched on the end,
   * which holds the tag, so that no server id can pass for it.
   */
  private static boolean noSuchTag(ComputeServiceException e, String tag) {
    return e.statusCode() == 404 && e.faultMessage().endsWith(" has no tag '" + tag + "'");
  }

  /**
   * Nova's "Instance {server} is not attached to volume {volume}"; a missing server is "Instance
   * {id} could not be found."
   */
  private static boolean notAttached(ComputeServiceException e, String volumeId) {
    return e.statusCode() == 404
        && e.faultMessage().endsWith(" is not attached to volume " + volumeId);
  }

  /**
   * Nova's "Instance is not a member of specified network"; a missing server is "Instance {id}
   * could not be found."
   */
  private static boolean notOnNetwork(ComputeServiceException e) {
    return e.statusCode() == 404
        && e.faultMessage()
            .toLowerCase(Locale.ROOT)
            .contains("instance is not a member of specified network");
  }
}
