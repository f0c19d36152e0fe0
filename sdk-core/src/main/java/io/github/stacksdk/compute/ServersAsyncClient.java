package io.github.stacksdk.compute;

import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.Address;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.action.InstanceAction;
import io.github.stacksdk.compute.model.console.RemoteConsole;
import io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics;
import io.github.stacksdk.compute.model.volume.VolumeAttachment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link ServersClient}: the same calls, each returning a {@link
 * CompletableFuture} at once, with the same rules for retries and errors. Get one with {@code
 * compute.async().servers()}. Cancelling a returned future cancels its HTTP call, but not what Nova
 * may already have started. Thread-safe.
 */
public final class ServersAsyncClient {
  private final ServerWrites writes;
  private final ServerReads reads;
  private final Transport transport;
  private final ComputeOperations operations;
  private final ServerListings listings;

  ServersAsyncClient(
      ServerWrites writes,
      ServerReads reads,
      Transport transport,
      ComputeOperations operations,
      ServerListings listings) {
    this.writes = writes;
    this.reads = reads;
    this.transport = transport;
    this.operations = operations;
    this.listings = listings;
  }

  /**
   * Returns a waiter with the default timeout (15 minutes) and interval (5 seconds).
   *
   * @return a waiter for this client's servers
   */
  public AsyncServerWaiter waiter() {
    return new AsyncServerWaiter(
        operations,
        listings,
        transport,
        AsyncServerWaiter.DEFAULT_TIMEOUT,
        AsyncServerWaiter.DEFAULT_INTERVAL,
        false);
  }

  /**
   * Creates a server ({@code POST /servers}); Nova builds it in the background, in status
   * {@code BUILD}: wait for it with {@link #waiter()}. The request is checked against the
   * client's microversion before anything is sent, and it is never sent again once it may
   * have reached Nova: see {@link io.github.stacksdk.compute.exception.OutcomeUnknownException}.
   *
   * @param request what to create
   * @return completes with the new server's id and administrator password, or the reservation
   *     id when the request asked for one
   */
  public CompletableFuture<CreatedServer> create(CreateServerRequest request) {
    return writes.create(request).enqueue(transport);
  }

  /**
   * Creates a server from the request {@code request} fills in; see {@link
   * #create(CreateServerRequest)}.
   *
   * @param request fills in a new builder
   * @return completes with the new server's id and administrator password, or the reservation
   *     id
   */
  public CompletableFuture<CreatedServer> create(Consumer<CreateServerRequest.Builder> request) {
    return writes.create(build(request)).enqueue(transport);
  }

  /**
   * Changes a server's name, description, access addresses or hostname ({@code PUT
   * /servers/{id}}).
   *
   * @param serverId the server's id
   * @param request what to change
   * @return completes with the server as Nova answered after the change
   */
  public CompletableFuture<Server> update(String serverId, UpdateServerRequest request) {
    return writes.update(serverId, request).enqueue(transport);
  }

  /**
   * Deletes a server ({@code DELETE /servers/{id}}); Nova deletes it in the background: wait
   * for it with {@link ServerWaiter#untilDeleted(String)}.
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> delete(String serverId) {
    return Futures.done(writes.delete(serverId).enqueue(transport));
  }

  /**
   * Deletes a server at once that a cloud deferring deletes holds as {@code SOFT_DELETED}
   * ({@code forceDelete}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> forceDelete(String serverId) {
    return Futures.done(writes.action(serverId, "force_delete", "forceDelete").enqueue(transport));
  }

  /**
   * Starts a stopped server ({@code os-start}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> start(String serverId) {
    return Futures.done(writes.action(serverId, "start", "os-start").enqueue(transport));
  }

  /**
   * Stops a server ({@code os-stop}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> stop(String serverId) {
    return Futures.done(writes.action(serverId, "stop", "os-stop").enqueue(transport));
  }

  /**
   * Reboots a server softly: the guest is asked to restart ({@code reboot}, {@code SOFT}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> reboot(String serverId) {
    return Futures.done(writes.reboot(serverId, RebootType.SOFT).enqueue(transport));
  }

  /**
   * Reboots a server ({@code reboot}).
   *
   * @param serverId the server's id
   * @param type soft (the guest restarts) or hard (power cycle)
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> reboot(String serverId, RebootType type) {
    return Futures.done(
        writes.reboot(serverId, Objects.requireNonNull(type, "type == null")).enqueue(transport));
  }

  /**
   * Pauses a server: its state stays in memory ({@code pause}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> pause(String serverId) {
    return Futures.done(writes.action(serverId, "pause", "pause").enqueue(transport));
  }

  /**
   * Unpauses a paused server ({@code unpause}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> unpause(String serverId) {
    return Futures.done(writes.action(serverId, "unpause", "unpause").enqueue(transport));
  }

  /**
   * Suspends a server: its state goes to disk ({@code suspend}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> suspend(String serverId) {
    return Futures.done(writes.action(serverId, "suspend", "suspend").enqueue(transport));
  }

  /**
   * Resumes a suspended server ({@code resume}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> resume(String serverId) {
    return Futures.done(writes.action(serverId, "resume", "resume").enqueue(transport));
  }

  /**
   * Locks a server, so that only its locker (or an administrator) may act on it ({@code lock}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> lock(String serverId) {
    return Futures.done(writes.lock(serverId, null).enqueue(transport));
  }

  /**
   * Locks a server with a reason that others see as {@code locked_reason} (microversion 2.73).
   *
   * @param serverId the server's id
   * @param reason why it is locked, at most 255 characters
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> lock(String serverId, String reason) {
    return Futures.done(
        writes.lock(serverId, Objects.requireNonNull(reason, "reason == null")).enqueue(transport));
  }

  /**
   * Unlocks a server ({@code unlock}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> unlock(String serverId) {
    return Futures.done(writes.action(serverId, "unlock", "unlock").enqueue(transport));
  }

  /**
   * Puts a server in rescue mode, booted from its image ({@code rescue}).
   *
   * @param serverId the server's id
   * @return completes with the rescue mode's administrator password
   */
  public CompletableFuture<String> rescue(String serverId) {
    return writes.rescue(serverId, null, null).enqueue(transport);
  }

