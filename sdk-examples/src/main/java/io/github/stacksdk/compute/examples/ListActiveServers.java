package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.io.PrintStream;

/** Lists the ACTIVE servers: every page, lazily, 100 servers per request. */
public final class ListActiveServers {
  private ListActiveServers() {}

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
    // tag::list-active[]
    long start = System.nanoTime();
    Table table = new Table("ID", "NAME", "FLAVOR", "ADDRESSES", "UPDATED");
    for (Server server : compute.listServers(r -> r.status(ServerStatus.ACTIVE).pageSize(100))) {
      table.row(
          server.id(),
          server.name().orElse("-"),
          Formats.flavor(server),
          Formats.addresses(server),
          Formats.time(server.updated()));
    }
    table.print(out);
    out.printf("%d active servers, listed in %d ms%n", table.size(), Formats.millisSince(start));
    // end::list-active[]
  }
}
