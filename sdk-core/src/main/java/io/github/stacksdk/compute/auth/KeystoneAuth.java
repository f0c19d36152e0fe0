package io.github.stacksdk.compute.auth;

import io.github.stacksdk.compute.model.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to authenticate with Keystone v3 ({@code POST {authUrl}/v3/auth/tokens}) and which compute
 * endpoint of the token's catalog to use. Give it to {@code ComputeClient.builder().keystone(..)}.
 *
 * <p>Either a password (a user by {@link #userId()}, or by {@link #username()} and its domain) with
 * an optional scope (a project by id, or by name and its domain; or a domain), or an application
 * credential (by {@link #applicationCredentialId()}, or by name and its user), which carries its own
 * scope. {@code toString()} never shows the password or the secret.
 *
 * <pre>{@code
 * KeystoneAuth auth = KeystoneAuth.builder()
 *     .authUrl("https://keystone.example.org:5000/v3")
 *     .username("alice").userDomainName("Default").password(secret)
 *     .projectName("web").projectDomainName("Default")
 *     .region("RegionOne")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class KeystoneAuth {
  /** Only the generated implementation extends it. */
  KeystoneAuth() {}

  /** Keystone's URL, with or without {@code /v3}. */
  public abstract String authUrl();

  /** The user's name; needs {@link #userDomainName()} or {@link #userDomainId()}. */
  public abstract Optional<String> username();

  /** The user's id. */
  public abstract Optional<String> userId();

  /** The name of the user's domain. */
  public abstract Optional<String> userDomainName();

  /** The id of the user's domain. */
  public abstract Optional<String> userDomainId();

  /** The user's password. */
  @Value.Redacted
  public abstract Optional<String> password();

  /** The project to scope to, by name; needs a project domain. */
  public abstract Optional<String> projectName();

  /** The project to scope to, by id. */
  public abstract Optional<String> projectId();

  /** The name of the project's domain. */
  public abstract Optional<String> projectDomainName();

  /** The id of the project's domain. */
  public abstract Optional<String> projectDomainId();

  /** The domain to scope to, by name, instead of a project. */
  public abstract Optional<String> domainName();

  /** The domain to scope to, by id, instead of a project. */
  public abstract Optional<String> domainId();

  /** An application credential, by id. */
  public abstract Optional<String> applicationCredentialId();

  /** An application credential, by name; needs the user ({@link #userId()} or name and domain). */
  public abstract Optional<String> applicationCredentialName();

  /** The application credential's secret; with it, the application credential is used, not a password. */
  @Value.Redacted
  public abstract Optional<String> applicationCredentialSecret();

  /** The catalog region of the compute endpoint; any region when unset (then it must be unique). */
  public abstract Optional<String> region();

  /** The catalog interface of the compute endpoint: {@code public} (the default), {@code internal} or {@code admin}. */
  @Value.Default
  public String interfaceType() {
    return "public";
  }

  /** The catalog service name of the compute endpoint, when the catalog has several compute services. */
  public abstract Optional<String> serviceName();

  /** Checks that the settings name one way to authenticate; {@code build()} calls it. */
  @Value.Check
  void check() {
    require(!authUrl().isBlank(), "authUrl is blank");
    require(
        interfaceType().equals("public")
            || interfaceType().equals("internal")
            || interfaceType().equals("admin"),
        "interfaceType must be public, internal or admin, was " + interfaceType());
    boolean userByName = username().isPresent();
    if (userByName) {
      require(
          userDomainName().isPresent() || userDomainId().isPresent(),
          "username needs userDomainName or userDomainId");
    }
    if (applicationCredentialSecret().isPresent()) { // an application credential, not a password
      require(
          applicationCredentialId().isPresent() || applicationCredentialName().isPresent(),
          "applicationCredentialSecret needs applicationCredentialId or applicationCredentialName");
      if (applicationCredentialId().isEmpty()) {
        require(
            userId().isPresent() || userByName,
            "applicationCredentialName needs the user: userId, or username with its domain");
      }
      require(
          projectName().isEmpty()
              && projectId().isEmpty()
              && domainName().isEmpty()
              && domainId().isEmpty(),
          "an application credential carries its own scope: set no project or domain");
      return;
    }
    require(password().isPresent(), "password is not set (nor applicationCredentialSecret)");
    require(
        userId().isPresent() || userByName,
        "the user is not set: userId, or username with its domain");
    if (projectName().isPresent()) {
      require(
          projectDomainName().isPresent() || projectDomainId().isPresent(),
          "projectName needs projectDomainName or projectDomainId");
    }
    boolean project = projectName().isPresent() || projectId().isPresent();
    boolean domain = domainName().isPresent() || domainId().isPresent();
    require(!(project && domain), "scope to a project or to a domain, not both");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
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

  /** Builds {@link KeystoneAuth}s; {@code build()} throws {@link IllegalArgumentException} naming what is wrong or missing. */
  public static final class Builder extends ImmutableKeystoneAuth.Builder {}
}
