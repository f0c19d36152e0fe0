package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The filter and paging of a key pair listing ({@code GET /os-keypairs}).
 *
 * <pre>{@code
 * compute.keypairs().list(r -> r.userId("9a2b…").pageSize(50))
 *     .forEach(k -> System.out.println(k.name()));
 * }</pre>
 *
 * <p>Nova lists one user's key pairs, by name: the caller's own unless an administrator names
 * another user. Each field needs a microversion, which the client checks before sending: Nova
 * before it would ignore the field without a word and answer something else.
 */
@Value.Immutable
@ValueStyle
public abstract class ListKeypairsRequest {
  /** Only the generated implementation extends it. */
  ListKeypairsRequest() {}

  /**
   * The key pairs of this user ({@code user_id}) rather than the caller's own; needs microversion
   * 2.10, and Nova answers 403 unless the caller is an administrator or that user.
   */
  public abstract Optional<String> userId();

  /**
   * Start after the key pair with this name ({@code marker}); needs microversion 2.35. Normally
   * left empty: the pager sets it.
   */
  public abstract Optional<String> marker();

  /**
   * Key pairs per request, sent as {@code limit}; not a cap on the total. Needs microversion 2.35:
   * before it Nova sends every key pair at once.
   */
  public abstract OptionalInt pageSize();

  /** Rejects values Nova would refuse, before any request is made; {@code build()} calls it. */
  @Value.Check
  void validate() {
    if (userId().isPresent() && userId().get().isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    if (marker().isPresent() && marker().get().isBlank()) {
      throw new IllegalArgumentException("marker must not be blank");
    }
    if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "pageSize must be at least 1, was " + pageSize().getAsInt());
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

  /** Builds {@link ListKeypairsRequest} values. */
  public static final class Builder extends ImmutableListKeypairsRequest.Builder {
    Builder() {}
  }
}
