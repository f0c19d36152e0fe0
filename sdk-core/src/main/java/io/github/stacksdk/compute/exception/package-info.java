/**
 * The exceptions this SDK throws, all unchecked and all subclasses of {@link
 * io.github.stacksdk.compute.exception.ComputeException}.
 *
 * <p>{@link io.github.stacksdk.compute.exception.ComputeClientException} means no usable response
 * arrived (I/O failure, timeout, an unreadable success body). {@link
 * io.github.stacksdk.compute.exception.ComputeServiceException} means Nova, or a proxy in front of
 * it, answered with an error status; its subclasses name the statuses a caller acts on differently
 * (re-authenticate, treat as absent, back off, retry later), and {@link
 * io.github.stacksdk.compute.exception.ServiceError} holds what the response said. Precondition
 * failures are the JDK's own {@code NullPointerException}, {@code IllegalArgumentException} and
 * {@code IllegalStateException}, never wrapped.
 */
@NullMarked
package io.github.stacksdk.compute.exception;

import org.jspecify.annotations.NullMarked;