  /**
   * Puts a server in rescue mode, booted from another image ({@code rescue} with {@code
   * rescue_image_ref}).
   *
   * @param serverId the server's id
   * @param rescueImageRef the image to boot
   * @return completes with the rescue mode's administrator password
   */
  public CompletableFuture<String> rescue(String serverId, String rescueImageRef) {
    return writes
        .rescue(serverId, null, Objects.requireNonNull(rescueImageRef, "rescueImageRef == null"))
        .enqueue(transport);
  }

  /**
   * Leaves rescue mode ({@code unrescue}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> unrescue(String serverId) {
    return Futures.done(writes.action(serverId, "unrescue", "unrescue").enqueue(transport));
  }

  /**
   * Resizes a server to another flavor ({@code resize}); it then waits in {@code VERIFY_RESIZE}
   * for {@link #confirmResize} or {@link #revertResize}.
   *
   * @param serverId the server's id
   * @param flavorRef the new flavor's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> resize(String serverId, String flavorRef) {
    return Futures.done(writes.resize(serverId, flavorRef).enqueue(transport));
  }

  /**
   * Confirms a resize ({@code confirmResize}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> confirmResize(String serverId) {
    return Futures.done(
        writes.action(serverId, "confirm_resize", "confirmResize").enqueue(transport));
  }

  /**
   * Reverts a resize to the old flavor ({@code revertResize}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> revertResize(String serverId) {
    return Futures.done(
        writes.action(serverId, "revert_resize", "revertResize").enqueue(transport));
  }

  /**
   * Rebuilds a server from an image, keeping its id and addresses ({@code rebuild}).
   *
   * @param serverId the server's id
   * @param request the image and what else changes
   * @return completes with the server as Nova answered, in status {@code REBUILD}
   */
  public CompletableFuture<Server> rebuild(String serverId, RebuildServerRequest request) {
    return writes.rebuild(serverId, request).enqueue(transport);
  }

  /**
   * Makes an image (a snapshot) of a server ({@code createImage}).
   *
   * @param serverId the server's id
   * @param name the image's name
   * @return completes with the new image's id
   */
  public CompletableFuture<String> createImage(String serverId, String name) {
    return writes.createImage(serverId, name, Map.of()).enqueue(transport);
  }

  /**
   * Makes an image (a snapshot) of a server with image properties ({@code createImage}).
   *
   * @param serverId the server's id
   * @param name the image's name
   * @param metadata the image's properties
   * @return completes with the new image's id
   */
  public CompletableFuture<String> createImage(
      String serverId, String name, Map<String, String> metadata) {
    return writes.createImage(serverId, name, metadata).enqueue(transport);
  }

  /**
   * Shelves a server: it stops, and its disk may be offloaded ({@code shelve}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> shelve(String serverId) {
    return Futures.done(writes.action(serverId, "shelve", "shelve").enqueue(transport));
  }

  /**
   * Unshelves a shelved server ({@code unshelve}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> unshelve(String serverId) {
    return Futures.done(writes.unshelve(serverId, null).enqueue(transport));
  }

  /**
   * Unshelves a shelved server into an availability zone (microversion 2.77).
   *
   * @param serverId the server's id
   * @param availabilityZone the zone to unshelve into
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> unshelve(String serverId, String availabilityZone) {
    return Futures.done(
        writes
            .unshelve(
                serverId, Objects.requireNonNull(availabilityZone, "availabilityZone == null"))
            .enqueue(transport));
  }

  /**
   * Replaces all of a server's metadata ({@code PUT /servers/{id}/metadata}).
   *
   * @param serverId the server's id
   * @param metadata the new items
   * @return completes with the server's metadata as Nova answered
   */
  public CompletableFuture<Map<String, String>> replaceMetadata(
      String serverId, Map<String, String> metadata) {
    return writes.replaceMetadata(serverId, metadata).enqueue(transport);
  }

