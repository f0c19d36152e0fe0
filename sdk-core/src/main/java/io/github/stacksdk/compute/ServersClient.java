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
import java.util.function.Consumer;

/**
 * What a program does to servers beyond reading them: create, change, act on and delete them, and
 * wait for them ({@link #waiter()}); and what it reads of a server besides the server itself: its
 * action history, metadata and tags, volume attachments, addresses and consoles. Get one with {@link ComputeClient#servers()}; it shares the
 * client's settings, token, connections and listeners, and is closed with it. Thread-safe.
 *
 * <pre>{@code
 * ServersClient servers = compute.servers();
 * CreatedServer created = servers.create(r -> r
 *     .name("web-01").imageRef(imageId).flavorRef("1").networks(Networks.auto()));
 * String id = created.id().orElseThrow();
 * servers.waiter().untilStatus(id, ServerStatus.ACTIVE);
 * servers.reboot(id, RebootType.HARD);
 * servers.delete(id);
 * servers.waiter().untilDeleted(id);
 * }</pre>
 *
 * <p>Nova takes most changes in the background: a method returns once Nova has accepted the
 * request ({@code 202}), and the server's status says when the change is done. An action Nova
 * cannot take in the server's state (stopping a stopped server), or on a locked server, fails with
 * a {@link io.github.stacksdk.compute.exception.ResourceConflictException} ({@code 409}); a create
 * over the project's quota with a {@link
 * io.github.stacksdk.compute.exception.PermissionDeniedException} ({@code 403}). Fields that need a
 * newer microversion than the client's are refused with an {@link IllegalArgumentException} before
 * anything is sent.
 *
 * <p>{@code POST} requests (a create, an action) are sent again only when their connection could
 * not be made, or after Nova refused the token and the provider renewed it: never once they may have
 * reached Nova, which could make a second server. Such a failure is an {@link
 * io.github.stacksdk.compute.exception.OutcomeUnknownException}. The {@code PUT} and {@code DELETE}
 * requests are retried as reads are.
 */
public final class ServersClient {
  private final ServerWrites writes;
  private final ServerReads reads;
  private final Transport transport;
  private final ServersAsyncClient async;

  ServersClient(
      ServerWrites writes, ServerReads reads, Transport transport, ServersAsyncClient async) {
    this.writes = writes;
    this.reads = reads;
    this.transport = transport;
    this.async = async;
  }

  /**
   * Returns a waiter with the default timeout (15 minutes) and interval (5 seconds).
   *
   * @return a waiter for this client's servers
   */
  public ServerWaiter waiter() {
    return new ServerWaiter(async.waiter());
  }

  /**
   * Creates a server ({@code POST /servers}); Nova builds it in the background, in status
   * {@code BUILD}: wait for it with {@link #waiter()}. The request is checked against the
   * client's microversion before anything is sent, and it is never sent again once it may
   * have reached Nova: see {@link io.github.stacksdk.compute.exception.OutcomeUnknownException}.
   *
   * @param request what to create
   * @return the new server's id and administrator password, or the reservation id when the
   *     request asked for one
   */
  public CreatedServer create(CreateServerRequest request) {
    return writes.create(request).call(transport);
  }

  /**
   * Creates a server from the request {@code request} fills in; see {@link
   * #create(CreateServerRequest)}.
   *
   * @param request fills in a new builder
   * @return the new server's id and administrator password, or the reservation id
   */
  public CreatedServer create(Consumer<CreateServerRequest.Builder> request) {
    return writes.create(build(request)).call(transport);
  }

  /**
   * Changes a server's name, description, access addresses or hostname ({@code PUT
   * /servers/{id}}).
   *
   * @param serverId the server's id
   * @param request what to change
   * @return the server as Nova answered after the change
   */
  public Server update(String serverId, UpdateServerRequest request) {
    return writes.update(serverId, request).call(transport);
  }

  /**
   * Deletes a server ({@code DELETE /servers/{id}}); Nova deletes it in the background: wait
   * for it with {@link ServerWaiter#untilDeleted(String)}.
   *
   * @param serverId the server's id
   */
  public void delete(String serverId) {
    writes.delete(serverId).call(transport);
  }

  /**
   * Deletes a server at once that a cloud deferring deletes holds as {@code SOFT_DELETED}
   * ({@code forceDelete}).
   *
   * @param serverId the server's id
   */
  public void forceDelete(String serverId) {
    writes.action(serverId, "force_delete", "forceDelete").call(transport);
  }

