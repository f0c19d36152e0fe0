package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerSummaryJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A server as the id listing ({@code GET /servers}) shows it: its id, name and links. Nova renders
 * this listing at a fraction of the cost of {@code GET /servers/detail}, so it suits callers that
 * need only ids or names.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = ServerSummaryJson.Deserializer.class)
@JsonSerialize(using = ServerSummaryJson.Serializer.class)
public interface ServerSummary {
  /** The server id ({@code id}). */
  String id();

  /** The server name ({@code name}), possibly empty; absent in down-cell records (2.69+). */
  Optional<String> name();

  /**
   * The status ({@code status}), which this listing sends only for a server whose cell is down
   * (2.69+): {@code UNKNOWN}.
   */
  Optional<String> statusAsString();

  /** The server's {@code self} and {@code bookmark} links ({@code links}). */
  List<Link> links();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return a builder holding a copy of this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ServerSummary} values. */
  final class Builder extends ImmutableServerSummary.Builder {
    Builder() {}
  }
}
