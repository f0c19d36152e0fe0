/**
 * Immutable models of the bodies the OpenStack Compute (Nova) API returns: {@link
 * io.github.stacksdk.compute.model.Server} for server details at every microversion, {@link
 * io.github.stacksdk.compute.model.VirtualInterface} for Rackspace's virtual interfaces, {@link
 * io.github.stacksdk.compute.model.InterfaceAttachment} for upstream Nova's port attachments, and
 * the small values they are made of.
 *
 * <p>Every model is an interface, or an abstract class where {@code build()} normalizes its values
 * ({@link io.github.stacksdk.compute.model.Server}), with a static {@code builder()} and a {@code
 * toBuilder()}. Values are immutable and safe to share between threads; collections are immutable
 * and never null; a field that a microversion, a policy or a cloud may leave out is an {@code
 * Optional}.
 */
@NullMarked
package io.github.stacksdk.compute.model;

import org.jspecify.annotations.NullMarked;
