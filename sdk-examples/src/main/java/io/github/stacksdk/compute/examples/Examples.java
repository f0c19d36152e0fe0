package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.List;
import java.util.Optional;

/** What several examples need. */
final class Examples {
  private Examples() {}

  /** The newest ACTIVE server's id (Nova lists newest first), if the cloud has one. */
  static Optional<String> newestActiveServer(ComputeClient compute) {
    List<Server> first =
        compute
            .listServersPage(
                ListServersRequest.builder().status(ServerStatus.ACTIVE).pageSize(1).build())
            .items();
    return first.stream().findFirst().map(Server::id);
  }

  /** The newest ACTIVE server's id; fails clearly on a cloud without one. */
  static String newestActiveServerId(ComputeClient compute) {
    return newestActiveServer(compute)
        .orElseThrow(() -> new IllegalStateException("this cloud has no active server to show"));
  }
}
