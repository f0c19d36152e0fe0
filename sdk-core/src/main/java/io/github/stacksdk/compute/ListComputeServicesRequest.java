package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of a compute service listing ({@code GET /os-services}).
 *
 * <pre>{@code
 * compute.services().list(r -> r.binary("nova-compute"))
 *     .forEach(s -> System.out.println(s.host() + " " + s.state().orElse("?")));
 * }</pre>
 *
 * <p>Nova compares both exactly, and lists the services that match every filter given.
 */
@Value.Immutable
@ValueStyle
public abstract class ListComputeServicesRequest {
  /** Only the generated implementation extends it. */
  ListComputeServicesRequest() {}

  /** The services of this program ({@code binary}), such as {@code nova-compute}. */
  public abstract Optional<String> binary();

  /** The services of this host ({@code host}). */
  public abstract Optional<String> host();

  /** Rejects values Nova would not match, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    // Nova skips an empty filter and would list every service.
    if (binary().isPresent() && binary().get().isBlank()) {
      throw new IllegalArgumentException("binary must not be blank");
    }
    if (host().isPresent() && host().get().isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
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
   * Returns a builder initialised with this request's values.
   *
   * @return a builder holding a copy of this request
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ListComputeServicesRequest} values. */
  public static final class Builder extends ImmutableListComputeServicesRequest.Builder {
    Builder() {}
  }
}
