package io.github.stacksdk.compute.model.console;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.stacksdk.compute.model.internal.RemoteConsoleJson;
import io.github.stacksdk.compute.model.internal.UntypedJson;
import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A remote console of a server: the {@code remote_console} of the answer to {@code POST
 * /servers/{server_id}/remote-consoles} (microversion 2.6 and later), or the {@code console} of
 * the answer to the {@code os-getVNCConsole}, {@code os-getSPICEConsole}, {@code
 * os-getSerialConsole} and {@code os-getRDPConsole} server actions (2.1 to 2.5), which send no
 * {@link #protocol()}.
 *
 * <p>Only {@link #url()} is always present. Its token lets anyone who has it open the console
 * until the token expires, so {@code toString()} hides it. Fields this SDK does not model are kept
 * in {@link #additionalProperties()}.
 */
@Value.Immutable
@ValueStyle
@Value.Style.Depluralize(dictionary = {"additionalProperty:additionalProperties"})
@JsonDeserialize(using = RemoteConsoleJson.Deserializer.class)
@JsonSerialize(using = RemoteConsoleJson.Serializer.class)
public abstract class RemoteConsole {
  /** Only the generated implementation extends it. */
  RemoteConsole() {}

  /**
   * The URL that opens the console ({@code url}), holding a short-lived access token. Hidden from
   * {@code toString()}.
   */
  @Value.Redacted
  public abstract String url();

  /**
   * The console's protocol ({@code protocol}): {@code vnc}, {@code spice}, {@code serial}, {@code
   * rdp} (refused since Nova 29.0.0) or, from microversion 2.8, {@code mks}. Sent from
   * microversion 2.6.
   */
  public abstract Optional<String> protocol();

  /**
   * The console's type ({@code type}): {@code novnc}, {@code xvpvnc}, {@code spice-html5}, {@code
   * serial}, {@code rdp-html5}, from microversion 2.8 {@code webmks}, from 2.99 {@code
   * spice-direct}.
   */
  public abstract Optional<String> type();

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
   * @return this console, or an equal one with immutable nested values
   */
  @Value.Check
  RemoteConsole normalize() {
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
   * Returns a builder initialised with this console's values.
   *
   * @return a builder holding a copy of this console
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link RemoteConsole} values. */
  public static final class Builder extends ImmutableRemoteConsole.Builder {
    Builder() {}
  }
}