  /**
   * Sets one metadata item ({@code PUT /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   * @param value the item's value
   * @return completes with the item as Nova answered
   */
  public CompletableFuture<Map<String, String>> setMetadataItem(
      String serverId, String key, String value) {
    return writes.setMetadataItem(serverId, key, value).enqueue(transport);
  }

  /**
   * Deletes one metadata item ({@code DELETE /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> deleteMetadataItem(String serverId, String key) {
    return Futures.done(writes.deleteMetadataItem(serverId, key).enqueue(transport));
  }

  /**
   * Replaces all of a server's tags (microversion 2.26; {@code PUT /servers/{id}/tags}).
   *
   * @param serverId the server's id
   * @param tags the new tags
   * @return completes with the server's tags as Nova answered
   */
  public CompletableFuture<List<String>> replaceTags(String serverId, List<String> tags) {
    return writes.replaceTags(serverId, tags).enqueue(transport);
  }

  /**
   * Adds a tag (microversion 2.26; {@code PUT /servers/{id}/tags/{tag}}); adding a tag the
   * server has changes nothing.
   *
   * @param serverId the server's id
   * @param tag the tag
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> addTag(String serverId, String tag) {
    return Futures.done(writes.addTag(serverId, tag).enqueue(transport));
  }

  /**
   * Deletes a tag (microversion 2.26; {@code DELETE /servers/{id}/tags/{tag}}).
   *
   * @param serverId the server's id
   * @param tag the tag
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> deleteTag(String serverId, String tag) {
    return Futures.done(writes.deleteTag(serverId, tag).enqueue(transport));
  }

  /**
   * Deletes all of a server's tags (microversion 2.26; {@code DELETE /servers/{id}/tags}).
   *
   * @param serverId the server's id
   * @return completes when Nova has accepted the request
   */
  public CompletableFuture<Void> deleteAllTags(String serverId) {
    return Futures.done(writes.deleteTags(serverId).enqueue(transport));
  }

  /**
   * Lists a server's actions, newest first ({@code GET /servers/{id}/os-instance-actions}); see
   * {@link ServersClient#actions(String)}.
   *
   * @param serverId the server's id
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<InstanceAction> actions(String serverId) {
    return reads.actionsAsync(serverId, ListServerActionsRequest.builder().build());
  }

  /**
   * Lists a server's actions that match, newest first; see {@link ServersClient#actions(String,
   * ListServerActionsRequest)}.
   *
   * @param serverId the server's id
   * @param request the filters and paging, which need microversion 2.58 ({@code changes-before}
   *     2.66)
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException at once, for a field the client's microversion lacks
   */
  public AsyncPagedIterable<InstanceAction> actions(
      String serverId, ListServerActionsRequest request) {
    return reads.actionsAsync(serverId, request);
  }

  /**
   * Lists a server's actions that match the request {@code request} fills in.
   *
   * @param serverId the server's id
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<InstanceAction> actions(
      String serverId, Consumer<ListServerActionsRequest.Builder> request) {
    return reads.actionsAsync(serverId, ServersClient.buildActions(request));
  }

  /**
   * Returns one action of a server with its events ({@code GET
   * /servers/{id}/os-instance-actions/{request_id}}).
   *
   * @param serverId the server's id
   * @param requestId the action's request id
   * @return completes with the action; fails with a {@code ResourceNotFoundException} when there
   *     is no such server or action
   */
  public CompletableFuture<InstanceAction> action(String serverId, String requestId) {
    return reads.action(serverId, requestId).enqueue(transport);
  }

  /**
   * Returns a server's metadata ({@code GET /servers/{id}/metadata}).
   *
   * @param serverId the server's id
   * @return completes with the items, in the order Nova sent them
   */
  public CompletableFuture<Map<String, String>> metadata(String serverId) {
    return reads.metadata(serverId).enqueue(transport);
  }

  /**
   * Returns one metadata item of a server ({@code GET /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   * @return completes with the value, or empty when the server has no such item; fails with a
   *     {@code ResourceNotFoundException} when there is no such server
   */
  public CompletableFuture<Optional<String>> metadataItem(String serverId, String key) {
    return reads.metadataItem(serverId, key).enqueue(transport);
  }

