package io.github.stacksdk.compute.internal.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code OS_*} variables python-openstackclient reads, as {@link CloudSettings}. */
public final class EnvironmentSettings {
  /** Older names, read when the newer one is unset. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "OS_TENANT_NAME", "project_name",
          "OS_TENANT_ID", "project_id",
          "OS_AUTH_TOKEN", "token",
          "OS_COMPUTE_ENDPOINT", "compute_endpoint_override");

  private EnvironmentSettings() {}

  /** Reads {@code env} (such as {@code System.getenv()}). */
  public static CloudSettings of(Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : CloudSettings.KEYS) {
      String value = env.get(variable(key));
      if (value != null) {
        values.put(key, value);
      }
    }
    ALIASES.forEach(
        (variable, key) -> {
          if (!values.containsKey(key) && env.get(variable) != null) {
            values.put(key, env.get(variable));
          }
        });
    return new CloudSettings(values, EnvironmentSettings::variable, "the environment");
  }

  /** {@code password} → {@code OS_PASSWORD}. */
  static String variable(String key) {
    return "OS_" + key.toUpperCase(Locale.ROOT);
  }
}
