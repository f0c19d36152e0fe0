package io.github.stacksdk.compute;

import io.github.stacksdk.compute.event.AttemptInfo;
import io.github.stacksdk.compute.event.AttemptResult;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.event.PageInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A listener that keeps every operation it hears of, with its events, for the tests to read. */
final class RecordingListener implements ComputeListener {
  final List<Op> operations = new CopyOnWriteArrayList<>();

  @Override
  public OperationListener operationStarted(
      OperationInfo operation, @Nullable OperationListener parent) {
    Op op = new Op(operation, (Op) parent, Thread.currentThread().getName());
    operations.add(op);
    return op;
  }

  List<Op> named(String name) {
    return operations.stream().filter(o -> o.info.name().equals(name)).collect(Collectors.toList());
  }

  Op only(String name) {
    List<Op> named = named(name);
    if (named.size() != 1) {
      throw new AssertionError("one " + name + " expected, was " + operations);
    }
    return named.get(0);
  }

  /** Waits until every operation heard of has ended, or 5 s. */
  void awaitEnded(Predicate<Op> which) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (operations.stream().filter(which).anyMatch(o -> o.result == null)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("operations that did not end: " + operations);
      }
      Thread.sleep(5);
    }
  }

  /** One operation and what it was told, in order. */
  static final class Op implements OperationListener {
    final OperationInfo info;
    final @Nullable Op parent;
    final String startThread;
    final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
    final List<AttemptResult> attemptResults = new CopyOnWriteArrayList<>();
    final List<PageInfo> pages = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile @Nullable OperationResult result;
    volatile int ends;

    Op(OperationInfo info, @Nullable Op parent, String startThread) {
      this.info = info;
      this.parent = parent;
      this.startThread = startThread;
    }

    @Override
    public void attemptStarted(AttemptInfo attempt) {
      attempts.add(attempt);
      events.add("attempt " + attempt.number());
    }

    @Override
    public void attemptEnded(AttemptResult result) {
      attemptResults.add(result);
      events.add(
          "attempt "
              + result.attempt().number()
              + " -> "
              + (result.statusCode().isPresent() ? result.statusCode().getAsInt() : "none"));
    }

    @Override
    public void pageReceived(PageInfo page) {
      pages.add(page);
      events.add("page " + page.number() + " of " + page.items());
    }

    @Override
    public void operationEnded(OperationResult result) {
      this.result = result;
      ends++;
      events.add(
          result.cancelled()
              ? "cancelled"
              : result.failure().map(f -> "failed " + f.getClass().getSimpleName()).orElse("ok"));
    }

    @Override
    public String toString() {
      return info.name() + events;
    }
  }
}
