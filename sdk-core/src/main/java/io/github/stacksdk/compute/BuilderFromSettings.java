package io.github.stacksdk.compute;

import io.github.stacksdk.compute.auth.KeystoneAuth;
import io.github.stacksdk.compute.internal.config.CloudSettings;
import io.github.stacksdk.compute.internal.config.CloudsYaml;
import io.github.stacksdk.compute.internal.http.Microversion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Turns {@link CloudSettings} (the environment's or a clouds.yaml cloud's) into a client builder. */
final class BuilderFromSettings {
  private BuilderFromSettings() {}

  /** The cloud of clouds.yaml that {@code cloud} (or {@code OS_CLOUD}) names, as found from here. */
  static ComputeClient.Builder fromCloudsYaml(@Nullable String cloud) {
    return fromCloudsYaml(
        cloud,
        System.getenv(),
        Path.of("").toAbsolutePath(),
        Path.of(System.getProperty("user.home")));
  }

  static ComputeClient.Builder fromCloudsYaml(
      @Nullable String cloud, Map<String, String> env, Path workingDirectory, Path home) {
    return builder(CloudsYaml.load(cloud, env, workingDirectory, home));
  }

  static ComputeClient.Builder builder(CloudSettings s) {
    ComputeClient.Builder builder = ComputeClient.builder();
    Optional<String> endpoint = s.get("compute_endpoint_override");
    Optional<String> token = s.get("token");
    String authType = s.get("auth_type").orElse("password").toLowerCase(Locale.ROOT);
    if (token.isPresent() || authType.endsWith("token")) {
      builder.token(token.orElseThrow(() -> missing(s, "token")));
      builder.endpoint(
          endpoint.orElseThrow(
              () -> missing(s, "compute_endpoint_override", "(needed with a token)")));
    } else {
      builder.keystone(keystone(s, authType));
      endpoint.ifPresent(builder::endpoint);
    }
    s.get("compute_api_version").flatMap(v -> microversion(s, v)).ifPresent(builder::microversion);
    s.get("cacert").map(Path::of).ifPresent(builder::caCertificate);
    s.get("verify")
        .filter(v -> v.equalsIgnoreCase("false"))
        .ifPresent(v -> builder.verifyTls(false));
    return builder;
  }

  private static KeystoneAuth keystone(CloudSettings s, String authType) {
    KeystoneAuth.Builder auth =
        KeystoneAuth.builder().authUrl(s.get("auth_url").orElseThrow(() -> missing(s, "auth_url")));
    s.get("user_id").ifPresent(auth::userId);
    s.get("username").ifPresent(auth::username);
    s.get("user_domain_name").ifPresent(auth::userDomainName);
    s.get("user_domain_id").ifPresent(auth::userDomainId);
    s.get("region_name").ifPresent(auth::region);
    s.get("interface").map(i -> i.replaceAll("URL$", "")).ifPresent(auth::interfaceType);
    if (authType.equals("v3applicationcredential") || authType.equals("applicationcredential")) {
      auth.applicationCredentialSecret(
          s.get("application_credential_secret")
              .orElseThrow(() -> missing(s, "application_credential_secret")));
      if (s.get("application_credential_id").isPresent()) {
        auth.applicationCredentialId(s.get("application_credential_id").get());
      } else {
        auth.applicationCredentialName(
            s.get("application_credential_name")
                .orElseThrow(
                    () ->
                        missing(
                            s,
                            "application_credential_id",
                            "or " + s.nameOf("application_credential_name"))));
        requireUser(s);
      }
    } else if (authType.equals("password") || authType.equals("v3password")) {
      auth.password(s.get("password").orElseThrow(() -> missing(s, "password")));
      requireUser(s);
      s.get("project_id").ifPresent(auth::projectId);
      s.get("project_name").ifPresent(auth::projectName);
      s.get("project_domain_name").ifPresent(auth::projectDomainName);
      s.get("project_domain_id").ifPresent(auth::projectDomainId);
      if (s.get("project_name").isPresent()
          && s.get("project_id").isEmpty()
          && s.get("project_domain_name").isEmpty()
          && s.get("project_domain_id").isEmpty()) {
        throw missing(
            s,
            "project_domain_name",
            "or "
                + s.nameOf("project_domain_id")
                + " (needed with "
                + s.nameOf("project_name")
                + ")");
      }
      s.get("domain_name").ifPresent(auth::domainName);
      s.get("domain_id").ifPresent(auth::domainId);
    } else {
      throw new IllegalStateException(
          s.nameOf("auth_type")
              + " "
              + authType
              + " in "
              + s.source()
              + " is not supported: use password, v3applicationcredential or a token with an endpoint");
    }
    try {
      return auth.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The settings in " + s.source() + " cannot authenticate: " + e.getMessage(), e);
    }
  }

  private static void requireUser(CloudSettings s) {
    if (s.get("user_id").isPresent()) {
      return;
    }
    if (s.get("username").isEmpty()) {
      throw missing(s, "username", "or " + s.nameOf("user_id"));
    }
    if (s.get("user_domain_name").isEmpty() && s.get("user_domain_id").isEmpty()) {
      throw missing(
          s,
          "user_domain_name",
          "or " + s.nameOf("user_domain_id") + " (needed with " + s.nameOf("username") + ")");
    }
  }

  /** {@code 2} or {@code 2.0} pins nothing (python-openstackclient's way of saying v2); X.Y pins X.Y. */
  private static Optional<String> microversion(CloudSettings s, String value) {
    if (value.equals("2") || value.equals("2.0")) {
      return Optional.empty();
    }
    try {
      Microversion.parse(value);
      return Optional.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          s.nameOf("compute_api_version")
              + " in "
              + s.source()
              + " must be a microversion such as 2.79, was "
              + value);
    }
  }

  private static IllegalStateException missing(CloudSettings s, String key) {
    return missing(s, key, "");
  }

  private static IllegalStateException missing(CloudSettings s, String key, String detail) {
    return new IllegalStateException(
        s.nameOf(key) + (detail.isEmpty() ? "" : " " + detail) + " is not set in " + s.source());
  }
}
