package io.github.stacksdk.compute.model.hypervisor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.HypervisorSummaryJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hypervisor as the plain listing {@code GET /os-hypervisors} shows it (a {@code hypervisors}
 * entry), at any microversion: its id, host name, state, status and, when asked for, servers. So
 * do {@code GET /os-hypervisors/{hypervisor_hostname_pattern}/search} and {@code .../servers}
 * (2.1 to 2.52). For resources and the service, ask for {@code GET /os-hypervisors/detail}
 * ({@link Hypervisor}).
 *
 * <p>Only {@link #id()} is always present. Fields this SDK does not model are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = HypervisorSummaryJson.Deserializer.class)
@JsonSerialize(using = HypervisorSummaryJson.Serializer.class)
public abstract class HypervisorSummary {
  /** Only the generated implementation extends it. */
  HypervisorSummary() {}

  /**
   * The hypervisor's id ({@code id}): an integer, as text, before microversion 2.53, the compute
   * node's UUID from 2.53; the {@code marker} of a listing.
   */
  public abstract String id();

  /** The host name the virt driver reports ({@code hypervisor_hostname}). */
  public abstract Optional<String> hypervisorHostname();

  /**
   * Whether the hypervisor's compute service is seen alive ({@code state}): {@code up} or {@code
   * down}.
   */
  public abstract Optional<String> state();

  /**
   * Whether the hypervisor's compute service takes new servers ({@code status}): {@code enabled}
   * or {@code disabled}.
   */
  public abstract Optional<String> status();

  /**
   * The servers on the hypervisor ({@code servers}), as in {@link Hypervisor#servers()}: sent from
   * 2.53 for {@code with_servers=true}, and by {@code .../servers} before.
   */
  public abstract List<HypervisorServer> servers();

  /**
   * The fields this SDK does not model, by wire key. Values are JSON-like and immutable, as in
   * {@link Hypervisor#additionalProperties()}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return this summary, or an equal one with immutable nested values
   */
  @Value.Check
  HypervisorSummary normalize() {
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
   * Returns a builder initialised with this summary's values.
   *
   * @return a builder holding a copy of this summary
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link HypervisorSummary} values. */
  public static final class Builder extends ImmutableHypervisorSummary.Builder {
    Builder() {}
  }
}
