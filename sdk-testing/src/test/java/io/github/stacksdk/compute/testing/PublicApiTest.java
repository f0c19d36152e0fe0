package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API of the module mentions JDK types, the SDK's public types and, in the extension
 * only, JUnit's: no MockWebServer, OkHttp, Okio, Kotlin or Jackson type, so that the fake can change
 * its HTTP library without breaking its users.
 */
final class PublicApiTest {
  private static final List<Class<?>> PUBLIC_TYPES =
      List.of(
          FakeCompute.class,
          FakeCompute.Builder.class,
          FakeRequest.class,
          SampleCloud.class,
          NovaCost.class,
          NovaCost.Builder.class,
          NovaUsage.class,
          FakeComputeExtension.class);

  @Test
  void publicSignatures_mentionNoHttpOrJsonLibraryType() {
    List<String> violations = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      for (Executable member : members) {
        if (Modifier.isPublic(member.getModifiers()) && !member.isSynthetic()) {
          check(member.toGenericString(), violations);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers())) {
          check(field.toGenericString(), violations);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyTheIntendedTypesArePublic_andNoneCanBeSubclassed() throws Exception {
    for (Class<?> type : PUBLIC_TYPES) {
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isTrue();
    }
    for (String name :
        List.of(
            "NovaDispatcher",
            "ServerRenderer",
            "ServerFilters",
            "ServerSorts",
            "Paging",
            "NovaFault",
            "Keystone",
            "Microversions",
            "ServerStore",
            "FaultInjection",
            "QueryParams",
            "VersionDocuments",
            "FakeSettings",
            "ApiWorkers",
            "NovaResources",
            "ComputeRequest",
            "Caller",
            "QuerySchema",
            "Flavors",
            "FlavorResources",
            "Keypairs",
            "KeypairResources",
            "ServerGroups",
            "InstanceActions",
            "ComputeHosts",
            "ProjectUsage",
            "ConsoleResources")) {
      Class<?> type = Class.forName("io.github.stacksdk.compute.testing." + name);
      assertThat(Modifier.isPublic(type.getModifiers())).as(name).isFalse();
    }
    for (Class<?> type :
        List.of(
            FakeCompute.class,
            FakeCompute.Builder.class,
            FakeRequest.class,
            SampleCloud.class,
            NovaCost.class,
            NovaCost.Builder.class,
            NovaUsage.class)) {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(constructor.getModifiers()))
            .as(constructor.toString())
            .isFalse();
      }
    }
    Method start = FakeCompute.class.getMethod("start");
    assertThat(start.getReturnType()).isEqualTo(FakeCompute.class);
  }

  private static void check(String signature, List<String> violations) {
    if (signature.matches(".*\\b(mockwebserver3|okhttp3|okio|kotlin|com\\.fasterxml)\\..*")
        || signature.contains(".internal.")) {
      violations.add(signature);
    }
  }
}
