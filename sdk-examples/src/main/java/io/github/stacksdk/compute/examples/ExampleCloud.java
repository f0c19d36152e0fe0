package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.SampleCloud;
import java.io.PrintStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cloud an example runs against: a real one when the {@code OS_*} settings name a compute
 * endpoint and a token, otherwise a local fake Nova seeded with a sample cloud.
 *
 * <ul>
 *   <li>{@code OS_COMPUTE_ENDPOINT_OVERRIDE} (or {@code OS_COMPUTE_ENDPOINT}): the compute URL,
 *       such as {@code https://compute.example.org/v2.1};
 *   <li>{@code OS_TOKEN} (or {@code OS_AUTH_TOKEN}): a token, for example from {@code openstack
 *       token issue -f value -c id};
 *   <li>{@code OS_COMPUTE_API_VERSION}: the microversion to pin, {@value #DEFAULT_MICROVERSION} when
 *       unset.
 * </ul>
 */
final class ExampleCloud implements AutoCloseable {
  static final String DEFAULT_MICROVERSION = "2.79";

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
    String endpoint = first(env, "OS_COMPUTE_ENDPOINT_OVERRIDE", "OS_COMPUTE_ENDPOINT");
    String token = first(env, "OS_TOKEN", "OS_AUTH_TOKEN");
    String microversion = first(env, "OS_COMPUTE_API_VERSION");
    if (microversion == null) {
      microversion = DEFAULT_MICROVERSION;
    }
    if (endpoint != null && token != null) {
      out.println("Cloud: " + endpoint + " (from OS_* settings), microversion " + microversion);
      return new ExampleCloud(
          ComputeClient.builder().endpoint(endpoint).token(token).microversion(microversion).build(), null);
    }
    if (endpoint != null || token != null) {
      throw new IllegalStateException(
          "Set both OS_COMPUTE_ENDPOINT_OVERRIDE and OS_TOKEN to use a real cloud, or neither to use the local fake"
              + " (Keystone password settings are not read yet).");
    }
    FakeCompute fake = FakeCompute.start();
    SampleCloud.populate(fake);
    out.println(
        "Cloud: a local fake Nova at " + fake.endpoint() + ", seeded with " + fake.servers().size()
            + " sample servers (no OS_COMPUTE_ENDPOINT_OVERRIDE and OS_TOKEN set)");
    ComputeClient compute =
        ComputeClient.builder().endpoint(fake.endpoint()).token(fake.token()).microversion(microversion).build();
    return new ExampleCloud(compute, fake);
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
