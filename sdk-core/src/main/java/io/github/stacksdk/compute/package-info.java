/**
 * The OpenStack Compute (Nova) client: {@link io.github.stacksdk.compute.ComputeClient}, built with
 * {@code ComputeClient.builder()} (or from the environment or {@code clouds.yaml}), its
 * asynchronous face {@link io.github.stacksdk.compute.ComputeAsyncClient}, and the list requests,
 * lazily fetched pages, retry policy and version documents they take and return. Errors are in
 * {@code io.github.stacksdk.compute.exception}, authentication in {@code
 * io.github.stacksdk.compute.auth}.
 */
@NullMarked
package io.github.stacksdk.compute;

import org.jspecify.annotations.NullMarked;
