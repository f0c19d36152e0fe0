package io.github.stacksdk.compute.model.action;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.InstanceActionJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action done to a server, as returned by {@code GET /servers/{server_id}/os-instance-actions}
 * (an {@code instanceActions} entry) and {@code GET
 * /servers/{server_id}/os-instance-actions/{request_id}} ({@code instanceAction}), at any
 * microversion.
 *
 * <p>A listing never sends {@link #events()}; a show sends them to admins at every microversion
 * and to the server's owner from 2.51. {@link #updatedAt()} is sent from 2.58. Only {@link
 * #requestId()}, which names the action, is always present: a body never fails to parse for
 * another missing field. Fields this SDK does not model are kept in {@link
 * #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = InstanceActionJson.Deserializer.class)
@JsonSerialize(using = InstanceActionJson.Serializer.class)
public abstract class InstanceAction {
  /** Only the generated implementation extends it. */
  InstanceAction() {}

  /**
   * The id of the request that started the action ({@code request_id}), such as {@code
   * req-14122cb1-4256-4a16-a4f9-6faf494afaa7}: the action's id in {@code GET
   * /servers/{server_id}/os-instance-actions/{request_id}}, and the {@code marker} of a listing.
   */
  public abstract String requestId();

  /** The action ({@code action}), such as {@code create}, {@code stop} or {@code resize}. */
  public abstract Optional<String> action();

  /** The id of the server ({@code instance_uuid}). */
  public abstract Optional<String> instanceUuid();

  /** A message about the action ({@code message}); usually null (absent). */
  public abstract Optional<String> message();

  /**
   * The id of the project that started the action ({@code project_id}); null (absent) for actions
   * of Nova's periodic tasks.
   */
  public abstract Optional<String> projectId();

  /** The id of the user who started the action ({@code user_id}). */
  public abstract Optional<String> userId();

  /** When the action started ({@code start_time}, sent without a zone: UTC). */
  public abstract Optional<Instant> startTime();

  /**
   * When the action was last updated ({@code updated_at}, without a zone: UTC), sent from
   * microversion 2.58; the listing's {@code changes-since} and {@code changes-before} filters
   * compare it.
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * The action's events ({@code events}), in the order sent. Sent by a show only, to admins at
   * every microversion and to the server's owner from 2.51; empty when Nova left the key out, as
   * in every listing.
   */
  public abstract List<InstanceActionEvent> events();

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
   * @return this action, or an equal one with immutable nested values
   */
  @Value.Check
  InstanceAction normalize() {
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
   * Returns a builder initialised with this action's values.
   *
   * @return a builder holding a copy of this action
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link InstanceAction} values. */
  public static final class Builder extends ImmutableInstanceAction.Builder {
    Builder() {}
  }
}
