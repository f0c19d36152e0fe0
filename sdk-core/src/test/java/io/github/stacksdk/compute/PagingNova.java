package io.github.stacksdk.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A MockWebServer dispatcher that pages like Nova over a list of server ids, for {@code GET
 * /servers} and {@code GET /servers/detail}: {@code limit} servers after {@code marker}, with a
 * next link when the page is full. A marker is resolved among every id the cloud ever had, as Nova
 * resolves the marker of a deleted server; an unknown one is answered 400. Hooks change the list
 * between requests, to show what a listing does when the cloud changes while it is read.
 */
final class PagingNova extends Dispatcher {
  private final List<String> servers = new CopyOnWriteArrayList<>();
  private final Set<String> everHad = new HashSet<>();
  private final ConcurrentLinkedQueue<HttpUrl> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile @Nullable String failDetailAfter;
  private volatile int failStatus;
  private volatile long delayMillis;
  private volatile @Nullable Consumer<HttpUrl> beforeAnswer;
  private volatile @Nullable Runnable afterIdPage;
  private volatile boolean failOnce;

  /** s10, s20, … : ids whose numbers leave room for servers created between them. */
  static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add("s" + (i * 10));
    }
    return ids;
  }

  PagingNova(List<String> ids) {
    servers.addAll(ids);
    everHad.addAll(ids);
  }

  /** Inserts a server before {@code beforeId} (at the end when null). */
  synchronized void create(String id, @Nullable String beforeId) {
    everHad.add(id);
    servers.add(beforeId == null ? servers.size() : servers.indexOf(beforeId), id);
  }

  void delete(String id) {
    servers.remove(id);
  }

  /** Answers {@code status} to the detail page asked for with this marker. */
  void failDetailPageAfter(String marker, int status) {
    this.failDetailAfter = marker;
    this.failStatus = status;
  }

  /** Fails only the first such request; the next one is answered. */
  void failOnlyOnce() {
    this.failOnce = true;
  }

  /** Changes the cloud right after the first id page has been made, before it is sent. */
  void afterFirstIdPage(Runnable change) {
    this.afterIdPage = change;
  }

  /** Holds every answer back, so that requests overlap. */
  void delayEachAnswer(long millis) {
    this.delayMillis = millis;
  }

  /** Runs before each answer is made, with the request's URL. */
  void beforeAnswer(Consumer<HttpUrl> hook) {
    this.beforeAnswer = hook;
  }

  List<HttpUrl> requests() {
    return new ArrayList<>(requests);
  }

  int mostInFlight() {
    return mostInFlight.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    HttpUrl url = request.getUrl();
    requests.add(url);
    int now = inFlight.incrementAndGet();
    mostInFlight.accumulateAndGet(now, Math::max);
    try {
      Consumer<HttpUrl> hook = beforeAnswer;
      if (hook != null) {
        hook.accept(url);
      }
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      return answer(url);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized MockResponse answer(HttpUrl url) {
    boolean detail = url.encodedPath().endsWith("/servers/detail");
    String marker = url.queryParameter("marker");
    int limit = Integer.parseInt(String.valueOf(url.queryParameter("limit")));
    if (detail && marker != null && marker.equals(failDetailAfter)) {
      if (failOnce) {
        failDetailAfter = null;
      }
      return TestSupport.json(
          failStatus,
          "{\"computeFault\": {\"code\": " + failStatus + ", \"message\": \"page failed\"}}");
    }
    List<String> view = new ArrayList<>(servers);
    int from = 0;
    if (marker != null) {
      if (!everHad.contains(marker)) {
        return TestSupport.json(
            400,
            "{\"badRequest\": {\"code\": 400, \"message\": \"marker ["
                + marker
                + "] not found\"}}");
      }
      // A deleted marker keeps its place: after the last listed id that came before it.
      from = positionAfter(view, marker);
    }
    List<String> page =
        view.subList(Math.min(from, view.size()), Math.min(from + limit, view.size()));
    String next = null;
    if (page.size() == limit) {
      next =
          url.newBuilder()
              .setQueryParameter("marker", page.get(page.size() - 1))
              .build()
              .toString();
    }
    if (detail) {
      return TestSupport.serversPage(page, next);
    }
    MockResponse ids = summaries(page, next);
    Runnable change = afterIdPage;
    if (change != null) {
      afterIdPage = null;
      change.run();
    }
    return ids;
  }

  /** The index after {@code marker} in the current list, placing a deleted one by creation order. */
  private int positionAfter(List<String> view, String marker) {
    int at = view.indexOf(marker);
    if (at >= 0) {
      return at + 1;
    }
    // Ids sort by their number: s7 was between s6 and s8.
    int number = number(marker);
    int index = 0;
    while (index < view.size() && number(view.get(index)) < number) {
      index++;
    }
    return index;
  }

  private static int number(String id) {
    return Integer.parseInt(id.replaceAll("\\D", ""));
  }

  private static MockResponse summaries(List<String> ids, @Nullable String nextHref) {
    StringBuilder servers = new StringBuilder("[");
    for (String id : ids) {
      if (servers.length() > 1) {
        servers.append(", ");
      }
      servers
          .append("{\"id\": \"")
          .append(id)
          .append("\", \"name\": \"n-")
          .append(id)
          .append("\", \"links\": [{\"rel\": \"self\", \"href\": \"http://nova/servers/")
          .append(id)
          .append("\"}]}");
    }
    servers.append("]");
    String links =
        nextHref == null
            ? ""
            : ", \"servers_links\": [{\"rel\": \"next\", \"href\": \"" + nextHref + "\"}]";
    return TestSupport.json(200, "{\"servers\": " + servers + links + "}");
  }
}
