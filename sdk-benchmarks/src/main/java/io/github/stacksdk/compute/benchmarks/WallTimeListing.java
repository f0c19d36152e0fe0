package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaCost;
import io.github.stacksdk.compute.testing.NovaUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One timed listing of servers against a fresh {@link FakeCompute} with a cost model and a number
 * of API workers, and what the fake's Nova did for it ({@link NovaUsage}).
 */
final class WallTimeListing {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  /** What one listing measured. */
  static final class Result {
    final long servers;
    final double wallSeconds;
    final double firstServerSeconds;
    final NovaUsage usage;

    Result(long servers, double wallSeconds, double firstServerSeconds, NovaUsage usage) {
      this.servers = servers;
      this.wallSeconds = wallSeconds;
      this.firstServerSeconds = firstServerSeconds;
      this.usage = usage;
    }

    double modelledSeconds() {
      return usage.modelledTime().toNanos() / 1e9;
    }

    double waitingSeconds() {
      return usage.waitingTime().toNanos() / 1e9;
    }
  }

  private WallTimeListing() {}

  /** Minimal servers, each with an id, a name, a status and a creation time, the newest last. */
  static List<Server> servers(int count) {
    List<Server> servers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      servers.add(
          Server.builder()
              .id(id(i))
              .name("wall-" + i)
              .statusAsString("ACTIVE")
              .created(CREATED.plusSeconds(i))
              .updated(CREATED.plusSeconds(i))
              .build());
    }
    return servers;
  }

  /** The id of the {@code i}th server of {@link #servers}. */
  static String id(int i) {
    return new UUID(0x5e7e_0000_0000_4000L, 0x8000_0000_0000_0000L | i).toString();
  }

  /**
   * The {@code concurrency} of a listing that asks for each page only when the caller has used up
   * the one before, with {@code listServersPage}: the sequential listing without its read-ahead.
   */
  static final int ONE_PAGE_AT_A_TIME = 0;

  /** The servers of explicit {@code listServersPage} calls, each made when the caller asks. */
  private static Iterator<Server> onePageAtATime(ComputeClient compute, int pageSize) {
    return new Iterator<>() {
      private Iterator<Server> page = Collections.emptyIterator();
      private @Nullable String marker;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && !last) {
          Page<Server> next =
              compute.listServersPage(
                  ListServersRequest.builder()
                      .pageSize(pageSize)
                      .marker(Optional.ofNullable(marker))
                      .build());
          page = next.items().iterator();
          marker = next.nextMarker().orElse(null);
          last = marker == null || next.items().isEmpty();
        }
        return page.hasNext();
      }

      @Override
      public Server next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
  }

  /**
   * Lists every server of a fresh fake once.
   *
   * @param cost the fake's cost model
   * @param workers the fake's API workers
   * @param servers the servers to seed
   * @param pageSize the request's page size
   * @param concurrency 1 for the sequential listing, {@link #ONE_PAGE_AT_A_TIME} for explicit pages
   * @param callerPerPage how long the caller works after each {@code pageSize} servers
   */
  static Result run(
      NovaCost cost,
      int workers,
      List<Server> servers,
      int pageSize,
      int concurrency,
      Duration callerPerPage)
      throws InterruptedException {
    try (FakeCompute fake = FakeCompute.builder().cost(cost).apiWorkers(workers).start();
        ComputeClient compute = fake.clientBuilder().build()) {
      fake.addServers(servers);
      long start = System.nanoTime();
      Iterator<Server> it;
      if (concurrency == ONE_PAGE_AT_A_TIME) {
        it = onePageAtATime(compute, pageSize);
      } else {
        it = compute.listServers(r -> r.pageSize(pageSize)).concurrency(concurrency).iterator();
      }
      long count = 0;
      long first = -1;
      while (it.hasNext()) {
        Server s = it.next();
        if (first < 0) {
          first = System.nanoTime() - start;
        }
        // Nova's default order is the newest first: the last one seeded.
        String expected = servers.get(servers.size() - 1 - (int) count).id();
        if (!s.id().equals(expected)) {
          throw new IllegalStateException(
              "server " + count + " is " + s.id() + ", not " + expected);
        }
        count++;
        if (!callerPerPage.isZero() && count % pageSize == 0) {
          Thread.sleep(callerPerPage.toMillis(), callerPerPage.toNanosPart() % 1_000_000);
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (count != servers.size()) {
        throw new IllegalStateException("listed " + count + " servers of " + servers.size());
      }
      return new Result(count, wall, first / 1e9, fake.novaUsage());
    }
  }
}
