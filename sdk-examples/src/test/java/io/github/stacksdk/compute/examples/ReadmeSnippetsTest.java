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
import org.junit.jupiter.api.Test;

/**
 * The README's code snippets are copies of tagged regions of the example files: each block after
 * a {@code <!-- snippet: File.java#tag -->} line must equal the region between {@code //
 * tag::tag[]} and {@code // end::tag[]} in that file, indentation removed.
 */
final class ReadmeSnippetsTest {
  private static final Path EXAMPLES = Path.of("src/main/java/io/github/stacksdk/compute/examples");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\w+\\.java)#([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everySnippet_isTheTaggedRegionOfItsExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher snippets = SNIPPET.matcher(readme);
    int count = 0;
    while (snippets.find()) {
      count++;
      String source = Files.readString(EXAMPLES.resolve(snippets.group(1)), StandardCharsets.UTF_8);
      assertThat(snippets.group(3))
          .as("README snippet %s#%s", snippets.group(1), snippets.group(2))
          .isEqualTo(region(source, snippets.group(2)));
    }
    assertThat(count).as("snippets in README.md").isGreaterThanOrEqualTo(3);
  }

  static String region(String source, String tag) {
    String begin = "// tag::" + tag + "[]";
    String end = "// end::" + tag + "[]";
    int from = source.indexOf(begin);
    int to = source.indexOf(end);
    assertThat(from).as("%s in the example", begin).isNotNegative();
    assertThat(to).as("%s after %s", end, begin).isGreaterThan(from);
    List<String> lines = new ArrayList<>(List.of(source.substring(source.indexOf('\n', from) + 1, to).split("\n", -1)));
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
