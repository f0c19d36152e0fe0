package io.github.stacksdk.compute.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.model.Server;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jackson-dataformat-yaml is optional in sdk-core: without it (or without SnakeYAML),
 * {@code fromCloudsYaml(..)} names the artifact to add, and the rest of the client still works.
 */
final class CloudsYamlWithoutYamlTest {
  private static final String ARTIFACT = "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml";

  @TempDir Path dir;

  @Test
  void requireYaml_yamlModuleMissing_namesTheArtifact() {
    ClassLoader withoutYaml =
        new Hiding(CloudsYaml.class.getClassLoader(), "com.fasterxml.jackson.dataformat.yaml.");

    assertThatThrownBy(() -> CloudsYaml.requireYaml(withoutYaml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ARTIFACT)
        .hasMessageContaining("YAMLFactory is missing");
  }

  @Test
  void requireYaml_snakeYamlMissing_namesTheArtifact() {
    ClassLoader withoutSnakeYaml =
        new Hiding(CloudsYaml.class.getClassLoader(), "org.yaml.snakeyaml.");

    assertThatThrownBy(() -> CloudsYaml.requireYaml(withoutSnakeYaml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ARTIFACT)
        .hasMessageContaining("org.yaml.snakeyaml");
  }

  @Test
  void requireYaml_yamlPresent_passes() {
    CloudsYaml.requireYaml(CloudsYaml.class.getClassLoader());
  }

  /** The SDK's own classes loaded where YAML cannot be found, as in an application without it. */
  @Test
  void fromCloudsYaml_withoutYamlOnTheClassPath_throwsIllegalStateNamingTheArtifact()
      throws Exception {
    Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n  test:\n    auth:\n      token: t\n");
    try (URLClassLoader sdk = sdkWithoutYaml()) {
      Class<?> client = sdk.loadClass(ComputeClient.class.getName());
      assertThat(client).isNotSameAs(ComputeClient.class);
      Method fromCloudsYaml =
          sdk.loadClass("io.github.stacksdk.compute.BuilderFromSettings")
              .getDeclaredMethod("fromCloudsYaml", String.class, Map.class, Path.class, Path.class);
      fromCloudsYaml.setAccessible(true);

      assertThatThrownBy(() -> invoke(fromCloudsYaml, "test", Map.of(), dir, dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "ComputeClient.fromCloudsYaml(..) needs " + ARTIFACT + " on the class path")
          .hasMessageContaining("add that dependency");
      // Everything else loads and builds without YAML.
      Object builder = client.getMethod("builder").invoke(null);
      builder
          .getClass()
          .getMethod("endpoint", String.class)
          .invoke(builder, "http://127.0.0.1:1/v2.1");
      builder.getClass().getMethod("token", String.class).invoke(builder, "t");
      ((AutoCloseable) builder.getClass().getMethod("build").invoke(builder)).close();
    }
  }

  private static Object invoke(Method method, Object... args) throws Throwable {
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** sdk-core's and sdk-model's classes, loaded first by this loader; the rest from the test's, minus YAML. */
  private static URLClassLoader sdkWithoutYaml() {
    URL core = ComputeClient.class.getProtectionDomain().getCodeSource().getLocation();
    URL model = Server.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader parent =
        new Hiding(
            CloudsYaml.class.getClassLoader(),
            "com.fasterxml.jackson.dataformat.yaml.",
            "org.yaml.");
    return new URLClassLoader(new URL[] {core, model}, parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.github.stacksdk.")) {
          return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
          Class<?> loaded = findLoadedClass(name);
          if (loaded == null) {
            loaded = findClass(name);
          }
          if (resolve) {
            resolveClass(loaded);
          }
          return loaded;
        }
      }
    };
  }

  /** Delegates to its parent, except for the packages it hides. */
  private static final class Hiding extends ClassLoader {
    private final String[] hidden;

    Hiding(ClassLoader parent, String... hidden) {
      super(parent);
      this.hidden = hidden;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      for (String prefix : hidden) {
        if (name.startsWith(prefix)) {
          throw new ClassNotFoundException(name);
        }
      }
      return super.loadClass(name, resolve);
    }
  }
}