  /**
   * Starts a stopped server ({@code os-start}).
   *
   * @param serverId the server's id
   */
  public void start(String serverId) {
    writes.action(serverId, "start", "os-start").call(transport);
  }

  /**
   * Stops a server ({@code os-stop}).
   *
   * @param serverId the server's id
   */
  public void stop(String serverId) {
    writes.action(serverId, "stop", "os-stop").call(transport);
  }

  /**
   * Reboots a server softly: the guest is asked to restart ({@code reboot}, {@code SOFT}).
   *
   * @param serverId the server's id
   */
  public void reboot(String serverId) {
    writes.reboot(serverId, RebootType.SOFT).call(transport);
  }

  /**
   * Reboots a server ({@code reboot}).
   *
   * @param serverId the server's id
   * @param type soft (the guest restarts) or hard (power cycle)
   */
  public void reboot(String serverId, RebootType type) {
    writes.reboot(serverId, Objects.requireNonNull(type, "type == null")).call(transport);
  }

  /**
   * Pauses a server: its state stays in memory ({@code pause}).
   *
   * @param serverId the server's id
   */
  public void pause(String serverId) {
    writes.action(serverId, "pause", "pause").call(transport);
  }

  /**
   * Unpauses a paused server ({@code unpause}).
   *
   * @param serverId the server's id
   */
  public void unpause(String serverId) {
    writes.action(serverId, "unpause", "unpause").call(transport);
  }

  /**
   * Suspends a server: its state goes to disk ({@code suspend}).
   *
   * @param serverId the server's id
   */
  public void suspend(String serverId) {
    writes.action(serverId, "suspend", "suspend").call(transport);
  }

  /**
   * Resumes a suspended server ({@code resume}).
   *
   * @param serverId the server's id
   */
  public void resume(String serverId) {
    writes.action(serverId, "resume", "resume").call(transport);
  }

  /**
   * Locks a server, so that only its locker (or an administrator) may act on it ({@code lock}).
   *
   * @param serverId the server's id
   */
  public void lock(String serverId) {
    writes.lock(serverId, null).call(transport);
  }

  /**
   * Locks a server with a reason that others see as {@code locked_reason} (microversion 2.73).
   *
   * @param serverId the server's id
   * @param reason why it is locked, at most 255 characters
   */
  public void lock(String serverId, String reason) {
    writes.lock(serverId, Objects.requireNonNull(reason, "reason == null")).call(transport);
  }

  /**
   * Unlocks a server ({@code unlock}).
   *
   * @param serverId the server's id
   */
  public void unlock(String serverId) {
    writes.action(serverId, "unlock", "unlock").call(transport);
  }

  /**
   * Puts a server in rescue mode, booted from its image ({@code rescue}).
   *
   * @param serverId the server's id
   * @return the rescue mode's administrator password
   */
  public String rescue(String serverId) {
    return writes.rescue(serverId, null, null).call(transport);
  }

  /**
   * Puts a server in rescue mode, booted from another image ({@code rescue} with {@code
   * rescue_image_ref}).
   *
   * @param serverId the server's id
   * @param rescueImageRef the image to boot
   * @return the rescue mode's administrator password
   */
  public String rescue(String serverId, String rescueImageRef) {
    return writes
        .rescue(serverId, null, Objects.requireNonNull(rescueImageRef, "rescueImageRef == null"))
        .call(transport);
  }

  /**
   * Leaves rescue mode ({@code unrescue}).
   *
   * @param serverId the server's id
   */
  public void unrescue(String serverId) {
    writes.action(serverId, "unrescue", "unrescue").call(transport);
  }

  /**
   * Resizes a server to another flavor ({@code resize}); it then waits in {@code VERIFY_RESIZE}
   * for {@link #confirmResize} or {@link #revertResize}.
   *
   * @param serverId the server's id
   * @param flavorRef the new flavor's id
   */
  public void resize(String serverId, String flavorRef) {
    writes.resize(serverId, flavorRef).call(transport);
  }

  /**
   * Confirms a resize ({@code confirmResize}).
   *
   * @param serverId the server's id
   */
  public void confirmResize(String serverId) {
    writes.action(serverId, "confirm_resize", "confirmResize").call(transport);
  }

