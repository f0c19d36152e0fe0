package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.service.ComputeService;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link ComputeServicesClient}: the same calls, each returning at once.
 * Get one with {@code compute.async().services()}. Cancelling a returned future cancels its HTTP
 * call. Thread-safe.
 */
public final class ComputeServicesAsyncClient {
  private final ComputeServiceReads reads;
  private final Transport transport;

  ComputeServicesAsyncClient(ComputeServiceReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every service ({@code GET /os-services}).
   *
   * @return completes with the services; fails with a {@code PermissionDeniedException} when the
   *     caller is not an administrator
   */
  public CompletableFuture<List<ComputeService>> list() {
    return list(ListComputeServicesRequest.builder().build());
  }

  /**
   * Lists the services of a program, a host, or both ({@code GET /os-services?binary=&host=}).
   *
   * @param request the filters
   * @return completes with the services that match
   */
  public CompletableFuture<List<ComputeService>> list(ListComputeServicesRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null")).enqueue(transport);
  }

  /**
   * Lists the services that the request {@code request} fills in asks for.
   *
   * @param request fills in a new builder
   * @return completes with the services that match
   */
  public CompletableFuture<List<ComputeService>> list(
      Consumer<ListComputeServicesRequest.Builder> request) {
    return list(ComputeServicesClient.build(request));
  }
}
