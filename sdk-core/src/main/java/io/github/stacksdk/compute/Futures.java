package io.github.stacksdk.compute;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Future stages whose cancellation reaches the stage they wait on, down to the HTTP call: the
 * JDK's {@code thenApply} and {@code exceptionally} do not pass a {@code cancel} upstream.
 */
final class Futures {
  private Futures() {}

  /** The result of {@code source} transformed by {@code f}, failing as {@code source} fails. */
  static <A, B> CompletableFuture<B> map(
      CompletableFuture<A> source, Function<? super A, ? extends B> f) {
    Chained<B> result = new Chained<>(source);
    source.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(unwrap(error));
            return;
          }
          try {
            result.complete(f.apply(value));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /**
   * The stage {@code next} makes of the result of {@code source}, failing as either fails;
   * cancelling the result cancels the stage it waits on.
   */
  static <A, B> CompletableFuture<B> compose(
      CompletableFuture<A> source, Function<A, CompletableFuture<B>> next) {
    Chained<B> result = new Chained<>(source);
    source.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(unwrap(error));
            return;
          }
          try {
            result.follow(next.apply(value));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /** Completes, with no value, when {@code source} does; fails as it fails. */
  static CompletableFuture<Void> done(CompletableFuture<?> source) {
    Chained<Void> result = new Chained<>(source);
    source.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(unwrap(error));
          } else {
            result.complete(null);
          }
        });
    return result;
  }

  /** The result of {@code source}, or when it fails, of the stage {@code fallback} makes of the error. */
  static <T> CompletableFuture<T> recover(
      CompletableFuture<T> source, Function<Throwable, CompletableFuture<T>> fallback) {
    Chained<T> result = new Chained<>(source);
    source.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
            return;
          }
          CompletableFuture<T> next;
          try {
            next = fallback.apply(unwrap(error));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
          }
          result.follow(next);
        });
    return result;
  }

  /**
   * Waits for {@code future} and returns its value, or throws what it failed with, unwrapped: the
   * synchronous face of a call defined once for the asynchronous one.
   */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException | CancellationException e) {
      Throwable failure = unwrap(e);
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      throw e;
    }
  }

  /** The exception a stage failed with, without the JDK's {@code CompletionException} wrapper. */
  static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** What a stage ended with: its value, or its failure (unwrapped) when it failed. */
  @FunctionalInterface
  interface Outcome<T> {
    void accept(@Nullable T value, @Nullable Throwable failure);
  }

  /** A future that, when cancelled, cancels the stage it currently waits on. */
  static class Chained<T> extends CompletableFuture<T> {
    private volatile @Nullable CompletableFuture<?> upstream;

    Chained(@Nullable CompletableFuture<?> upstream) {
      this.upstream = upstream;
    }

    /** Cancels {@code stage} when this is cancelled, from now on. */
    void watch(CompletableFuture<?> stage) {
      upstream = stage;
      if (isCancelled()) {
        stage.cancel(true);
      }
    }

    /** Completes as {@code next} completes, and cancels it when this is cancelled. */
    void follow(CompletableFuture<T> next) {
      follow(next, (value, failure) -> {});
    }

    /**
     * Completes as {@code next} completes, once {@code first} has run on its outcome, so that
     * {@code first} comes before any stage of this future's; cancels {@code next} when this is
     * cancelled.
     */
    void follow(CompletableFuture<T> next, Outcome<T> first) {
      watch(next);
      next.whenComplete(
          (value, error) -> {
            Throwable failure = error == null ? null : unwrap(error);
            try {
              first.accept(value, failure);
            } finally {
              if (failure != null) {
                completeExceptionally(failure);
              } else {
                complete(value);
              }
            }
          });
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      CompletableFuture<?> stage = upstream;
      if (stage != null) {
        stage.cancel(mayInterruptIfRunning);
      }
      return cancelled;
    }
  }
}
