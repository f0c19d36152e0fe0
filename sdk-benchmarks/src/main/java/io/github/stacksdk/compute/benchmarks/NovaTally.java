package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.testing.FakeCompute;
import io.github.stacksdk.compute.testing.NovaUsage;

/**
 * What one stretch of {@link WatchCost} cost: the client's calls and bytes ({@link HttpTraffic})
 * and the fake Nova's requests and modelled time ({@link NovaUsage}), as the difference of two
 * snapshots.
 */
final class NovaTally {
  final long calls;
  final long bodyBytes;
  final long headerBytes;
  final long novaRequests;
  final long summaryPages;
  final long detailPages;
  final long modelledNanos;

  private NovaTally(
      long calls,
      long bodyBytes,
      long headerBytes,
      long novaRequests,
      long summaryPages,
      long detailPages,
      long modelledNanos) {
    this.calls = calls;
    this.bodyBytes = bodyBytes;
    this.headerBytes = headerBytes;
    this.novaRequests = novaRequests;
    this.summaryPages = summaryPages;
    this.detailPages = detailPages;
    this.modelledNanos = modelledNanos;
  }

  /** Everything so far. */
  static NovaTally now(HttpTraffic traffic, FakeCompute fake) {
    HttpTraffic.Counts c = traffic.counts();
    NovaUsage u = fake.novaUsage();
    return new NovaTally(
        c.calls,
        c.bodyBytes,
        c.headerBytes,
        u.requests(),
        u.summaryListings(),
        u.detailListings(),
        u.modelledTime().toNanos());
  }

  NovaTally minus(NovaTally earlier) {
    return new NovaTally(
        calls - earlier.calls,
        bodyBytes - earlier.bodyBytes,
        headerBytes - earlier.headerBytes,
        novaRequests - earlier.novaRequests,
        summaryPages - earlier.summaryPages,
        detailPages - earlier.detailPages,
        modelledNanos - earlier.modelledNanos);
  }

  NovaTally plus(NovaTally other) {
    return new NovaTally(
        calls + other.calls,
        bodyBytes + other.bodyBytes,
        headerBytes + other.headerBytes,
        novaRequests + other.novaRequests,
        summaryPages + other.summaryPages,
        detailPages + other.detailPages,
        modelledNanos + other.modelledNanos);
  }

  static NovaTally zero() {
    return new NovaTally(0, 0, 0, 0, 0, 0, 0);
  }

  double modelledSeconds() {
    return modelledNanos / 1e9;
  }
}
