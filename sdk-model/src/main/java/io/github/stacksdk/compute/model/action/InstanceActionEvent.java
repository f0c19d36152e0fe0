package io.github.stacksdk.compute.model.action;

import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an {@link InstanceAction} ({@code events} entry of {@code GET
 * /servers/{server_id}/os-instance-actions/{request_id}}), such as {@code compute_stop_instance}.
 *
 * <p>What Nova sends depends on the caller and the microversion: {@link #traceback()} only to
 * admins; {@link #hostId()} to everyone from 2.62 but {@link #host()} only to admins; {@link
 * #details()} from 2.84, by default only to admins. Only {@link #event()} is always present.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
public abstract class InstanceActionEvent {
  /** Only the generated implementation extends it. */
  InstanceActionEvent() {}

  /** The event's name ({@code event}), such as {@code compute_stop_instance}. */
  public abstract String event();

  /** When the event started ({@code start_time}, sent without a zone: UTC). */
  public abstract Optional<Instant> startTime();

  /** When the event finished ({@code finish_time}, without a zone: UTC); absent while running. */
  public abstract Optional<Instant> finishTime();

  /**
   * How the event ended ({@code result}): Nova writes {@code Success} or {@code Error}; absent
   * while it runs.
   */
  public abstract Optional<String> result();

  /**
   * The Python traceback of a failed event ({@code traceback}); sent to admins only, null (absent)
   * when the event did not fail.
   */
  public abstract Optional<String> traceback();

  /**
   * The name of the compute host that ran the event ({@code host}); sent to admins only, from
   * microversion 2.62.
   */
  public abstract Optional<String> host();

  /**
   * An opaque id of the host that ran the event, unique per project ({@code hostId}); sent to
   * everyone from microversion 2.62. Nova sends an empty string when the event ran on no host,
   * read as absent.
   */
  public abstract Optional<String> hostId();

  /**
   * The error message of a failed event ({@code details}), from microversion 2.84, by default to
   * admins only; null (absent) when the event did not fail.
   */
  public abstract Optional<String> details();

  /**
   * The fields this SDK does not model, by wire key. Values are JSON-like and immutable, as in
   * {@link InstanceAction#additionalProperties()}; JSON nulls are left out.
   */
  public abstract Map<String, Object> additionalProperties();

  /**
   * Makes the values of {@link #additionalProperties()} immutable, whatever the builder was given;
   * {@code build()} calls it. Package-private, so that it is no part of the API.
   *
   * @return this event, or an equal one with immutable nested values
   */
  @Value.Check
  InstanceActionEvent normalize() {
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
   * Returns a builder initialised with this event's values.
   *
   * @return a builder holding a copy of this event
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link InstanceActionEvent} values. */
  public static final class Builder extends ImmutableInstanceActionEvent.Builder {
    Builder() {}
  }
}
