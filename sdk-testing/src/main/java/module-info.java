/**
 * FakeCompute, an in-process fake of the OpenStack Compute (Nova) and Keystone APIs for testing
 * code that uses the client. See {@link io.github.stacksdk.compute.testing}.
 */
// "requires-automatic": Immutables' annotations are an automatic module (a stable
// Automatic-Module-Name).
@SuppressWarnings("requires-automatic")
module io.github.stacksdk.compute.testing {
  // FakeCompute hands out ComputeClient builders and takes and returns the models.
  requires transitive io.github.stacksdk.compute;
  requires mockwebserver3;
  requires okhttp3;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // Only FakeComputeExtension needs JUnit; a test module that uses it requires JUnit itself.
  requires static org.junit.jupiter.api;
  // Annotations (nullness; Immutables', on the models' builders), needed to compile this module
  // only.
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.stacksdk.compute.testing;
}
