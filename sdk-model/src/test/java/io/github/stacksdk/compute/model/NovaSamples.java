package io.github.stacksdk.compute.model;

import com.fasterxml.jackson.core.JsonParser;
import io.github.stacksdk.compute.model.internal.JsonReading;
import io.github.stacksdk.compute.model.internal.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Nova api-samples of one resource folder, and its body readers run over them. */
final class NovaSamples {
  private NovaSamples() {}

  /** The paths below {@code fixtures/} of every {@code .json} file below {@code folder}. */
  static List<String> under(String folder) {
    try {
      Path root = Paths.get(Fixtures.class.getResource("/fixtures").toURI());
      try (Stream<Path> files = Files.walk(root.resolve(folder))) {
        return files
            .filter(f -> f.toString().endsWith(".json"))
            .map(f -> root.relativize(f).toString().replace('\\', '/'))
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads {@code json} with a body reader, from a parser before its first token. */
  static <T> T readBody(String json, JsonReading.ValueReader<T> reader) {
    try (JsonParser p = ModelJson.factory().createParser(json)) {
      T value = reader.read(p);
      if (value == null) {
        throw new IllegalStateException("no body");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
