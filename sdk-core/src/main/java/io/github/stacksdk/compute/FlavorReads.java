package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.model.flavor.Flavor;
import io.github.stacksdk.compute.model.flavor.FlavorAccess;
import io.github.stacksdk.compute.model.flavor.FlavorSummary;
import io.github.stacksdk.compute.model.internal.FlavorJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The flavor calls, each defined once for both faces of {@link FlavorsClient}: what to ask and how
 * to read the answer.
 */
final class FlavorReads {
  static final String LIST = "flavors.list";
  static final String LIST_SUMMARIES = "flavors.list_summaries";

  private final Reads reads;

  FlavorReads(Reads reads) {
    this.reads = reads;
  }

  PagedIterable<Flavor> list(ListFlavorsRequest request) {
    return reads.markerListing(
        LIST, "flavor", Flavor::id, request.marker().orElse(null), m -> page(request, m));
  }

  AsyncPagedIterable<Flavor> listAsync(ListFlavorsRequest request) {
    return reads.markerListingAsync(
        LIST, "flavor", Flavor::id, request.marker().orElse(null), m -> page(request, m));
  }

  PagedIterable<FlavorSummary> summaries(ListFlavorsRequest request) {
    return reads.markerListing(
        LIST_SUMMARIES,
        "flavor",
        FlavorSummary::id,
        request.marker().orElse(null),
        m -> summaryPage(request, m));
  }

  AsyncPagedIterable<FlavorSummary> summariesAsync(ListFlavorsRequest request) {
    return reads.markerListingAsync(
        LIST_SUMMARIES,
        "flavor",
        FlavorSummary::id,
        request.marker().orElse(null),
        m -> summaryPage(request, m));
  }

  private Operation<?, Page<Flavor>> page(ListFlavorsRequest request, @Nullable String marker) {
    int limit = request.pageSize().orElse(0);
    return Operation.of(
        LIST + ".page",
        Transport.Exchange.get(
            url(request, marker, "flavors", "detail"),
            FlavorJson::readPage,
            true,
            ComputeOperations.MAX_BODY_BYTES),
        (Transport.Result<ModelBodies.Page<Flavor>> r) ->
            reads.markerPage(r, Flavor::id, limit, "flavor"));
  }

  private Operation<?, Page<FlavorSummary>> summaryPage(
      ListFlavorsRequest request, @Nullable String marker) {
    int limit = request.pageSize().orElse(0);
    return Operation.of(
        LIST_SUMMARIES + ".page",
        Transport.Exchange.get(
            url(request, marker, "flavors"),
            FlavorJson::readSummaryPage,
            true,
            ComputeOperations.MAX_BODY_BYTES),
        (Transport.Result<ModelBodies.Page<FlavorSummary>> r) ->
            reads.markerPage(r, FlavorSummary::id, limit, "flavor"));
  }

  private HttpUrl url(ListFlavorsRequest request, @Nullable String marker, String... segments) {
    HttpUrl.Builder url = reads.url(segments);
    request.minRam().ifPresent(v -> url.addQueryParameter("minRam", Integer.toString(v)));
    request.minDisk().ifPresent(v -> url.addQueryParameter("minDisk", Integer.toString(v)));
    request.visibility().ifPresent(v -> url.addQueryParameter("is_public", v.value()));
    request.sortKey().ifPresent(v -> url.addQueryParameter("sort_key", v));
    request.sortDirection().ifPresent(v -> url.addQueryParameter("sort_dir", v.value()));
    request.pageSize().ifPresent(v -> url.addQueryParameter("limit", Integer.toString(v)));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    return url.build();
  }

  /** {@code GET /flavors/{id}}. */
  Operation<Flavor, Flavor> get(String flavorId) {
    return Reads.get("flavors.get", flavor(flavorId), FlavorJson::readBody);
  }

  /** {@code GET /flavors/{id}}, empty when Nova knows no such flavor. */
  Operation<Flavor, Optional<Flavor>> find(String flavorId) {
    return get(flavorId)
        .then(Optional::of)
        .orWhenAbsent(FlavorReads::noSuchFlavor, Optional.empty());
  }

  /** The one flavor named so in a listing of them all, if any. */
  static Optional<Flavor> named(Stream<Flavor> flavors, String name) {
    return flavors.filter(f -> f.name().filter(name::equals).isPresent()).findFirst();
  }

  /** {@code GET /flavors/{id}/os-extra_specs}. */
  Operation<Map<String, String>, Map<String, String>> extraSpecs(String flavorId) {
    return Reads.get(
        "flavors.extra_specs.list",
        reads.url("flavors", requireId(flavorId), "os-extra_specs").build(),
        FlavorJson::readExtraSpecs);
  }

  /** {@code GET /flavors/{id}/os-extra_specs/{key}}, empty when the flavor has no such spec. */
  Operation<Map<String, String>, Optional<String>> extraSpec(String flavorId, String key) {
    String checked = Reads.requireText(key, "key");
    return Reads.get(
            "flavors.extra_specs.get",
            reads.url("flavors", requireId(flavorId), "os-extra_specs", checked).build(),
            FlavorJson::readExtraSpec)
        .then(specs -> Optional.ofNullable(specs.get(checked)))
        .orWhenAbsent(FlavorReads::noSuchSpec, Optional.empty());
  }

  /** {@code GET /flavors/{id}/os-flavor-access}. */
  Operation<List<FlavorAccess>, List<FlavorAccess>> access(String flavorId) {
    return Reads.get(
        "flavors.access.list",
        reads.url("flavors", requireId(flavorId), "os-flavor-access").build(),
        FlavorJson::readAccessList);
  }

  private HttpUrl flavor(String flavorId) {
    return reads.url("flavors", requireId(flavorId)).build();
  }

  private static String requireId(String flavorId) {
    return Reads.requireText(flavorId, "flavorId");
  }

  /** Nova's {@code FlavorNotFound}: "Flavor {id} could not be found." */
  private static boolean noSuchFlavor(ComputeServiceException e) {
    return e.statusCode() == 404;
  }

  /** Nova's {@code FlavorExtraSpecsNotFound}: "Flavor {id} has no extra specs with key {key}." */
  private static boolean noSuchSpec(ComputeServiceException e) {
    return e.statusCode() == 404
        && e.faultMessage().toLowerCase(Locale.ROOT).contains("has no extra specs");
  }
}
