package io.github.stacksdk.compute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one measurement the build runs (in a few seconds): 100,000 servers streamed through {@code
 * listServers(..).stream()} by a JVM of its own with a 32 MB heap, its loopback server in the same
 * heap. The benchmarks themselves run only from run.sh.
 */
final class SmallHeapStreamTest {

  @Test
  void stream_100000ServersInXmx32m_succeeds() throws IOException, InterruptedException {
    // Surefire's class path may be a manifest-only jar; its own property has the real one.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                classPath,
                SmallHeapStream.class.getName())
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("ok: streamed 100000 servers").contains("max heap 32 MB");
  }
}
