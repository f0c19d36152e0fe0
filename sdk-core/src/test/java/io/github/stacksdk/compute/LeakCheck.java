package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Detects responses that were left open, on an OkHttp client of the test's own.
 *
 * <p>Two checks, one exact and one as OkHttp sees it:
 *
 * <ul>
 *   <li>{@link #inUseConnections()}: the pool's connections that still carry a call. A response
 *       that is closed, or a connection that failed, gives its connection back (or drops it), so
 *       after a call has returned or thrown the count must be zero. An open response keeps it
 *       at one, leaked or not yet collected.
 *   <li>OkHttp's own leak detector: when an unclosed response is garbage-collected, the pool's
 *       next clean-up logs {@code A connection to … was leaked. Did you forget to close a response
 *       body?} through {@code java.util.logging} logger {@code okhttp3.OkHttpClient}. {@link
 *       #collectLeaks()} collects garbage and runs that clean-up; {@link #assertNoLeak()} fails on
 *       any such line.
 * </ul>
 *
 * <pre>{@code
 * try (LeakCheck leaks = LeakCheck.start();
 *     ComputeClient compute = TestSupport.client(server, "/v2.1", leaks.httpClient()).build()) {
 *   ... calls that fail in every way ...
 *   leaks.assertNoLeak();
 * }
 * }</pre>
 *
 * <p>While a check is started, OkHttp's logger does not pass its records on to the console: a test
 * that leaks on purpose would print a warning that reads like a real leak, and a real one fails
 * {@link #assertNoLeak()} instead. Closing the last check started gives the console back.
 *
 * <p>Not thread-safe to start two at once in one JVM (the log handler is global): give each test
 * its own, closed at its end.
 */
final class LeakCheck implements AutoCloseable {
  private static final Logger OKHTTP_LOGGER = Logger.getLogger(OkHttpClient.class.getName());

  /** Checks started and not yet closed; the console is silenced from the first to the last. */
  private static int started;

  /** Whether OkHttp's logger wrote to the parent handlers before the first check started. */
  private static boolean parentHandlersBefore;

  private final OkHttpClient httpClient;
  private boolean closed;
  private final List<String> leaks = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          if (message != null && message.contains("was leaked")) {
            synchronized (leaks) {
              leaks.add(message);
            }
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LeakCheck(OkHttpClient httpClient) {
    this.httpClient = httpClient;
    OKHTTP_LOGGER.addHandler(handler);
    silenceConsole();
    if (!OKHTTP_LOGGER.isLoggable(Level.WARNING)) {
      OKHTTP_LOGGER.setLevel(Level.WARNING);
    }
  }

  /** Starts watching a new OkHttp client with its own connection pool; use {@link #httpClient()}. */
  static LeakCheck start() {
    return start(new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build());
  }

  /** Starts watching {@code httpClient}, which must not share its pool with other tests. */
  static LeakCheck start(OkHttpClient httpClient) {
    return new LeakCheck(httpClient);
  }

  /** The client to build {@code ComputeClient}s on. */
  OkHttpClient httpClient() {
    return httpClient;
  }

  /** Connections of the pool that a call still holds: zero when every response was closed. */
  int inUseConnections() {
    ConnectionPool pool = httpClient.connectionPool();
    return pool.connectionCount() - pool.idleConnectionCount();
  }

  /** Connections in the pool, idle or not. */
  int pooledConnections() {
    return httpClient.connectionPool().connectionCount();
  }

  /** The leak warnings OkHttp has logged so far. */
  List<String> leakWarnings() {
    synchronized (leaks) {
      return List.copyOf(leaks);
    }
  }

  /**
   * Asserts that no connection is held by a call and that OkHttp reports no leaked response, after
   * garbage collection and a pool clean-up.
   */
  void assertNoLeak() {
    assertThat(inUseConnections())
        .as("pooled connections still held by a call (an open response)")
        .isZero();
    assertThat(collectLeaks()).as("OkHttp's leak warnings").isEmpty();
    assertThat(httpClient.dispatcher().runningCallsCount()).as("calls still running").isZero();
  }

  /**
   * Waits up to five seconds for the dispatcher to count every asynchronous call finished. A
   * call's future completes inside OkHttp's callback, a moment before the dispatcher counts the
   * call done; {@link #assertNoLeak()} right after {@code join()} could see it still running.
   */
  void awaitCallsFinished() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (httpClient.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
  }

  /**
   * Ends a test: waits for its asynchronous calls to finish, asserts that nothing leaked, then
   * closes this check and stops the client's dispatcher threads.
   */
  void finish() throws InterruptedException {
    try {
      awaitCallsFinished();
      assertNoLeak();
    } finally {
      close();
      httpClient.dispatcher().executorService().shutdown();
    }
  }

  /**
   * Collects garbage and runs the pool's clean-up, so that OkHttp logs every response that was
   * collected unclosed (and releases its connection).
   *
   * @return the leak warnings logged so far
   */
  List<String> collectLeaks() {
    System.gc();
    runPoolCleanup();
    return leakWarnings();
  }

  /**
   * Runs the pool's clean-up now, the pass that finds collected calls and logs them as leaks. It is
   * internal to OkHttp ({@code RealConnectionPool.closeConnections}); when a future OkHttp hides it,
   * the exact count of {@link #inUseConnections()} still holds.
   */
  private void runPoolCleanup() {
    try {
      Object delegate =
          ConnectionPool.class.getMethod("getDelegate$okhttp").invoke(httpClient.connectionPool());
      delegate
          .getClass()
          .getMethod("closeConnections", long.class)
          .invoke(delegate, System.nanoTime());
    } catch (ReflectiveOperationException e) {
      // OkHttp moved it; rely on inUseConnections().
    }
  }

  /** Stops watching the log; the client's connections are evicted. Closing twice is harmless. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    OKHTTP_LOGGER.removeHandler(handler);
    restoreConsole();
    httpClient.connectionPool().evictAll();
  }

  private static synchronized void silenceConsole() {
    if (started++ == 0) {
      parentHandlersBefore = OKHTTP_LOGGER.getUseParentHandlers();
      OKHTTP_LOGGER.setUseParentHandlers(false);
    }
  }

  private static synchronized void restoreConsole() {
    if (--started == 0) {
      OKHTTP_LOGGER.setUseParentHandlers(parentHandlersBefore);
    }
  }
}
