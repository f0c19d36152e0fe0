/** An application of the SDK on the module path. */
module com.example.inventory {
  requires io.github.stacksdk.compute;
  requires io.github.stacksdk.compute.testing;
  // Its own ObjectMapper reads and writes the models, as the SDK's documentation says any can.
  requires com.fasterxml.jackson.databind;

  exports com.example.inventory;
}
