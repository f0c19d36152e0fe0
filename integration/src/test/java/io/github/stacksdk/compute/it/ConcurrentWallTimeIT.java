package io.github.stacksdk.compute.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.model.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wall time of concurrent listings against the sequential one, over every server in pages of
 * 3: one warm-up of each, then five rounds, in alternating order. It prints the figures (recorded
 * in {@code integration/nova/NOTES.md}) and asserts only that every run lists the same servers:
 * the machine's load decides the times.
 */
final class ConcurrentWallTimeIT {
  private static final List<Integer> CONCURRENCY = List.of(1, 2, 4);
  private static final int ROUNDS = 5;

  @OnEachCloud
  void concurrentAndSequential_listTheSameServers_timesPrinted(Cloud cloud) {
    ListServersRequest request = ListServersRequest.builder().allTenants(true).pageSize(3).build();
    try (ComputeClient compute = cloud.admin().build()) {
      List<String> expected = ids(compute, request, 1);
      assertThat(expected).hasSize(Seed.ADMIN.size() + Seed.DEMO.size());
      for (int n : CONCURRENCY.subList(1, CONCURRENCY.size())) {
        assertThat(ids(compute, request, n)).containsExactlyElementsOf(expected);
      }

      Map<Integer, List<Double>> millis = new TreeMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        List<Integer> order = new ArrayList<>(CONCURRENCY);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (int n : order) {
          long start = System.nanoTime();
          List<String> listed = ids(compute, request, n);
          millis.computeIfAbsent(n, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
          assertThat(listed)
              .as("concurrency %d, round %d", n, round)
              .containsExactlyElementsOf(expected);
        }
      }
      print(cloud, expected.size(), millis);
    }
  }

  private static void print(Cloud cloud, int servers, Map<Integer, List<Double>> millis) {
    List<Double> sequential = millis.get(1);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "wall time, %s, %d servers in pages of 3, %d rounds:%n", cloud, servers, ROUNDS));
    for (Map.Entry<Integer, List<Double>> e : millis.entrySet()) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        ratios.add(e.getValue().get(i) / sequential.get(i));
      }
      out.append(
          String.format(
              "  concurrency %d: median %.0f ms (%.0f-%.0f); ratio to sequential, same round: median %.2f (%.2f-%.2f)%n",
              e.getKey(),
              median(e.getValue()),
              Collections.min(e.getValue()),
              Collections.max(e.getValue()),
              median(ratios),
              Collections.min(ratios),
              Collections.max(ratios)));
    }
    System.out.print(out);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  private static List<String> ids(ComputeClient compute, ListServersRequest request, int n) {
    try (Stream<Server> servers = compute.listServers(request).concurrency(n).stream()) {
      return servers.map(Server::id).collect(Collectors.toList());
    }
  }
}
