/**
 * Micrometer meters for the SDK: {@link io.github.stacksdk.compute.micrometer.ComputeMetrics}
 * times a client's operations and requests and counts its retries and pages; {@link
 * io.github.stacksdk.compute.micrometer.ServerWatchMetrics} shows a {@link
 * io.github.stacksdk.compute.ServerWatch}'s staleness and counters as gauges.
 */
@NullMarked
package io.github.stacksdk.compute.micrometer;

import org.jspecify.annotations.NullMarked;
