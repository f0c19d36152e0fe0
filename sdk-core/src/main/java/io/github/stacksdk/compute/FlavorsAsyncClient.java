package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link FlavorsClient}: the same calls, each returning at once. Get one
 * with {@code compute.async().flavors()}. Cancelling a returned future cancels its HTTP call.
 * Thread-safe.
 */
public final class FlavorsAsyncClient {
  private final FlavorReads reads;
  private final Transport transport;

  FlavorsAsyncClient(FlavorReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every flavor the caller may see, with details ({@code GET /flavors/detail}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Flavor> list() {
    return list(ListFlavorsRequest.builder().build());
  }

  /**
   * Lists the flavors that match, with details.
   *
   * @param request the filters, sorting and paging
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Flavor> list(ListFlavorsRequest request) {
    return reads.listAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the flavors that match the request {@code request} fills in.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Flavor> list(Consumer<ListFlavorsRequest.Builder> request) {
    return list(FlavorsClient.build(request));
  }

  /**
   * Lists the flavors that match, with their ids, names and links only ({@code GET /flavors}).
   *
   * @param request the filters, sorting and paging
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<FlavorSummary> listSummaries(ListFlavorsRequest request) {
    return reads.summariesAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Returns a flavor ({@code GET /flavors/{id}}).
   *
   * @param flavorId the flavor's id
   * @return completes with the flavor; fails with a {@code ResourceNotFoundException} when there
   *     is none
   */
  public CompletableFuture<Flavor> get(String flavorId) {
    return reads.get(flavorId).enqueue(transport);
  }

  /**
   * Finds a flavor by id or by name; see {@link FlavorsClient#find(String)}.
   *
   * @param nameOrId a flavor's id or its name
   * @return completes with the flavor, or empty when none has this id or name
   */
  public CompletableFuture<Optional<Flavor>> find(String nameOrId) {
    return Futures.compose(
        reads.find(nameOrId).enqueue(transport),
        byId ->
            byId.isPresent()
                ? CompletableFuture.completedFuture(byId)
                : Futures.map(
                    list().toList(), flavors -> FlavorReads.named(flavors.stream(), nameOrId)));
  }

  /**
   * Returns a flavor's extra specs ({@code GET /flavors/{id}/os-extra_specs}).
   *
   * @param flavorId the flavor's id
   * @return completes with the specs, in the order Nova sent them
   */
  public CompletableFuture<Map<String, String>> extraSpecs(String flavorId) {
    return reads.extraSpecs(flavorId).enqueue(transport);
  }

  /**
   * Returns one extra spec of a flavor ({@code GET /flavors/{id}/os-extra_specs/{key}}).
   *
   * @param flavorId the flavor's id
   * @param key the spec's key
   * @return completes with the spec's value, or empty when the flavor has no such spec
   */
  public CompletableFuture<Optional<String>> extraSpec(String flavorId, String key) {
    return reads.extraSpec(flavorId, key).enqueue(transport);
  }

  /**
   * Returns the projects that may use a private flavor ({@code GET
   * /flavors/{id}/os-flavor-access}).
   *
   * @param flavorId the flavor's id
   * @return completes with the flavor's access list
   */
  public CompletableFuture<List<FlavorAccess>> access(String flavorId) {
    return reads.access(flavorId).enqueue(transport);
  }
}
