package io.github.stacksdk.compute.micrometer;

import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.event.PageInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Records a client's operations on a Micrometer {@link MeterRegistry}: set it with {@link
 * io.github.stacksdk.compute.ComputeClient.Builder#addListener}.
 *
 * <pre>{@code
 * ComputeClient compute = ComputeClient.builder()
 *     .endpoint("https://compute.example.org/v2.1")
 *     .token(token)
 *     .addListener(ComputeMetrics.of(registry))
 *     .build();
 * }</pre>
 *
 * <p>The meters, each tagged with {@code operation}, the operation's name as {@link
 * ComputeListener} lists them ({@code servers.get}, {@code servers.list}, {@code
 * servers.list.page}, …):
 *
 * <ul>
 *   <li>{@value #OPERATIONS} (timer): each operation from its start to its end, its retries and
 *       their waits included; a listing from its first page to its last. Tagged {@code outcome}
 *       ({@code success}, {@code failure}, or {@code cancelled} for a call cancelled or a listing
 *       closed before its end), {@code status} (the status of the last response, or {@code NONE}
 *       when none came) and {@code exception} (the simple class name of the failure, such as
 *       {@code ResourceNotFoundException}, or {@code none}). A listing that its caller neither
 *       reads to its end nor closes never ends, and is not recorded.
 *   <li>{@value #REQUESTS} (timer): each HTTP request (each attempt of an operation), from
 *       sending it to reading its answer. Tagged {@code outcome} ({@code success}, or {@code
 *       failure} for an error status or no response) and {@code status}.
 *   <li>{@value #RETRIES} (counter): the attempts that are followed by another one. Tagged {@code
 *       reason}: the status that is retried ({@code 503}, or {@code 401} when a renewed token is
 *       tried), or {@code io} when no response came.
 *   <li>{@value #PAGE_BYTES} (distribution summary, bytes) and {@value #PAGE_ITEMS} (distribution
 *       summary, items): the body size and the number of items of each page a listing gives its
 *       caller; their count is the number of pages.
 * </ul>
 *
 * <p>Tags have bounded values: no server id, URL, host, request id or fault message is ever a tag
 * value. Nova's fault names are not tags either, as a proxy in front of Nova may send any.
 *
 * <p>Thread-safe, and cheap on the threads that call it: the meters of each combination of tags
 * are registered once and then found in a map.
 */
public final class ComputeMetrics implements ComputeListener {
  /** The name of the timer of operations. */
  public static final String OPERATIONS = "stacksdk.compute.operations";

  /** The name of the timer of HTTP requests, one per attempt. */
  public static final String REQUESTS = "stacksdk.compute.requests";

  /** The name of the counter of retries. */
  public static final String RETRIES = "stacksdk.compute.retries";

  /** The name of the summary of the bytes of each page of a listing. */
  public static final String PAGE_BYTES = "stacksdk.compute.page.bytes";

  /** The name of the summary of the items of each page of a listing. */
  public static final String PAGE_ITEMS = "stacksdk.compute.page.items";

  /** The {@code status} tag's value when no response came. */
  static final String NO_STATUS = "NONE";

  private final MeterRegistry registry;
  private final ConcurrentMap<String, OperationMeters> byOperation = new ConcurrentHashMap<>();

  private ComputeMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Returns a listener that records on {@code registry}. Meters are registered as operations
   * first happen; several clients may share one listener, or have one each on the same registry.
   *
   * @param registry where the meters go
   * @return the listener, to pass to {@link
   *     io.github.stacksdk.compute.ComputeClient.Builder#addListener}
   */
  public static ComputeMetrics of(MeterRegistry registry) {
    return new ComputeMetrics(Objects.requireNonNull(registry, "registry == null"));
  }

  @Override
  public OperationListener operationStarted(
      OperationInfo operation, @Nullable OperationListener parent) {
    OperationMeters meters =
        byOperation.computeIfAbsent(operation.name(), name -> new OperationMeters(registry, name));
    return new Recorder(meters);
  }

  @Override
  public String toString() {
    return "ComputeMetrics{" + registry.getClass().getSimpleName() + "}";
  }

  /** Hears of one operation. */
  private static final class Recorder implements OperationListener {
    private final OperationMeters meters;

    Recorder(OperationMeters meters) {
      this.meters = meters;
    }

    @Override
    public void attemptEnded(AttemptResult result) {
      OptionalInt status = result.statusCode();
      boolean failed =
          result.failure().isPresent() || (status.isPresent() && status.getAsInt() >= 400);
      meters
          .request(failed ? "failure" : "success", status(status))
          .record(result.duration().toNanos(), TimeUnit.NANOSECONDS);
      if (result.retryWait().isPresent()) {
        meters.retry(status.isPresent() ? String.valueOf(status.getAsInt()) : "io").increment();
      }
    }

    @Override
    public void pageReceived(PageInfo page) {
      meters.pageBytes().record((double) page.bytesRead());
      meters.pageItems().record(page.items());
    }

    @Override
    public void operationEnded(OperationResult result) {
      String outcome;
      String exception = "none";
      if (result.cancelled()) {
        outcome = "cancelled";
      } else if (result.failure().isPresent()) {
        outcome = "failure";
        exception = exceptionName(result.failure().get());
      } else {
        outcome = "success";
      }
      meters
          .operation(outcome, status(result.statusCode()), exception)
          .record(result.duration().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private static String status(OptionalInt status) {
    return status.isPresent() ? String.valueOf(status.getAsInt()) : NO_STATUS;
  }

  /** A class name: bounded, unlike a message. */
  private static String exceptionName(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    return name.isEmpty() ? failure.getClass().getName() : name;
  }

  /** The meters of one operation name, registered as their tag combinations first occur. */
  private static final class OperationMeters {
    private final MeterRegistry registry;
    private final String operation;
    private final ConcurrentMap<String, Timer> operations = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> retries = new ConcurrentHashMap<>();
    private volatile @Nullable DistributionSummary pageBytes;
    private volatile @Nullable DistributionSummary pageItems;

    OperationMeters(MeterRegistry registry, String operation) {
      this.registry = registry;
      this.operation = operation;
    }

    Timer operation(String outcome, String status, String exception) {
      return operations.computeIfAbsent(
          outcome + ' ' + status + ' ' + exception,
          key ->
              Timer.builder(OPERATIONS)
                  .description("Operations of the compute API, from start to end")
                  .tag("operation", operation)
                  .tag("outcome", outcome)
                  .tag("status", status)
                  .tag("exception", exception)
                  .register(registry));
    }

    Timer request(String outcome, String status) {
      return requests.computeIfAbsent(
          outcome + ' ' + status,
          key ->
              Timer.builder(REQUESTS)
                  .description("HTTP requests of the compute API, one per attempt")
                  .tag("operation", operation)
                  .tag("outcome", outcome)
                  .tag("status", status)
                  .register(registry));
    }

    Counter retry(String reason) {
      return retries.computeIfAbsent(
          reason,
          key ->
              Counter.builder(RETRIES)
                  .description("Attempts of compute API calls followed by another attempt")
                  .tag("operation", operation)
                  .tag("reason", reason)
                  .register(registry));
    }

    DistributionSummary pageBytes() {
      DistributionSummary summary = pageBytes;
      if (summary == null) {
        // Registering twice returns the same meter: a race costs a lookup, not a duplicate.
        summary =
            DistributionSummary.builder(PAGE_BYTES)
                .description("Body size of each page of a listing")
                .baseUnit(BaseUnits.BYTES)
                .tag("operation", operation)
                .register(registry);
        pageBytes = summary;
      }
      return summary;
    }

    DistributionSummary pageItems() {
      DistributionSummary summary = pageItems;
      if (summary == null) {
        summary =
            DistributionSummary.builder(PAGE_ITEMS)
                .description("Items of each page of a listing")
                .baseUnit("items")
                .tag("operation", operation)
                .register(registry);
        pageItems = summary;
      }
      return summary;
    }
  }
}
