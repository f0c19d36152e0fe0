package io.github.stacksdk.compute;

import io.github.stacksdk.compute.model.keypair.Keypair;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous face of {@link KeypairsClient}: the same calls, each returning at once. Get one
 * with {@code compute.async().keypairs()}. Cancelling a returned future cancels its HTTP call.
 * Thread-safe.
 */
public final class KeypairsAsyncClient {
  private final KeypairReads reads;
  private final Transport transport;

  KeypairsAsyncClient(KeypairReads reads, Transport transport) {
    this.reads = reads;
    this.transport = transport;
  }

  /**
   * Lists the caller's key pairs ({@code GET /os-keypairs}).
   *
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Keypair> list() {
    return list(ListKeypairsRequest.builder().build());
  }

  /**
   * Lists the key pairs the request asks for; see {@link
   * KeypairsClient#list(ListKeypairsRequest)}.
   *
   * @param request the user and the paging
   * @return a lazy listing; iterating it makes the requests
   * @throws IllegalArgumentException when the request needs a newer microversion than the
   *     client's
   */
  public AsyncPagedIterable<Keypair> list(ListKeypairsRequest request) {
    return reads.listAsync(Objects.requireNonNull(request, "request == null"));
  }

  /**
   * Lists the key pairs that the request {@code request} fills in asks for.
   *
   * @param request fills in a new builder
   * @return a lazy listing; iterating it makes the requests
   */
  public AsyncPagedIterable<Keypair> list(Consumer<ListKeypairsRequest.Builder> request) {
    return list(KeypairsClient.build(request));
  }

  /**
   * Returns one of the caller's key pairs ({@code GET /os-keypairs/{name}}).
   *
   * @param name the key pair's name
   * @return completes with the key pair; fails with a {@code ResourceNotFoundException} when the
   *     caller has none of this name
   */
  public CompletableFuture<Keypair> get(String name) {
    return reads.get(name, null).enqueue(transport);
  }

  /**
   * Returns a user's key pair ({@code GET /os-keypairs/{name}?user_id=}); see {@link
   * KeypairsClient#get(String, String)}.
   *
   * @param name the key pair's name
   * @param userId the id of the user who owns it
   * @return completes with the key pair
   * @throws IllegalArgumentException when the client speaks a microversion older than 2.10
   */
  public CompletableFuture<Keypair> get(String name, String userId) {
    return reads.get(name, Objects.requireNonNull(userId, "userId == null")).enqueue(transport);
  }

  /**
   * Finds one of the caller's key pairs by name ({@code GET /os-keypairs/{name}}).
   *
   * @param name the key pair's name
   * @return completes with the key pair, or empty when the caller has none of this name
   */
  public CompletableFuture<Optional<Keypair>> find(String name) {
    return reads.find(name).enqueue(transport);
  }
}
