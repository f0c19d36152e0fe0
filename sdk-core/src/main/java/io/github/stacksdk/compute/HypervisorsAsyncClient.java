package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link HypervisorsClient}: the same calls, each returning at once. Get
 * one with {@code compute.async().hypervisors()}. Cancelling a returned future cancels its HTTP
 * call. A refusal for the client's microversion is thrown at once. Thread-safe.
 */
public final class HypervisorsAsyncClient {
  private final HypervisorReads reads;
  private final Transport transport;

  HypervisorsAsyncClient(HypervisorReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every hypervisor, with details ({@code GET /os-hypervisors/detail}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Hypervisor> list() {
    return list(ListHypervisorsRequest.builder().build());
  }

  /**
   * Lists the hypervisors the request asks for, with details; see {@link
   * HypervisorsClient#list(ListHypervisorsRequest)}.
   *
   * @param request the hostname pattern, the servers and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the client's
   */
  public AsyncPagedIterable<Hypervisor> list(ListHypervisorsRequest request) {
    return reads.listAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the hypervisors that the request {@code request} fills in asks for.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Hypervisor> list(Consumer<ListHypervisorsRequest.Builder> request) {
    return list(HypervisorsClient.build(request));
  }

  /**
   * Lists the hypervisors the request asks for, with their ids, host names, state and status only
   * ({@code GET /os-hypervisors}).
   *
   * @param request the hostname pattern, the servers and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the client's
   */
  public AsyncPagedIterable<HypervisorSummary> listSummaries(ListHypervisorsRequest request) {
    return reads.summariesAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Returns a hypervisor ({@code GET /os-hypervisors/{id}}).
   *
   * @param hypervisorId the hypervisor's id: an integer before microversion 2.53, a UUID from it
   * @return completes with the hypervisor; fails with a {@code ResourceNotFoundException} when
   *     there is none
   */
  public CompletableFuture<Hypervisor> get(String hypervisorId) {
    return reads.get(hypervisorId, false).enqueue(transport);
  }

  /**
   * Returns a hypervisor, with its servers when {@code withServers} is set; see {@link
   * HypervisorsClient#get(String, boolean)}.
   *
   * @param hypervisorId the hypervisor's id
   * @param withServers whether to list its servers
   * @return completes with the hypervisor
   * @throws IllegalArgumentException when {@code withServers} is set and the client speaks a
   *     microversion older than 2.53
   */
  public CompletableFuture<Hypervisor> get(String hypervisorId, boolean withServers) {
    return reads.get(hypervisorId, withServers).enqueue(transport);
  }

  /**
   * Returns the sums of every hypervisor's resources ({@code GET /os-hypervisors/statistics});
   * see {@link HypervisorsClient#statistics()}.
   *
   * @return completes with the statistics
   * @throws IllegalArgumentException when the client speaks microversion 2.88 or later
   */
  public CompletableFuture<HypervisorStatistics> statistics() {
    return reads.statistics().enqueue(transport);
  }
}
