package io.github.stacksdk.compute.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud's server groups ({@code instance_groups} of Nova's API database), in creation order,
 * with their members. Thread-safe.
 */
final class ServerGroups {
  /** One group. */
  static final class Group {
    final String id;
    final String name;
    final String policy;
    final Map<String, Object> rules;
    final String projectId;
    final String userId;
    final List<String> members;

    Group(
        String id,
        String name,
        String policy,
        Map<String, Object> rules,
        String projectId,
        String userId,
        List<String> members) {
      this.id = id;
      this.name = name;
      this.policy = policy;
      this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
      this.projectId = projectId;
      this.userId = userId;
      this.members = List.copyOf(members);
    }
  }

  private final Map<String, Group> byId = new LinkedHashMap<>();

  /** Adds a group, or replaces the one with its id. */
  synchronized void put(Group group) {
    byId.put(group.id, group);
  }

  synchronized Optional<Group> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized List<Group> all() {
    return new ArrayList<>(byId.values());
  }

  /** Adds a server to a group, as a create with the {@code group} hint does. */
  synchronized void addMember(String groupId, String serverId) {
    Group g = byId.get(groupId);
    if (g != null && !g.members.contains(serverId)) {
      List<String> members = new ArrayList<>(g.members);
      members.add(serverId);
      byId.put(groupId, new Group(g.id, g.name, g.policy, g.rules, g.projectId, g.userId, members));
    }
  }

  /** The ids of the groups a server is a member of. */
  synchronized List<String> groupsOf(String serverId) {
    List<String> ids = new ArrayList<>();
    for (Group g : byId.values()) {
      if (g.members.contains(serverId)) {
        ids.add(g.id);
      }
    }
    return ids;
  }

  /** Deletes a group; whether there was one. */
  synchronized boolean remove(String id) {
    return byId.remove(id) != null;
  }

  synchronized void clear() {
    byId.clear();
  }
}
