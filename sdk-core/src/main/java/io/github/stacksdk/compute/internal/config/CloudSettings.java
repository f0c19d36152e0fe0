package io.github.stacksdk.compute.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A cloud's settings under clouds.yaml's names ({@code auth_url}, {@code password}, {@code
 * region_name}…), whichever source they came from, and how that source names each one, so that an
 * error can say which setting is missing and where it was looked for.
 */
public final class CloudSettings {
  /** The settings this SDK reads, by clouds.yaml name; anything else is ignored. */
  static final List<String> KEYS =
      List.of(
          "auth_url",
          "username",
          "user_id",
          "password",
          "user_domain_name",
          "user_domain_id",
          "project_name",
          "project_id",
          "project_domain_name",
          "project_domain_id",
          "domain_name",
          "domain_id",
          "application_credential_id",
          "application_credential_name",
          "application_credential_secret",
          "token",
          "auth_type",
          "region_name",
          "interface",
          "compute_api_version",
          "compute_endpoint_override",
          "cacert",
          "verify");

  private final Map<String, String> values;
  private final UnaryOperator<String> nameInSource;
  private final String source;

  CloudSettings(Map<String, String> values, UnaryOperator<String> nameInSource, String source) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.nameInSource = nameInSource;
    this.source = source;
  }

  /** The value of a setting; blank counts as unset. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
  }

  /** How the source names a setting: {@code OS_PASSWORD}, or {@code auth.password}. */
  public String nameOf(String key) {
    return nameInSource.apply(key);
  }

  /** Where the settings were read, for messages: {@code the environment}, or a cloud of a file. */
  public String source() {
    return source;
  }

  /** Never the values: some are secrets. */
  @Override
  public String toString() {
    return "CloudSettings{source=" + source + ", keys=" + values.keySet() + "}";
  }
}
