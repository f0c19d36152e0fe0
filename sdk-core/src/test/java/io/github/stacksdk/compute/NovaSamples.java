package io.github.stacksdk.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Nova's api-samples as the model's tests hold them, read from {@code sdk-model}'s test resources
 * (their sources and commits are recorded there), so that the client's tests answer with Nova's
 * own bodies without a second copy.
 */
final class NovaSamples {
  private static final Path DIR =
      Path.of("..", "sdk-model", "src", "test", "resources", "fixtures", "nova-api-samples");

  private NovaSamples() {}

  /** The sample at this path below {@code doc/api_samples/}, such as {@code limits/limit-get-resp.json}. */
  static String read(String path) {
    try {
      return Files.readString(DIR.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
