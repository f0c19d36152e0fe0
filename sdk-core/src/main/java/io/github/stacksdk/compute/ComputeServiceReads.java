package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.internal.ComputeServiceJson;
import io.github.stacksdk.compute.model.service.ComputeService;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The compute service calls, defined once for both faces of {@link ComputeServicesClient}: what
 * to ask and how to read the answer.
 */
final class ComputeServiceReads {
  static final String LIST = "services.list";

  private final Reads reads;

  ComputeServiceReads(Reads reads) {
    this.reads = reads;
  }

  /** {@code GET /os-services}, with {@code ?binary=} and {@code ?host=} as the request says. */
  Operation<List<ComputeService>, List<ComputeService>> list(ListComputeServicesRequest request) {
    HttpUrl.Builder url = reads.url("os-services");
    request.binary().ifPresent(v -> url.addQueryParameter("binary", v));
    request.host().ifPresent(v -> url.addQueryParameter("host", v));
    return Reads.get(LIST, url.build(), ComputeServiceJson::readList);
  }
}
