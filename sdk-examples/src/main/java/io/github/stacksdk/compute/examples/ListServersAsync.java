package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeAsyncClient;
import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.model.Server;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Counts every server by status through the asynchronous client, then shows three servers fetched
 * at the same time: no thread waits for Nova until the results are joined at the end.
 */
public final class ListServersAsync {
  private ListServersAsync() {}

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
    long start = System.nanoTime();
    // tag::async[]
    ComputeAsyncClient async = compute.async();
    Map<String, Integer> byStatus = new ConcurrentHashMap<>();
    CompletableFuture<Void> counted =
        async
            .listServers(r -> r.pageSize(10))
            .forEach(
                server -> byStatus.merge(server.statusAsString().orElse("-"), 1, Integer::sum));

    CompletableFuture<List<Server>> firstThree =
        async
            .listServersPage(ListServersRequest.builder().pageSize(3).build())
            .thenCompose(
                page -> {
                  List<CompletableFuture<Server>> shown =
                      page.items().stream()
                          .map(s -> async.getServer(s.id()))
                          .collect(Collectors.toList());
                  return CompletableFuture.allOf(shown.toArray(new CompletableFuture<?>[0]))
                      .thenApply(
                          done ->
                              shown.stream()
                                  .map(CompletableFuture::join)
                                  .collect(Collectors.toList()));
                });

    counted.join(); // the first wait of this thread, for results that are already on their way
    // end::async[]
    Table statuses = new Table("STATUS", "SERVERS");
    new TreeMap<>(byStatus).forEach((status, count) -> statuses.row(status, count));
    statuses.print(out);
    Table shown = new Table("ID", "NAME", "STATUS", "CREATED");
    for (Server server : firstThree.join()) {
      shown.row(
          server.id(),
          server.name().orElse("-"),
          server.statusAsString().orElse("-"),
          Formats.time(server.created()));
    }
    shown.print(out);
    out.printf(
        "%d servers counted and %d shown asynchronously in %d ms%n",
        byStatus.values().stream().mapToInt(Integer::intValue).sum(),
        shown.size(),
        Formats.millisSince(start));
  }
}
