package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code /servers/{id}/metadata} ({@code server_metadata.py}: lock and state checked as {@code
 * compute/api.py update_instance_metadata} does) and {@code /servers/{id}/tags} from 2.26 ({@code
 * server_tags.py}: no lock check, only the vm_state, at most 50 tags of 1 to 60 characters without
 * {@code /} or {@code ,}).
 */
final class ServerTagsAndMetadata {
  static final int MAX_TAG_COUNT = 50;
  static final int MAX_TAG_LENGTH = 60;

  private static final Set<String> METADATA_VM_STATES =
      Set.of("active", "paused", "suspended", "stopped");

  private final NovaChanges changes;
  private final ServerStateMachine machine;

  ServerTagsAndMetadata(NovaChanges changes, ServerStateMachine machine) {
    this.changes = changes;
    this.machine = machine;
  }

  /** {@code parameter_types.tag} in a list of at most 50. */
  static List<String> validateTags(String key, JsonNode tags) {
    if (!tags.isArray()) {
      throw NovaSchema.invalid(key, tags, NovaSchema.repr(tags) + " is not of type 'array'");
    }
    if (tags.size() > MAX_TAG_COUNT) {
      throw NovaSchema.invalid(key, tags, NovaSchema.repr(tags) + " is too long");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode tag : tags) {
      String problem = tagProblem(tag);
      if (problem != null) {
        throw NovaSchema.invalid(key, tag, problem);
      }
      out.add(tag.asText());
    }
    return out;
  }

  /** jsonschema's message for a tag that is not valid, or null. */
  private static @Nullable String tagProblem(JsonNode tag) {
    if (!tag.isTextual()) {
      return NovaSchema.repr(tag) + " is not of type 'string'";
    }
    String text = tag.asText();
    if (text.isEmpty()) {
      return "'' is too short";
    }
    if (text.codePointCount(0, text.length()) > MAX_TAG_LENGTH) {
      return NovaSchema.repr(tag) + " is too long";
    }
    if (text.contains(",") || text.contains("/")) {
      return NovaSchema.repr(tag) + " does not match '^[^,/]*$'";
    }
    return null;
  }

  private static void checkMetadataState(Server s, boolean admin, String action) {
    ServerActions.checkLock(s, admin);
    ServerActions.checkState(s, action, METADATA_VM_STATES, noTask(), true);
  }

  private static Set<String> noTask() {
    Set<String> none = new java.util.HashSet<>();
    none.add(null);
    return none;
  }

  private static void checkTagState(Server s, String action) {
    ServerActions.checkState(s, action, METADATA_VM_STATES, null, false);
  }

  /** {@code GET /metadata}. */
  static ObjectNode metadata(Server s) {
    ObjectNode out = Responses.object();
    ObjectNode meta = out.putObject("metadata");
    s.metadata().forEach(meta::put);
    return out;
  }

  /** {@code GET /metadata/{key}}. */
  static ObjectNode metadataItem(Server s, String key) {
    String value = s.metadata().get(key);
    if (value == null) {
      throw NovaFault.notFound("Metadata item was not found");
    }
    ObjectNode out = Responses.object();
    out.putObject("meta").put(key, value);
    return out;
  }

  /** {@code POST /metadata} (merge, {@code replace} false) and {@code PUT /metadata} (replace). */
  ObjectNode setMetadata(Server s, ObjectNode body, boolean replace, boolean admin) {
    JsonNode meta = body.get("metadata");
    Map<String, String> items =
        meta == null ? Map.of() : ServerLifecycle.metadata("metadata", meta);
    NovaSchema.require("", body, "metadata");
    NovaSchema.noOthers("", body, Set.of("metadata"));
    synchronized (machine) {
      checkMetadataState(s, admin, "update metadata");
      Map<String, String> merged = new LinkedHashMap<>(replace ? Map.of() : s.metadata());
      merged.putAll(items);
      checkQuota(merged);
      Server saved = changes.update(s.id(), x -> x.toBuilder().metadata(merged).build());
      return metadata(saved);
    }
  }

