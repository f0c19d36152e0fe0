package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The flavors of the cloud: the sizes a server is created or resized with. Get one with {@link
 * ComputeClient#flavors()}; it shares the client's settings, token, connections and listeners.
 * Thread-safe.
 *
 * <pre>{@code
 * Flavor small = compute.flavors().find("m1.small").orElseThrow();
 * compute.flavors().list(r -> r.minRam(4096)).forEach(f -> System.out.println(f.name()));
 * }</pre>
 *
 * <p>Listings page lazily by marker, as {@link PagedIterable} says. What Nova shows depends on the
 * caller: an administrator sees every flavor it asks for ({@link FlavorVisibility}), other callers
 * the enabled public flavors and the private ones their project may use.
 */
public final class FlavorsClient {
  private final FlavorReads reads;
  private final Transport transport;

  FlavorsClient(FlavorReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists every flavor the caller may see, with details ({@code GET /flavors/detail}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Flavor> list() {
    return list(ListFlavorsRequest.builder().build());
  }

  /**
   * Lists the flavors that match, with details ({@code GET /flavors/detail}).
   *
   * @param request the filters, sorting and paging
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Flavor> list(ListFlavorsRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the flavors that match the request {@code request} fills in; see {@link
   * #list(ListFlavorsRequest)}.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Flavor> list(Consumer<ListFlavorsRequest.Builder> request) {
    return list(build(request));
  }

  /**
   * Lists the flavors that match, with their ids, names and links only ({@code GET /flavors}).
   *
   * @param request the filters, sorting and paging
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<FlavorSummary> listSummaries(ListFlavorsRequest request) {
    return reads.summaries(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Returns a flavor ({@code GET /flavors/{id}}).
   *
   * @param flavorId the flavor's id
   * @return the flavor
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is none
   */
  public Flavor get(String flavorId) {
    return reads.get(flavorId).call(transport);
  }

  /**
   * Finds a flavor by id or by name, as users name flavors: the flavor with this id if there is
   * one, else the one with exactly this name (Nova keeps flavor names unique). A name costs a
   * listing of the flavors the caller may see.
   *
   * @param nameOrId a flavor's id or its name, such as {@code m1.small}
   * @return the flavor, or empty when none has this id or name
   */
  public Optional<Flavor> find(String nameOrId) {
    Optional<Flavor> byId = reads.find(nameOrId).call(transport);
    if (byId.isPresent()) {
      return byId;
    }
    try (var flavors = list().stream()) {
      return FlavorReads.named(flavors, nameOrId);
    }
  }

  /**
   * Returns a flavor's extra specs ({@code GET /flavors/{id}/os-extra_specs}).
   *
   * @param flavorId the flavor's id
   * @return the specs, in the order Nova sent them
   */
  public Map<String, String> extraSpecs(String flavorId) {
    return reads.extraSpecs(flavorId).call(transport);
  }

  /**
   * Returns one extra spec of a flavor ({@code GET /flavors/{id}/os-extra_specs/{key}}).
   *
   * @param flavorId the flavor's id
   * @param key the spec's key, such as {@code hw:cpu_policy}
   * @return the spec's value, or empty when the flavor has no such spec
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when there is no such
   *     flavor
   */
  public Optional<String> extraSpec(String flavorId, String key) {
    return reads.extraSpec(flavorId, key).call(transport);
  }

  /**
   * Returns the projects that may use a private flavor ({@code GET
   * /flavors/{id}/os-flavor-access}). Nova answers 404 for a public flavor, which every project
   * may use.
   *
   * @param flavorId the flavor's id
   * @return the flavor's access list
   */
  public List<FlavorAccess> access(String flavorId) {
    return reads.access(flavorId).call(transport);
  }

  static ListFlavorsRequest build(Consumer<ListFlavorsRequest.Builder> request) {
    ListFlavorsRequest.Builder builder = ListFlavorsRequest.builder();
    request.accept(builder);
    return builder.build();
  }
}
