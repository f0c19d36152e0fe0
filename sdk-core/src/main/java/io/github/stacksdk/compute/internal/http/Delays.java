package io.github.stacksdk.compute.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts, blocking or not: the compute calls' retries and the identity calls'
 * reconnects. Tests replace it to record the waits instead of sleeping.
 */
public interface Delays {
  /** Blocks this thread for {@code wait}. */
  void sleep(Duration wait) throws InterruptedException;

  /** Runs what it is given on {@code then} once {@code wait} has passed, without blocking. */
  Executor after(Duration wait, Executor then);

  /** Real time: {@code Thread.sleep} and the JDK's delayed executor. */
  Delays SYSTEM =
      new Delays() {
        @Override
        public void sleep(Duration wait) throws InterruptedException {
          TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        }

        @Override
        public Executor after(Duration wait, Executor then) {
          return CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, then);
        }
      };
}