  /** {@code PUT /metadata/{key}}. */
  ObjectNode setMetadataItem(Server s, String key, ObjectNode body, boolean admin) {
    JsonNode meta = body.get("meta");
    Map<String, String> item = meta == null ? Map.of() : ServerLifecycle.metadata("meta", meta);
    if (meta != null && meta.size() != 1) {
      throw NovaSchema.invalid(
          "meta",
          meta,
          NovaSchema.repr(meta)
              + (meta.size() == 0
                  ? " does not have enough properties"
                  : " has too many properties"));
    }
    NovaSchema.require("", body, "meta");
    NovaSchema.noOthers("", body, Set.of("meta"));
    if (!item.containsKey(key)) {
      throw NovaFault.badRequest("Request body and URI mismatch");
    }
    synchronized (machine) {
      checkMetadataState(s, admin, "update metadata");
      Map<String, String> merged = new LinkedHashMap<>(s.metadata());
      merged.putAll(item);
      checkQuota(merged);
      changes.update(s.id(), x -> x.toBuilder().metadata(merged).build());
      ObjectNode out = Responses.object();
      out.putObject("meta").put(key, item.get(key));
      return out;
    }
  }

  /** {@code DELETE /metadata/{key}}: 404 first, then the lock and state. */
  void deleteMetadataItem(Server s, String key, boolean admin) {
    if (!s.metadata().containsKey(key)) {
      throw NovaFault.notFound("Metadata item was not found");
    }
    synchronized (machine) {
      checkMetadataState(s, admin, "delete metadata");
      Map<String, String> left = new LinkedHashMap<>(s.metadata());
      left.remove(key);
      changes.update(s.id(), x -> x.toBuilder().metadata(left).build());
    }
  }

  /** Nova's default {@code metadata_items} quota, 128 ({@code MetadataLimitExceeded}: 403). */
  private static void checkQuota(Map<String, String> metadata) {
    if (metadata.size() > 128) {
      throw NovaFault.forbidden("Maximum number of metadata items exceeds 128");
    }
  }

  /** {@code GET /tags}. */
  static ObjectNode tags(Server s) {
    ObjectNode out = Responses.object();
    s.tags().forEach(out.putArray("tags")::add);
    return out;
  }

  /** {@code GET /tags/{tag}}: 204, or 404. */
  static void checkTag(Server s, String tag) {
    if (!s.tags().contains(tag)) {
      throw NovaFault.notFound("Server " + s.id() + " has no tag '" + tag + "'");
    }
  }

  /** {@code PUT /tags}: replaces them all. */
  ObjectNode replaceTags(Server s, ObjectNode body) {
    JsonNode tags = body.get("tags");
    List<String> list = tags == null ? List.of() : validateTags("tags", tags);
    NovaSchema.require("", body, "tags");
    NovaSchema.noOthers("", body, Set.of("tags"));
    synchronized (machine) {
      checkTagState(s, "update tags");
      List<String> unique = new ArrayList<>(new LinkedHashSet<>(list));
      Server saved = changes.update(s.id(), x -> x.toBuilder().tags(unique).build());
      return tags(saved);
    }
  }

  /**
   * {@code PUT /tags/{tag}}: 201 for a new tag, 204 for one the server has. Nova checks the count
   * before whether the tag exists, so a server with 50 tags refuses even one of its own (400).
   *
   * @return whether the tag was added
   */
  boolean addTag(Server s, String tag, String body) {
    if (!body.isBlank() && !body.strip().equals("null")) {
      throw NovaFault.badRequest(
          "Invalid input for field/attribute . Value: "
              + body.strip()
              + ". "
              + body.strip()
              + " is not of type 'null'");
    }
    synchronized (machine) {
      checkTagState(s, "update tag");
      String problem = tagProblem(com.fasterxml.jackson.databind.node.TextNode.valueOf(tag));
      if (problem != null) {
        throw NovaFault.badRequest(
            "Tag '"
                + tag
                + "' is invalid. It must be a non empty string without characters '/' and ','. "
                + "Validation error message: "
                + problem);
      }
      if (s.tags().size() >= MAX_TAG_COUNT) {
        throw NovaFault.badRequest(
            "The number of tags exceeded the per-server limit " + MAX_TAG_COUNT);
      }
      if (s.tags().contains(tag)) {
        return false;
      }
      changes.update(s.id(), x -> x.toBuilder().addTag(tag).build());
      return true;
    }
  }

  /** {@code DELETE /tags/{tag}}. */
  void deleteTag(Server s, String tag) {
    synchronized (machine) {
      checkTagState(s, "delete tag");
      if (!s.tags().contains(tag)) {
        throw NovaFault.notFound("Instance " + s.id() + " has no tag '" + tag + "'");
      }
      List<String> left = new ArrayList<>(s.tags());
      left.remove(tag);
      changes.update(s.id(), x -> x.toBuilder().tags(left).build());
    }
  }

  /** {@code DELETE /tags}. */
  void deleteTags(Server s) {
    synchronized (machine) {
      checkTagState(s, "delete tags");
      changes.update(s.id(), x -> x.toBuilder().tags(List.of()).build());
    }
  }
}
