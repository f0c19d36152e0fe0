package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.io.PrintStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cloud an example runs against, chosen from the settings python-openstackclient reads:
 *
 * <ul>
 *   <li>{@code OS_CLOUD}: that cloud of {@code clouds.yaml} (with {@code secure.yaml});
 *   <li>else {@code OS_AUTH_URL} and the other Keystone variables ({@code OS_USERNAME}, {@code
 *       OS_PASSWORD}, {@code OS_PROJECT_NAME}…), or a token ({@code OS_AUTH_TOKEN} or {@code
 *       OS_TOKEN}) with {@code OS_COMPUTE_ENDPOINT_OVERRIDE};
 *   <li>else a local fake Nova seeded with a sample cloud.
 * </ul>
 *
 * <p>{@code OS_COMPUTE_API_VERSION} pins the microversion, {@value #DEFAULT_MICROVERSION} when unset
 * (a clouds.yaml cloud keeps its own {@code compute_api_version}).
 */
final class ExampleCloud implements AutoCloseable {
  static final String DEFAULT_MICROVERSION = "2.79";

  /** The settings, besides {@code OS_CLOUD}, that name a real cloud. */
  private static final String[] AUTH_SETTINGS = {
    "OS_AUTH_URL",
    "OS_AUTH_TOKEN",
    "OS_TOKEN",
    "OS_COMPUTE_ENDPOINT_OVERRIDE",
    "OS_COMPUTE_ENDPOINT"
  };

  private final ComputeClient compute;
  private final @Nullable FakeCompute fake;

  private ExampleCloud(ComputeClient compute, @Nullable FakeCompute fake) {
    this.compute = compute;
    this.fake = fake;
  }

  /** Connects as the environment says and prints, as the first line, which cloud that is. */
  static ExampleCloud connect(PrintStream out) {
    return connect(System.getenv(), out);
  }

  static ExampleCloud connect(Map<String, String> env, PrintStream out) {
    if (first(env, "OS_CLOUD") != null) {
      @SuppressWarnings("NullAway") // first(env, "OS_CLOUD") is the value just found not null
      ComputeClient compute = ComputeClient.fromCloudsYaml(first(env, "OS_CLOUD")).build();
      out.println(
          "Cloud: "
              + compute.endpoint()
              + " (cloud "
              + first(env, "OS_CLOUD")
              + " of clouds.yaml), microversion "
              + compute.microversion().orElse("2.1"));
      return new ExampleCloud(compute, null);
    }
    if (first(env, AUTH_SETTINGS) != null) {
      Map<String, String> settings = new java.util.HashMap<>(env);
      if (first(env, "OS_TOKEN") != null && first(env, "OS_AUTH_TOKEN") == null) {
        settings.put("OS_AUTH_TOKEN", first(env, "OS_TOKEN"));
      }
      ComputeClient compute =
          withDefaultMicroversion(ComputeClient.fromEnvironment(settings), env).build();
      out.println(
          "Cloud: "
              + compute.endpoint()
              + " (from OS_* settings), microversion "
              + compute.microversion().orElse("2.1"));
      return new ExampleCloud(compute, null);
    }
    FakeCompute fake = FakeCompute.start();
    SampleCloud.populate(fake);
    out.println(
        "Cloud: a local fake Nova at "
            + fake.endpoint()
            + ", seeded with "
            + fake.servers().size()
            + " sample servers (no OS_CLOUD, OS_AUTH_URL or OS_AUTH_TOKEN set)");
    ComputeClient compute =
        withDefaultMicroversion(
                ComputeClient.builder().endpoint(fake.endpoint()).token(fake.token()), env)
            .build();
    return new ExampleCloud(compute, fake);
  }

  /** Whether the settings name a real cloud: whether {@link #connect} would not start a fake. */
  static boolean isConfigured(Map<String, String> env) {
    return first(env, "OS_CLOUD") != null || first(env, AUTH_SETTINGS) != null;
  }

  ComputeClient compute() {
    return compute;
  }

  boolean isFake() {
    return fake != null;
  }

  /** Now, or for the fake the instant its sample cloud was made at. */
  java.time.Instant now() {
    return fake != null ? SampleCloud.NOW : java.time.Instant.now();
  }

  @Override
  public void close() {
    compute.close();
    if (fake != null) {
      fake.close();
    }
  }

  /** The examples pin {@value #DEFAULT_MICROVERSION} unless the settings name one. */
  private static ComputeClient.Builder withDefaultMicroversion(
      ComputeClient.Builder builder, Map<String, String> env) {
    return first(env, "OS_COMPUTE_API_VERSION") == null
        ? builder.microversion(DEFAULT_MICROVERSION)
        : builder;
  }

  private static @Nullable String first(Map<String, String> env, String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }
}
