package io.github.stacksdk.compute.auth;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rackspace's legacy identity ({@code POST {authUrl}/tokens} with {@code
 * RAX-KSKEY:apiKeyCredentials}) and the compute endpoint of its catalog ({@code
 * cloudServersOpenStack} by region), the cloud whose {@code os-virtual-interfacesv2} this SDK
 * speaks. Give it to {@code ComputeClient.builder().rackspace(..)}. {@code toString()} never shows
 * the API key.
 */
@Value.Immutable
@ValueStyle
public interface RackspaceAuth {
  /** Rackspace's identity endpoint. */
  String DEFAULT_AUTH_URL = "https://identity.api.rackspacecloud.com/v2.0";

  /** The identity URL, {@value #DEFAULT_AUTH_URL} by default. */
  @Value.Default
  default String authUrl() {
    return DEFAULT_AUTH_URL;
  }

  /** The account's user name. */
  String username();

  /** The account's API key. */
  @Value.Redacted
  String apiKey();

  /** The region of the compute endpoint, such as {@code DFW}; any when unset (then it must be unique). */
  Optional<String> region();

  /** The catalog's service name, {@code cloudServersOpenStack} by default. */
  @Value.Default
  default String serviceName() {
    return "cloudServersOpenStack";
  }

  /** {@code publicURL} (the default) or {@code internalURL} (ServiceNet). */
  @Value.Default
  default String urlType() {
    return "publicURL";
  }

  /** Checks the settings. */
  @Value.Check
  default void check() {
    if (username().isBlank() || apiKey().isBlank()) {
      throw new IllegalArgumentException("username and apiKey must not be blank");
    }
    if (!urlType().equals("publicURL") && !urlType().equals("internalURL")) {
      throw new IllegalArgumentException("urlType must be publicURL or internalURL, was " + urlType());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RackspaceAuth}s; {@code build()} throws {@link IllegalArgumentException} naming what is wrong or missing. */
  final class Builder extends ImmutableRackspaceAuth.Builder {}
}
