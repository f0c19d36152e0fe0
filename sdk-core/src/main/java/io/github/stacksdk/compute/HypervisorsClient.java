package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The hypervisors of the cloud: its compute nodes, with their resources and servers. Get one with
 * {@link ComputeClient#hypervisors()}; it shares the client's settings, token, connections and
 * listeners. Thread-safe.
 *
 * <pre>{@code
 * for (Hypervisor h : compute.hypervisors().list()) {
 *   System.out.println(h.hypervisorHostname().orElse(h.id()) + " " + h.state().orElse("?"));
 * }
 * }</pre>
 *
 * <p>By Nova's default policy every call is an administrator's; anyone else gets a {@code
 * PermissionDeniedException}. What a hypervisor holds depends on the microversion: its id is an
 * integer (as text) before 2.53 and a UUID from 2.53, and 2.88 removed its resources ({@code
 * vcpus}, {@code memory_mb}, …) and the statistics; see {@link Hypervisor}. Listings page lazily by
 * marker from 2.33, as {@link PagedIterable} says; before it Nova sends every hypervisor at once.
 */
public final class HypervisorsClient {
  private final HypervisorReads reads;
  private final Transport transport;

  HypervisorsClient(HypervisorReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every hypervisor, with details ({@code GET /os-hypervisors/detail}).
   *
   * @return a lazy listing; iterating it makes the requests
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException from iteration, when
   *     the caller is not an administrator
   */
  public PagedIterable<Hypervisor> list() {
    return list(ListHypervisorsRequest.builder().build());
  }

  /**
   * Lists the hypervisors the request asks for, with details ({@code GET /os-hypervisors/detail}).
   *
   * @param request the hostname pattern, the servers and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the
   *     client's: 2.33 for {@code pageSize} and {@code marker}, 2.53 for {@code hostnamePattern}
   *     and {@code withServers}
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException from iteration, when
   *     the caller is not an administrator
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException from iteration, when Nova
   *     knows no hypervisor with the marker's id
   */
  public PagedIterable<Hypervisor> list(ListHypervisorsRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the hypervisors that the request {@code request} fills in asks for; see {@link
   * #list(ListHypervisorsRequest)}.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Hypervisor> list(Consumer<ListHypervisorsRequest.Builder> request) {
    return list(build(request));
  }

  /**
   * Lists the hypervisors the request asks for, with their ids, host names, state and status only
   * ({@code GET /os-hypervisors}); see {@link #list(ListHypervisorsRequest)}.
   *
   * @param request the hostname pattern, the servers and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the client's
   */
  public PagedIterable<HypervisorSummary> listSummaries(ListHypervisorsRequest request) {
    return reads.summaries(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Returns a hypervisor ({@code GET /os-hypervisors/{id}}).
   *
   * @param hypervisorId the hypervisor's id: an integer before microversion 2.53, a UUID from it
   * @return the hypervisor
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is none, or
   *     (before 2.53) the id is not an integer
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException when (from 2.53) the id
   *     is not a UUID
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is not
   *     an administrator
   */
  public Hypervisor get(String hypervisorId) {
    return reads.get(hypervisorId, false).call(transport);
  }

  /**
   * Returns a hypervisor, with its servers when {@code withServers} is set ({@code GET
   * /os-hypervisors/{id}?with_servers=true}); see {@link #get(String)}.
   *
   * @param hypervisorId the hypervisor's id
   * @param withServers whether to list its servers, by instance name and UUID
   * @return the hypervisor
   * @throws IllegalArgumentException when {@code withServers} is set and the client speaks a
   *     microversion older than 2.53, where Nova would ignore it
   */
  public Hypervisor get(String hypervisorId, boolean withServers) {
    return reads.get(hypervisorId, withServers).call(transport);
  }

  /**
   * Returns the sums of every hypervisor's resources ({@code GET /os-hypervisors/statistics}).
   * Nova removed this call in microversion 2.88: the Placement service's resource providers hold
   * these numbers since.
   *
   * @return the statistics
   * @throws IllegalArgumentException when the client speaks microversion 2.88 or later, before
   *     sending anything
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is not
   *     an administrator
   */
  public HypervisorStatistics statistics() {
    return reads.statistics().call(transport);
  }

  static ListHypervisorsRequest build(Consumer<ListHypervisorsRequest.Builder> request) {
    ListHypervisorsRequest.Builder builder = ListHypervisorsRequest.builder();
    request.accept(builder);
    return builder.build();
  }
}
