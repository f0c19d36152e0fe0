package io.github.stacksdk.compute.model.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ComputeServiceJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Nova service, such as a host's {@code nova-compute} or {@code nova-scheduler}, as returned by
 * {@code GET /os-services} (a {@code services} entry) and by {@code PUT /os-services/{service_id}}
 * ({@code service}), at any microversion.
 *
 * <p>Microversion 2.11 added {@link #forcedDown()}, and 2.53 turned {@link #id()} from an integer
 * into a UUID. Some answers hold only part of the fields: from 2.69, a service in a cell Nova
 * cannot reach is listed as its {@link #binary()}, {@link #host()} and the status {@code
 * UNKNOWN}; before 2.53, {@code PUT /os-services/enable}, {@code disable} and {@code
 * disable-log-reason} answer {@code host}, {@code binary}, {@code status} and the reason given,
 * and {@code force-down} (2.11) {@code host}, {@code binary} and {@code forced_down}. So only
 * {@link #binary()} and {@link #host()}, which every answer holds, are mandatory. Nova's own API
 * services ({@code nova-osapi_compute}, {@code nova-metadata}) are never listed. Fields this SDK
 * does not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = ComputeServiceJson.Deserializer.class)
@JsonSerialize(using = ComputeServiceJson.Serializer.class)
public abstract class ComputeService {
  /** Only the generated implementation extends it. */
  ComputeService() {}

  /**
   * The service's id ({@code id}): an integer, as text, before microversion 2.53, a UUID from
   * 2.53, the {@code service_id} of {@code PUT} and {@code DELETE /os-services/{service_id}}.
   * Absent for a service of an unreachable cell (2.69) and in the answers to the {@code PUT}s
   * before 2.53.
   */
  public abstract Optional<String> id();

  /** The service's program ({@code binary}), such as {@code nova-compute}. */
  public abstract String binary();

  /** The name of the service's host ({@code host}). */
  public abstract String host();

  /**
   * The availability zone of the service's host ({@code zone}); Nova's own services that do not
   * run servers are in the zone {@code internal}.
   */
  public abstract Optional<String> zone();

  /**
   * Whether the service is enabled ({@code status}): {@code enabled} or {@code disabled}, and
   * {@code UNKNOWN} for a service of a cell Nova cannot reach (2.69).
   */
  public abstract Optional<String> status();

  /**
   * Whether the service is seen alive ({@code state}): {@code up} or {@code down}; a service
   * forced down is {@code down}.
   */
  public abstract Optional<String> state();

  /**
   * When the service last reported that it is alive ({@code updated_at}, usually sent without a
   * zone: UTC); null (absent) when it never has.
   */
  public abstract Optional<Instant> updatedAt();

  /** Why the service was disabled ({@code disabled_reason}); null (absent) when none was given. */
  public abstract Optional<String> disabledReason();

  /**
   * Whether an administrator marked the service down after fencing its host ({@code
   * forced_down}), which allows evacuating it at once; sent from microversion 2.11.
   */
  public abstract Optional<Boolean> forcedDown();

  /**
   * The fields this SDK does not model, by wire key, so that nothing a newer or a vendor's cloud
   * sends is lost. Values are JSON-like and immutable: {@code String}, {@code Boolean}, {@code
   * Long}, {@code BigInteger}, {@code Double}, {@code List} and {@code Map}; JSON nulls are left
   * out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return this service, or an equal one with immutable nested values
   */
  @Value.Check
  ComputeService normalize() {
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
   * Returns a builder initialised with this service's values.
   *
   * @return a builder holding a copy of this service
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ComputeService} values. */
  public static final class Builder extends ImmutableComputeService.Builder {
    Builder() {}
  }
}
