package io.github.stacksdk.compute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stacksdk.compute.ComputeClient;
import io.github.stacksdk.compute.exception.ComputeClientException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension: one started fake per test, shared with its lifecycle methods, closed after it. */
@ExtendWith(FakeComputeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class FakeComputeExtensionTest {
  private static String endpointOfTheFirstTest;
  private static FakeCompute fakeOfTheFirstTest;

  private FakeCompute seeded;

  @BeforeEach
  void seed(FakeCompute fake) {
    SampleCloud.populate(fake);
    seeded = fake;
  }

  @Test
  @Order(1)
  void injectsAStartedFake_theSameAsInBeforeEach(FakeCompute fake) {
    assertThat(fake).isSameAs(seeded);
    assertThat(fake.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+/v2\\.1");
    try (ComputeClient compute = fake.clientBuilder().build()) {
      assertThat(compute.listServers().stream().count()).isEqualTo(34);
    }
    RawHttp.assertGet(fake, "/v2.1/servers/detail");
    endpointOfTheFirstTest = fake.endpoint();
    fakeOfTheFirstTest = fake;
  }

  @Test
  @Order(2)
  void givesEachTestItsOwnFake_andClosedTheLastOne(FakeCompute fake) {
    assertThat(fakeOfTheFirstTest).isNotNull().isNotSameAs(fake);
    assertThat(fake.endpoint()).isNotEqualTo(endpointOfTheFirstTest);
    assertThat(fake.requestCount()).isZero();
    try (ComputeClient closed = fakeOfTheFirstTest.clientBuilder().build()) {
      assertThatThrownBy(() -> closed.listServers().iterator().hasNext())
          .isInstanceOf(ComputeClientException.class)
          .hasMessageContaining("failed");
    }
  }

  @AfterEach
  void sameFakeInAfterEach(FakeCompute fake) {
    assertThat(fake).isSameAs(seeded);
    assertThat(fake.servers()).hasSize(37);
  }
}
