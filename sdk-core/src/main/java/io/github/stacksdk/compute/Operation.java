package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One call of the compute API, defined once for both faces of the client: what to GET and how to
 * read it ({@link Transport.Get}), what the caller gets of the result, and how an error answer is
 * told (a cloud without an extension, say). {@link #call} runs it on the caller's thread, {@link
 * #enqueue} on OkHttp's dispatcher.
 *
 * @param <B> what the body reads as
 * @param <R> what the caller gets
 */
final class Operation<B, R> {
  private static final UnaryOperator<ComputeServiceException> AS_IS = e -> e;

  private final Transport.Get<B> get;
  private final Function<Transport.Result<B>, R> result;
  private final UnaryOperator<ComputeServiceException> errors;

  private Operation(
      Transport.Get<B> get,
      Function<Transport.Result<B>, R> result,
      UnaryOperator<ComputeServiceException> errors) {
    this.get = get;
    this.result = result;
    this.errors = errors;
  }

  /** An operation whose caller gets the body. */
  static <B> Operation<B, B> of(Transport.Get<B> get) {
    return new Operation<>(get, r -> r.body, AS_IS);
  }

  /** An operation whose caller gets {@code result} made of the body and its headers. */
  static <B, R> Operation<B, R> of(Transport.Get<B> get, Function<Transport.Result<B>, R> result) {
    return new Operation<>(get, result, AS_IS);
  }

  /** This operation, with an error answer told as {@code errors} says. */
  Operation<B, R> withErrors(UnaryOperator<ComputeServiceException> errors) {
    return new Operation<>(get, result, errors);
  }

  /** Makes the call on this thread. */
  R call(Transport transport) {
    Transport.Result<B> answer;
    try {
      answer = transport.execute(get);
    } catch (ComputeServiceException e) {
      throw errors.apply(e);
    }
    return result.apply(answer);
  }

  /** Makes the call on OkHttp's dispatcher; cancelling the future cancels the call. */
  CompletableFuture<R> enqueue(Transport transport) {
    CompletableFuture<R> mapped = Futures.map(transport.enqueue(get), result);
    if (errors == AS_IS) {
      return mapped;
    }
    return Futures.recover(
        mapped,
        error ->
            CompletableFuture.failedFuture(
                error instanceof ComputeServiceException
                    ? errors.apply((ComputeServiceException) error)
                    : error));
  }
}
