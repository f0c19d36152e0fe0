package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** Finds the servers changed since a point in time ({@code changes-since}), newest first. */
public final class ServersChangedSince {
  private ServersChangedSince() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args optionally the instant, such as {@code 2026-11-01T00:00:00Z} (default: 7 days ago)
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      Instant since =
          args.length > 0 ? Instant.parse(args[0]) : cloud.now().minus(Duration.ofDays(7));
      run(cloud.compute(), System.out, since);
    }
  }

  static void run(ComputeClient compute, PrintStream out, Instant since) {
    // tag::changes-since[]
    long start = System.nanoTime();
    Table table = new Table("UPDATED", "NAME", "STATUS", "TASK", "ID");
    for (Server server : compute.listServers(r -> r.changesSince(since))) {
      table.row(
          Formats.time(server.updated()),
          server.name().orElse("-"),
          server.statusAsString().orElse("-"),
          server.taskStateAsString().orElse("-"),
          server.id());
    }
    table.print(out);
    out.printf(
        "%d servers changed since %s, listed in %d ms%n",
        table.size(), Formats.time(since), Formats.millisSince(start));
    // end::changes-since[]
  }
}
