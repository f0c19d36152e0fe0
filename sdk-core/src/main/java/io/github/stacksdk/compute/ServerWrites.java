package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeClientException;
import io.github.stacksdk.compute.internal.http.Endpoints;
import io.github.stacksdk.compute.internal.http.Microversion;
import io.github.stacksdk.compute.internal.json.RequestBodies;
import io.github.stacksdk.compute.internal.json.ResponseBodies;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.lifecycle.RebuildServerRequest;
import io.github.stacksdk.compute.lifecycle.UpdateServerRequest;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.internal.CreatedServerJson;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The calls that create, change and delete servers, each defined once for both faces of {@link
 * ServersClient}: the request and its body, what the answer is read as, and whether it may be sent
 * again. A {@code POST} is not sent again once it may have reached Nova (see {@link
 * Transport.Exchange#repeatable}); the {@code PUT}s and {@code DELETE}s are safe to repeat.
 */
final class ServerWrites {
  private final HttpUrl endpoint;
  private final Microversion microversion;

  ServerWrites(HttpUrl endpoint, Microversion microversion) {
    this.endpoint = endpoint;
    this.microversion = microversion;
  }

  HttpUrl endpoint() {
    return endpoint;
  }

  /** {@code POST /servers}. */
  Operation<CreatedServer, CreatedServer> create(CreateServerRequest request) {
    byte[] body = RequestBodies.createServer(request, microversion);
    return Operation.of(
        "servers.create",
        Transport.Exchange.change(
            "POST", url("servers").build(), body, CreatedServerJson::readBody, false));
  }

  /** {@code PUT /servers/{id}}: Nova answers with the server. */
  Operation<Server, Server> update(String serverId, UpdateServerRequest request) {
    byte[] body = RequestBodies.updateServer(request, microversion);
    return Operation.of(
        "servers.update",
        Transport.Exchange.change("PUT", server(serverId), body, ResponseBodies::server, true));
  }

  /** {@code DELETE /servers/{id}}. */
  Operation<Boolean, Boolean> delete(String serverId) {
    return Operation.of(
        "servers.delete",
        Transport.Exchange.changeWithoutAnswer("DELETE", server(serverId), null, true));
  }

  /**
   * A server action without an answer: {@code POST /servers/{id}/action} with {@code {"<action>":
   * null}}.
   *
   * @param name the listeners' name, {@code servers.<name>}
   * @param action the action's key, such as {@code os-start}
   */
  Operation<Boolean, Boolean> action(String serverId, String name, String action) {
    return action(serverId, name, RequestBodies.action(action));
  }

  Operation<Boolean, Boolean> reboot(String serverId, RebootType type) {
    return action(serverId, "reboot", RequestBodies.reboot(type));
  }

  Operation<Boolean, Boolean> lock(String serverId, @Nullable String reason) {
    return action(serverId, "lock", RequestBodies.lock(reason, microversion));
  }

  Operation<Boolean, Boolean> resize(String serverId, String flavorRef) {
    return action(serverId, "resize", RequestBodies.resize(requireText(flavorRef, "flavorRef")));
  }

  Operation<Boolean, Boolean> unshelve(String serverId, @Nullable String availabilityZone) {
    return action(serverId, "unshelve", RequestBodies.unshelve(availabilityZone, microversion));
  }

  /** Rescue answers the rescue mode's administrator password. */
  Operation<String, String> rescue(
      String serverId, @Nullable String adminPass, @Nullable String rescueImageRef) {
    return Operation.of(
        "servers.rescue",
        Transport.Exchange.change(
            "POST",
            actionUrl(serverId),
            RequestBodies.rescue(adminPass, rescueImageRef),
            p -> ResponseBodies.text(p, "adminPass"),
            false));
  }

  /** Rebuild answers the server, as the rebuild left it. */
  Operation<Server, Server> rebuild(String serverId, RebuildServerRequest request) {
    return Operation.of(
        "servers.rebuild",
        Transport.Exchange.change(
            "POST",
            actionUrl(serverId),
            RequestBodies.rebuild(request, microversion),
            ResponseBodies::server,
            false));
  }

  /**
   * {@code createImage}: the image's id is the answer's {@code image_id} from 2.45, and the last
   * segment of its {@code Location} header before.
   */
  Operation<?, String> createImage(String serverId, String name, Map<String, String> metadata) {
    byte[] body = RequestBodies.createImage(requireText(name, "name"), metadata);
    HttpUrl url = actionUrl(serverId);
    if (!microversion.isLowerThan(Microversion.of(2, 45))) {
      return Operation.of(
          "servers.create_image",
          Transport.Exchange.change(
              "POST", url, body, p -> ResponseBodies.text(p, "image_id"), false));
    }
    return Operation.of(
        "servers.create_image",
        Transport.Exchange.changeWithoutAnswer("POST", url, body, false),
        ServerWrites::imageIdFromLocation);
  }

  /** {@code PUT /servers/{id}/metadata}: replaces every item; answers the metadata. */
  Operation<Map<String, String>, Map<String, String>> replaceMetadata(
      String serverId, Map<String, String> metadata) {
    return Operation.of(
        "servers.metadata.replace",
        Transport.Exchange.change(
            "PUT",
            url("servers", requireId(serverId), "metadata").build(),
            RequestBodies.metadata(metadata),
            p -> ResponseBodies.stringMap(p, "metadata"),
            true));
  }

  /** {@code PUT /servers/{id}/metadata/{key}}: sets one item. */
  Operation<Map<String, String>, Map<String, String>> setMetadataItem(
      String serverId, String key, String value) {
    return Operation.of(
        "servers.metadata.set",
        Transport.Exchange.change(
            "PUT",
            url("servers", requireId(serverId), "metadata", requireText(key, "key")).build(),
            RequestBodies.metadataItem(key, value),
            p -> ResponseBodies.stringMap(p, "meta"),
            true));
  }

  /** {@code DELETE /servers/{id}/metadata/{key}}. */
  Operation<Boolean, Boolean> deleteMetadataItem(String serverId, String key) {
    return Operation.of(
        "servers.metadata.delete",
        Transport.Exchange.changeWithoutAnswer(
            "DELETE",
            url("servers", requireId(serverId), "metadata", requireText(key, "key")).build(),
            null,
            true));
  }

  /** {@code PUT /servers/{id}/tags}: replaces every tag; answers the tags. */
  Operation<List<String>, List<String>> replaceTags(String serverId, List<String> tags) {
    return Operation.of(
        "servers.tags.replace",
        Transport.Exchange.change(
            "PUT",
            url("servers", requireId(serverId), "tags").build(),
            RequestBodies.tags(tags),
            p -> ResponseBodies.strings(p, "tags"),
            true));
  }

  /** {@code PUT /servers/{id}/tags/{tag}}: adds one tag (201, or 204 when it was there). */
  Operation<Boolean, Boolean> addTag(String serverId, String tag) {
    return Operation.of(
        "servers.tags.add",
        Transport.Exchange.changeWithoutAnswer(
            "PUT",
            url("servers", requireId(serverId), "tags", requireText(tag, "tag")).build(),
            null,
            true));
  }

  /** {@code DELETE /servers/{id}/tags/{tag}}. */
  Operation<Boolean, Boolean> deleteTag(String serverId, String tag) {
    return Operation.of(
        "servers.tags.delete",
        Transport.Exchange.changeWithoutAnswer(
            "DELETE",
            url("servers", requireId(serverId), "tags", requireText(tag, "tag")).build(),
            null,
            true));
  }

  /** {@code DELETE /servers/{id}/tags}. */
  Operation<Boolean, Boolean> deleteTags(String serverId) {
    return Operation.of(
        "servers.tags.delete_all",
        Transport.Exchange.changeWithoutAnswer(
            "DELETE", url("servers", requireId(serverId), "tags").build(), null, true));
  }

  private Operation<Boolean, Boolean> action(String serverId, String name, byte[] body) {
    return Operation.of(
        "servers." + name,
        Transport.Exchange.changeWithoutAnswer("POST", actionUrl(serverId), body, false));
  }

  private static String imageIdFromLocation(Transport.Result<Boolean> result) {
    String location = result.location;
    HttpUrl url = location == null ? null : HttpUrl.parse(location);
    List<String> segments = url == null ? List.of() : url.pathSegments();
    String id = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    if (id.isEmpty()) {
      throw new ComputeClientException(
          "Nova took the image request but its answer has no usable Location header"
              + (result.requestId != null ? " (request " + result.requestId + ")" : "")
              + "; list the images by name to find it");
    }
    return id;
  }

  private HttpUrl actionUrl(String serverId) {
    return url("servers", requireId(serverId), "action").build();
  }

  private HttpUrl server(String serverId) {
    return url("servers", requireId(serverId)).build();
  }

  private HttpUrl.Builder url(String... segments) {
    return Endpoints.resolve(endpoint, segments);
  }

  static String requireId(String serverId) {
    return requireText(serverId, "serverId");
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
