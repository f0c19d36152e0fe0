package io.github.stacksdk.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API mentions only JDK types and our own public types, plus {@code OkHttpClient} in
 * {@code ComputeClient.Builder.httpClient}: no OkHttp response, no Jackson, no internal or
 * Immutables-generated type.
 */
final class PublicApiTest {

  @Test
  void publicSignatures_mentionNoForbiddenType() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Class<?> type : publicApiClasses()) {
      List<Executable> members = new ArrayList<>();
      members.addAll(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable member : members) {
        if (!isExposed(type, member.getModifiers()) || member.isSynthetic()) {
          continue;
        }
        String signature = member.toGenericString();
        if (isAllowedOkHttp(member)) {
          continue;
        }
        check(type, signature, violations);
      }
      for (Field field : type.getDeclaredFields()) {
        if (isExposed(type, field.getModifiers())) {
          check(type, field.toGenericString(), violations);
        }
      }
      Type superclass = type.getGenericSuperclass();
      if (superclass != null && !superclass.getTypeName().matches(".*\\.Immutable\\w+\\$Builder")) {
        check(type, "extends " + superclass.getTypeName(), violations);
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void publicApi_hasNoPublicConstructorsOnClientRequestsOrPages() throws Exception {
    for (Class<?> type :
        List.of(
            ComputeClient.class, ComputeClient.Builder.class, Page.class, PagedIterable.class)) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(constructor.getModifiers()))
            .as(constructor.toString())
            .isFalse();
      }
    }
  }

  private static void check(Class<?> type, String signature, List<String> violations) {
    String withoutOwner = signature.replace(type.getName(), "");
    if (withoutOwner.matches(".*\\b(okhttp3|okio|kotlin|com\\.fasterxml|org\\.immutables)\\..*")
        || withoutOwner.contains(".internal.")
        || withoutOwner.matches(".*\\.Immutable\\w+.*")) {
      violations.add(type.getName() + ": " + signature);
    }
  }

  private static boolean isAllowedOkHttp(Executable member) {
    return member instanceof Method
        && member.getDeclaringClass() == ComputeClient.Builder.class
        && member.getName().equals("httpClient");
  }

  private static boolean isExposed(Class<?> type, int modifiers) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(type.getModifiers()));
  }

  private static List<Class<?>> publicApiClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Paths.get(ComputeClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .map(root::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
              .map(
                  name -> name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'))
              .filter(name -> !name.contains(".internal."))
              .collect(Collectors.toList());
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (Modifier.isPublic(type.getModifiers()) && !name.endsWith("package-info")) {
        classes.add(type);
      }
    }
    assertThat(classes).contains(ComputeClient.class, ListServersRequest.class);
    return classes;
  }
}
