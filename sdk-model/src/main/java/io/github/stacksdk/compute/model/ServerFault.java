package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.ServerFaultJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a server failed ({@code fault} in a server body), as Nova recorded it.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(using = ServerFaultJson.Deserializer.class)
@JsonSerialize(using = ServerFaultJson.Serializer.class)
public interface ServerFault {
  /** The HTTP-style code of the failure ({@code code}), for example 500. */
  int code();

  /** The failure message ({@code message}). */
  String message();

  /** When the failure was recorded ({@code created}). */
  Optional<Instant> created();

  /** The traceback or details ({@code details}); shown to non-admins only when the code is not 500. */
  Optional<String> details();

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

  /** Builds {@link ServerFault} values. */
  final class Builder extends ImmutableServerFault.Builder {
    Builder() {}
  }
}
