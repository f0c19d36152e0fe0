package io.github.stacksdk.compute.benchmarks;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.Page;
import io.github.stacksdk.compute.model.Server;

/**
 * A fresh JVM's first page through the SDK: {@code ColdStart} times this program from its launch
 * to the line it prints. Loads only what an application listing servers loads.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  public static void main(String[] args) {
    try (ComputeClient compute =
        ComputeClient.builder().endpoint(args[0]).token(Cloud.TOKEN).build()) {
      Page<Server> first =
          compute.listServers(r -> r.pageSize(Cloud.PAGE)).pages().iterator().next();
      System.out.println("first-page " + first.items().size());
    }
    System.out.flush();
    System.exit(0);
  }
}
