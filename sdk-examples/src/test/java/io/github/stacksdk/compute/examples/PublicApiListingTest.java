package io.github.stacksdk.compute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.micrometer.ComputeMetrics;
import io.github.stacksdk.compute.model.Server;
import io.github.stacksdk.compute.opentelemetry.ComputeTracing;
import io.github.stacksdk.compute.testing.FakeCompute;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public member of each published module, compared with the listing checked in under {@code
 * api/} at the root of the repository (as OkHttp keeps {@code okhttp.api}): a change to the public
 * API shows up in review as a change to that file. After an intended change, regenerate the
 * listings with {@code mvn -pl sdk-examples -am test -Dtest=PublicApiListingTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true} and commit them.
 *
 * <p>Listed: each public type outside {@code internal} packages, with its supertypes, and its
 * public and protected constructors, methods (inherited ones too, but not {@code Object}'s) and
 * fields, in the JDK's generic form, sorted.
 */
final class PublicApiListingTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "compute-sdk-model",
        "compute-sdk-core",
        "compute-sdk-testing",
        "compute-sdk-micrometer",
        "compute-sdk-opentelemetry"
      })
  void publicApi_isTheCheckedInListing(String artifact) throws Exception {
    String actual = listing(classesOf(artifact));
    Path file = apiDirectory().resolve(artifact + ".api");
    if (Boolean.getBoolean("api.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("the checked-in listing %s", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as(
            "the public API of %s differs from %s; if the change is intended, regenerate it with"
                + " -Dapi.update=true (see this test's Javadoc) and commit it",
            artifact, file)
        .isEqualTo(expected);
  }

  /** The class files of a module: its jar, or its classes directory in a build that has not packaged it. */
  private static Path classesOf(String artifact) throws URISyntaxException {
    Class<?> marker;
    switch (artifact) {
      case "compute-sdk-model":
        marker = Server.class;
        break;
      case "compute-sdk-core":
        marker = ComputeClient.class;
        break;
      case "compute-sdk-micrometer":
        marker = ComputeMetrics.class;
        break;
      case "compute-sdk-opentelemetry":
        marker = ComputeTracing.class;
        break;
      default:
        marker = FakeCompute.class;
    }
    return Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** {@code api/} beside the root {@code pom.xml}, found upwards from the working directory. */
  private static Path apiDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("api")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("api");
      }
    }
    throw new IllegalStateException("no api/ directory above " + Path.of("").toAbsolutePath());
  }

  static String listing(Path classes) throws IOException, ClassNotFoundException {
    StringBuilder out = new StringBuilder();
    for (String name : classNames(classes)) {
      Class<?> type = Class.forName(name, false, PublicApiListingTest.class.getClassLoader());
      if (!isVisible(type)) {
        continue;
      }
      out.append(header(type)).append('\n');
      Set<String> members = new TreeSet<>();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isVisible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          members.add(constructor.toGenericString());
        }
      }
      for (Method method : methods(type)) {
        members.add(
            method.toGenericString().replace(method.getDeclaringClass().getTypeName() + ".", ""));
      }
      for (Field field : type.getFields()) {
        if (field.getDeclaringClass() != Object.class) {
          members.add(field.toGenericString());
        }
      }
      for (String member : members) {
        out.append("  ").append(member).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Public and inherited public methods, and declared protected ones; not Object's, bridges or synthetics. */
  private static List<Method> methods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() != Object.class
          && !method.isBridge()
          && !method.isSynthetic()) {
        methods.add(method);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isProtected(method.getModifiers()) && !method.isSynthetic()) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static String header(Class<?> type) {
    String header = type.toGenericString();
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      header += " extends " + superclass.getTypeName();
    }
    String interfaces =
        Arrays.stream(type.getGenericInterfaces())
            .map(Type::getTypeName)
            .collect(Collectors.joining(", "));
    return interfaces.isEmpty()
        ? header
        : header + (type.isInterface() ? " extends " : " implements ") + interfaces;
  }

  /** A public type outside internal packages, nested only in public types. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return !type.getPackageName().contains(".internal");
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<String> classNames(Path classes) throws IOException {
    Stream<String> entries;
    if (Files.isDirectory(classes)) {
      try (Stream<Path> files = Files.walk(classes)) {
        entries =
            files
                .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                .collect(Collectors.toList())
                .stream();
      }
    } else {
      try (JarFile jar = new JarFile(classes.toFile())) {
        entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList()).stream();
      }
    }
    return entries
        .filter(
            n ->
                n.endsWith(".class")
                    && !n.endsWith("module-info.class")
                    && !n.endsWith("package-info.class"))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .collect(Collectors.toList());
  }
}
