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
public abstract class RackspaceAuth {
  /** Only the generated implementation extends it. */
  RackspaceAuth() {}

  /** Rackspace's identity endpoint. */
  public static final String DEFAULT_AUTH_URL = "https://identity.api.rackspacecloud.com/v2.0";

  /** The identity URL, {@value #DEFAULT_AUTH_URL} by default. */
  @Value.Default
  public String authUrl() {
    return DEFAULT_AUTH_URL;
  }

  /** The account's user name. */
  public abstract String username();

  /** The account's API key. */
  @Value.Redacted
  public abstract String apiKey();

  /** The region of the compute endpoint, such as {@code DFW}; any when unset (then it must be unique). */
  public abstract Optional<String> region();

  /** The catalog's service name, {@code cloudServersOpenStack} by default. */
  @Value.Default
  public String serviceName() {
    return "cloudServersOpenStack";
  }

  /** {@code publicURL} (the default) or {@code internalURL} (ServiceNet). */
  @Value.Default
  public String urlType() {
    return "publicURL";
  }

  /** Checks the settings; {@code build()} calls it. */
  @Value.Check
  void check() {
    if (username().isBlank() || apiKey().isBlank()) {
      throw new IllegalArgumentException("username and apiKey must not be blank");
    }
    if (!urlType().equals("publicURL") && !urlType().equals("internalURL")) {
      throw new IllegalArgumentException(
          "urlType must be publicURL or internalURL, was " + urlType());
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

  /** Builds {@link RackspaceAuth}s; {@code build()} throws {@link IllegalArgumentException} naming what is wrong or missing. */
  public static final class Builder extends ImmutableRackspaceAuth.Builder {}
}
