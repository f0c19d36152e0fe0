/**
 * Immutable models of Nova's availability zones: {@link
 * io.github.stacksdk.compute.model.zone.AvailabilityZone} for {@code GET /os-availability-zone}
 * and {@code GET /os-availability-zone/detail}, with its hosts and their services.
 */
@NullMarked
package io.github.stacksdk.compute.model.zone;

import org.jspecify.annotations.NullMarked;
