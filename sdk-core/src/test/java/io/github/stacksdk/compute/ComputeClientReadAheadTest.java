package io.github.stacksdk.compute;

import static io.github.stacksdk.compute.TestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.exception.ComputeServiceException;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerSummary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sequential listings ask for the next page as soon as a page arrives, from the second page on, so
 * that Nova renders it while the caller works through the current one.
 */
@Timeout(30)
final class ComputeClientReadAheadTest {
  @StartStop final MockWebServer server = TestSupport.noDelayServer();

  private static List<String> ids(int count) {
    return PagingNova.ids(count);
  }

  private static List<String> markers(PagingNova nova) {
    return nova.requests().stream()
        .map(url -> String.valueOf(url.queryParameter("marker")))
        .collect(Collectors.toList());
  }

  /** Waits until the cloud has been asked {@code count} requests, or fails after 5 s. */
  private static void awaitRequests(PagingNova nova, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (nova.requests().size() < count) {
      assertThat(System.nanoTime())
          .as("the cloud was asked %d requests", count)
          .isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void listServers_asksForThePageAfterTheSecond_beforeTheCallerDoes() throws Exception {
    PagingNova nova = new PagingNova(ids(12));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterator<Page<Server>> pages = compute.listServers(r -> r.pageSize(3)).pages().iterator();

      assertThat(pages.next().items()).extracting(Server::id).containsExactly("s10", "s20", "s30");
      Thread.sleep(200);
      assertThat(markers(nova)).as("no page read ahead after the first").containsExactly("null");

      assertThat(pages.next().items()).extracting(Server::id).containsExactly("s40", "s50", "s60");
      awaitRequests(nova, 3); // without a call of hasNext()
      assertThat(markers(nova)).containsExactly("null", "s30", "s60");

      List<String> rest = new ArrayList<>();
      pages.forEachRemaining(page -> page.items().forEach(s -> rest.add(s.id())));
      assertThat(rest).containsExactly("s70", "s80", "s90", "s100", "s110", "s120");
    }
    // The same requests as one page after another: the full last page links to an empty one.
    assertThat(markers(nova)).containsExactly("null", "s30", "s60", "s90", "s120");
    assertThat(nova.requests())
        .allSatisfy(url -> assertThat(url.encodedPath()).isEqualTo("/v2.1/servers/detail"))
        .allSatisfy(url -> assertThat(url.queryParameter("limit")).isEqualTo("3"));
    assertThat(nova.mostInFlight()).isEqualTo(1);
  }

  @Test
  void listServerSummaries_readsAheadToo() throws Exception {
    PagingNova nova = new PagingNova(ids(9));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      Iterator<Page<ServerSummary>> pages =
          compute
              .listServerSummaries(ListServersRequest.builder().pageSize(3).build())
              .pages()
              .iterator();
      pages.next();
      pages.next();
      awaitRequests(nova, 3);

      assertThat(markers(nova)).containsExactly("null", "s30", "s60");
      assertThat(nova.requests())
          .allSatisfy(url -> assertThat(url.encodedPath()).isEqualTo("/v2.1/servers"));
    }
  }

  @Test
  void listServers_callerStopsWithinTheFirstPage_oneRequestOnly() throws Exception {
    PagingNova nova = new PagingNova(ids(12));
    server.setDispatcher(nova);
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      assertThat(compute.listServers(r -> r.pageSize(3)).stream().map(Server::id).findFirst())
          .contains("s10");
      try (Stream<Server> three = compute.listServers(r -> r.pageSize(3)).stream()) {
        assertThat(three.limit(3).map(Server::id)).containsExactly("s10", "s20", "s30");
      }
      Thread.sleep(200);
    }
    assertThat(markers(nova)).containsExactly("null", "null");
  }

  @Test
  void listServers_streamClosedAfterTheSecondPage_cancelsThePageReadAhead() throws Exception {
    PagingNova nova = new PagingNova(ids(12));
    nova.delayEachAnswer(300);
    server.setDispatcher(nova);
    List<HttpUrl> cancelled = new CopyOnWriteArrayList<>();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.add(call.request().url());
                  }
                })
            .build();
    try (ComputeClient compute = client(server, "/v2.1", http).build()) {
      List<String> taken = new ArrayList<>();
      try (Stream<Server> servers = compute.listServers(r -> r.pageSize(3)).stream()) {
        Iterator<Server> it = servers.iterator();
        while (taken.size() < 4) {
          taken.add(it.next().id());
        }
        awaitRequests(nova, 3); // the page read ahead is on the wire; its answer is held back
      }
      waitQuietly(() -> !cancelled.isEmpty());

      assertThat(taken).containsExactly("s10", "s20", "s30", "s40");
      assertThat(nova.requests()).hasSize(3);
      assertThat(cancelled)
          .extracting(url -> url.queryParameter("marker"))
          .as("the page read ahead")
          .containsExactly("s60");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void listServers_pageReadAheadFails_throwsAtItsPlace_afterTheServersBefore() {
    PagingNova nova = new PagingNova(ids(12));
    nova.failDetailPageAfter("s60", 404);
    server.setDispatcher(nova);
    List<String> listed = new ArrayList<>();
    Throwable failure;
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      failure =
          catchThrowable(
              () -> compute.listServers(r -> r.pageSize(3)).forEach(s -> listed.add(s.id())));
    }
    assertThat(listed).containsExactly("s10", "s20", "s30", "s40", "s50", "s60");
    assertThat(failure)
        .isInstanceOf(ComputeServiceException.class)
        .satisfies(e -> assertThat(((ComputeServiceException) e).statusCode()).isEqualTo(404));
    assertThat(markers(nova)).containsExactly("null", "s30", "s60");
  }

  @Test
  void async_forEachPage_asksForTheNextPageBeforeTheActionRuns() throws Exception {
    PagingNova nova = new PagingNova(ids(9));
    server.setDispatcher(nova);
    List<List<String>> sentWhenHandled = new CopyOnWriteArrayList<>();
    List<String> listed = new CopyOnWriteArrayList<>();
    try (ComputeClient compute = client(server, "/v2.1").build()) {
      compute
          .async()
          .listServers(r -> r.pageSize(3))
          .forEachPage(
              page -> {
                page.items().forEach(s -> listed.add(s.id()));
                if (sentWhenHandled.size() == 1) {
                  // The page read ahead is on its way: give it time to reach the server.
                  waitQuietly(() -> nova.requests().size() >= 3);
                }
                sentWhenHandled.add(markers(nova));
              })
          .get(10, TimeUnit.SECONDS);
    }
    assertThat(listed).containsExactlyElementsOf(ids(9));
    assertThat(sentWhenHandled.get(0)).as("at the first page").containsExactly("null");
    assertThat(sentWhenHandled.get(1)).as("at the second").containsExactly("null", "s30", "s60");
    assertThat(markers(nova)).containsExactly("null", "s30", "s60", "s90");
    assertThat(nova.mostInFlight()).isEqualTo(1);
  }

  /** Waits up to 5 s for {@code condition}, without failing (on OkHttp's thread). */
  private static void waitQuietly(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
