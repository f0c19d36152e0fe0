/**
 * The bodies of the requests that create, change and act on servers: {@link
 * io.github.stacksdk.compute.lifecycle.CreateServerRequest} ({@code POST /servers}), {@link
 * io.github.stacksdk.compute.lifecycle.UpdateServerRequest} ({@code PUT /servers/{id}}), {@link
 * io.github.stacksdk.compute.lifecycle.RebuildServerRequest} (the {@code rebuild} action) and what
 * they hold. Values are immutable and thread-safe; their builders are not.
 *
 * <p>Each value checks what it can without knowing the client's microversion (blank names, sizes,
 * ranges, combinations) when it is built, with an {@link IllegalArgumentException}. Fields that
 * need a newer microversion than the client's are refused, also with an {@link
 * IllegalArgumentException}, before the request is sent; each field's Javadoc names the
 * microversion it needs.
 */
@NullMarked
package io.github.stacksdk.compute.lifecycle;

import org.jspecify.annotations.NullMarked;