  /**
   * Returns a server's tags (microversion 2.26; {@code GET /servers/{id}/tags}).
   *
   * @param serverId the server's id
   * @return completes with the tags
   * @throws IllegalArgumentException at once, below microversion 2.26
   */
  public CompletableFuture<List<String>> tags(String serverId) {
    return reads.tags(serverId).enqueue(transport);
  }

  /**
   * Tells whether a server has a tag (microversion 2.26; {@code GET /servers/{id}/tags/{tag}}).
   *
   * @param serverId the server's id
   * @param tag the tag
   * @return completes with true or false; fails with a {@code ResourceNotFoundException} when
   *     there is no such server
   * @throws IllegalArgumentException at once, below microversion 2.26
   */
  public CompletableFuture<Boolean> hasTag(String serverId, String tag) {
    return reads.hasTag(serverId, tag).enqueue(transport);
  }

  /**
   * Lists the volumes attached to a server ({@code GET /servers/{id}/os-volume_attachments}).
   *
   * @param serverId the server's id
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<VolumeAttachment> volumeAttachments(String serverId) {
    return reads.volumeAttachmentsAsync(serverId);
  }

  /**
   * Returns the attachment of a volume to a server ({@code GET
   * /servers/{id}/os-volume_attachments/{volume_id}}).
   *
   * @param serverId the server's id
   * @param volumeId the volume's id
   * @return completes with the attachment, or empty when the volume is not attached to the server
   */
  public CompletableFuture<Optional<VolumeAttachment>> volumeAttachment(
      String serverId, String volumeId) {
    return reads.volumeAttachment(serverId, volumeId).enqueue(transport);
  }

  /**
   * Returns a server's addresses by network label ({@code GET /servers/{id}/ips}), each with
   * {@code addr} and {@code version} only.
   *
   * @param serverId the server's id
   * @return completes with the addresses by network
   */
  public CompletableFuture<Map<String, List<Address>>> addresses(String serverId) {
    return reads.addresses(serverId).enqueue(transport);
  }

  /**
   * Returns a server's addresses on one network ({@code GET /servers/{id}/ips/{network}}).
   *
   * @param serverId the server's id
   * @param network the network's label
   * @return completes with the addresses, or an empty list when the server has none on it
   */
  public CompletableFuture<List<Address>> addresses(String serverId, String network) {
    return reads.addresses(serverId, network).enqueue(transport);
  }

  /**
   * Returns a server's console log ({@code os-getConsoleOutput}); see {@link
   * ServersClient#consoleOutput(String)}.
   *
   * @param serverId the server's id
   * @return completes with the whole log
   */
  public CompletableFuture<String> consoleOutput(String serverId) {
    return reads.consoleOutput(serverId, null).enqueue(transport);
  }

  /**
   * Returns the last lines of a server's console log ({@code os-getConsoleOutput} with {@code
   * length}).
   *
   * @param serverId the server's id
   * @param lines how many lines, 0 or more
   * @return completes with the log's last lines
   * @throws IllegalArgumentException at once, for a negative count
   */
  public CompletableFuture<String> consoleOutput(String serverId, int lines) {
    return reads.consoleOutput(serverId, lines).enqueue(transport);
  }

  /**
   * Returns a URL that opens a remote console of a server (microversion 2.6; {@code POST
   * /servers/{id}/remote-consoles}); see {@link ServersClient#remoteConsole}.
   *
   * @param serverId the server's id
   * @param protocol the protocol, which must be {@code type}'s
   * @param type the console type
   * @return completes with the console, with its URL
   * @throws IllegalArgumentException at once: below microversion 2.6, for a type that needs a
   *     newer one, or for a type of another protocol
   */
  public CompletableFuture<RemoteConsole> remoteConsole(
      String serverId, ConsoleProtocol protocol, ConsoleType type) {
    return reads.remoteConsole(serverId, protocol, type).enqueue(transport);
  }

  private static CreateServerRequest build(Consumer<CreateServerRequest.Builder> request) {
    CreateServerRequest.Builder builder = CreateServerRequest.builder();
    request.accept(builder);
    return builder.build();
  }

  @Override
  public String toString() {
    return "ServersAsyncClient{endpoint=" + writes.endpoint() + "}";
  }

  /**
   * Returns a server's diagnostics ({@code GET /servers/{id}/diagnostics}); see {@link
   * ServersClient#diagnostics(String)}.
   *
   * @param serverId the server's id
   * @return completes with the diagnostics; fails with a {@code ResourceConflictException} when
   *     the server is not running
   */
  public CompletableFuture<ServerDiagnostics> diagnostics(String serverId) {
    return ServerDiagnosticsReads.get(writes.endpoint(), serverId).enqueue(transport);
  }
}
