package io.github.stacksdk.compute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.testing.NovaCost;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link WaitCost}'s measurement on a cheaper Nova, so that it takes a few seconds: 100 servers
 * booting in 1.5 s, created 2 ms apart, a Nova that takes 5 ms per request and 0.2 ms per server,
 * polled every 100 ms.
 */
final class WaitCostTest {
  private static final NovaCost CHEAP =
      NovaCost.builder()
          .perRequest(Duration.ofMillis(5))
          .perServerDetail(Duration.ofNanos(200_000))
          .build();
  private static final WaitCost.Scenario QUICK =
      new WaitCost.Scenario(
          CHEAP, 8, Duration.ofMillis(1_500), Duration.ofMillis(100), Duration.ofMillis(2));

  @Test
  void waiter_for100BootingServers_readsEachOnceThenListsAndSendsFewerRequestsThanTheLoops()
      throws Exception {
    WaitCost.Measure baseline = WaitCost.measure(WaitCost.Side.BASELINE, 100, QUICK);
    WaitCost.Measure concurrent = WaitCost.measure(WaitCost.Side.CONCURRENT, 100, QUICK);
    WaitCost.Measure waiter = WaitCost.measure(WaitCost.Side.WAITER, 100, QUICK);

    assertThat(baseline.active).isEqualTo(100);
    assertThat(concurrent.active).isEqualTo(100);
    assertThat(waiter.active).isEqualTo(100);
    // The loops only GET, each pending server again every round: the concurrent one reads every
    // server twice at least (its first round is over long before the first build is).
    assertThat(baseline.listings).isZero();
    assertThat(baseline.gets).isGreaterThan(100);
    assertThat(concurrent.gets).isGreaterThanOrEqualTo(200);
    // The waiter's first round reads each server, every later one is a changes-since listing.
    assertThat(waiter.gets).isEqualTo(100);
    assertThat(waiter.listings).isPositive();
    assertThat(waiter.requests).isLessThan(baseline.requests).isLessThan(concurrent.requests);
    assertThat(waiter.modelledSeconds).isLessThan(concurrent.modelledSeconds);
  }
}
