package io.github.stacksdk.compute;

import io.github.stacksdk.compute.internal.http.CallLogging;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every line the SDK logs, at every level, TRACE included. */
final class RecordingLogSink implements CallLogging.Sink {
  final List<String> debug = new CopyOnWriteArrayList<>();
  final List<String> trace = new CopyOnWriteArrayList<>();
  final List<String> warn = new CopyOnWriteArrayList<>();

  /** Every line, in no particular order across levels. */
  List<String> all() {
    List<String> all = new ArrayList<>(debug);
    all.addAll(trace);
    all.addAll(warn);
    return all;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public void debug(String line) {
    debug.add(line);
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public void trace(String line) {
    trace.add(line);
  }

  @Override
  public void warn(String line) {
    warn.add(line);
  }
}
