package io.github.stacksdk.compute;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

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

  private final String name;
  private final Transport.Exchange<B> exchange;
  private final Function<Transport.Result<B>, R> result;
  private final UnaryOperator<ComputeServiceException> errors;

  /** Tells the error answers that mean "not there" and are answered {@link #absent}; or null. */
  private final @Nullable Predicate<ComputeServiceException> absentWhen;

  private final @Nullable R absent;

  private Operation(
      String name,
      Transport.Exchange<B> exchange,
      Function<Transport.Result<B>, R> result,
      UnaryOperator<ComputeServiceException> errors,
      @Nullable Predicate<ComputeServiceException> absentWhen,
      @Nullable R absent) {
    this.name = name;
    this.exchange = exchange;
    this.result = result;
    this.errors = errors;
    this.absentWhen = absentWhen;
    this.absent = absent;
  }

  /**
   * An operation whose caller gets the body.
   *
   * @param name what listeners know it by (see {@link io.github.stacksdk.compute.event.ComputeListener})
   */
  static <B> Operation<B, B> of(String name, Transport.Exchange<B> exchange) {
    return new Operation<>(name, exchange, r -> r.body, AS_IS, null, null);
  }

  /** An operation whose caller gets {@code result} made of the body and its headers. */
  static <B, R> Operation<B, R> of(
      String name, Transport.Exchange<B> exchange, Function<Transport.Result<B>, R> result) {
    return new Operation<>(name, exchange, result, AS_IS, null, null);
  }

  /** This operation, with an error answer told as {@code errors} says. */
  Operation<B, R> withErrors(UnaryOperator<ComputeServiceException> errors) {
    return new Operation<>(name, exchange, result, errors, absentWhen, absent);
  }

  /** This operation, whose caller gets {@code then} of what it got before. */
  <S> Operation<B, S> then(Function<R, S> then) {
    Predicate<ComputeServiceException> when = absentWhen;
    S mapped = absent == null ? null : then.apply(absent);
    return new Operation<>(name, exchange, result.andThen(then), errors, when, mapped);
  }

  /**
   * This operation, answering {@code value} to an error answer that {@code when} tells means "not
   * there" (a tag a server lacks: a 404 naming the tag, not the server). Such an answer ends the
   * operation as a success for its listeners.
   */
  Operation<B, R> orWhenAbsent(Predicate<ComputeServiceException> when, R value) {
    return new Operation<>(name, exchange, result, errors, when, value);
  }

  /** Makes the call on this thread, an operation of its own. */
  R call(Transport transport) {
    return call(transport, null);
  }

  /**
   * Makes the call on this thread.
   *
   * @param parent the operation this one is part of (a listing, for a page), or null
   */
  R call(Transport transport, @Nullable Observation parent) {
    Observation observed = start(transport, parent);
    try {
      Transport.Result<B> answer;
      try {
        answer = transport.execute(exchange, observed);
      } catch (ComputeServiceException e) {
        if (absentWhen != null && absentWhen.test(e)) {
          observed.succeeded();
          return Objects.requireNonNull(absent);
        }
        throw errors.apply(e);
      }
      R value = result.apply(answer);
      observed.succeeded();
      return value;
    } catch (RuntimeException e) {
      observed.failed(e);
      throw e;
    }
  }

  /** Makes the call on OkHttp's dispatcher, an operation of its own. */
  CompletableFuture<R> enqueue(Transport transport) {
    return enqueue(transport, null);
  }

  /**
   * Makes the call on OkHttp's dispatcher; cancelling the future cancels the call.
   *
   * @param parent the operation this one is part of (a listing, for a page), or null
   */
  CompletableFuture<R> enqueue(Transport transport, @Nullable Observation parent) {
    Observation observed = start(transport, parent);
    CompletableFuture<R> mapped = Futures.map(transport.enqueue(exchange, observed), result);
    if (errors != AS_IS || absentWhen != null) {
      mapped = Futures.recover(mapped, this::recover);
    }
    if (observed.isNone()) {
      return mapped;
    }
    // Told before the caller sees the result, so that a page's operation ends before its listing
    // does; cancelling the caller's future cancels the call and ends the operation as cancelled.
    Futures.Chained<R> told = new Futures.Chained<>(null);
    told.follow(mapped, (value, failure) -> observed.ended(failure));
    return told;
  }

  private CompletableFuture<R> recover(Throwable error) {
    if (!(error instanceof ComputeServiceException)) {
      return CompletableFuture.failedFuture(error);
    }
    ComputeServiceException e = (ComputeServiceException) error;
    if (absentWhen != null && absentWhen.test(e)) {
      return CompletableFuture.completedFuture(Objects.requireNonNull(absent));
    }
    return CompletableFuture.failedFuture(errors.apply(e));
  }

  private Observation start(Transport transport, @Nullable Observation parent) {
    return transport.observer().start(name, exchange.url, 1, exchange.withMicroversion, parent);
  }
}
