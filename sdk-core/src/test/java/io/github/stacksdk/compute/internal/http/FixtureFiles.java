package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the bodies under {@code src/test/resources/fixtures/}. */
final class FixtureFiles {
  private FixtureFiles() {}

  /** The bytes of {@code fixtures/<path>}. */
  static byte[] bytes(String path) {
    try (InputStream in = FixtureFiles.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code fixtures/<path>}. */
  static String read(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** The names of the {@code .json} files in {@code fixtures/<directory>}, sorted. */
  static List<String> jsonFiles(String directory) {
    URL url = FixtureFiles.class.getResource("/fixtures/" + directory);
    if (url == null) {
      throw new IllegalArgumentException("no fixture directory " + directory);
    }
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
