package io.github.stacksdk.compute.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * Parses real server bodies and compares the value of every accessor with a golden file: {@code
 * src/test/resources/expected/<fixture>.txt} holds the server as {@link ModelText} renders it,
 * every attribute and derived view of the server and of what it is made of, so a value that
 * changes, or an accessor added to a model, shows up as a line that differs.
 *
 * <p>After an intended change, rewrite the golden files and review their diff:
 *
 * <pre>
 * mvn -pl sdk-model test -Dtest=ServerFixtureValuesTest -Dgolden.update=true
 * </pre>
 */
final class ServerFixtureValuesTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "api-docs/servers-detail-testvm1.json",
        "nova-api-samples/servers/servers-details-resp.json",
        "nova-api-samples/servers/v2.47/servers-details-resp.json",
        "nova-api-samples/servers/v2.69/servers-details-resp.json",
        "nova-api-samples/servers/v2.69/server-get-resp.json",
        "nova-api-samples/servers/v2.98/servers-details-resp.json",
        "nova-api-samples/servers/v2.100/servers-details-resp.json",
        "third-party/gophercloud-gophercloud_server-get-fault_FaultyServerBody.json"
      })
  void fixture_everyAccessor_asInItsGoldenFile(String fixture) throws IOException {
    String golden = "expected/" + fixture.replaceAll("\\.json$", ".txt");
    String actual = ModelText.render(Fixtures.server(fixture));
    if (UPDATE) {
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources", golden);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = resource(golden);
    if (!expected.equals(actual)) {
      String message =
          golden
              + " differs from the server read from "
              + fixture
              + " (if the change is intended, rewrite it with -Dgolden.update=true):\n"
              + diff(expected, actual);
      throw new AssertionFailedError(message, expected, actual);
    }
  }

  @Test
  void userData_isRedactedFromToString() {
    Server s = Fixtures.server("nova-api-samples/servers/v2.47/servers-details-resp.json");

    assertThat(s.userData()).contains("IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==");
    assertThat(s.toString())
        .doesNotContain("IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==");
  }

  /** The lines between the common head and tail of the two texts, numbered. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().collect(Collectors.toList());
    List<String> b = actual.lines().collect(Collectors.toList());
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    StringBuilder out = new StringBuilder("@@ line " + (head + 1) + " @@\n");
    for (String line : a.subList(head, a.size() - tail)) {
      out.append("- ").append(line).append('\n');
    }
    for (String line : b.subList(head, b.size() - tail)) {
      out.append("+ ").append(line).append('\n');
    }
    return out.toString();
  }

  private static String resource(String path) {
    try (InputStream in = ServerFixtureValuesTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new AssertionFailedError(
            "no golden file " + path + "; write it with -Dgolden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
