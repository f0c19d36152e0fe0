package io.github.stacksdk.compute.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Nova's API workers and the time they spend per request, as the fake models them. MockWebServer
 * serves each connection on a thread of its own (keep-alive requests one after the other), so a
 * request's thread first takes one of the {@code workers}, waiting while all are busy, as requests
 * queue in front of a nova-api with that many workers; then it spends the time its {@link NovaCost}
 * gives for what it rendered; only then does the response go out, and the worker is free again.
 *
 * <p>The time is one timed wait per request on a latch that {@link #close()} opens: nanosecond
 * precision (sub-millisecond costs per server are not rounded away), and a closing fake wakes every
 * request that waits for a worker or for its time, so that MockWebServer's shutdown, which waits
 * for its connection threads, never hangs.
 */
final class ApiWorkers implements AutoCloseable {
  /** No limit: every request is processed at once. */
  static final int UNLIMITED = Integer.MAX_VALUE;

  /** The routes whose answers are counted apart. */
  enum Route {
    OTHER,
    SUMMARY,
    DETAIL,
    SHOW
  }

  private final NovaCost cost;
  private final int workers;

  /** Fair, so that requests get a free worker roughly in the order they came. */
  private final ReentrantLock lock = new ReentrantLock(true);

  private final Condition workerFree = lock.newCondition();
  private final CountDownLatch closing = new CountDownLatch(1);

  // Guarded by lock.
  private boolean closed;
  private int busy;
  private int maxBusy;
  private long requests;
  private long summaryListings;
  private long detailListings;
  private long shows;
  private long modelledNanos;
  private long waitingNanos;

  ApiWorkers(NovaCost cost, int workers) {
    this.cost = cost;
    this.workers = requireWorkers(workers);
  }

  static int requireWorkers(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("apiWorkers must be at least 1, was " + workers);
    }
    return workers;
  }

  /**
   * Takes a worker for a request, waiting while every worker is busy; after {@link #close()}, or
   * when the thread is interrupted, it stops waiting and the request goes on without a worker.
   */
  Job begin() {
    long start = System.nanoTime();
    boolean interrupted = false;
    lock.lock();
    try {
      boolean waited = false;
      while (!closed && busy >= workers) {
        waited = true;
        try {
          workerFree.await();
        } catch (InterruptedException e) {
          interrupted = true;
          break;
        }
      }
      if (waited) {
        waitingNanos = saturatedAdd(waitingNanos, System.nanoTime() - start);
      }
      if (closed || interrupted) {
        return new Job(false);
      }
      busy++;
      maxBusy = Math.max(maxBusy, busy);
      return new Job(true);
    } finally {
      lock.unlock();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns the counts and times so far. */
  NovaUsage usage() {
    lock.lock();
    try {
      return new NovaUsage(
          requests,
          summaryListings,
          detailListings,
          shows,
          Duration.ofNanos(modelledNanos),
          Duration.ofNanos(waitingNanos),
          maxBusy);
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every request that waits for a worker or for its time; later ones do not wait. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      workerFree.signalAll();
    } finally {
      lock.unlock();
    }
    closing.countDown();
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** One request being processed: what it rendered decides its time. */
  final class Job {
    private final boolean holdsWorker;
    private Route route = Route.OTHER;
    private int servers;

    private Job(boolean holdsWorker) {
      this.holdsWorker = holdsWorker;
    }

    /** The request answered with a page of this many servers ({@code detail}: a detailed one). */
    void listed(boolean detail, int servers) {
      this.route = detail ? Route.DETAIL : Route.SUMMARY;
      this.servers = servers;
    }

    /** The request answered with one server's detail. */
    void shown() {
      this.route = Route.SHOW;
      this.servers = 1;
    }

    /** Spends the modelled time (cut short by {@link #close()}), counts it, frees the worker. */
    void end() {
      long nanos = cost.nanos(route != Route.SUMMARY, servers);
      if (nanos > 0) {
        try {
          closing.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      lock.lock();
      try {
        requests++;
        switch (route) {
          case SUMMARY:
            summaryListings++;
            break;
          case DETAIL:
            detailListings++;
            break;
          case SHOW:
            shows++;
            break;
          case OTHER:
            break;
        }
        modelledNanos = saturatedAdd(modelledNanos, nanos);
        if (holdsWorker) {
          busy--;
          workerFree.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }
  }
}
