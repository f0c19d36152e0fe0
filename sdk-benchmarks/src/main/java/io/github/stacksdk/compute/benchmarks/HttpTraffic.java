package io.github.stacksdk.compute.benchmarks;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * What a client received over HTTP, counted by OkHttp's events: calls, body bytes as OkHttp read
 * them ({@code responseBodyEnd}), header bytes, and the calls in flight. One listener for every
 * call of the client, so that the watch and the re-listing it is compared with are counted alike.
 */
final class HttpTraffic extends EventListener {
  /** A snapshot of the counters. */
  static final class Counts {
    final long calls;
    final long bodyBytes;
    final long headerBytes;

    Counts(long calls, long bodyBytes, long headerBytes) {
      this.calls = calls;
      this.bodyBytes = bodyBytes;
      this.headerBytes = headerBytes;
    }

    Counts minus(Counts earlier) {
      return new Counts(
          calls - earlier.calls, bodyBytes - earlier.bodyBytes, headerBytes - earlier.headerBytes);
    }
  }

  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong bodyBytes = new AtomicLong();
  private final AtomicLong headerBytes = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong otherCalls = new AtomicLong();
  private final AtomicInteger othersInFlight = new AtomicInteger();

  Counts counts() {
    return new Counts(calls.get(), bodyBytes.get(), headerBytes.get());
  }

  /** Calls started and not yet ended or failed. */
  int inFlight() {
    return inFlight.get();
  }

  /**
   * Calls other than the pages of a full listing (a watch's resync reads one beside its polls):
   * started so far, and in flight.
   */
  long callsButListings() {
    return otherCalls.get();
  }

  int inFlightButListings() {
    return othersInFlight.get();
  }

  /** A page of a full listing: the detail listing without {@code changes-since}. */
  private static boolean isListingPage(Call call) {
    return call.request().url().encodedPath().endsWith("/servers/detail")
        && call.request().url().queryParameter("changes-since") == null;
  }

  @Override
  public void callStart(Call call) {
    calls.incrementAndGet();
    inFlight.incrementAndGet();
    if (!isListingPage(call)) {
      otherCalls.incrementAndGet();
      othersInFlight.incrementAndGet();
    }
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    headerBytes.addAndGet(response.headers().byteCount());
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    bodyBytes.addAndGet(byteCount);
  }

  @Override
  public void callEnd(Call call) {
    ended(call);
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    ended(call);
  }

  private void ended(Call call) {
    inFlight.decrementAndGet();
    if (!isListingPage(call)) {
      othersInFlight.decrementAndGet();
    }
  }
}