  /**
   * Reverts a resize to the old flavor ({@code revertResize}).
   *
   * @param serverId the server's id
   */
  public void revertResize(String serverId) {
    writes.action(serverId, "revert_resize", "revertResize").call(transport);
  }

  /**
   * Rebuilds a server from an image, keeping its id and addresses ({@code rebuild}).
   *
   * @param serverId the server's id
   * @param request the image and what else changes
   * @return the server as Nova answered, in status {@code REBUILD}
   */
  public Server rebuild(String serverId, RebuildServerRequest request) {
    return writes.rebuild(serverId, request).call(transport);
  }

  /**
   * Makes an image (a snapshot) of a server ({@code createImage}).
   *
   * @param serverId the server's id
   * @param name the image's name
   * @return the new image's id
   */
  public String createImage(String serverId, String name) {
    return writes.createImage(serverId, name, Map.of()).call(transport);
  }

  /**
   * Makes an image (a snapshot) of a server with image properties ({@code createImage}).
   *
   * @param serverId the server's id
   * @param name the image's name
   * @param metadata the image's properties
   * @return the new image's id
   */
  public String createImage(String serverId, String name, Map<String, String> metadata) {
    return writes.createImage(serverId, name, metadata).call(transport);
  }

  /**
   * Shelves a server: it stops, and its disk may be offloaded ({@code shelve}).
   *
   * @param serverId the server's id
   */
  public void shelve(String serverId) {
    writes.action(serverId, "shelve", "shelve").call(transport);
  }

  /**
   * Unshelves a shelved server ({@code unshelve}).
   *
   * @param serverId the server's id
   */
  public void unshelve(String serverId) {
    writes.unshelve(serverId, null).call(transport);
  }

  /**
   * Unshelves a shelved server into an availability zone (microversion 2.77).
   *
   * @param serverId the server's id
   * @param availabilityZone the zone to unshelve into
   */
  public void unshelve(String serverId, String availabilityZone) {
    writes
        .unshelve(serverId, Objects.requireNonNull(availabilityZone, "availabilityZone == null"))
        .call(transport);
  }

  /**
   * Replaces all of a server's metadata ({@code PUT /servers/{id}/metadata}).
   *
   * @param serverId the server's id
   * @param metadata the new items
   * @return the server's metadata as Nova answered
   */
  public Map<String, String> replaceMetadata(String serverId, Map<String, String> metadata) {
    return writes.replaceMetadata(serverId, metadata).call(transport);
  }

  /**
   * Sets one metadata item ({@code PUT /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   * @param value the item's value
   * @return the item as Nova answered
   */
  public Map<String, String> setMetadataItem(String serverId, String key, String value) {
    return writes.setMetadataItem(serverId, key, value).call(transport);
  }

  /**
   * Deletes one metadata item ({@code DELETE /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   */
  public void deleteMetadataItem(String serverId, String key) {
    writes.deleteMetadataItem(serverId, key).call(transport);
  }

  /**
   * Replaces all of a server's tags (microversion 2.26; {@code PUT /servers/{id}/tags}).
   *
   * @param serverId the server's id
   * @param tags the new tags
   * @return the server's tags as Nova answered
   */
  public List<String> replaceTags(String serverId, List<String> tags) {
    return writes.replaceTags(serverId, tags).call(transport);
  }

  /**
   * Adds a tag (microversion 2.26; {@code PUT /servers/{id}/tags/{tag}}); adding a tag the
   * server has changes nothing.
   *
   * @param serverId the server's id
   * @param tag the tag
   */
  public void addTag(String serverId, String tag) {
    writes.addTag(serverId, tag).call(transport);
  }

  /**
   * Deletes a tag (microversion 2.26; {@code DELETE /servers/{id}/tags/{tag}}).
   *
   * @param serverId the server's id
   * @param tag the tag
   */
  public void deleteTag(String serverId, String tag) {
    writes.deleteTag(serverId, tag).call(transport);
  }

  /**
   * Deletes all of a server's tags (microversion 2.26; {@code DELETE /servers/{id}/tags}).
   *
   * @param serverId the server's id
   */
  public void deleteAllTags(String serverId) {
    writes.deleteTags(serverId).call(transport);
  }

