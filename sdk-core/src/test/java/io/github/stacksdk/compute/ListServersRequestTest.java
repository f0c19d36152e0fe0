package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.model.ServerStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ListServersRequestTest {

  @Test
  void validate_badValues_nameTheParameter() {
    assertThatThrownBy(() -> ListServersRequest.builder().pageSize(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListServersRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListServersRequest.builder().marker(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marker");
    assertThatThrownBy(
            () ->
                ListServersRequest.builder()
                    .changesSince(Instant.parse("2026-02-01T00:00:00Z"))
                    .changesBefore(Instant.parse("2026-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changesSince")
        .hasMessageContaining("changesBefore");
    assertThatThrownBy(() -> ListServersRequest.builder().status(ServerStatus.UNRECOGNIZED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status");
    assertThatThrownBy(
            () -> ListServersRequest.builder().additionalQueryParameter("limit", "5").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ListServersRequest.builder().sort(" ", SortDirection.ASC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sort key");
  }

  @Test
  void validate_novaColumnFiltersOutOfRange_nameTheParameter() {
    assertThatThrownBy(() -> ListServersRequest.builder().progress(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("progress")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ListServersRequest.builder().progress(101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("progress")
        .hasMessageContaining("101");
    assertThatThrownBy(() -> ListServersRequest.builder().launchIndex(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("launchIndex");
    assertThatThrownBy(() -> ListServersRequest.builder().uuid(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uuid");
    assertThatThrownBy(
            () ->
                ListServersRequest.builder()
                    .createdAt(Instant.parse("+10000-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("createdAt");
    assertThatThrownBy(
            () ->
                ListServersRequest.builder()
                    .launchedAt(Instant.parse("0000-12-31T23:59:59Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("launchedAt");
    assertThatThrownBy(
            () ->
                ListServersRequest.builder()
                    .terminatedAt(Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminatedAt");
  }

  @Test
  void validate_novaColumnFiltersAtTheirLimits_areAccepted() {
    ListServersRequest lowest =
        ListServersRequest.builder()
            .progress(0)
            .launchIndex(0)
            .createdAt(Instant.parse("0001-01-01T00:00:00Z"))
            .build();
    ListServersRequest highest =
        ListServersRequest.builder()
            .progress(100)
            .terminatedAt(Instant.parse("9999-12-31T23:59:59.999Z"))
            .build();

    assertThat(lowest.progress()).hasValue(0);
    assertThat(lowest.launchIndex()).hasValue(0);
    assertThat(lowest.createdAt()).contains(Instant.parse("0001-01-01T00:00:00Z"));
    assertThat(highest.progress()).hasValue(100);
    assertThat(highest.terminatedAt()).contains(Instant.parse("9999-12-31T23:59:59.999Z"));
  }

  @Test
  void toBuilder_changesOneValueAndKeepsTheRest() {
    ListServersRequest request =
        ListServersRequest.builder().status(ServerStatus.ACTIVE).name("web").pageSize(10).build();

    ListServersRequest next = request.toBuilder().marker("m1").build();

    assertThat(next.marker()).contains("m1");
    assertThat(next.statuses()).containsExactly(ServerStatus.ACTIVE);
    assertThat(next.name()).contains("web");
    assertThat(next.pageSize()).hasValue(10);
    assertThat(request.marker()).isEmpty();
  }

  @Test
  void pagedIterableOf_stubPages_iteratesItemsAndPages() {
    PagedIterable<String> stub =
        PagedIterable.of(
            Page.of(java.util.List.of("a", "b"), "b"), Page.of(java.util.List.of("c")));

    assertThat(stub).containsExactly("a", "b", "c");
    assertThat(stub.stream().limit(2)).containsExactly("a", "b");
    assertThat(stub.pages()).extracting(p -> p.nextMarker().orElse("-")).containsExactly("b", "-");
  }
}
