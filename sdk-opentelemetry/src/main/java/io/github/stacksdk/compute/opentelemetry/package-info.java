/**
 * OpenTelemetry tracing of a {@link io.github.stacksdk.compute.ComputeClient}: {@link
 * io.github.stacksdk.compute.opentelemetry.ComputeTracing}, a listener that makes a span of each
 * operation and a client span of each HTTP request.
 */
@NullMarked
package io.github.stacksdk.compute.opentelemetry;

import org.jspecify.annotations.NullMarked;
