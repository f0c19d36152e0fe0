package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.exception.InvalidRequestException;
import io.github.stacksdk.compute.exception.MarkerNotFoundException;
import io.github.stacksdk.compute.exception.MicroversionNotSupportedException;
import io.github.stacksdk.compute.exception.ResourceNotFoundException;
import io.github.stacksdk.compute.exception.VirtualInterfacesUnsupportedException;
import java.util.UUID;

/** The real server's errors map to the right exceptions, with its own request ids. */
final class ErrorsIT {
  private static final String REQUEST_ID =
      "req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @OnEachCloud
  void unknownMarker_isMarkerNotFound(Cloud cloud) {
    String marker = UUID.randomUUID().toString();
    try (ComputeClient compute = cloud.admin().build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.marker(marker)).stream().count())
          .isInstanceOfSatisfying(
              MarkerNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.faultName()).contains("badRequest");
                assertThat(e.marker()).contains(marker);
                assertThat(e.requestId())
                    .hasValueSatisfying(id -> assertThat(id).matches(REQUEST_ID));
              });
    }
  }

  @OnEachCloud
  void limitsNovaRejects_areRefusedBeforeAnyRequest(Cloud cloud) {
    // What Nova does with them, asked around the SDK:
    assertThat(cloud.rawGetStatus("/servers/detail?limit=-1")).isEqualTo(400);
    assertThat(cloud.rawGetStatus("/servers/detail?limit=abc")).isEqualTo(400);

    Cloud.Connections connections = new Cloud.Connections();
    try (ComputeClient compute = cloud.admin().httpClient(connections.client()).build()) {
      assertThatThrownBy(() -> compute.listServers(r -> r.pageSize(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("pageSize");
      assertThatThrownBy(() -> compute.listServers(r -> r.additionalQueryParameter("limit", "abc")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
    }
    assertThat(connections.calls).hasValue(0);
  }

  @OnEachCloud
  void queryParameterNovaRejects_isInvalidRequestWithNovasMessage(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      assertThatThrownBy(
              () ->
                  compute.listServersPage(
                      ListServersRequest.builder()
                          .additionalQueryParameter("sort_key", "no-such-key")
                          .build()))
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.faultMessage()).contains("sort_key");
                assertThat(e.requestId())
                    .hasValueSatisfying(id -> assertThat(id).matches(REQUEST_ID));
              });
    }
  }

  @OnEachCloud
  void unknownServer_isResourceNotFound(Cloud cloud) {
    String id = UUID.randomUUID().toString();
    try (ComputeClient compute = cloud.admin().build()) {
      assertThatThrownBy(() -> compute.getServer(id))
          .isInstanceOfSatisfying(
              ResourceNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.faultName()).contains("itemNotFound");
                assertThat(e.faultMessage()).isEqualTo("Instance " + id + " could not be found.");
                assertThat(e.requestId())
                    .hasValueSatisfying(r -> assertThat(r).matches(REQUEST_ID));
              })
          .hasMessageContaining(id);
    }
  }

  @OnEachCloud
  void microversionAboveTheServers_isNotSupportedWithNovasRange(Cloud cloud) {
    String max = cloud.maxMicroversion();
    try (ComputeClient compute = cloud.admin().microversion("2.999").build()) {
      assertThatThrownBy(() -> compute.listServers().iterator().hasNext())
          .isInstanceOfSatisfying(
              MicroversionNotSupportedException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(406);
                assertThat(e.faultName()).contains("computeFault");
                assertThat(e.faultMessage()).contains("2.999");
                assertThat(e.minimumMicroversion()).contains("2.1");
                assertThat(e.maximumMicroversion()).contains(max);
                assertThat(e.requestId())
                    .hasValueSatisfying(r -> assertThat(r).matches(REQUEST_ID));
              });
    }
  }

  @OnEachCloud
  void virtualInterfaces_onUpstreamNova_sayWhatToUseInstead(Cloud cloud) {
    try (ComputeClient compute = cloud.admin().build()) {
      String id = compute.listServers(r -> r.name("^web-01$")).iterator().next().id();

      assertThatThrownBy(() -> compute.listVirtualInterfaces(id))
          .isInstanceOfSatisfying(
              VirtualInterfacesUnsupportedException.class,
              e ->
                  assertThat(e.requestId())
                      .hasValueSatisfying(r -> assertThat(r).matches(REQUEST_ID)))
          .hasMessageContaining("listInterfaceAttachments");
      assertThat(compute.listInterfaceAttachments(id))
          .as("servers booted with networks none have no ports")
          .isEmpty();
    }
  }
}
