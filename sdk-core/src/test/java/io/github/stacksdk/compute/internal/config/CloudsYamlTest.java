package io.github.stacksdk.compute.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.stacksdk.compute.ExceptionTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clouds.yaml or secure.yaml that is not valid YAML is named by place, never quoted. */
final class CloudsYamlTest {
  private static final String PASSWORD = "s3cret-pa55word";

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String cloud(String passwordLine) {
    return "clouds:\n"
        + "  test:\n"
        + "    auth:\n"
        + "      auth_url: https://identity.example/v3\n"
        + "      username: alice\n"
        + passwordLine
        + "      user_domain_name: Default\n";
  }

  /** The quote opens on line 6; the parser reports where its key ends. */
  @Test
  void cloudsYaml_unterminatedQuoteOnThePasswordLine_namesFileLineAndColumn_notThePassword()
      throws Exception {
    Path file = write("clouds.yaml", cloud("      password: \"" + PASSWORD + "\n"));

    Throwable thrown = catchThrowable(() -> CloudsYaml.load("test", Map.of(), dir, dir));

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot read " + file + ": not valid YAML at line 6, column 15")
        .hasNoCause();
    assertThat(thrown.getSuppressed()).isEmpty();
    assertThat(ExceptionTexts.of(thrown)).doesNotContain(PASSWORD).doesNotContain("s3cret");
  }

  @Test
  void secureYaml_unterminatedQuote_namesFileLineAndColumn_notThePassword() throws Exception {
    write("clouds.yaml", cloud(""));
    Path secure =
        write("secure.yaml", "clouds:\n  test:\n    auth:\n      password: '" + PASSWORD + "\n");

    Throwable thrown = catchThrowable(() -> CloudsYaml.load("test", Map.of(), dir, dir));

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot read " + secure + ": not valid YAML at line 4, column 15")
        .hasNoCause();
    assertThat(ExceptionTexts.of(thrown)).doesNotContain(PASSWORD).doesNotContain("s3cret");
  }

  @Test
  void cloudsYaml_badIndentation_givesTheLineOfTheError() throws Exception {
    Path file =
        write(
            "clouds.yaml",
            "clouds:\n  test:\n    auth:\n      password: " + PASSWORD + "\n     bad: [x\n");

    Throwable thrown = catchThrowable(() -> CloudsYaml.load("test", Map.of(), dir, dir));

    assertThat(thrown)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot read " + file + ": not valid YAML at line 5, column 6")
        .hasNoCause();
    assertThat(ExceptionTexts.of(thrown)).doesNotContain(PASSWORD);
  }
}
