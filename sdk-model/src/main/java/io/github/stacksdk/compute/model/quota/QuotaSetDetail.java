package io.github.stacksdk.compute.model.quota;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.QuotaSetDetailJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's (or a user's) quotas with their usage, as returned by {@code GET
 * /os-quota-sets/{project_id}/detail} ({@code quota_set}), at any microversion: each quota is a
 * {@link QuotaUsage}, {@code {"limit", "in_use", "reserved"}}.
 *
 * <p>Every quota is absent when the body lacks it: microversion 2.36 removed the nova-network
 * quotas and 2.57 the injected-file ones, as in {@link QuotaSet}. Fields this SDK does not model
 * are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = "additionalProperty:additionalProperties")
@JsonDeserialize(using = QuotaSetDetailJson.Deserializer.class)
@JsonSerialize(using = QuotaSetDetailJson.Serializer.class)
public abstract class QuotaSetDetail {
  /** Only the generated implementation extends it. */
  QuotaSetDetail() {}

  /**
   * The id of the project ({@code id}); sent by show, detail and defaults, not by update.
   */
  public abstract Optional<String> id();

  /** The limit and usage of the number of servers ({@code instances}). */
  public abstract Optional<QuotaUsage> instances();

  /** The limit and usage of the number of virtual CPU cores ({@code cores}). */
  public abstract Optional<QuotaUsage> cores();

  /** The limit and usage of the megabytes of RAM ({@code ram}). */
  public abstract Optional<QuotaUsage> ram();

  /** The limit and usage of the number of key pairs per user ({@code key_pairs}). */
  public abstract Optional<QuotaUsage> keyPairs();

  /** The limit and usage of the number of metadata items per server ({@code metadata_items}). */
  public abstract Optional<QuotaUsage> metadataItems();

  /** The limit and usage of the number of server groups ({@code server_groups}). */
  public abstract Optional<QuotaUsage> serverGroups();

  /** The limit and usage of the number of servers per server group ({@code server_group_members}). */
  public abstract Optional<QuotaUsage> serverGroupMembers();

  /** The limit and usage of the number of injected (personality) files ({@code injected_files}). Removed in microversion 2.57. */
  public abstract Optional<QuotaUsage> injectedFiles();

  /** The limit and usage of the bytes of an injected file's content ({@code injected_file_content_bytes}). Removed in microversion 2.57. */
  public abstract Optional<QuotaUsage> injectedFileContentBytes();

  /** The limit and usage of the bytes of an injected file's path ({@code injected_file_path_bytes}). Removed in microversion 2.57. */
  public abstract Optional<QuotaUsage> injectedFilePathBytes();

  /** The limit and usage of the number of fixed IP addresses (nova-network) ({@code fixed_ips}). Removed in microversion 2.36. */
  public abstract Optional<QuotaUsage> fixedIps();

  /** The limit and usage of the number of floating IP addresses (nova-network proxy) ({@code floating_ips}). Removed in microversion 2.36. */
  public abstract Optional<QuotaUsage> floatingIps();

  /** The limit and usage of the number of security groups (nova-network proxy) ({@code security_groups}). Removed in microversion 2.36. */
  public abstract Optional<QuotaUsage> securityGroups();

  /** The limit and usage of the number of rules per security group (nova-network proxy) ({@code security_group_rules}). Removed in microversion 2.36. */
  public abstract Optional<QuotaUsage> securityGroupRules();

  /** The limit and usage of the number of private networks (nova-network's os-tenant-networks) ({@code networks}). Sent only by clouds running nova-network's networks quota (not in Nova's samples); gone from microversion 2.36. */
  public abstract Optional<QuotaUsage> networks();

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
  QuotaSetDetail normalize() {
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

  /** Builds {@link QuotaSetDetail} values. */
  public static final class Builder extends ImmutableQuotaSetDetail.Builder {
    Builder() {}
  }
}
