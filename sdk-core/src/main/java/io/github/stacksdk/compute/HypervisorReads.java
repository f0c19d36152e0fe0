package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.model.hypervisor.Hypervisor;
import io.github.stacksdk.compute.model.hypervisor.HypervisorStatistics;
import io.github.stacksdk.compute.model.hypervisor.HypervisorSummary;
import io.github.stacksdk.compute.model.internal.HypervisorJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The hypervisor calls, each defined once for both faces of {@link HypervisorsClient}: what to ask
 * and how to read the answer.
 */
final class HypervisorReads {
  static final String LIST = "hypervisors.list";
  static final String LIST_SUMMARIES = "hypervisors.list_summaries";
  static final String GET = "hypervisors.get";
  static final String STATISTICS = "hypervisors.statistics";

  /** The microversion that removed {@code GET /os-hypervisors/statistics}. */
  private static final int STATISTICS_REMOVED = 88;

  private final Reads reads;

  HypervisorReads(Reads reads) {
    this.reads = reads;
  }

  PagedIterable<Hypervisor> list(ListHypervisorsRequest request) {
    check(request);
    return reads.markerListing(
        LIST, "hypervisor", Hypervisor::id, request.marker().orElse(null), m -> page(request, m));
  }

  AsyncPagedIterable<Hypervisor> listAsync(ListHypervisorsRequest request) {
    check(request);
    return reads.markerListingAsync(
        LIST, "hypervisor", Hypervisor::id, request.marker().orElse(null), m -> page(request, m));
  }

  PagedIterable<HypervisorSummary> summaries(ListHypervisorsRequest request) {
    check(request);
    return reads.markerListing(
        LIST_SUMMARIES,
        "hypervisor",
        HypervisorSummary::id,
        request.marker().orElse(null),
        m -> summaryPage(request, m));
  }

  AsyncPagedIterable<HypervisorSummary> summariesAsync(ListHypervisorsRequest request) {
    check(request);
    return reads.markerListingAsync(
        LIST_SUMMARIES,
        "hypervisor",
        HypervisorSummary::id,
        request.marker().orElse(null),
        m -> summaryPage(request, m));
  }

  /** Nova ignores each of these without a word before its microversion, so they are refused. */
  private void check(ListHypervisorsRequest request) {
    if (request.pageSize().isPresent()) {
      reads.require(33, "the hypervisors' pageSize (limit)");
    }
    if (request.marker().isPresent()) {
      reads.require(33, "the hypervisors' marker");
    }
    if (request.hostnamePattern().isPresent()) {
      reads.require(53, "the hypervisors' hostnamePattern (hypervisor_hostname_pattern)");
    }
    if (request.withServers()) {
      reads.require(53, "the hypervisors' withServers (with_servers)");
    }
  }

  private Operation<?, Page<Hypervisor>> page(
      ListHypervisorsRequest request, @Nullable String marker) {
    return page(
        LIST,
        url(request, marker, "os-hypervisors", "detail"),
        HypervisorJson::readPage,
        Hypervisor::id,
        request);
  }

  private Operation<?, Page<HypervisorSummary>> summaryPage(
      ListHypervisorsRequest request, @Nullable String marker) {
    return page(
        LIST_SUMMARIES,
        url(request, marker, "os-hypervisors"),
        HypervisorJson::readSummaryPage,
        HypervisorSummary::id,
        request);
  }

  private <T> Operation<?, Page<T>> page(
      String name,
      HttpUrl url,
      Transport.BodyReader<ModelBodies.Page<T>> reader,
      Function<T, String> idOf,
      ListHypervisorsRequest request) {
    int limit = request.pageSize().orElse(0);
    Operation<ModelBodies.Page<T>, Page<T>> page =
        Operation.of(
            name + ".page",
            Transport.Exchange.get(url, reader, true, ComputeOperations.MAX_BODY_BYTES),
            (Transport.Result<ModelBodies.Page<T>> r) ->
                reads.markerPage(r, idOf, limit, "hypervisor"));
    if (request.hostnamePattern().isEmpty()) {
      return page;
    }
    // Nova answers a pattern that matches no host name with a 404, not an empty list.
    return page.orWhenAbsent(HypervisorReads::noMatch, new Page<>(List.of(), null, null, null));
  }

  private HttpUrl url(ListHypervisorsRequest request, @Nullable String marker, String... segments) {
    HttpUrl.Builder url = reads.url(segments);
    request
        .hostnamePattern()
        .ifPresent(v -> url.addQueryParameter("hypervisor_hostname_pattern", v));
    if (request.withServers()) {
      url.addQueryParameter("with_servers", "true");
    }
    request.pageSize().ifPresent(v -> url.addQueryParameter("limit", Integer.toString(v)));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    return url.build();
  }

  /** {@code GET /os-hypervisors/{id}}, with {@code ?with_servers=true} when asked for (2.53). */
  Operation<Hypervisor, Hypervisor> get(String hypervisorId, boolean withServers) {
    HttpUrl.Builder url =
        reads.url("os-hypervisors", Reads.requireText(hypervisorId, "hypervisorId"));
    if (withServers) {
      reads.require(53, "a hypervisor's withServers (with_servers)");
      url.addQueryParameter("with_servers", "true");
    }
    return Reads.get(GET, url.build(), HypervisorJson::readBody);
  }

  /** {@code GET /os-hypervisors/statistics}, which Nova removed in 2.88. */
  Operation<HypervisorStatistics, HypervisorStatistics> statistics() {
    if (reads.atLeast(STATISTICS_REMOVED)) {
      throw new IllegalArgumentException(
          "the hypervisor statistics (GET /os-hypervisors/statistics) were removed in"
              + " microversion 2."
              + STATISTICS_REMOVED
              + " and the client speaks 2."
              + STATISTICS_REMOVED
              + " or later: read the totals from the Placement service's resource providers"
              + " (their inventories and usages), or sum hypervisors().list() on a client pinned"
              + " to 2.87 or earlier");
    }
    return Reads.get(
        STATISTICS,
        reads.url("os-hypervisors", "statistics").build(),
        HypervisorJson::readStatistics);
  }

  /** Nova's "No hypervisor matching '{pattern}' could be found.": 404 {@code itemNotFound}. */
  private static boolean noMatch(ComputeServiceException e) {
    return e.statusCode() == 404 && e.faultName().filter("itemNotFound"::equals).isPresent();
  }
}
