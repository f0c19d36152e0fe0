package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.Delays;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** Records the waits between attempts instead of sleeping, so retry tests run at once. */
final class RecordingDelays implements Delays {
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration wait) {
    waits.add(wait);
  }

  @Override
  public Executor after(Duration wait, Executor then) {
    waits.add(wait);
    return then;
  }
}
