package io.github.stacksdk.compute.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the fake's Nova takes to answer: a time for every request, plus a time for each server
 * it renders, which differs between the listing of ids and names ({@code GET /servers}, the
 * "summary") and the detailed one ({@code GET /servers/detail}; {@code GET /servers/{id}} counts as
 * a detailed listing of one server). The fake spends this time before it answers, while holding
 * one of its API workers ({@link FakeCompute.Builder#apiWorkers}), as a real nova-api renders the
 * whole body and then sends it.
 *
 * <pre>{@code
 * try (FakeCompute fake = FakeCompute.builder().cost(NovaCost.LARGE_CLOUD).apiWorkers(2).start()) {
 *   SampleCloud.populate(fake);
 *   // ... list servers with the code under test ...
 *   Duration novaTime = fake.novaUsage().modelledTime();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Times are kept to the nanosecond, so sub-millisecond costs per
 * server add up as they should.
 */
public final class NovaCost {
  /** No time at all, for any request: the fake's default. */
  public static final NovaCost FREE = builder().build();

  /**
   * A small Nova: this project's own real Nova of its integration tests (one node, Nova's fake
   * virt driver, SQLite, one API worker), measured on a 2-core machine: 60 ms per request, 2.7 ms
   * per server in {@code /servers/detail} and 0.8 ms per server in {@code /servers}. Use it with
   * {@code apiWorkers(1)}, as measured.
   */
  public static final NovaCost SMALL_NOVA =
      builder()
          .perRequest(Duration.ofMillis(60))
          .perServerDetail(Duration.ofNanos(2_700_000))
          .perServerSummary(Duration.ofNanos(800_000))
          .build();

  /**
   * A large production cloud, as reported in gophercloud issue 2553
   * (https://github.com/gophercloud/gophercloud/issues/2553): listing 985 servers took 20.4 s
   * through {@code /servers/detail} and 1.9 s through {@code /servers} (one request each, timed
   * with curl). That makes 20.7 ms per server in detail and 1.9 ms per server in the summary; the
   * report gives no time per request, so it is {@link #SMALL_NOVA}'s 60 ms.
   */
  public static final NovaCost LARGE_CLOUD =
      builder()
          .perRequest(Duration.ofMillis(60))
          .perServerDetail(Duration.ofNanos(20_700_000))
          .perServerSummary(Duration.ofNanos(1_900_000))
          .build();

  private final Duration perRequest;
  private final Duration perServerSummary;
  private final Duration perServerDetail;

  private NovaCost(Builder b) {
    this.perRequest = b.perRequest;
    this.perServerSummary = b.perServerSummary;
    this.perServerDetail = b.perServerDetail;
  }

  /**
   * Returns a builder whose times are all zero.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this cost's times.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder()
        .perRequest(perRequest)
        .perServerSummary(perServerSummary)
        .perServerDetail(perServerDetail);
  }

  /**
   * Returns the time of every request Nova answers, whatever its route or status.
   *
   * @return zero or more
   */
  public Duration perRequest() {
    return perRequest;
  }

  /**
   * Returns the time per server listed by {@code GET /servers}.
   *
   * @return zero or more
   */
  public Duration perServerSummary() {
    return perServerSummary;
  }

  /**
   * Returns the time per server listed by {@code GET /servers/detail} or shown by {@code GET
   * /servers/{id}}.
   *
   * @return zero or more
   */
  public Duration perServerDetail() {
    return perServerDetail;
  }

  /**
   * Returns the time Nova takes for one page of {@code GET /servers}.
   *
   * @param servers the number of servers on the page
   * @return {@code perRequest() + servers × perServerSummary()}
   * @throws IllegalArgumentException when {@code servers} is negative
   */
  public Duration summaryListing(int servers) {
    return Duration.ofNanos(nanos(false, servers));
  }

  /**
   * Returns the time Nova takes for one page of {@code GET /servers/detail}.
   *
   * @param servers the number of servers on the page (1 for {@code GET /servers/{id}})
   * @return {@code perRequest() + servers × perServerDetail()}
   * @throws IllegalArgumentException when {@code servers} is negative
   */
  public Duration detailListing(int servers) {
    return Duration.ofNanos(nanos(true, servers));
  }

  /** The time of a request that rendered this many servers, saturated at {@code Long.MAX_VALUE}. */
  long nanos(boolean detail, int servers) {
    if (servers < 0) {
      throw new IllegalArgumentException("servers must not be negative, was " + servers);
    }
    long perServer = saturatedNanos(detail ? perServerDetail : perServerSummary);
    long rendering =
        servers != 0 && perServer > Long.MAX_VALUE / servers ? Long.MAX_VALUE : perServer * servers;
    long request = saturatedNanos(perRequest);
    return rendering > Long.MAX_VALUE - request ? Long.MAX_VALUE : request + rendering;
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Tells whether another object is a cost with the same three times.
   *
   * @param other the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NovaCost)) {
      return false;
    }
    NovaCost that = (NovaCost) other;
    return perRequest.equals(that.perRequest)
        && perServerSummary.equals(that.perServerSummary)
        && perServerDetail.equals(that.perServerDetail);
  }

  /**
   * Returns a hash code of the three times.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(perRequest, perServerSummary, perServerDetail);
  }

  /**
   * Returns the three times, for test reports.
   *
   * @return for example {@code NovaCost{perRequest=PT0.06S, perServerSummary=PT0.0008S, …}}
   */
  @Override
  public String toString() {
    return "NovaCost{perRequest="
        + perRequest
        + ", perServerSummary="
        + perServerSummary
        + ", perServerDetail="
        + perServerDetail
        + "}";
  }

  /** Builds {@link NovaCost}s; every time starts at zero. */
  public static final class Builder {
    private Duration perRequest = Duration.ZERO;
    private Duration perServerSummary = Duration.ZERO;
    private Duration perServerDetail = Duration.ZERO;

    private Builder() {}

    /**
     * Sets the time of every request Nova answers (its middleware, policy and database session),
     * whatever the route or status; Keystone's requests and {@code failNext}'s answers cost
     * nothing.
     *
     * @param perRequest zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder perRequest(Duration perRequest) {
      this.perRequest = requireNotNegative(perRequest, "perRequest");
      return this;
    }

    /**
     * Sets the time per server listed by {@code GET /servers} (ids, names and links).
     *
     * @param perServerSummary zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder perServerSummary(Duration perServerSummary) {
      this.perServerSummary = requireNotNegative(perServerSummary, "perServerSummary");
      return this;
    }

    /**
     * Sets the time per server listed by {@code GET /servers/detail} or shown by {@code GET
     * /servers/{id}}.
     *
     * @param perServerDetail zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder perServerDetail(Duration perServerDetail) {
      this.perServerDetail = requireNotNegative(perServerDetail, "perServerDetail");
      return this;
    }

    /**
     * Builds the cost.
     *
     * @return an immutable cost
     */
    public NovaCost build() {
      return new NovaCost(this);
    }

    private static Duration requireNotNegative(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
