package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import java.io.PrintStream;
import java.util.UUID;

/** What the typed exceptions tell: a server that does not exist, and two requests Nova refuses. */
public final class HandleErrors {
  private HandleErrors() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      run(cloud.compute(), System.out);
    }
  }

  static void run(ComputeClient compute, PrintStream out) {
    // tag::errors[]
    String missing = UUID.randomUUID().toString();
    try {
      compute.getServer(missing);
    } catch (ResourceNotFoundException e) {
      report(out, "Not found", e);
    }
    try {
      compute.listServersPage(ListServersRequest.builder().marker(missing).pageSize(10).build());
    } catch (MarkerNotFoundException e) {
      report(out, "Unknown marker " + e.marker(), e);
    }
    try {
      compute.listServersPage(
          ListServersRequest.builder().additionalQueryParameter("sort_key", "colour").build());
    } catch (InvalidRequestException e) {
      report(out, "Bad request", e);
    }
    // end::errors[]
  }

  private static void report(PrintStream out, String what, ComputeServiceException e) {
    out.printf(
        "%s: %s%n    status %d, fault %s, request %s%n",
        what,
        e.faultMessage(),
        e.statusCode(),
        e.faultName().orElse("-"),
        e.requestId().orElse("-"));
  }
}
