/**
 * Immutable models of Nova's services, read by administrators: {@link
 * io.github.stacksdk.compute.model.service.ComputeService} for {@code GET /os-services} and the
 * answers of {@code PUT /os-services/...}, at every microversion.
 */
@NullMarked
package io.github.stacksdk.compute.model.service;

import org.jspecify.annotations.NullMarked;
