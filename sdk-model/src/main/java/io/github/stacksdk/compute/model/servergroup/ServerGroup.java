package io.github.stacksdk.compute.model.servergroup;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerGroupJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A server group as returned by {@code GET /os-server-groups} ({@code server_groups} entry), {@code
 * GET /os-server-groups/{id}} and {@code POST /os-server-groups} ({@code server_group}), at any
 * microversion.
 *
 * <p>Before microversion 2.64 Nova sends the group's policy as a list of one, {@link
 * #policies()}, with an always empty {@link #metadata()}; from 2.64 it sends {@link #policy()} and
 * {@link #rules()} instead. Only {@link #id()} is always present: a body never fails to parse for
 * another missing field. Fields this SDK does not model are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(
    dictionary = {"additionalProperty:additionalProperties", "policy:policies"})
@JsonDeserialize(using = ServerGroupJson.Deserializer.class)
@JsonSerialize(using = ServerGroupJson.Serializer.class)
public abstract class ServerGroup {
  /** Only the generated implementation extends it. */
  ServerGroup() {}

  /** The group's id ({@code id}), a UUID. */
  public abstract String id();

  /** The group's name ({@code name}). */
  public abstract Optional<String> name();

  /**
   * The group's policies ({@code policies}), a list of one such as {@code anti-affinity}; sent
   * before microversion 2.64, which replaced it with {@link #policy()}.
   */
  public abstract List<String> policies();

  /**
   * The group's policy ({@code policy}): {@code affinity}, {@code anti-affinity}, {@code
   * soft-affinity} or {@code soft-anti-affinity}; sent from microversion 2.64.
   */
  public abstract Optional<String> policy();

  /**
   * The rules of the group's policy ({@code rules}), sent from microversion 2.64: Nova knows only
   * {@code max_server_per_host} (see {@link #maxServerPerHost()}), for {@code anti-affinity}.
   * Values are JSON-like and immutable, as in {@link #additionalProperties()}.
   */
  public abstract Map<String, Object> rules();

  /** The ids of the servers in the group ({@code members}); deleted servers are left out. */
  public abstract List<String> members();

  /**
   * The group's metadata ({@code metadata}); sent before microversion 2.64, and always empty since
   * Nova's v2.1 API.
   */
  public abstract Map<String, String> metadata();

  /** The id of the project that owns the group ({@code project_id}), sent from microversion 2.13. */
  public abstract Optional<String> projectId();

  /** The id of the user who created the group ({@code user_id}), sent from microversion 2.13. */
  public abstract Optional<String> userId();

  /**
   * The fields this SDK does not model, by wire key, so that nothing a newer or a vendor's cloud
   * sends is lost. Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the {@code max_server_per_host} rule (microversion 2.64): how many servers of an
   * {@code anti-affinity} group one host may hold.
   *
   * @return the rule's value, empty when the group has no such rule or its value is no integer
   */
  public OptionalInt maxServerPerHost() {
    Object value = rules().get("max_server_per_host");
    if (value instanceof Number) {
      return OptionalInt.of(((Number) value).intValue());
    }
    if (value instanceof String) {
      try {
        return OptionalInt.of(Integer.parseInt(((String) value).trim()));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Makes the nested values immutable, whatever the builder was given; {@code build()} calls it.
   * Package-private, so that it is no part of the API.
   *
   * @return this group, or an equal one with immutable nested values
   */
  @Value.Check
  ServerGroup normalize() {
    Map<String, Object> rules = UntypedJson.freezeValues(rules());
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    if (rules == rules() && extra == additionalProperties()) {
      return this;
    }
    return toBuilder().rules(rules).additionalProperties(extra).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return a builder holding a copy of this value
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ServerGroup} values. */
  public static final class Builder extends ImmutableServerGroup.Builder {
    Builder() {}
  }
}