  /**
   * Lists a server's actions, newest first ({@code GET /servers/{id}/os-instance-actions}): what
   * was done to it, by whom and when, each named by the id of the request that started it. From
   * microversion 2.21 the actions of a deleted server are listed too.
   *
   * @param serverId the server's id
   * @return a lazy listing; iterating it makes the requests, paged by Nova's {@code next} links
   *     from microversion 2.58
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException from the iteration, when
   *     there is no such server
   */
  public PagedIterable<InstanceAction> actions(String serverId) {
    return reads.actions(serverId, ListServerActionsRequest.builder().build());
  }

  /**
   * Lists a server's actions that match, newest first ({@code GET
   * /servers/{id}/os-instance-actions}).
   *
   * @param serverId the server's id
   * @param request the filters and paging, which need microversion 2.58 ({@code changes-before}
   *     2.66)
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException before anything is sent, for a field the client's
   *     microversion lacks
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException from the iteration, for a
   *     marker that is not one of the server's actions
   */
  public PagedIterable<InstanceAction> actions(String serverId, ListServerActionsRequest request) {
    return reads.actions(serverId, request);
  }

  /**
   * Lists a server's actions that match the request {@code request} fills in; see {@link
   * #actions(String, ListServerActionsRequest)}.
   *
   * @param serverId the server's id
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<InstanceAction> actions(
      String serverId, Consumer<ListServerActionsRequest.Builder> request) {
    return reads.actions(serverId, buildActions(request));
  }

  /**
   * Returns one action of a server with its events ({@code GET
   * /servers/{id}/os-instance-actions/{request_id}}). Nova shows the events to administrators, and
   * from microversion 2.51 to the server's owner too, without the tracebacks.
   *
   * @param serverId the server's id
   * @param requestId the action's request id, such as {@code req-3293a3f1-...}
   * @return the action and its events
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server, or no such action of it
   */
  public InstanceAction action(String serverId, String requestId) {
    return reads.action(serverId, requestId).call(transport);
  }

  /**
   * Returns a server's metadata ({@code GET /servers/{id}/metadata}).
   *
   * @param serverId the server's id
   * @return the items, in the order Nova sent them
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public Map<String, String> metadata(String serverId) {
    return reads.metadata(serverId).call(transport);
  }

  /**
   * Returns one metadata item of a server ({@code GET /servers/{id}/metadata/{key}}).
   *
   * @param serverId the server's id
   * @param key the item's key
   * @return the item's value, or empty when the server has no such item
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public Optional<String> metadataItem(String serverId, String key) {
    return reads.metadataItem(serverId, key).call(transport);
  }

  /**
   * Returns a server's tags (microversion 2.26; {@code GET /servers/{id}/tags}).
   *
   * @param serverId the server's id
   * @return the tags, in the order Nova sent them
   * @throws IllegalArgumentException before anything is sent, below microversion 2.26
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public List<String> tags(String serverId) {
    return reads.tags(serverId).call(transport);
  }

  /**
   * Tells whether a server has a tag (microversion 2.26; {@code GET /servers/{id}/tags/{tag}}).
   *
   * @param serverId the server's id
   * @param tag the tag
   * @return true when it has the tag (Nova's 204), false when not (its 404 naming the tag)
   * @throws IllegalArgumentException before anything is sent, below microversion 2.26
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public boolean hasTag(String serverId, String tag) {
    return reads.hasTag(serverId, tag).call(transport);
  }

  /**
   * Lists the volumes attached to a server ({@code GET /servers/{id}/os-volume_attachments}); the
   * fields of each depend on the microversion (a tag from 2.70, {@code delete_on_termination} from
   * 2.79, Cinder's attachment id from 2.89).
   *
   * @param serverId the server's id
   * @return a lazy listing; iterating it makes the requests, paged by {@code limit} and {@code
   *     offset} (Nova sends no links here)
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException from the iteration, when
   *     there is no such server
   */
  public PagedIterable<VolumeAttachment> volumeAttachments(String serverId) {
    return reads.volumeAttachments(serverId);
  }

