/**
 * {@link io.github.stacksdk.compute.testing.FakeCompute}: an in-process fake of the OpenStack
 * Compute (Nova) API and of Keystone's token API, for testing code that uses the SDK (or any other
 * Nova client) without a cloud. {@link io.github.stacksdk.compute.testing.SampleCloud} fills it
 * with a realistic, deterministic set of servers, and {@link
 * io.github.stacksdk.compute.testing.FakeComputeExtension} gives JUnit 5 tests a fresh one each.
 */
@NullMarked
package io.github.stacksdk.compute.testing;

import org.jspecify.annotations.NullMarked;
