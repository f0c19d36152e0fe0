package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.service.ComputeService;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The services of the cloud: each host's {@code nova-compute}, and the {@code nova-scheduler} and
 * {@code nova-conductor}. Get one with {@link ComputeClient#services()}; it shares the client's
 * settings, token, connections and listeners. Thread-safe.
 *
 * <pre>{@code
 * for (ComputeService s : compute.services().list(r -> r.binary("nova-compute"))) {
 *   System.out.println(s.host() + " " + s.status().orElse("?") + " " + s.state().orElse("?"));
 * }
 * }</pre>
 *
 * <p>Nova sends every service at once; it never lists its API services ({@code
 * nova-osapi_compute}, {@code nova-metadata}). By its default policy the listing is an
 * administrator's; anyone else gets a {@code PermissionDeniedException}. A service's id is an
 * integer (as text) before microversion 2.53 and a UUID from it; see {@link ComputeService}.
 */
public final class ComputeServicesClient {
  private final ComputeServiceReads reads;
  private final Transport transport;

  ComputeServicesClient(ComputeServiceReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every service ({@code GET /os-services}).
   *
   * @return the services, in Nova's order
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is not
   *     an administrator
   */
  public List<ComputeService> list() {
    return list(ListComputeServicesRequest.builder().build());
  }

  /**
   * Lists the services of a program, a host, or both ({@code GET /os-services?binary=&host=}).
   *
   * @param request the filters
   * @return the services that match, in Nova's order; empty when none does
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is not
   *     an administrator
   */
  public List<ComputeService> list(ListComputeServicesRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null")).call(transport);
  }

  /**
   * Lists the services that the request {@code request} fills in asks for; see {@link
   * #list(ListComputeServicesRequest)}.
   *
   * @param request fills in a new builder
   * @return the services that match
   */
  public List<ComputeService> list(Consumer<ListComputeServicesRequest.Builder> request) {
    return list(build(request));
  }

  static ListComputeServicesRequest build(Consumer<ListComputeServicesRequest.Builder> request) {
    ListComputeServicesRequest.Builder builder = ListComputeServicesRequest.builder();
    request.accept(builder);
    return builder.build();
  }
}
