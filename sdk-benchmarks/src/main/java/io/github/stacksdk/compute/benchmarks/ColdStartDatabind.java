package io.github.stacksdk.compute.benchmarks;

import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * A fresh JVM's first page through baseline (b), OkHttp and Jackson databind; the counterpart of
 * {@link ColdStartSdk}. Loads none of the SDK's classes.
 */
public final class ColdStartDatabind {
  private ColdStartDatabind() {}

  public static void main(String[] args) throws IOException {
    HandRolledClient client = new HandRolledClient(new OkHttpClient(), args[0], Cloud.TOKEN);
    HandRolledClient.ServersPage first = client.page(Cloud.PAGE, null);
    System.out.println("first-page " + (first.servers != null ? first.servers.size() : 0));
    System.out.flush();
    System.exit(0);
  }
}
