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
