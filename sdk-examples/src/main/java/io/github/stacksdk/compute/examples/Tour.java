package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A short guided tour: every example, one after another, against one cloud. */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour against the cloud of the {@code OS_*} settings, or a local fake.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
      run(cloud, System.getenv(), System.out);
    }
  }

  static void run(ExampleCloud cloud, Map<String, String> env, PrintStream out) {
    ComputeClient compute = cloud.compute();
    heading(out, "1. The active servers (ListActiveServers)");
    ListActiveServers.run(compute, out);
    heading(out, "2. Every server, five per page (PageThroughServers)");
    PageThroughServers.run(compute, out, 5);
    heading(out, "3. Servers changed in the last 7 days (ServersChangedSince)");
    ServersChangedSince.run(compute, out, cloud.now().minus(Duration.ofDays(7)));
    Optional<String> newest = Examples.newestActiveServer(compute);
    heading(out, "4. The newest active server in full (ShowServer)");
    if (newest.isEmpty()) {
      out.println("This cloud has no active server: sections 4 and 5 have nothing to show.");
    } else {
      ShowServer.run(compute, out, newest.get());
      heading(out, "5. Its virtual interfaces (ListVirtualInterfaces)");
      ListVirtualInterfaces.run(compute, out, newest.get());
    }
    heading(out, "6. Errors, typed (HandleErrors)");
    HandleErrors.run(compute, out);
    heading(out, "7. Counted by status, asynchronously (ListServersAsync)");
    ListServersAsync.run(compute, out);
    heading(out, "8. Every server, sequentially and concurrently (ListServersConcurrently)");
    if (cloud.isFake()) {
      ListServersConcurrently.runAgainstSlowFake(out);
    } else {
      ListServersConcurrently.run(compute, out, ListServersConcurrently.CLOUD_PAGE_SIZE);
    }
    heading(out, "9. The active servers, watched as they change (WatchServers)");
    try {
      if (cloud.isFake()) {
        WatchServers.runAgainstChangingFake(out);
      } else {
        WatchServers.watch(compute, out, Duration.ofSeconds(2), Duration.ofSeconds(6));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    heading(out, "10. A server booted, rebooted and deleted (BootAndReboot)");
    BootAndReboot.runIfConfigured(cloud, env, out);
    heading(out, "11. What surrounds the newest active server (DescribeServer)");
    Optional<String> described = Examples.newestActiveServer(compute);
    if (described.isEmpty()) {
      out.println("This cloud has no active server: nothing to describe.");
    } else {
      DescribeServer.run(compute, out, described.get());
    }
  }

  private static void heading(PrintStream out, String title) {
    out.println();
    out.println("== " + title);
  }
}
