package io.github.stacksdk.compute.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** {@link WatchCost}'s baseline: full re-listings of the same servers with the same client. */
final class Relistings {
  final List<NovaTally> tallies = new ArrayList<>();
  final List<Double> wallSeconds = new ArrayList<>();
  int viewDifferences = -1;

  /** All the re-listings together. */
  NovaTally sum() {
    NovaTally sum = NovaTally.zero();
    for (NovaTally t : tallies) {
      sum = sum.plus(t);
    }
    return sum;
  }

  /** A figure's mean per re-listing. */
  double perListing(ToLongFunction<NovaTally> figure) {
    return figure.applyAsLong(sum()) / (double) tallies.size();
  }
}
