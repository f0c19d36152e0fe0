/**
 * Immutable models of Nova's flavors: {@link io.github.stacksdk.compute.model.flavor.Flavor} for
 * {@code GET /flavors/detail} and {@code GET /flavors/{flavor_id}} at every microversion, {@link
 * io.github.stacksdk.compute.model.flavor.FlavorSummary} for the id listing {@code GET /flavors},
 * and {@link io.github.stacksdk.compute.model.flavor.FlavorAccess} for the projects that may use a
 * private flavor.
 */
@NullMarked
package io.github.stacksdk.compute.model.flavor;

import org.jspecify.annotations.NullMarked;
