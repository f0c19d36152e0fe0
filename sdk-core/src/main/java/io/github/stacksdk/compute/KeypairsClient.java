package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.keypair.Keypair;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The key pairs of a user: the SSH public keys (or, before microversion 2.92's cleanup, X.509
 * certificates) that servers are created with. Get one with {@link ComputeClient#keypairs()}; it
 * shares the client's settings, token, connections and listeners. Thread-safe.
 *
 * <pre>{@code
 * Keypair ops = compute.keypairs().get("ops");
 * for (Keypair k : compute.keypairs().list()) {
 *   System.out.println(k.name() + " " + k.fingerprint().orElse("?"));
 * }
 * }</pre>
 *
 * <p>Key pairs belong to a user, not to a project: each call reads the caller's own unless an
 * administrator names another user (microversion 2.10). A listing pages lazily by marker from
 * microversion 2.35, as {@link PagedIterable} says; before it Nova sends every key pair at once.
 * A listing's key pairs hold the name, public key, fingerprint and (2.2) type only; {@link
 * #get(String)} adds the user, the id and the creation time.
 */
public final class KeypairsClient {
  private final KeypairReads reads;
  private final Transport transport;

  KeypairsClient(KeypairReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the caller's key pairs ({@code GET /os-keypairs}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Keypair> list() {
    return list(ListKeypairsRequest.builder().build());
  }

  /**
   * Lists the key pairs the request asks for ({@code GET /os-keypairs}).
   *
   * @param request the user and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the
   *     client's: 2.10 for {@code userId}, 2.35 for {@code pageSize} and {@code marker}
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException from iteration, when a
   *     caller who is not an administrator names another user
   * @throws io.github.stacksdk.compute.exception.InvalidRequestException from iteration, when Nova
   *     knows no key pair named as the marker
   */
  public PagedIterable<Keypair> list(ListKeypairsRequest request) {
    return reads.list(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the key pairs that the request {@code request} fills in asks for; see {@link
   * #list(ListKeypairsRequest)}.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public PagedIterable<Keypair> list(Consumer<ListKeypairsRequest.Builder> request) {
    return list(build(request));
  }

  /**
   * Returns one of the caller's key pairs ({@code GET /os-keypairs/{name}}).
   *
   * @param name the key pair's name
   * @return the key pair, with its user, id and creation time
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when the caller has
   *     none of this name
   */
  public Keypair get(String name) {
    return reads.get(name, null).call(transport);
  }

  /**
   * Returns a user's key pair ({@code GET /os-keypairs/{name}?user_id=}): an administrator's view
   * of another user's keys.
   *
   * @param name the key pair's name
   * @param userId the id of the user who owns it
   * @return the key pair
   * @throws IllegalArgumentException when the client speaks a microversion older than 2.10, where
   *     Nova would ignore the user and read the caller's own key pair
   * @throws io.github.stacksdk.compute.exception.PermissionDeniedException when the caller is
   *     neither an administrator nor that user
   * @throws io.github.stacksdk.compute.exception.ResourceNotFoundException when the user has none
   *     of this name
   */
  public Keypair get(String name, String userId) {
    return reads.get(name, Objects.requireNonNull(userId, "userId == null")).call(transport);
  }

  /**
   * Finds one of the caller's key pairs by name ({@code GET /os-keypairs/{name}}).
   *
   * @param name the key pair's name
   * @return the key pair, or empty when the caller has none of this name
   */
  public Optional<Keypair> find(String name) {
    return reads.find(name).call(transport);
  }

  static ListKeypairsRequest build(Consumer<ListKeypairsRequest.Builder> request) {
    ListKeypairsRequest.Builder builder = ListKeypairsRequest.builder();
    request.accept(builder);
    return builder.build();
  }
}
