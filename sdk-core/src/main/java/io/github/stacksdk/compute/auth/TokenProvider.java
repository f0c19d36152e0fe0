package io.github.stacksdk.compute.auth;

import io.github.stacksdk.compute.internal.http.TokenValues;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where a {@code ComputeClient} gets the token of each request. The client calls {@link #token()}
 * for every request, from any thread, and {@link #refresh(String)} once when Nova answers 401, then
 * retries the request if it returned true. {@code ComputeClient.builder().keystone(..)} uses
 * Keystone's; a fixed token is {@link #of(String)}.
 */
public interface TokenProvider {
  /**
   * Returns the token for the next request.
   *
   * @return a non-blank token
   */
  String token();

  /**
   * Called when Nova refused {@code token} with 401. A provider that can get a new token forgets
   * this one (unless another thread already replaced it) and returns true; the request is then sent
   * once more with {@link #token()}.
   *
   * @param refusedToken the token Nova refused
   * @return whether a retry may succeed; false (the default) when the token cannot be renewed
   */
  default boolean refresh(String refusedToken) {
    return false;
  }

  /**
   * A fixed token, never renewed. Whitespace around it (a token read from a file with its newline)
   * is dropped.
   *
   * @param token the token
   * @return a provider of that token
   * @throws IllegalArgumentException when it is blank or has a character that an HTTP header cannot
   *     carry (the message names the position, never the token)
   */
  static TokenProvider of(String token) {
    Objects.requireNonNull(token, "token == null");
    String stripped = TokenValues.strip(token);
    String problem = TokenValues.problem(stripped);
    if (problem != null) {
      throw new IllegalArgumentException("token " + problem);
    }
    return () -> stripped;
  }

  /**
   * A provider that asks {@code supplier} each time and cannot renew a refused token. The client
   * drops whitespace around each token; a token that is missing, blank or not sendable as a header
   * value, or a supplier that throws, fails that call with a {@code ComputeClientException} that
   * never quotes the token.
   *
   * @param supplier returns the current token
   * @return a provider calling it
   */
  static TokenProvider of(Supplier<String> supplier) {
    Objects.requireNonNull(supplier, "supplier == null");
    return supplier::get;
  }
}
