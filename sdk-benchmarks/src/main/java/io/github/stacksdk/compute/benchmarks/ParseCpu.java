package io.github.stacksdk.compute.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stacksdk.compute.internal.json.ResponseBodies;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * A side check, not one of the targets: the reading alone, without HTTP, of one page of 1,000
 * servers from memory, as the reading thread's CPU time and allocation per server. Three readers:
 * the SDK's (the readers its client uses), Jackson databind into the hand-written class as
 * baseline (b) does, and the tokenizer decoding every string (what any reader must at least do).
 * CPU time is less disturbed than wall time by other tenants of a shared machine, though not
 * immune; each reader runs in several rounds, alternating, and the median is printed.
 *
 * <p>Run with the benchmark class path: {@code java -cp … ParseCpu [rounds]}.
 */
public final class ParseCpu {
  private static final int PARSES = 200;

  private ParseCpu() {}

  /** One way of reading the page; returns something that depends on what was read. */
  private interface Reader {
    int read(byte[] page) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    byte[] page = ServerBodies.page(0, Cloud.PAGE, Cloud.PAGE, "http://127.0.0.1:8774/v2.1");
    JsonFactory sdkFactory = ModelJson.factory();
    ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    JsonFactory plain = new JsonFactory();
    @SuppressWarnings("NullAway") // the page read is ServerBodies.page(..), which has its servers
    Reader[] readers = {
      bytes -> {
        try (JsonParser p = sdkFactory.createParser(bytes)) {
          return ResponseBodies.servers(p, Integer.MAX_VALUE).servers.size();
        }
      },
      bytes -> mapper.readValue(bytes, HandRolledClient.ServersPage.class).servers.size(),
      bytes -> {
        int sum = 0;
        try (JsonParser p = plain.createParser(bytes)) {
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
              sum += p.getTextLength(); // decodes the string, as every reader must
            }
          }
        }
        return sum;
      }
    };
    String[] names = {"SDK readers", "(b) Jackson databind", "tokenizer, strings decoded"};
    double[][] cpu = new double[readers.length][rounds];
    double[] allocation = new double[readers.length];
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (Reader reader : readers) {
      for (int i = 0; i < 5 * PARSES; i++) {
        sink += reader.read(page); // warm-up
      }
    }
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < readers.length; k++) {
        int r = (k + round) % readers.length;
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < PARSES; i++) {
          sink += readers[r].read(page);
        }
        cpu[r][round] =
            (threads.getCurrentThreadCpuTime() - start) / (double) (PARSES * Cloud.PAGE);
        allocation[r] =
            (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes)
                / (double) (PARSES * Cloud.PAGE);
      }
    }
    for (int r = 0; r < readers.length; r++) {
      double[] sorted = cpu[r].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-28s %,8.0f ns CPU per server (median of %d; %,.0f to %,.0f) %,8.0f B/server%n",
          names[r],
          ColdStart.median(cpu[r]),
          rounds,
          sorted[0],
          sorted[rounds - 1],
          allocation[r]);
    }
    if (sink == 42) {
      System.out.println();
    }
  }
}
