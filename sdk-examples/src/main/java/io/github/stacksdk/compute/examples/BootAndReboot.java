package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerWaiter;
import io.github.stacksdk.compute.lifecycle.CreateServerRequest;
import io.github.stacksdk.compute.lifecycle.NetworkRequest;
import io.github.stacksdk.compute.lifecycle.Networks;
import io.github.stacksdk.compute.lifecycle.RebootType;
import io.github.stacksdk.compute.model.CreatedServer;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerImage;
import io.github.stacksdk.compute.model.ServerStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Boots a server, waits until it is {@code ACTIVE}, reboots it, and deletes it. Against a real
 * cloud it needs the image to boot ({@code STACKSDK_EXAMPLE_IMAGE}), and takes the flavor from
 * {@code STACKSDK_EXAMPLE_FLAVOR} (default {@code 1}) and a network id from {@code
 * STACKSDK_EXAMPLE_NETWORK} (default: no network).
 */
public final class BootAndReboot {
  static final String IMAGE = "STACKSDK_EXAMPLE_IMAGE";
  static final String FLAVOR = "STACKSDK_EXAMPLE_FLAVOR";
  static final String NETWORK = "STACKSDK_EXAMPLE_NETWORK";

  private BootAndReboot() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      runIfConfigured(cloud, System.getenv(), System.out);
    }
  }

  /**
   * Runs against the fake, or a real cloud whose image to boot the environment names; says so
   * otherwise, as a program that creates servers must not guess what to boot on someone's cloud.
   */
  static void runIfConfigured(ExampleCloud cloud, Map<String, String> env, PrintStream out) {
    String image = env.get(IMAGE);
    if (image == null && cloud.isFake()) {
      image =
          Examples.newestActiveServer(cloud.compute())
              .flatMap(id -> cloud.compute().getServer(id).image().map(ServerImage::id))
              .orElse(null);
    }
    if (image == null) {
      out.println(
          "Set "
              + IMAGE
              + " (and "
              + FLAVOR
              + ", "
              + NETWORK
              + ") to boot a server on this cloud: this example creates one and deletes it.");
      return;
    }
    Duration interval = cloud.isFake() ? Duration.ofMillis(100) : Duration.ofSeconds(2);
    run(cloud.compute(), out, image, env.getOrDefault(FLAVOR, "1"), env.get(NETWORK), interval);
  }

  static void run(
      ComputeClient compute,
      PrintStream out,
      String imageId,
      String flavorId,
      @Nullable String networkId,
      Duration interval) {
    long start = System.nanoTime();
    CreateServerRequest.Builder request =
        CreateServerRequest.builder()
            .name("stacksdk-example")
            .imageRef(imageId)
            .flavorRef(flavorId)
            .putMetadata("created-by", "stacksdk-examples");
    if (networkId != null) {
      request.networks(Networks.of(NetworkRequest.ofNetwork(networkId)));
    } else if (networksRequired(compute)) {
      request.networks(Networks.none()); // from 2.37 Nova wants a choice; before, none is no key
    }
    // tag::boot[]
    CreatedServer created = compute.servers().create(request.build());
    String id = created.id().orElseThrow();
    ServerWaiter waiter = compute.servers().waiter().withInterval(interval);
    Server server = waiter.untilStatus(id, ServerStatus.ACTIVE);
    // end::boot[]
    out.printf("%6d ms  created %s, now %s%n", millis(start), id, describe(server));
    // tag::reboot[]
    compute.servers().reboot(id, RebootType.HARD);
    server = waiter.untilStatus(id, ServerStatus.ACTIVE);
    // end::reboot[]
    out.printf("%6d ms  rebooted (hard), now %s%n", millis(start), describe(server));
    // tag::delete[]
    compute.servers().delete(id);
    waiter.untilDeleted(id);
    // end::delete[]
    out.printf("%6d ms  deleted; Nova no longer has it%n", millis(start));
  }

  /** Whether the client's microversion is 2.37 or later, where Nova requires {@code networks}. */
  static boolean networksRequired(ComputeClient compute) {
    String[] version = compute.microversion().orElse("2.1").split("\\.");
    return Integer.parseInt(version[0]) > 2
        || Integer.parseInt(version[0]) == 2 && Integer.parseInt(version[1]) >= 37;
  }

  private static String describe(Server server) {
    return server.statusAsString().orElse("?")
        + " (power "
        + server.powerState().map(Object::toString).orElse("-")
        + ")";
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
