package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.model.internal.KeypairJson;
import io.github.stacksdk.compute.model.internal.ModelBodies;
import io.github.stacksdk.compute.model.keypair.Keypair;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The key pair calls, each defined once for both faces of {@link KeypairsClient}: what to ask and
 * how to read the answer.
 */
final class KeypairReads {
  static final String LIST = "keypairs.list";
  static final String GET = "keypairs.get";

  private final Reads reads;

  KeypairReads(Reads reads) {
    this.reads = reads;
  }

  PagedIterable<Keypair> list(ListKeypairsRequest request) {
    check(request);
    return reads.markerListing(
        LIST, "key pair", Keypair::name, request.marker().orElse(null), m -> page(request, m));
  }

  AsyncPagedIterable<Keypair> listAsync(ListKeypairsRequest request) {
    check(request);
    return reads.markerListingAsync(
        LIST, "key pair", Keypair::name, request.marker().orElse(null), m -> page(request, m));
  }

  /** Nova ignores each of these without a word before its microversion, so they are refused. */
  private void check(ListKeypairsRequest request) {
    if (request.userId().isPresent()) {
      reads.require(10, "the key pairs' userId filter (user_id)");
    }
    if (request.pageSize().isPresent()) {
      reads.require(35, "the key pairs' pageSize (limit)");
    }
    if (request.marker().isPresent()) {
      reads.require(35, "the key pairs' marker");
    }
  }

  private Operation<?, Page<Keypair>> page(ListKeypairsRequest request, @Nullable String marker) {
    int limit = request.pageSize().orElse(0);
    HttpUrl.Builder url = reads.url("os-keypairs");
    request.userId().ifPresent(v -> url.addQueryParameter("user_id", v));
    request.pageSize().ifPresent(v -> url.addQueryParameter("limit", Integer.toString(v)));
    if (marker != null) {
      url.addQueryParameter("marker", marker);
    }
    return Operation.of(
        LIST + ".page",
        Transport.Exchange.get(
            url.build(), KeypairJson::readPage, true, ComputeOperations.MAX_BODY_BYTES),
        (Transport.Result<ModelBodies.Page<Keypair>> r) ->
            reads.markerPage(r, Keypair::name, limit, "key pair"));
  }

  /** {@code GET /os-keypairs/{name}}, with {@code ?user_id=} when a user is named. */
  Operation<Keypair, Keypair> get(String name, @Nullable String userId) {
    HttpUrl.Builder url = reads.url("os-keypairs", Reads.requireText(name, "name"));
    if (userId != null) {
      url.addQueryParameter("user_id", Reads.requireText(userId, "userId"));
      reads.require(10, "a key pair's userId (user_id)");
    }
    return Reads.get(GET, url.build(), KeypairJson::readBody);
  }

  /** {@code GET /os-keypairs/{name}}, empty when the caller has no such key pair. */
  Operation<Keypair, Optional<Keypair>> find(String name) {
    return get(name, null)
        .then(Optional::of)
        .orWhenAbsent(KeypairReads::noSuchKeypair, Optional.empty());
  }

  /**
   * Nova's {@code KeypairNotFound}: 404 {@code itemNotFound}, "Keypair {name} not found for user
   * {id}". The fault name keeps out a 404 that is no answer of Nova's, such as a proxy's page.
   */
  private static boolean noSuchKeypair(ComputeServiceException e) {
    return e.statusCode() == 404 && e.faultName().filter("itemNotFound"::equals).isPresent();
  }
}
