package io.github.stacksdk.compute.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test a started {@link FakeCompute} and closes it after the
 * test.
 *
 * <pre>{@code
 * @ExtendWith(FakeComputeExtension.class)
 * class InventoryTest {
 *   @BeforeEach
 *   void seed(FakeCompute fake) {
 *     SampleCloud.populate(fake);
 *   }
 *
 *   @Test
 *   void countsServers(FakeCompute fake) {
 *     // the same fake as in seed(..)
 *   }
 * }
 * }</pre>
 *
 * <p>The fake has the defaults of {@link FakeCompute#start()}. Parameters of type {@code
 * FakeCompute} are resolved in test methods and in {@code @BeforeEach} and {@code @AfterEach}
 * methods, which all get the same fake for one test. It needs {@code junit-jupiter-api} on the
 * test class path, which this module declares optional.
 */
public final class FakeComputeExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeComputeExtension.class);

  /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
  public FakeComputeExtension() {}

  /**
   * Tells JUnit which parameters this extension resolves.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return true for a {@code FakeCompute} parameter of a method that runs for one test
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeCompute.class
        && context.getTestMethod().isPresent();
  }

  /**
   * Returns the test's fake, starting it on first use.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return the started fake of the current test
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    FakeCompute fake = store.get(FakeCompute.class, FakeCompute.class);
    if (fake == null) {
      fake = FakeCompute.start();
      store.put(FakeCompute.class, fake);
    }
    return fake;
  }

  /**
   * Closes the test's fake, if it started one.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    FakeCompute fake = context.getStore(NAMESPACE).remove(FakeCompute.class, FakeCompute.class);
    if (fake != null) {
      fake.close();
    }
  }
}
