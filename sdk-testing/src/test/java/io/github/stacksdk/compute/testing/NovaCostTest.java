package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cost value: its builder's checks, its presets and the times it gives per page. */
final class NovaCostTest {

  @Test
  void builder_startsFree_andFreeCostsNothing() {
    assertThat(NovaCost.builder().build()).isEqualTo(NovaCost.FREE);
    assertThat(NovaCost.FREE.perRequest()).isZero();
    assertThat(NovaCost.FREE.summaryListing(1000)).isZero();
    assertThat(NovaCost.FREE.detailListing(1000)).isZero();
  }

  @Test
  void smallNova_isTheMeasuredIntegrationNova() {
    assertThat(NovaCost.SMALL_NOVA.perRequest()).isEqualTo(Duration.ofMillis(60));
    assertThat(NovaCost.SMALL_NOVA.perServerDetail()).isEqualTo(Duration.ofNanos(2_700_000));
    assertThat(NovaCost.SMALL_NOVA.perServerSummary()).isEqualTo(Duration.ofNanos(800_000));
    assertThat(NovaCost.SMALL_NOVA.detailListing(1000)).isEqualTo(Duration.ofMillis(2_760));
    assertThat(NovaCost.SMALL_NOVA.summaryListing(1000)).isEqualTo(Duration.ofMillis(860));
  }

  @Test
  void largeCloud_givesTheReportsTimesFor985Servers() {
    assertThat(NovaCost.LARGE_CLOUD.perRequest()).isEqualTo(Duration.ofMillis(60));
    assertThat(NovaCost.LARGE_CLOUD.perServerDetail()).isEqualTo(Duration.ofNanos(20_700_000));
    assertThat(NovaCost.LARGE_CLOUD.perServerSummary()).isEqualTo(Duration.ofNanos(1_900_000));
    // gophercloud#2553: 20.425 s through /servers/detail, 1.907 s through /servers.
    assertThat(NovaCost.LARGE_CLOUD.detailListing(985))
        .isEqualTo(Duration.ofNanos(60_000_000L + 985 * 20_700_000L))
        .isBetween(Duration.ofMillis(20_300), Duration.ofMillis(20_500));
    assertThat(NovaCost.LARGE_CLOUD.summaryListing(985))
        .isEqualTo(Duration.ofNanos(60_000_000L + 985 * 1_900_000L))
        .isBetween(Duration.ofMillis(1_850), Duration.ofMillis(1_950));
  }

  @Test
  void listings_addPerRequestAndPerServer_toTheNanosecond() {
    NovaCost cost =
        NovaCost.builder()
            .perRequest(Duration.ofNanos(1))
            .perServerSummary(Duration.ofNanos(333))
            .perServerDetail(Duration.ofNanos(7))
            .build();

    assertThat(cost.summaryListing(3)).isEqualTo(Duration.ofNanos(1000));
    assertThat(cost.detailListing(3)).isEqualTo(Duration.ofNanos(22));
    assertThat(cost.summaryListing(0)).isEqualTo(Duration.ofNanos(1));
    assertThatThrownBy(() -> cost.detailListing(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("servers must not be negative, was -1");
  }

  @Test
  void listings_saturateRatherThanOverflow() {
    NovaCost cost =
        NovaCost.builder()
            .perRequest(Duration.ofSeconds(Long.MAX_VALUE / 2))
            .perServerDetail(Duration.ofDays(365L * 1000))
            .build();

    assertThat(cost.detailListing(1000)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(cost.summaryListing(0)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void builder_rejectsNegativeAndMissingTimes() {
    NovaCost.Builder builder = NovaCost.builder();
    assertThatThrownBy(() -> builder.perRequest(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perRequest must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> builder.perServerSummary(Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("perServerSummary must not be negative");
    assertThatThrownBy(() -> builder.perServerDetail(Duration.ofSeconds(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("perServerDetail must not be negative");
    assertThatThrownBy(() -> builder.perServerDetail(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("perServerDetail == null");
    assertThat(builder.perRequest(Duration.ZERO).build()).isEqualTo(NovaCost.FREE);
  }

  @Test
  void toBuilder_copiesEveryTime_andValuesCompareByTheirTimes() {
    NovaCost changed = NovaCost.SMALL_NOVA.toBuilder().perRequest(Duration.ofMillis(1)).build();

    assertThat(NovaCost.SMALL_NOVA.toBuilder().build())
        .isEqualTo(NovaCost.SMALL_NOVA)
        .hasSameHashCodeAs(NovaCost.SMALL_NOVA)
        .isNotEqualTo(NovaCost.LARGE_CLOUD);
    assertThat(changed.perRequest()).isEqualTo(Duration.ofMillis(1));
    assertThat(changed.perServerDetail()).isEqualTo(NovaCost.SMALL_NOVA.perServerDetail());
    assertThat(changed.perServerSummary()).isEqualTo(NovaCost.SMALL_NOVA.perServerSummary());
    assertThat(NovaCost.SMALL_NOVA)
        .hasToString(
            "NovaCost{perRequest=PT0.06S, perServerSummary=PT0.0008S, perServerDetail=PT0.0027S}");
  }
}
