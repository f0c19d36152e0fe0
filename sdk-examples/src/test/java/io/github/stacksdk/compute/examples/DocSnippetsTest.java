package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code snippets of README.md and of {@code docs/*.md} are copies of tagged regions of the
 * example files: each block after a {@code <!-- snippet: File.java#tag -->} line must equal the
 * region between {@code // tag::tag[]} and {@code // end::tag[]} in that file, indentation removed.
 */
final class DocSnippetsTest {
  private static final Path EXAMPLES = Path.of("src/main/java/io/github/stacksdk/compute/examples");
  private static final Pattern SNIPPET =
      Pattern.compile(
          "<!-- snippet: (\\w+\\.java)#([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- snippet:");

  @Test
  void everySnippet_isTheTaggedRegionOfItsExample() throws IOException {
    int count = 0;
    for (Path document : documents()) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      Matcher snippets = SNIPPET.matcher(text);
      int found = 0;
      while (snippets.find()) {
        found++;
        String source =
            Files.readString(EXAMPLES.resolve(snippets.group(1)), StandardCharsets.UTF_8);
        assertThat(snippets.group(3))
            .as("%s snippet %s#%s", document, snippets.group(1), snippets.group(2))
            .isEqualTo(region(source, snippets.group(2)));
      }
      assertThat(found)
          .as("snippet markers in %s followed by a java block", document)
          .isEqualTo(markers(text));
      count += found;
    }
    assertThat(count).as("snippets in README.md and docs/*.md").isGreaterThanOrEqualTo(4);
  }

  /** README.md and every {@code .md} file of {@code docs/}. */
  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    documents.add(Path.of("../README.md"));
    try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
      documents.addAll(
          docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
    }
    return documents;
  }

  private static int markers(String text) {
    Matcher markers = MARKER.matcher(text);
    int count = 0;
    while (markers.find()) {
      count++;
    }
    return count;
  }

  static String region(String source, String tag) {
    String begin = "// tag::" + tag + "[]";
    String end = "// end::" + tag + "[]";
    int from = source.indexOf(begin);
    int to = source.indexOf(end);
    assertThat(from).as("%s in the example", begin).isNotNegative();
    assertThat(to).as("%s after %s", end, begin).isGreaterThan(from);
    List<String> lines =
        new ArrayList<>(
            List.of(source.substring(source.indexOf('\n', from) + 1, to).split("\n", -1)));
    lines.remove(lines.size() - 1); // the indentation before the end tag
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
