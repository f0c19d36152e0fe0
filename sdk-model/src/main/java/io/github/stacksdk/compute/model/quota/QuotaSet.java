package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.QuotaSetJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A project's (or a user's) quotas, as returned by {@code GET /os-quota-sets/{project_id}} (with
 * or without {@code ?user_id=}), {@code GET /os-quota-sets/{project_id}/defaults} and {@code PUT
 * /os-quota-sets/{project_id}} ({@code quota_set}), at any microversion.
 *
 * <p>Every limit is absent when the body lacks it: microversion 2.36 removed the nova-network
 * quotas ({@code fixed_ips}, {@code floating_ips}, {@code security_groups}, {@code
 * security_group_rules}, and {@code networks} where a cloud sent it) and 2.57 the injected-file
 * ones. A limit of -1 means unlimited. Fields this SDK does not model are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = "additionalProperty:additionalProperties")
@JsonDeserialize(using = QuotaSetJson.Deserializer.class)
@JsonSerialize(using = QuotaSetJson.Serializer.class)
public abstract class QuotaSet {
  /** Only the generated implementation extends it. */
  QuotaSet() {}

  /**
   * The id of the project ({@code id}); sent by show, detail and defaults, not by update.
   */
  public abstract Optional<String> id();

  /** The limit on the number of servers ({@code instances}); -1 means unlimited. */
  public abstract OptionalInt instances();

  /** The limit on the number of virtual CPU cores ({@code cores}); -1 means unlimited. */
  public abstract OptionalInt cores();

  /** The limit on the megabytes of RAM ({@code ram}); -1 means unlimited. */
  public abstract OptionalInt ram();

  /** The limit on the number of key pairs per user ({@code key_pairs}); -1 means unlimited. */
  public abstract OptionalInt keyPairs();

  /** The limit on the number of metadata items per server ({@code metadata_items}); -1 means unlimited. */
  public abstract OptionalInt metadataItems();

  /** The limit on the number of server groups ({@code server_groups}); -1 means unlimited. */
  public abstract OptionalInt serverGroups();

  /** The limit on the number of servers per server group ({@code server_group_members}); -1 means unlimited. */
  public abstract OptionalInt serverGroupMembers();

  /** The limit on the number of injected (personality) files ({@code injected_files}); -1 means unlimited. Removed in microversion 2.57. */
  public abstract OptionalInt injectedFiles();

  /** The limit on the bytes of an injected file's content ({@code injected_file_content_bytes}); -1 means unlimited. Removed in microversion 2.57. */
  public abstract OptionalInt injectedFileContentBytes();

  /** The limit on the bytes of an injected file's path ({@code injected_file_path_bytes}); -1 means unlimited. Removed in microversion 2.57. */
  public abstract OptionalInt injectedFilePathBytes();

  /** The limit on the number of fixed IP addresses (nova-network) ({@code fixed_ips}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt fixedIps();

  /** The limit on the number of floating IP addresses (nova-network proxy) ({@code floating_ips}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt floatingIps();

  /** The limit on the number of security groups (nova-network proxy) ({@code security_groups}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt securityGroups();

  /** The limit on the number of rules per security group (nova-network proxy) ({@code security_group_rules}); -1 means unlimited. Removed in microversion 2.36. */
  public abstract OptionalInt securityGroupRules();

  /** The limit on the number of private networks (nova-network's os-tenant-networks) ({@code networks}); -1 means unlimited. Sent only by clouds running nova-network's networks quota (not in Nova's samples); gone from microversion 2.36. */
  public abstract OptionalInt networks();

  /**
   * The fields this SDK does not model, by wire key (for example a quota a newer or a vendor's
   * cloud adds). Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the unknown fields immutable, whatever the builder was given; {@code build()} calls it.
   * Package-private, so that it is no part of the API.
   *
   * @return this value, or an equal one with immutable nested values
   */
  @Value.Check
  QuotaSet normalize() {
    Map<String, Object> extra = UntypedJson.freezeValues(additionalProperties());
    return extra == additionalProperties() ? this : toBuilder().additionalProperties(extra).build();
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

  /** Builds {@link QuotaSet} values. */
  public static final class Builder extends ImmutableQuotaSet.Builder {
    Builder() {}
  }
}
