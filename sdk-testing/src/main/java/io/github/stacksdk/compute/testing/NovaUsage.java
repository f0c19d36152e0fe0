package io.github.stacksdk.compute.testing;

import java.time.Duration;

/**
 * What the fake's Nova has done since it started, as {@link FakeCompute#novaUsage()} reports it:
 * how many requests it answered, per route, how much time its {@link NovaCost} made them take, how
 * long they waited for a free API worker, and how many were processed at once. A benchmark divides
 * {@link #modelledTime()} by the number of listings to report Nova's time per listing, which the
 * client's own time can then be set against.
 *
 * <p>Only Nova's requests count: neither Keystone's nor those answered by {@code failNext}. An
 * immutable snapshot; {@link FakeCompute#clear()} does not reset it.
 */
public final class NovaUsage {
  private final long requests;
  private final long summaryListings;
  private final long detailListings;
  private final long shows;
  private final Duration modelledTime;
  private final Duration waitingTime;
  private final int maxConcurrentRequests;

  NovaUsage(
      long requests,
      long summaryListings,
      long detailListings,
      long shows,
      Duration modelledTime,
      Duration waitingTime,
      int maxConcurrentRequests) {
    this.requests = requests;
    this.summaryListings = summaryListings;
    this.detailListings = detailListings;
    this.shows = shows;
    this.modelledTime = modelledTime;
    this.waitingTime = waitingTime;
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  /**
   * Returns how many requests Nova answered, whatever their route or status.
   *
   * @return the count
   */
  public long requests() {
    return requests;
  }

  /**
   * Returns how many pages {@code GET /servers} answered with (status 200).
   *
   * @return the count
   */
  public long summaryListings() {
    return summaryListings;
  }

  /**
   * Returns how many pages {@code GET /servers/detail} answered with (status 200).
   *
   * @return the count
   */
  public long detailListings() {
    return detailListings;
  }

  /**
   * Returns how many servers {@code GET /servers/{id}} answered with (status 200).
   *
   * @return the count
   */
  public long shows() {
    return shows;
  }

  /**
   * Returns the time the cost model made Nova's requests take, added up: what each request's
   * {@link NovaCost} gave, not what the clock measured. Zero with {@link NovaCost#FREE}.
   *
   * @return zero or more
   */
  public Duration modelledTime() {
    return modelledTime;
  }

  /**
   * Returns the time requests spent waiting for a free API worker, added up, as measured.
   *
   * @return zero or more; zero when there were always enough workers
   */
  public Duration waitingTime() {
    return waitingTime;
  }

  /**
   * Returns the most requests Nova was processing at one moment; never above {@link
   * FakeCompute.Builder#apiWorkers}.
   *
   * @return zero before the first request
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * Returns the figures, for test and benchmark reports.
   *
   * @return for example {@code NovaUsage{requests=4, summaryListings=0, detailListings=4, …}}
   */
  @Override
  public String toString() {
    return "NovaUsage{requests="
        + requests
        + ", summaryListings="
        + summaryListings
        + ", detailListings="
        + detailListings
        + ", shows="
        + shows
        + ", modelledTime="
        + modelledTime
        + ", waitingTime="
        + waitingTime
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + "}";
  }
}
