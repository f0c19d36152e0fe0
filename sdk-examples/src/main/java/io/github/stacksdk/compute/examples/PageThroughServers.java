package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import java.io.PrintStream;
import java.util.List;

/** Pages through every server with a small page size, one request per page, and shows each page. */
public final class PageThroughServers {
  private PageThroughServers() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args optionally the page size (default 5)
   */
  public static void main(String[] args) {
    int pageSize = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      run(cloud.compute(), System.out, pageSize);
    }
  }

  static void run(ComputeClient compute, PrintStream out, int pageSize) {
    // tag::pages[]
    long start = System.nanoTime();
    Table table = new Table("PAGE", "SERVERS", "FIRST", "LAST", "NEXT MARKER", "REQUEST ID");
    int servers = 0;
    for (Page<Server> page : compute.listServers(r -> r.pageSize(pageSize)).pages()) {
      List<Server> items = page.items();
      if (items.isEmpty()) {
        continue;
      }
      servers += items.size();
      table.row(
          table.size() + 1,
          items.size(),
          name(items.get(0)),
          name(items.get(items.size() - 1)),
          page.nextMarker().orElse("-"),
          page.requestId().orElse("-"));
    }
    table.print(out);
    out.printf(
        "%d servers in %d pages of up to %d, in %d ms%n",
        servers, table.size(), pageSize, Formats.millisSince(start));
    // end::pages[]
  }

  private static String name(Server server) {
    return server.name().orElse(server.id());
  }
}
