package io.github.stacksdk.compute;

import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a program does to servers beyond reading them: create, change, act on and delete them, and
 * wait for them ({@link #waiter()}). Get one with {@link ComputeClient#servers()}; it shares the
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
  private final Transport transport;
  private final ServersAsyncClient async;

  ServersClient(ServerWrites writes, Transport transport, ServersAsyncClient async) {
    this.writes = writes;
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
  public io.github.stacksdk.compute.model.diagnostics.ServerDiagnostics diagnostics(
      String serverId) {
    return ServerDiagnosticsReads.get(writes.endpoint(), serverId).call(transport);
  }
}
