/**
 * The listener hook: what a client tells of its operations, their attempts and their pages, for
 * metrics, traces and logs. Set a {@link io.github.stacksdk.compute.event.ComputeListener} with
 * {@link io.github.stacksdk.compute.ComputeClient.Builder#addListener}.
 */
@NullMarked
package io.github.stacksdk.compute.event;

import org.jspecify.annotations.NullMarked;
