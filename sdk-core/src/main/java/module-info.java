/**
 * The OpenStack Compute (Nova) client: {@link io.github.stacksdk.compute.ComputeClient} and what it
 * takes and returns, its errors ({@code io.github.stacksdk.compute.exception}), authentication
 * ({@code io.github.stacksdk.compute.auth}) and the listener hook ({@code
 * io.github.stacksdk.compute.event}).
 */
// "module": the module named by the qualified export is compiled after this one.
// "requires-automatic": Okio and Immutables' annotations are automatic modules (stable
// Automatic-Module-Names).
@SuppressWarnings({"module", "requires-automatic"})
module io.github.stacksdk.compute {
  // The client returns the models, and ComputeClient.Builder takes an OkHttpClient.
  requires transitive io.github.stacksdk.compute.model;
  requires transitive okhttp3;
  requires okio;
  requires kotlin.stdlib;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  // Read only by ComputeClient.fromCloudsYaml(..), when the application has Jackson's YAML module.
  requires static com.fasterxml.jackson.dataformat.yaml;
  // Annotations (nullness; Immutables', class-retained), needed to compile this module only.
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.stacksdk.compute;
  exports io.github.stacksdk.compute.auth;
  exports io.github.stacksdk.compute.event;
  exports io.github.stacksdk.compute.exception;
  exports io.github.stacksdk.compute.lifecycle;

  // Not API: the microversion headers and their comparison, with which the fake answers.
  exports io.github.stacksdk.compute.internal.http to
      io.github.stacksdk.compute.testing;
}
