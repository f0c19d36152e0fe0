package io.github.stacksdk.compute.model.keypair;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.KeypairJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A key pair as returned by {@code GET /os-keypairs/{keypair_name}}, {@code POST /os-keypairs}
 * and, as an entry's {@code keypair}, {@code GET /os-keypairs}, at any microversion from 2.1 to
 * the newest.
 *
 * <p>Nova sends different fields in each: a listing sends only {@code name}, {@code public_key},
 * {@code fingerprint} and (2.2) {@code type}; a create adds {@code user_id} and, when Nova made
 * the key (before 2.92), {@code private_key}; a show adds {@code user_id}, {@code id} and the
 * timestamps. Only {@link #name()} is always present; a body never fails to parse for a missing
 * field. Fields this SDK does not model are kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = KeypairJson.Deserializer.class)
@JsonSerialize(using = KeypairJson.Serializer.class)
public abstract class Keypair {
  /** Only the generated implementation extends it. */
  Keypair() {}

  /** The key pair's name ({@code name}), unique per user. */
  public abstract String name();

  /** The public key ({@code public_key}), in OpenSSH form or an X.509 certificate. */
  public abstract Optional<String> publicKey();

  /** The key's fingerprint ({@code fingerprint}). */
  public abstract Optional<String> fingerprint();

  /** The key type ({@code type}), {@code ssh} or {@code x509}. Since 2.2. */
  public abstract Optional<String> type();

  /**
   * The id of the user who owns the key pair ({@code user_id}); sent by a show and a create at
   * every microversion, never by a listing.
   */
  public abstract Optional<String> userId();

  /** Nova's database id of the key pair ({@code id}); sent by a show only. */
  public abstract OptionalInt id();

  /** When the key pair was created ({@code created_at}, sent without a zone: UTC); show only. */
  public abstract Optional<Instant> createdAt();

  /** Whether the key pair is soft-deleted ({@code deleted}); show only, always false. */
  public abstract Optional<Boolean> deleted();

  /** When the key pair was deleted ({@code deleted_at}); show only, always null (absent). */
  public abstract Optional<Instant> deletedAt();

  /** When the key pair was updated ({@code updated_at}); show only, always null (absent). */
  public abstract Optional<Instant> updatedAt();

  /**
   * The private key ({@code private_key}), sent once, in the answer to a create without a public
   * key, which Nova refuses from 2.92. Hidden from {@code toString()}.
   */
  @Value.Redacted
  public abstract Optional<String> privateKey();

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
   * @return this key pair, or an equal one with immutable nested values
   */
  @Value.Check
  Keypair normalize() {
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
   * Returns a builder initialised with this key pair's values.
   *
   * @return a builder holding a copy of this key pair
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link Keypair} values. */
  public static final class Builder extends ImmutableKeypair.Builder {
    Builder() {}
  }
}