  /**
   * Returns the attachment of a volume to a server ({@code GET
   * /servers/{id}/os-volume_attachments/{volume_id}}).
   *
   * @param serverId the server's id
   * @param volumeId the volume's id
   * @return the attachment, or empty when the volume is not attached to the server
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public Optional<VolumeAttachment> volumeAttachment(String serverId, String volumeId) {
    return reads.volumeAttachment(serverId, volumeId).call(transport);
  }

  /**
   * Returns a server's addresses by network label ({@code GET /servers/{id}/ips}). Nova sends each
   * address's {@code addr} and {@code version} only: {@link Address#typeAsString()} and {@link
   * Address#macAddress()} are empty here, unlike in {@link Server#addresses()}.
   *
   * @param serverId the server's id
   * @return the addresses by network, in the order Nova sent them; empty for a server on no network
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public Map<String, List<Address>> addresses(String serverId) {
    return reads.addresses(serverId).call(transport);
  }

  /**
   * Returns a server's addresses on one network ({@code GET /servers/{id}/ips/{network}}), with
   * {@code addr} and {@code version} only.
   *
   * @param serverId the server's id
   * @param network the network's label, such as {@code private}
   * @return the addresses, or an empty list when the server has none on that network
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   */
  public List<Address> addresses(String serverId, String network) {
    return reads.addresses(serverId, network).call(transport);
  }

  /**
   * Returns a server's console log ({@code os-getConsoleOutput}), as its hypervisor keeps it
   * (libvirt keeps the last 100 KiB). Nova leaves out control characters other than tab and line
   * feed. The action changes nothing, so it is retried as a read is.
   *
   * @param serverId the server's id
   * @return the whole log
   * @throws io.github.stacksdk.compute.exception.ResourceConflictException when the server has no
   *     host (not built, or shelved and offloaded): Nova's {@code Instance ... is not ready}
   */
  public String consoleOutput(String serverId) {
    return reads.consoleOutput(serverId, null).call(transport);
  }

  /**
   * Returns the last lines of a server's console log ({@code os-getConsoleOutput} with {@code
   * length}).
   *
   * @param serverId the server's id
   * @param lines how many lines, 0 or more; 0 answers an empty text
   * @return the log's last lines
   * @throws IllegalArgumentException before anything is sent, for a negative count
   */
  public String consoleOutput(String serverId, int lines) {
    return reads.consoleOutput(serverId, lines).call(transport);
  }

  /**
   * Returns a URL that opens a remote console of a server (microversion 2.6; {@code POST
   * /servers/{id}/remote-consoles}). The URL holds a token that lets anyone who has it open the
   * console until the token expires (10 minutes by default): this SDK never logs it, and {@link
   * RemoteConsole#toString()} hides it. Each call makes a new token.
   *
   * @param serverId the server's id
   * @param protocol the protocol, which must be {@code type}'s
   * @param type the console type
   * @return the console, with its URL
   * @throws IllegalArgumentException before anything is sent: below microversion 2.6, for a type
   *     that needs a newer one ({@code webmks} 2.8, {@code spice-direct} 2.99), or for a type of
   *     another protocol
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException when the cloud does not
   *     serve this console type ({@code Unavailable console type ...})
   */
  public RemoteConsole remoteConsole(String serverId, ConsoleProtocol protocol, ConsoleType type) {
    return reads.remoteConsole(serverId, protocol, type).call(transport);
  }

  static ListServerActionsRequest buildActions(Consumer<ListServerActionsRequest.Builder> request) {
    ListServerActionsRequest.Builder builder = ListServerActionsRequest.builder();
    request.accept(builder);
    return builder.build();
  }

  private static CreateServerRequest build(Consumer<CreateServerRequest.Builder> request) {
    CreateServerRequest.Builder builder = CreateServerRequest.builder();
    request.accept(builder);
    return builder.build();
  }

  @Override
  public String toString() {
    return "ServersClient{endpoint=" + writes.endpoint() + "}";
  }

  /**
   * Returns a server's diagnostics as its virt driver reports them ({@code GET
   * /servers/{id}/diagnostics}). From microversion 2.48 they have Nova's own shape (state, CPUs,
   * NICs, disks, memory); before it each driver sends its own keys, kept in its {@code
   * additionalProperties()}. By Nova's default policy this is an
   * administrator's call.
   *
   * @param serverId the server's id
   * @return the diagnostics
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     server
   * @throws io.github.stacksdk.compute.exception.ResourceConflictException when the server is not
   *     running or has no host yet
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is not
   *     an administrator
   */
  public ServerDiagnostics diagnostics(String serverId) {
    return ServerDiagnosticsReads.get(writes.endpoint(), serverId).call(transport);
  }
}
