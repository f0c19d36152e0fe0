package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaCost;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lists every server twice, one page after another and then with up to 8 requests in flight
 * ({@code concurrency(8)}), and prints both wall times and their ratio. Against the cloud of the
 * {@code OS_*} settings, pages of 1,000; without them, against a local fake Nova that takes as long
 * as a small real one ({@link NovaCost#SMALL_NOVA}, 8 API workers) with {@value #FAKE_SERVERS}
 * servers, pages of {@value #FAKE_PAGE_SIZE}.
 */
public final class ListServersConcurrently {
  static final int FAKE_SERVERS = 2_000;
  static final int FAKE_PAGE_SIZE = 200;
  static final int CLOUD_PAGE_SIZE = 1_000;

  private ListServersConcurrently() {}

  /**
   * Runs the example against the cloud of the {@code OS_*} settings, or a local slow fake.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    if (ExampleCloud.isConfigured(System.getenv())) {
      try (ExampleCloud cloud = ExampleCloud.connect(System.out)) {
        run(cloud.compute(), System.out, CLOUD_PAGE_SIZE);
      }
    } else {
      runAgainstSlowFake(System.out);
    }
  }

  /** Starts a fake Nova as slow as a small real one, seeded with many servers, and lists them. */
  static void runAgainstSlowFake(PrintStream out) {
    try (FakeCompute fake = slowFake();
        ComputeClient compute = fake.clientBuilder().build()) {
      out.printf(
          "Cloud: a local fake Nova at %s, seeded with %,d servers, as slow as a small Nova"
              + " (%.1f ms per request, %.1f ms per server in detail, 8 API workers)%n",
          fake.endpoint(),
          FAKE_SERVERS,
          NovaCost.SMALL_NOVA.perRequest().toNanos() / 1e6,
          NovaCost.SMALL_NOVA.perServerDetail().toNanos() / 1e6);
      run(compute, out, FAKE_PAGE_SIZE);
    }
  }

  static FakeCompute slowFake() {
    FakeCompute fake = FakeCompute.builder().cost(NovaCost.SMALL_NOVA).apiWorkers(8).start();
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    List<Server> servers = new ArrayList<>(FAKE_SERVERS);
    for (int i = 0; i < FAKE_SERVERS; i++) {
      servers.add(
          Server.builder()
              .id(
                  UUID.nameUUIDFromBytes(("server:" + i).getBytes(StandardCharsets.UTF_8))
                      .toString())
              .name(String.format("node-%04d", i))
              .statusAsString("ACTIVE")
              .created(created.plusSeconds(i))
              .updated(created.plusSeconds(i))
              .build());
    }
    return fake.addServers(servers);
  }

  static void run(ComputeClient compute, PrintStream out, int pageSize) {
    // tag::concurrently[]
    long start = System.nanoTime();
    long sequential = compute.listServers(r -> r.pageSize(pageSize)).stream().count();
    long sequentialMillis = Formats.millisSince(start);

    start = System.nanoTime();
    long concurrent =
        compute.listServers(r -> r.pageSize(pageSize)).concurrency(8).stream().count();
    long concurrentMillis = Formats.millisSince(start);

    out.printf("%,d servers one page after another, in %,d ms%n", sequential, sequentialMillis);
    out.printf("%,d servers with concurrency(8), in %,d ms%n", concurrent, concurrentMillis);
    out.printf(
        "%.1fx as fast concurrently%n", sequentialMillis / (double) Math.max(1, concurrentMillis));
    // end::concurrently[]
  }
}
