/**
 * Immutable models of the OpenStack Compute (Nova) API's bodies, read and written in Nova's wire
 * shape by any Jackson {@code ObjectMapper}. See {@link io.github.stacksdk.compute.model}.
 */
// "module": the modules named by the qualified exports are compiled after this one.
// "requires-automatic": Immutables' annotations are an automatic module (a stable
// Automatic-Module-Name).
@SuppressWarnings({"module", "requires-automatic"})
module io.github.stacksdk.compute.model {
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // Annotations (nullness; Immutables', class-retained), needed to compile this module only.
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.stacksdk.compute.model;
  exports io.github.stacksdk.compute.model.action;
  exports io.github.stacksdk.compute.model.console;
  exports io.github.stacksdk.compute.model.diagnostics;
  exports io.github.stacksdk.compute.model.flavor;
  exports io.github.stacksdk.compute.model.hypervisor;
  exports io.github.stacksdk.compute.model.keypair;
  exports io.github.stacksdk.compute.model.quota;
  exports io.github.stacksdk.compute.model.service;
  exports io.github.stacksdk.compute.model.servergroup;
  exports io.github.stacksdk.compute.model.volume;
  exports io.github.stacksdk.compute.model.zone;

  // Not API: the models' JSON readers and writers, with which the client and the fake read and
  // write bodies. Jackson creates their serializers and deserializers, which the models name in
  // @JsonSerialize(using = ...) and @JsonDeserialize(using = ...), for any ObjectMapper: public
  // classes with public constructors, which this export lets it create (an "opens" would also hand
  // it every private member).
  exports io.github.stacksdk.compute.model.internal to
      io.github.stacksdk.compute,
      io.github.stacksdk.compute.testing,
      com.fasterxml.jackson.databind;
}
