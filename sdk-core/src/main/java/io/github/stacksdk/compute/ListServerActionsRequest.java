package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The filters and paging of a server's action history ({@code GET
 * /servers/{id}/os-instance-actions}).
 *
 * <pre>{@code
 * compute.servers().actions(id, r -> r.changesSince(Instant.parse("2026-01-01T00:00:00Z")))
 *     .forEach(a -> System.out.println(a.action().orElse("?") + " " + a.requestId()));
 * }</pre>
 *
 * <p>Nova lists the newest action first. Every field here needs microversion 2.58 ({@link
 * #changesBefore()} 2.66): below it Nova ignores {@code limit} and {@code marker} without a word and
 * answers the whole history, so a client that speaks an older one refuses them with an {@link
 * IllegalArgumentException} before anything is sent.
 */
@Value.Immutable
@ValueStyle
public abstract class ListServerActionsRequest {
  /** Only the generated implementation extends it. */
  ListServerActionsRequest() {}

  /**
   * Actions updated at or after this instant ({@code changes-since}, microversion 2.58); Nova
   * compares the action's {@code updated_at}.
   */
  public abstract Optional<Instant> changesSince();

  /**
   * Actions updated at or before this instant ({@code changes-before}, microversion 2.66).
   */
  public abstract Optional<Instant> changesBefore();

  /**
   * Start after the action with this request id ({@code marker}, microversion 2.58). Normally left
   * empty: the pager sets it. Nova answers an unknown one with a 400.
   */
  public abstract Optional<String> marker();

  /**
   * Actions per request, sent as {@code limit} (microversion 2.58); not a cap on the total. Nova
   * caps it at its {@code [api] max_limit}, 1000 by default.
   */
  public abstract OptionalInt pageSize();

  /** Rejects values Nova would refuse, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "pageSize must be at least 1, was " + pageSize().getAsInt());
    }
    if (marker().isPresent() && marker().get().isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
    ListServersRequest.checkYear("changesSince", changesSince());
    ListServersRequest.checkYear("changesBefore", changesBefore());
    if (changesSince().isPresent()
        && changesBefore().isPresent()
        && changesSince().get().isAfter(changesBefore().get())) {
      // Nova's own 400 says the same: "The value of changes-since must be less than or equal to
      // changes-before."
      throw new IllegalArgumentException(
          "changesSince ("
              + changesSince().get()
              + ") must not be after changesBefore ("
              + changesBefore().get()
              + ")");
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

  /** Builds {@link ListServerActionsRequest} values. */
  public static final class Builder extends ImmutableListServerActionsRequest.Builder {
    Builder() {}
  }
}
