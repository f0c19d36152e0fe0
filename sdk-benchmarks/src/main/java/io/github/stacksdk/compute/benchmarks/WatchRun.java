package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.testing.NovaCost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What {@link WatchCost}'s watch did over its rounds, and what each round cost. */
final class WatchRun {
  /** One round of the watch: the changes made, and what the round (a poll or a resync) cost. */
  static final class Round {
    final int number;
    final boolean resync;
    final int changes;
    final NovaTally tally;

    Round(int number, boolean resync, int changes, NovaTally tally) {
      this.number = number;
      this.resync = resync;
      this.changes = changes;
      this.tally = tally;
    }

    /** The servers Nova rendered: a poll's are all details. */
    long serversRendered(NovaCost cost) {
      long rendering = tally.modelledNanos - tally.novaRequests * cost.perRequest().toNanos();
      return Math.round(rendering / (double) cost.perServerDetail().toNanos());
    }
  }

  final NovaTally initial;
  final List<Round> rounds = new ArrayList<>();
  final long changesMade;
  final long statsBytes;
  final long disturbedRounds;
  final Map<String, Server> view;
  final List<ChangeTracker.Seen> seen;
  final long spurious;
  final long deletedAsGone;

  WatchRun(
      NovaTally initial,
      List<Round> rounds,
      long changesMade,
      long statsBytes,
      long disturbedRounds,
      Map<String, Server> view,
      List<ChangeTracker.Seen> seen,
      long spurious,
      long deletedAsGone) {
    this.initial = initial;
    this.rounds.addAll(rounds);
    this.changesMade = changesMade;
    this.statsBytes = statsBytes;
    this.disturbedRounds = disturbedRounds;
    this.view = view;
    this.seen = seen;
    this.spurious = spurious;
    this.deletedAsGone = deletedAsGone;
  }

  NovaTally total() {
    NovaTally sum = NovaTally.zero();
    for (Round r : rounds) {
      sum = sum.plus(r.tally);
    }
    return sum;
  }
}
