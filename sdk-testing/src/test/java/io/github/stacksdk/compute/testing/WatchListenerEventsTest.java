package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.RetryPolicy;
import io.github.stacksdk.compute.ServerWatch;
import io.github.stacksdk.compute.event.ComputeListener;
import io.github.stacksdk.compute.event.OperationInfo;
import io.github.stacksdk.compute.event.OperationListener;
import io.github.stacksdk.compute.event.OperationResult;
import io.github.stacksdk.compute.model.Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server watch's listings are operations of their own names, with their pages as children. */
@Timeout(30)
final class WatchListenerEventsTest {

  /** Each operation's name, its parent's name, and how it ended. */
  private static final class Names implements ComputeListener {
    final List<String> started = new CopyOnWriteArrayList<>();
    final Map<String, List<String>> ended = new ConcurrentHashMap<>();

    @Override
    public OperationListener operationStarted(
        OperationInfo operation, @Nullable OperationListener parent) {
      String name =
          parent == null ? operation.name() : ((Named) parent).name + ">" + operation.name();
      started.add(name);
      return new Named(name, this);
    }
  }

  private static final class Named implements OperationListener {
    final String name;
    final Names all;

    Named(String name, Names all) {
      this.name = name;
      this.all = all;
    }

    @Override
    public void operationEnded(OperationResult result) {
      all.ended
          .computeIfAbsent(name, n -> new CopyOnWriteArrayList<>())
          .add(result.failure().isPresent() ? "failed" : result.cancelled() ? "cancelled" : "ok");
    }
  }

  @Test
  void watch_namesItsFirstListingPollsAndProbe() throws Exception {
    Names names = new Names();
    try (FakeCompute fake = FakeCompute.start()) {
      fake.createServer(Server.builder().id("a").name("web-a").statusAsString("ACTIVE").build());
      try (ComputeClient compute =
              fake.clientBuilder().retryPolicy(RetryPolicy.none()).addListener(names).build();
          ServerWatch watch =
              ServerWatch.builder(compute).interval(Duration.ofMillis(50)).start()) {
        watch.synced().get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watch.stats().polls() < 2) {
          assertThat(System.nanoTime()).isLessThan(deadline);
          Thread.sleep(10);
        }
        assertThat(watch.snapshot()).containsOnlyKeys("a");
      }
      List<String> sent = new ArrayList<>();
      for (Optional<FakeRequest> r = fake.pollRequest(Duration.ZERO);
          r.isPresent();
          r = fake.pollRequest(Duration.ZERO)) {
        sent.add(
            r.get().path() + (r.get().queryParameter("changes-since").isPresent() ? " since" : ""));
      }
      assertThat(sent.get(0)).isEqualTo("/v2.1/servers"); // the probe of the cloud's clock
      assertThat(sent).contains("/v2.1/servers/detail", "/v2.1/servers/detail since");
    }
    assertThat(names.started)
        .contains(
            "servers.list_summaries.page",
            "servers.watch.list",
            "servers.watch.list>servers.list.page",
            "servers.watch.poll",
            "servers.watch.poll>servers.list.page");
    assertThat(
            names.started.stream()
                .filter(n -> n.startsWith("servers.list"))
                .collect(Collectors.toList()))
        .as("no listing that is not the watch's")
        .containsOnly("servers.list_summaries.page");
    assertThat(names.ended.get("servers.watch.list")).containsExactly("ok");
    assertThat(names.ended.get("servers.watch.poll")).contains("ok");
  }
}
