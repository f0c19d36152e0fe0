package io.github.stacksdk.compute.examples;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.ListServersRequest;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.model.ServerStatus;
import java.util.List;

/** What several examples need. */
final class Examples {
  private Examples() {}

  /** The newest ACTIVE server (Nova lists newest first); fails clearly on a cloud without one. */
  static String newestActiveServerId(ComputeClient compute) {
    List<Server> first =
        compute.listServersPage(ListServersRequest.builder().status(ServerStatus.ACTIVE).pageSize(1).build()).items();
    if (first.isEmpty()) {
      throw new IllegalStateException("this cloud has no active server to show");
    }
    return first.get(0).id();
  }
}
