package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The filter, the servers and the paging of a hypervisor listing ({@code GET
 * /os-hypervisors/detail} and {@code GET /os-hypervisors}).
 *
 * <pre>{@code
 * compute.hypervisors().list(r -> r.hostnamePattern("compute-1").withServers(true))
 *     .forEach(h -> System.out.println(h.hypervisorHostname().orElse(h.id())));
 * }</pre>
 *
 * <p>Each field needs a microversion, which the client checks before sending: Nova before it
 * ignores the field without a word and answers something else. A hostname pattern lists every
 * match at once: Nova refuses to page it, so the pattern cannot be combined with a page size or a
 * marker.
 */
@Value.Immutable
@ValueStyle
public abstract class ListHypervisorsRequest {
  /** Only the generated implementation extends it. */
  ListHypervisorsRequest() {}

  /**
   * Hypervisors whose host name contains this text ({@code hypervisor_hostname_pattern}, a SQL
   * {@code LIKE %text%} in Nova); needs microversion 2.53. No match is an empty listing.
   */
  public abstract Optional<String> hostnamePattern();

  /**
   * Whether each hypervisor lists its servers ({@code with_servers}); needs microversion 2.53.
   * Nova names a server there by its instance name ({@code instance-0000002a}), not by its name.
   */
  @Value.Default
  public boolean withServers() {
    return false;
  }

  /**
   * Start after the hypervisor with this id ({@code marker}); needs microversion 2.33. Normally
   * left empty: the pager sets it.
   */
  public abstract Optional<String> marker();

  /**
   * Hypervisors per request, sent as {@code limit}; not a cap on the total. Needs microversion
   * 2.33: before it Nova sends every hypervisor at once.
   */
  public abstract OptionalInt pageSize();

  /** Rejects values Nova would refuse, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (hostnamePattern().isPresent() && hostnamePattern().get().isBlank()) {
      throw new IllegalArgumentException("hostnamePattern must not be blank");
    }
    if (marker().isPresent() && marker().get().isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
    if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "pageSize must be at least 1, was " + pageSize().getAsInt());
    }
    // Nova answers 400 with a generic text that does not say why.
    if (hostnamePattern().isPresent() && (pageSize().isPresent() || marker().isPresent())) {
      throw new IllegalArgumentException(
          "Nova does not page a listing by hostnamePattern: leave out pageSize and marker");
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

  /** Builds {@link ListHypervisorsRequest} values. */
  public static final class Builder extends ImmutableListHypervisorsRequest.Builder {
    Builder() {}
  }
}
