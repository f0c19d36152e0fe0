package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ServerChange;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import io.github.stacksdk.compute.testing.FakeCompute;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches the active servers with a {@link ServerWatch} and prints each change as it comes. Against
 * the cloud of the {@code OS_*} settings it only watches, for {@value #CLOUD_SECONDS} seconds;
 * without them it starts a local fake Nova and changes it meanwhile: a server boots, one is
 * renamed, one stops (and so leaves the view of active servers), and one is deleted.
 */
public final class WatchServers {
  static final int CLOUD_SECONDS = 15;

  private WatchServers() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local fake it changes.
   *
   * @param args not used
   */
  public static void main(String[] args) throws InterruptedException {
    if (ExampleCloud.isConfigured(System.getenv())) {
      try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
        watch(
            cloud.compute(), System.out, Duration.ofSeconds(5), Duration.ofSeconds(CLOUD_SECONDS));
      }
    } else {
      runAgainstChangingFake(System.out);
    }
  }

  /** Starts a fake Nova with three servers, watches it, and changes it step by step. */
  static void runAgainstChangingFake(PrintStream out) throws InterruptedException {
    try (FakeCompute fake = FakeCompute.start()) {
      runAgainst(fake, out);
    }
  }

  static void runAgainst(FakeCompute fake, PrintStream out) throws InterruptedException {
    try (ComputeClient compute = fake.clientBuilder().build()) {
      for (String name : new String[] {"web-1", "web-2", "db-1"}) {
        fake.createServer(server(name));
      }
      out.println("Cloud: a local fake Nova at " + fake.endpoint() + " with 3 active servers");
      try (ServerWatch watch = start(compute, out, Duration.ofMillis(200))) {
        watch.synced().join();
        step(out, "boot web-3", () -> fake.createServer(server("web-3")));
        step(out, "rename web-1", () -> fake.updateServer("web-1", s -> renamed(s, "web-1a")));
        step(out, "stop db-1", () -> fake.updateServer("db-1", WatchServers::stopped));
        step(out, "delete web-2", () -> fake.deleteServer("web-2"));
        out.printf("%d active servers in the view: %s%n", watch.snapshot().size(), names(watch));
        out.println(watch.stats());
      }
    }
  }

  /** Watches the cloud's active servers for a while, printing the changes. */
  static void watch(ComputeClient compute, PrintStream out, Duration interval, Duration duration)
      throws InterruptedException {
    try (ServerWatch watch = start(compute, out, interval)) {
      watch.synced().join();
      out.printf(
          "Watching %d active servers for %d s…%n", watch.snapshot().size(), duration.toSeconds());
      TimeUnit.MILLISECONDS.sleep(duration.toMillis());
      out.println(watch.stats());
    }
  }

  static ServerWatch start(ComputeClient compute, PrintStream out, Duration interval) {
    // tag::watch[]
    ServerWatch watch =
        ServerWatch.builder(compute)
            .view(r -> r.status(ServerStatus.ACTIVE))
            .interval(interval)
            .listener(change -> out.println("  " + describe(change)))
            .start();
    // end::watch[]
    return watch;
  }

  static String describe(ServerChange change) {
    Server server = change.current().or(change::previous).orElseThrow();
    String name = server.name().orElse(change.serverId());
    switch (change.type()) {
      case ADDED:
        return "added   " + name;
      case UPDATED:
        String before = change.previous().flatMap(Server::name).orElse("?");
        return "updated " + name + (before.equals(name) ? "" : " (was " + before + ")");
      default:
        return "removed " + name + (change.deleted() ? " (deleted)" : " (left the view)");
    }
  }

  private static void step(PrintStream out, String what, Runnable change)
      throws InterruptedException {
    out.println("The fake: " + what);
    change.run();
    TimeUnit.MILLISECONDS.sleep(800); // a few polls: the change comes before the next step
  }

  private static String names(ServerWatch watch) {
    return watch.snapshot().values().stream()
        .map(s -> s.name().orElse(s.id()))
        .sorted()
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static Server server(String name) {
    return Server.builder().id(name).name(name).statusAsString("ACTIVE").build();
  }

  private static Server renamed(Server s, String name) {
    return s.toBuilder().name(name).build();
  }

  private static Server stopped(Server s) {
    return s.toBuilder().statusAsString("SHUTOFF").build();
  }
}
